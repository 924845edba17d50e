import TerminalUI

/// One labelled one-line answer with its own check.
struct StackField: Sendable {
    var id: String
    var label: String
    /// Shown under the field while it has focus: what to write.
    var help: String
    var input: TextField
    /// Returns the Indonesian message saying what is wrong and how to fix it, nil when fine.
    var check: @Sendable (String) -> String?

    init(_ id: String, _ label: String, help: String = "", text: String = "", required: Bool = false,
         check: (@Sendable (String) -> String?)? = nil) {
        self.id = id; self.label = label; self.help = help
        self.input = TextField(text)
        let extra = check
        let name = label
        self.check = { value in
            if required && value.trimmingCharacters(in: .whitespaces).isEmpty { return AppText.current.shell.fieldRequired(name) }
            return extra?(value)
        }
    }

    var text: String { input.text.trimmingCharacters(in: .whitespaces) }
    var error: String? { check(input.text) }
}

/// A column of labelled text fields: Tab and arrows move, Enter goes to the next field and on
/// the last one asks to submit. Errors appear beside a field once it was left or a submit was
/// refused, so nobody is scolded before typing.
struct FieldStack: Sendable {
    enum Outcome: Equatable { case handled, ignored, refused, submit }

    var fields: [StackField]
    var focus = 0
    private var shown: Set<String> = []

    init(_ fields: [StackField]) {
        self.fields = fields
        if !fields.isEmpty { self.fields[0].input.selectAll() }
    }

    subscript(id: String) -> String {
        get { fields.first { $0.id == id }?.text ?? "" }
        set { if let i = fields.firstIndex(where: { $0.id == id }) { fields[i].input.text = newValue } }
    }

    /// Errors by field id, all of them.
    var errors: [(label: String, message: String)] { fields.compactMap { f in f.error.map { (f.label, $0) } } }

    /// Shows every error and moves to the first one; true when there are none.
    mutating func validateAll() -> Bool {
        shown.formUnion(fields.map(\.id))
        if let first = fields.firstIndex(where: { $0.error != nil }) { focus = first; return false }
        return true
    }

    private mutating func move(_ delta: Int) {
        guard !fields.isEmpty else { return }
        shown.insert(fields[focus].id)
        focus = (focus + delta + fields.count) % fields.count
        fields[focus].input.selectAll()  // a prefilled answer is replaced by typing, as in a browser
    }

    mutating func handle(_ event: Event) -> Outcome {
        switch event {
        case .key(.tab), .key(.down): move(1); return .handled
        case .key(.backTab), .key(.up): move(-1); return .handled
        case .key(.enter):
            if focus + 1 < fields.count { move(1); return .handled }
            shown.insert(fields[focus].id)
            return .submit
        default:
            guard fields.indices.contains(focus) else { return .ignored }
            switch fields[focus].input.handle(event) {
            case .handled, .submitted: return .handled
            case .refused: return .refused
            case .ignored, .cancelled: return .ignored
            }
        }
    }

    var bindings: [KeyBinding] {
        [KeyBinding([.tab, .backTab], AppText.current.shell.keyNextField), KeyBinding(.enter, AppText.current.shell.keyFieldAfter)]
    }

    /// Label column, field, and under it the error (or the focused field's help). Scrolls so
    /// the focused field is always visible.
    func draw(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let labelWidth = min(max(12, (fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 4), max(12, rect.width / 3))
        let heights = fields.indices.map { i in
            (shown.contains(fields[i].id) && fields[i].error != nil) || (i == focus && !fields[i].help.isEmpty) ? 2 : 1
        }
        var top = 0
        while heights[top...focus].reduce(0, +) > rect.height, top < focus { top += 1 }
        var y = rect.y
        for i in top..<fields.count {
            guard y < rect.maxY else { break }
            let f = fields[i]
            let focused = i == focus
            buffer.write(TextLayout.fit((focused ? "› " : "  ") + f.label, width: labelWidth), at: Point(x: rect.x, y: y),
                         role: focused ? .title : .normal, clip: rect)
            f.input.draw(in: Rect(x: rect.x + labelWidth, y: y, width: rect.width - labelWidth, height: 1), buffer: &buffer, focused: focused)
            y += 1
            guard y < rect.maxY else { break }
            if shown.contains(f.id), let e = f.error {
                buffer.write("✗ " + e, at: Point(x: rect.x + labelWidth, y: y), role: .error, clip: rect.row(y - rect.y))
                y += 1
            } else if focused, !f.help.isEmpty {
                buffer.write(TextLayout.fit(f.help, width: rect.width - labelWidth, pad: false), at: Point(x: rect.x + labelWidth, y: y), role: .muted, clip: rect.row(y - rect.y))
                y += 1
            }
        }
    }
}
