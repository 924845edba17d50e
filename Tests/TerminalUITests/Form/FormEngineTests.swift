import Testing
@testable import TerminalUI

/// The form engine: fields bound to values, validators that return a message, "next" blocked
/// while the group has an error (shown at the field), hints, focus order and prefilled values
/// that typing replaces.
@Suite(.englishToolkit) struct FormEngineTests {
    static func contact(name: String = "", phone: String = "") -> Form {
        Form(column: [
            .line("name", "Name", help: "Full name.", value: name, required: true),
            .line("phone", "Phone", help: "Digits only.", value: phone, check: { $0.allSatisfy(\.isNumber) ? nil : "Digits only, please." }),
            FormField(id: "since", label: "Since", input: .date(DateField(FieldDate(year: 2024, month: 1, day: 2)))),
            FormField(id: "budget", label: "Budget", input: .number(NumberField(2))),
        ])
    }

    func type(_ s: String, _ form: inout Form) { for ch in s { _ = form.handle(.key(.char(ch))) } }

    @Test func aRequiredFieldIsNamedByItsLabelAndBlocksCompletion() {
        var f = Self.contact()
        #expect(f.errors.map(\.message) == ["Name is required."])
        #expect(f.visibleErrors.isEmpty, "nobody is scolded before typing")
        for _ in 0..<3 { _ = f.handle(.key(.tab)) }
        #expect(f.handle(.key(.enter)) == .blocked)
        #expect(f.focusedField?.id == "name", "the focus goes to the first error")
        #expect(f.visibleErrors == ["name": "Name is required."])
        type("Siti", &f)
        for _ in 0..<3 { _ = f.handle(.key(.enter)) }
        #expect(f.handle(.key(.enter)) == .completed)
        #expect(f["name"] == "Siti")
    }

    @Test func aTextValidatorReturnsItsMessageShownAtTheFieldOnceLeft() {
        var f = Self.contact(name: "Siti")
        _ = f.handle(.key(.tab))
        type("12a", &f)
        #expect(f.visibleErrors.isEmpty)
        _ = f.handle(.key(.tab))
        #expect(f.visibleErrors == ["phone": "Digits only, please."])
        let frame = drawn(width: 50, height: 8) { f.draw(in: Rect(x: 0, y: 0, width: 50, height: 8), buffer: &$0) }
        #expect(frame.lines[2].contains("✗ Digits only, please."), "the error sits under its field")
    }

    @Test func theFocusedFieldShowsItsHint() {
        var f = Self.contact(name: "Siti")
        var frame = drawn(width: 50, height: 8) { f.draw(in: Rect(x: 0, y: 0, width: 50, height: 8), buffer: &$0) }
        #expect(frame.lines[1].contains("Full name."))
        _ = f.handle(.key(.tab))
        frame = drawn(width: 50, height: 8) { f.draw(in: Rect(x: 0, y: 0, width: 50, height: 8), buffer: &$0) }
        #expect(!frame.lines[1].contains("Full name."))
        #expect(frame.lines[2].contains("Digits only."))
    }

    @Test func focusOrderFollowsTheFieldsAndWraps() {
        var f = Self.contact()
        var order: [String] = []
        for _ in 0..<4 { order.append(f.focusedField!.id); _ = f.handle(.key(.tab)) }
        order.append(f.focusedField!.id)
        #expect(order == ["name", "phone", "since", "budget", "name"])
        _ = f.handle(.key(.backTab))
        #expect(f.focusedField?.id == "budget")
        _ = f.handle(.key(.up))
        #expect(f.focusedField?.id == "since")
        f.focus("phone")
        #expect(f.focusedField?.id == "phone")
    }

    @Test func nextGroupIsBlockedWhileAFieldOfTheGroupHasAnError() {
        var f = Form(groups: [
            FormGroup(title: "One", fields: [.line("a", "A", required: true)]),
            FormGroup(title: "Two", fields: [.line("b", "B")]),
        ])
        #expect(f.next() == .blocked)
        #expect(f.groupIndex == 0)
        type("x", &f)
        #expect(f.next() == .movedToGroup(1))
        #expect(f.back() == .movedToGroup(0))
        #expect(f["a"] == "x")
    }

    // MARK: Prefilled values behave like a browser form

    @Test func typingOverAPrefilledTextReplacesIt() {
        var f = Self.contact(name: "Gubernur Jawa Barat")
        type("Bupati Bogor", &f)
        #expect(f["name"] == "Bupati Bogor")
    }

    @Test func twoTypedOverTwoGivesTwo() {
        var f = Self.contact(name: "Siti", phone: "2")
        _ = f.handle(.key(.tab))
        type("2", &f)
        #expect(f["phone"] == "2", "never \"22\"")
        for _ in 0..<3 { _ = f.handle(.key(.tab)) }
        type("2", &f)
        #expect(f.field("budget")?.value == .money(2), "a prefilled number is replaced too")
    }

    @Test func nothingIsAppendedWhenAFieldIsEnteredTwice() {
        var f = Self.contact(name: "Siti")
        type("Siti", &f)
        for _ in 0..<4 { _ = f.handle(.key(.tab)) }
        type("Siti", &f)
        #expect(f["name"] == "Siti")
    }

    @Test func aDateIsTypedOverAPrefilledDate() {
        var f = Self.contact(name: "Siti")
        f.focus("since")
        type("17082025", &f)
        #expect(f.field("since")?.value == .date(FieldDate(year: 2025, month: 8, day: 17), raw: "17082025"))
    }

    @Test func aValueSetByTheApplicationIsSelectedOnRefocus() {
        var f = Self.contact()
        f["name"] = "Bagian Kerja Sama"
        f.refocus()
        type("Biro", &f)
        #expect(f["name"] == "Biro")
    }

    @Test func dateErrorsAreWordedOnceForEveryForm() {
        var d = DateField()
        for ch in "3102202" { _ = d.handle(.key(.char(ch))) }
        #expect(d.problem == "Date incomplete: type 8 digits dd-mm-yyyy, for example 17082026.")
        _ = d.handle(.key(.char("6")))
        #expect(d.problem == "Date 31-02-2026 does not exist: February 2026 has only 28 days. Correct the date.")
        var m = DateField()
        for ch in "01132026" { _ = m.handle(.key(.char(ch))) }
        #expect(m.problem == "There is no month 13: type a month from 01 to 12.")
    }

    @Test func theColumnHelpBarNamesTabAndEnter() {
        let f = Self.contact()
        #expect(f.bindings.map(\.label) == ["next field", "field below"])
    }

    @Test func aYesNoFieldIsBoundToABoolAndNeverEmpty() {
        var f = Form(column: [FormField(id: "border", label: "Bordering", input: .yesNo(YesNoField()))])
        #expect(f.field("border")?.value == .flag(false))
        #expect(f.errors.isEmpty)
        #expect(f.handle(.key(.char("y"))) == .handled)
        #expect(f.field("border")?.value == .flag(true))
        _ = f.handle(.key(.char(" ")))
        #expect(f.field("border")?.value == .flag(false))
        #expect(f.handle(.key(.char("q"))) == .refused)
        let frame = drawn(width: 40, height: 2) { f.draw(in: Rect(x: 0, y: 0, width: 40, height: 2), buffer: &$0) }
        #expect(frame.lines[0].contains("( ) Yes  (•) No"))
    }

    /// Found on an English walk: "Head of region's posit…Wali Kota Bogor", a cut label touching its value.
    @Test func aCutLabelNeverTouchesItsValue() {
        let f = Form(column: [.line("a", "Head of region's position in the cooperation", value: "Wali Kota Bogor"),
                              .line("b", "Unit", value: "x")])
        let frame = drawn(width: 60, height: 6) { f.draw(in: Rect(x: 0, y: 0, width: 60, height: 6), buffer: &$0) }
        let row = frame.lines[0]
        #expect(row.contains("…"), "\(row)")
        #expect(row.contains("… Wali Kota Bogor") || row.contains("…  Wali Kota Bogor"), "\(row)")
    }
}
