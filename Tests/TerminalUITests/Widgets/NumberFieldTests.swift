import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct NumberFieldTests {
    @Test func grouping() {
        #expect(NumberField.grouped(0) == "0")
        #expect(NumberField.grouped(999) == "999")
        #expect(NumberField.grouped(1_500_000) == "1,500,000")
        #expect(NumberField.grouped(1_500_000, separator: ".") == "1.500.000")
        #expect(NumberField.grouped(Int64.max) == "9,223,372,036,854,775,807")
    }

    @Test func digitsOnlyAndOverflowGuarded() {
        var r = NumberField()
        #expect(r.handle(.key(.char("x"))) == .refused)
        #expect(r.handle(.key(.char(","))) == .handled)
        #expect(r.handle(.key(.char("."))) == .refused)
        for ch in "9223372036854775807" { #expect(r.handle(.key(.char(ch))) == .handled) }
        #expect(r.amount == Int64.max)
        #expect(r.handle(.key(.char("0"))) == .refused)
        #expect(r.amount == Int64.max)
        _ = r.handle(.key(.backspace))
        #expect(r.amount == 922337203685477580)
    }

    @Test func pasteOfAFormattedAmount() {
        var r = NumberField(prefix: "$")
        _ = r.handle(.paste("$1,500,000.75"))
        #expect(r.amount == 1_500_000)
        #expect(r.text == "$1,500,000")
        #expect(r.handle(.paste("99999999999999999999")) == .refused)
        #expect(r.amount == 1_500_000)
        var dotted = NumberField(prefix: "€ ", groupingSeparator: ".", decimalSeparator: ",")
        _ = dotted.handle(.paste("€ 2.500,-"))
        #expect(dotted.text == "€ 2.500")
    }

    @Test func snapshot() {
        Snapshot.assert(drawn(width: 20, height: 2) { b in
            NumberField(1_500_000, prefix: "$").draw(in: Rect(x: 0, y: 0, width: 20, height: 1), buffer: &b, focused: true)
            NumberField(Int64.max, prefix: "$").draw(in: Rect(x: 0, y: 1, width: 20, height: 1), buffer: &b, focused: false)
        }, named: "number-fields")
    }
}
