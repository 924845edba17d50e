import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct DateFieldTests {
    func typed(_ s: String) -> DateField {
        var d = DateField()
        for ch in s { _ = d.handle(.key(.char(ch))) }
        return d
    }

    @Test func typingDigitsFillsTheMask() {
        let d = typed("1708")
        #expect(d.maskedText == "17-08-____")
        #expect(d.date == nil)
        #expect(d.problem != nil)
    }

    @Test func checksTheCalendar() {
        #expect(typed("29022024").date == FieldDate(year: 2024, month: 2, day: 29))
        #expect(typed("29022023").date == nil)
        #expect(typed("29022023").problem == "Date 29-02-2023 does not exist: February 2023 has only 28 days. Correct the date.")
        #expect(typed("31042025").date == nil)
        #expect(typed("01132025").problem?.contains("month 13") == true)
        #expect(typed("29021900").date == nil)
        #expect(typed("29022000").date != nil)
    }

    @Test func lettersAreRefusedAndSeparatorsIgnored() {
        var d = DateField()
        #expect(d.handle(.key(.char("a"))) == .refused)
        #expect(d.handle(.key(.char("-"))) == .handled)
        #expect(d.digits.isEmpty)
        _ = d.handle(.paste("17-08-2025"))
        #expect(d.date?.text() == "17 August 2025")
        #expect(d.date?.text(monthNames: (1...12).map { "M\($0)" }) == "17 M8 2025")
    }

    @Test func snapshots() {
        Snapshot.assert(drawn(width: 40, height: 3) { b in
            DateField(FieldDate(year: 2025, month: 8, day: 17)).draw(in: Rect(x: 0, y: 0, width: 40, height: 1), buffer: &b, focused: true)
            typed("3102").draw(in: Rect(x: 0, y: 1, width: 40, height: 1), buffer: &b, focused: false)
            typed("31022025").draw(in: Rect(x: 0, y: 2, width: 40, height: 1), buffer: &b, focused: false)
        }, named: "date-fields")
    }
}
