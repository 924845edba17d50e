import Testing
@testable import TerminalUI

/// A prefilled field behaves like a form in a browser: entering it selects the value, typing
/// replaces it and never appends; a caret key keeps the value.
@Suite(.englishToolkit) struct PrefilledFieldTests {
    @Test func typingOverASelectedTextReplacesIt() {
        var f = TextField("2", filter: .digits)
        f.selectAll()
        #expect(f.isSelected)
        #expect(f.handle(.key(.char("2"))) == .handled)
        #expect(f.text == "2")
        #expect(f.handle(.key(.char("5"))) == .handled)
        #expect(f.text == "25", "after the first key the field is typed into as usual")
    }

    @Test func anAddresseeIsNeverDoubled() {
        var f = TextField("Gubernur Jawa Barat")
        f.selectAll()
        _ = f.handle(.paste("Gubernur Jawa Barat"))
        #expect(f.text == "Gubernur Jawa Barat")
        f.selectAll()
        for ch in "Bupati Bogor" { _ = f.handle(.key(.char(ch))) }
        #expect(f.text == "Bupati Bogor")
    }

    @Test func aCaretKeyKeepsTheTextAndDropsTheSelection() {
        var f = TextField("Bogor")
        f.selectAll()
        _ = f.handle(.key(.home))
        #expect(!f.isSelected)
        _ = f.handle(.key(.char("K")))
        #expect(f.text == "KBogor")
    }

    @Test func backspaceOverASelectionClearsIt() {
        var f = TextField("Bogor")
        f.selectAll()
        #expect(f.handle(.key(.backspace)) == .handled)
        #expect(f.text.isEmpty)
    }

    @Test func aRefusedKeyKeepsTheSelectedValue() {
        var f = TextField("12", filter: .digits)
        f.selectAll()
        #expect(f.handle(.key(.char("x"))) == .refused)
        #expect(f.text == "12")
        #expect(f.isSelected)
    }

    @Test func anEmptyFieldHasNothingToSelect() {
        var f = TextField("")
        f.selectAll()
        #expect(!f.isSelected)
    }

    @Test func aDateFieldAcceptsTypingOverAPrefilledDate() {
        var d = DateField(FieldDate(year: 2025, month: 8, day: 17))
        #expect(d.isComplete)
        d.selectAll()
        for ch in "01092026" { #expect(d.handle(.key(.char(ch))) == .handled) }
        #expect(d.date == FieldDate(year: 2026, month: 9, day: 1))
    }

    @Test func aNumberFieldReplacesASelectedAmount() {
        var n = NumberField(2)
        n.selectAll()
        _ = n.handle(.key(.char("2")))
        #expect(n.amount == 2)
        n.selectAll()
        _ = n.handle(.paste("1,500"))
        #expect(n.amount == 1500)
    }

    @Test func aFormSelectsThePrefilledFieldItEnters() {
        var form = Form(groups: [FormGroup(title: "A", fields: [
            FormField(id: "name", label: "Name", input: .text(TextField("Gubernur Jawa Barat"))),
            FormField(id: "years", label: "Years", input: .text(TextField("2", filter: .digits))),
        ])])
        _ = form.handle(.key(.tab))
        _ = form.handle(.key(.char("2")))
        #expect(form.values["years"] == .text("2"))
        _ = form.handle(.key(.backTab))
        for ch in "Bupati" { _ = form.handle(.key(.char(ch))) }
        #expect(form.values["name"] == .text("Bupati"))
    }

    @Test func theSelectionIsDrawnAsSelected() {
        var f = TextField("Bogor")
        f.selectAll()
        var b = Buffer(width: 10, height: 1)
        f.draw(in: Rect(x: 0, y: 0, width: 10, height: 1), buffer: &b, focused: true)
        #expect(b[0, 0].role == .selection)
    }
}
