import Testing
@testable import TerminalUI

@Suite struct RupiahFieldTests {
    @Test func grouping() {
        #expect(RupiahField.grouped(0) == "0")
        #expect(RupiahField.grouped(999) == "999")
        #expect(RupiahField.grouped(1_500_000) == "1.500.000")
        #expect(RupiahField.grouped(Int64.max) == "9.223.372.036.854.775.807")
    }

    @Test func digitsOnlyAndOverflowGuarded() {
        var r = RupiahField()
        #expect(r.handle(.key(.char("x"))) == .refused)
        for ch in "9223372036854775807" { #expect(r.handle(.key(.char(ch))) == .handled) }
        #expect(r.amount == Int64.max)
        #expect(r.handle(.key(.char("0"))) == .refused)
        #expect(r.amount == Int64.max)
        _ = r.handle(.key(.backspace))
        #expect(r.amount == 922337203685477580)
    }

    @Test func pasteOfAFormattedAmount() {
        var r = RupiahField()
        _ = r.handle(.paste("Rp 1.500.000,-"))
        #expect(r.amount == 1_500_000)
        #expect(r.handle(.paste("99999999999999999999")) == .refused)
        #expect(r.amount == 1_500_000)
    }

    @Test func snapshot() {
        Snapshot.assert(drawn(width: 20, height: 2) { b in
            RupiahField(1_500_000).draw(in: Rect(x: 0, y: 0, width: 20, height: 1), buffer: &b, focused: true)
            RupiahField(Int64.max).draw(in: Rect(x: 0, y: 1, width: 20, height: 1), buffer: &b, focused: false)
        }, named: "rupiah-fields")
    }
}
