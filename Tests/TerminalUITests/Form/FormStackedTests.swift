import Testing
@testable import TerminalUI

/// The stacked layout and what a long form brings: a widget of the application's own
/// (`FormInput`) with its own refusal wording, and messages worked out by the application
/// (`FieldNote`): an error blocks "next", a warning does not.
@Suite(.englishToolkit) struct FormStackedTests {
    /// A two-letter code: refuses a third letter and says why.
    struct Code: FormInput {
        var text: String
        var selected = false
        var value: FieldValue { .text(text) }
        var rows: Int { 1 }
        mutating func selectAll() { selected = !text.isEmpty }
        mutating func handle(_ event: Event) -> (WidgetOutcome, String?) {
            guard case .key(.char(let c)) = event else { return (.ignored, nil) }
            if selected { text = ""; selected = false }
            guard text.count < 2 else { return (.refused, "Two letters only.") }
            text.append(c)
            return (.handled, nil)
        }
        func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
            buffer.write(text, at: Point(x: rect.x, y: rect.y), clip: rect)
        }
        var bindings: [KeyBinding] { [] }
    }

    static func form(code: String = "ID") -> Form {
        Form(groups: [
            FormGroup(title: "Country", note: "Where the partner is.", fields: [
                FormField(id: "code", label: "Code", help: "Two letters.", input: .custom(Code(text: code))),
                .line("name", "Name", value: "Indonesia"),
            ]),
            FormGroup(title: "Done", fields: []),
        ], style: .stacked)
    }

    func type(_ s: String, _ form: inout Form) { for ch in s { _ = form.handle(.key(.char(ch))) } }

    @Test func aCustomInputIsReplacedByTypingAndSaysWhyItRefuses() {
        var f = Self.form()
        type("MY", &f)
        #expect(f.field("code")?.value == .text("MY"), "the prefilled code is replaced, not appended to")
        #expect(f.handle(.key(.char("S"))) == .refused)
        #expect(f.lastRefusal == "Two letters only.")
        #expect(f.isDirty)
    }

    @Test func anErrorNoteBlocksNextAndAWarningDoesNot() {
        var f = Self.form()
        f.notes = ["name": [FieldNote(.warning, "Check the spelling.", showsBeforeVisit: true)]]
        #expect(f.visibleNotes("name").map(\.text) == ["Check the spelling."], "a wrong answer shows before a visit")
        #expect(f.next() == .movedToGroup(1), "a warning never blocks")
        _ = f.back()
        f.notes = ["name": [FieldNote(.error, "Name is required.")]]
        #expect(f.visibleNotes("name").isEmpty, "an empty field is not scolded before a visit")
        #expect(f.next() == .blocked)
        #expect(f.focusedField?.id == "name")
        #expect(f.visibleNotes("name").map(\.text) == ["Name is required."])
    }

    @Test func theStackedLayoutShowsLabelsAboveInputsNotesAndTheSummary() {
        var f = Self.form()
        f.markedFields = ["name"]
        f.notes = ["name": [FieldNote(.error, "Name is required.", detail: "Source: the manual.")]]
        _ = f.next()
        let frame = drawn(width: 50, height: 14) { f.draw(in: Rect(x: 0, y: 0, width: 50, height: 14), buffer: &$0) }
        #expect(frame.lines[0].hasPrefix("Part 1 of 2: Country"))
        #expect(frame.lines[1].hasPrefix("Where the partner is."))
        #expect(frame.lines[3].hasPrefix("  Code"))
        #expect(frame.lines[4].hasPrefix("  ID"))
        #expect(frame.lines[6].hasPrefix("› Name *"))
        #expect(frame.lines[8].contains("✗ Name is required."))
        #expect(frame.lines[9].contains("Source: the manual."))
        #expect(frame.lines[13].hasPrefix("1 fields to fix: Name."))
    }

    @Test func aFocusedFieldBelowTheFoldScrollsAndSaysHowManyAreAbove() {
        let fields = (1...8).map { FormField.line("f\($0)", "Field \($0)", value: "v\($0)") }
        var f = Form(groups: [FormGroup(title: "Many", fields: fields)], style: .stacked)
        var frame = drawn(width: 40, height: 10) { f.draw(in: Rect(x: 0, y: 0, width: 40, height: 10), buffer: &$0) }
        #expect(frame.lines.contains { $0.contains("↓ continues below") })
        f.reveal("f7")
        frame = drawn(width: 40, height: 10) { f.draw(in: Rect(x: 0, y: 0, width: 40, height: 10), buffer: &$0) }
        #expect(frame.lines[0].contains("fields above"))
        #expect(frame.lines.contains { $0.hasPrefix("› Field 7") })
    }

    /// The column layout for a form with the application's own findings (`columnShowsAllNotes`):
    /// a warning shows beside its field, a short answer gets a short field, a tall screen taller
    /// text areas; without the flag only the field's first error would show.
    @Test func theColumnLayoutCanShowEveryNoteAndShortFields() {
        var f = Form(column: [
            FormField(id: "year", label: "Year", input: .text(TextField("2020", maxLength: 4, filter: .digits))),
            FormField(id: "notes", label: "Notes", input: .area(TextArea("x"), rows: 2)),
            .line("last", "Last"),
        ])
        f.notes = ["year": [FieldNote(.warning, "The year has passed.", showsBeforeVisit: true)]]
        f.moveFocus(1)
        var frame = drawn(width: 40, height: 10) { f.draw(in: Rect(x: 0, y: 0, width: 40, height: 10), buffer: &$0) }
        #expect(!frame.lines.contains { $0.contains("The year has passed.") })
        f.columnShowsAllNotes = true
        frame = drawn(width: 40, height: 10) { f.draw(in: Rect(x: 0, y: 0, width: 40, height: 10), buffer: &$0) }
        #expect(frame.lines[1].contains("! The year has passed."))
        // Four digits, a field of six columns (not the whole row).
        #expect(frame.lines[0].contains("2020__ ") && !frame.lines[0].contains("2020___"))
        #expect(frame.lines[4].contains("Last"))
        f.tallAreas = true
        frame = drawn(width: 40, height: 10) { f.draw(in: Rect(x: 0, y: 0, width: 40, height: 10), buffer: &$0) }
        #expect(frame.lines[6].contains("Last"))
    }
}
