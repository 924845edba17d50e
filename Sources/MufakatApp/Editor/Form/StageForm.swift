import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// What the stage form did with an event.
enum StageFormResult: Sendable, Equatable {
    case ignored
    /// Focus or caret moved; nothing changed in the cooperation.
    case handled
    /// An answer changed (already written into the cooperation).
    case changed
    /// The key was refused; the message says why and how to fix it.
    case refused(String?)
    /// "Next" while the group has errors: they are now shown; the message names them.
    case blocked(String)
    /// The form moved to another group (the editor asks for an autosave).
    case movedToGroup(Int)
    /// "Next" on the last group with no errors.
    case completed
    /// "Back" on the first group.
    case atStart
}

/// Isian tahapan sebagai masukan formulir: an entry widget of the editor plugged into the
/// toolkit's form engine (`FormInput`), keeping the editor's wording of refused keys.
struct StageInput: FormInput {
    var widget: EntryWidget
    let kind: EntryKind

    init(_ spec: FieldSpec, _ cooperation: Cooperation) {
        widget = EntryWidget(kind: spec.kind, answer: spec.get(cooperation))
        kind = spec.kind
    }

    var answer: Answer { widget.answer(kind: kind) }

    var value: FieldValue {
        if case .date(let d) = widget { return .date(d.date, raw: String(d.digits)) }
        return switch answer {
        case .text(let s): .text(s)
        case .lines(let l): .text(l.joined(separator: "\n"))
        case .date: .date(nil, raw: "")
        case .money(let m): .money(m?.value)
        case .number(let n): .text(n.map(String.init) ?? "")
        case .choice(let i): .choice(i)
        }
    }

    var rows: Int { kind.rows }
    var usesVerticalKeys: Bool { widget.usesVerticalKeys }
    mutating func selectAll() { widget.selectAll() }
    mutating func handle(_ event: Event) -> (WidgetOutcome, String?) { widget.handle(event, kind: kind) }
    func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) { widget.draw(in: rect, buffer: &buffer, focused: focused) }
    var bindings: [KeyBinding] { widget.bindings }

    /// Short values get short fields, text keeps to a readable width.
    func width(available: Int) -> Int {
        switch kind {
        case .number: min(available, 8)
        case .money: min(available, 40)
        case .date: available
        case .text, .area, .lines, .choice: min(available, 96)
        }
    }
}

/// Lembar isian tahapan: the groups of fields of one stage screen on the toolkit's form engine
/// (`TerminalUI.Form`, stacked layout). Each field is bound to its answer in the cooperation by
/// its `FieldSpec` (get/set); the engine keeps what is being typed, the focus, which fields were
/// visited and which group is open. The rulebook's findings (`FieldIssue`) reach it as notes:
/// an error blocks "next", a to_confirm warning does not.
struct StageForm: Sendable {
    private(set) var groups: [FieldGroup]
    private(set) var engine: Form

    init(groups: [FieldGroup], cooperation: Cooperation) {
        let groups = groups.isEmpty ? [FieldGroup(AppText.current.editorForms.noFields, [])] : groups
        self.groups = groups
        engine = Form(groups: groups.map { Self.formGroup($0, cooperation: cooperation, keeping: nil) }, style: .stacked)
    }

    static func formGroup(_ g: FieldGroup, cooperation: Cooperation, keeping old: Form?) -> FormGroup {
        FormGroup(title: g.title, note: g.note, fields: g.fields.map { f in
            FormField(id: f.id, label: f.label, help: f.help, input: old?.field(f.id)?.input ?? .custom(StageInput(f, cooperation)))
        })
    }

    var groupIndex: Int { engine.groupIndex }
    var focusIndex: Int { engine.focusIndex }
    var currentGroup: FieldGroup { groups[groupIndex] }
    var focusedField: FieldSpec? { currentGroup.fields.indices.contains(focusIndex) ? currentGroup.fields[focusIndex] : nil }
    var allFields: [FieldSpec] { groups.flatMap(\.fields) }

    private func input(_ id: String) -> StageInput? {
        if case .custom(let i as StageInput)? = engine.field(id)?.input { return i }
        return nil
    }

    func widget(_ id: String) -> EntryWidget? { input(id)?.widget }

    /// The focus entered a field: a prefilled answer is selected, so typing replaces it. Also
    /// called when the form comes back from the review or the stage list.
    mutating func enterFocusedField() { engine.refocus() }

    /// Rebuilds every widget from the cooperation (after the answers changed elsewhere).
    mutating func reload(from cooperation: Cooperation) {
        for f in allFields { engine.setInput(.custom(StageInput(f, cooperation)), for: f.id) }
    }

    /// Rebuilds the widgets whose answer changed elsewhere (an answer derived from another),
    /// leaving the one being typed in alone.
    mutating func refreshWidgets(except fieldID: String, from cooperation: Cooperation) {
        for f in allFields where f.id != fieldID { refresh(f, from: cooperation) }
    }

    private mutating func refresh(_ f: FieldSpec, from cooperation: Cooperation) {
        let answer = f.get(cooperation)
        if let i = input(f.id), i.answer != answer { engine.setInput(.custom(StageInput(f, cooperation)), for: f.id) }
    }

    /// Replaces the groups (a list grew or shrank) keeping position, widgets and visits where the ids stay.
    mutating func regroup(_ newGroups: [FieldGroup], cooperation: Cooperation) {
        groups = newGroups.isEmpty ? [FieldGroup(AppText.current.editorForms.noFields, [])] : newGroups
        engine.replaceGroups(groups.map { Self.formGroup($0, cooperation: cooperation, keeping: engine) })
    }

    /// Problems the widgets know by themselves, by field id.
    var inputProblems: [String: String] {
        var out: [String: String] = [:]
        for f in allFields { if let p = input(f.id)?.widget.problem(kind: f.kind) { out[f.id] = p } }
        return out
    }

    mutating func go(toGroup index: Int) { engine.go(toGroup: index) }

    /// Puts the focus on a field (a finding chosen in the review), switching group when needed.
    mutating func focus(fieldID: String) -> Bool {
        guard let f = allFields.first(where: { $0.id == fieldID || fieldID.hasPrefix($0.id + ".") || fieldID.hasPrefix($0.id + "[") })
        else { return false }
        return engine.reveal(f.id)
    }

    /// The editor's findings as the engine's notes: the basis goes on a line of its own.
    static func notes(_ issues: [String: [FieldIssue]]) -> [String: [FieldNote]] {
        issues.mapValues { list in
            list.map { i in
                let level: FieldNote.Level = switch i.level { case .error: .error; case .warning: .warning; case .info: .info }
                return FieldNote(level, i.message, detail: i.basis.flatMap { $0.isEmpty ? nil : AppText.current.editor.basis($0) },
                                 showsBeforeVisit: i.source != .required)
            }
        }
    }

    /// Tries to move on; blocked while a field of the group has a blocking issue.
    mutating func next(issues: [String: [FieldIssue]]) -> StageFormResult {
        engine.notes = Self.notes(issues)
        return result(engine.next())
    }

    /// Goes back one group; nothing is checked and nothing is lost.
    mutating func back() -> StageFormResult { result(engine.back()) }

    private func result(_ o: FormOutcome) -> StageFormResult {
        switch o {
        // The names are listed once, on the form's own summary row; the message only says what to do.
        case .blocked: .blocked(AppText.current.editorForms.fixMarkedFirst)
        case .completed: .completed
        case .movedToGroup(let g): .movedToGroup(g)
        case .refused: .atStart
        case .handled: .handled
        case .ignored: .ignored
        }
    }

    /// Handles navigation (`EditorKeys.Fields`) and typing. Typed answers are written into
    /// `cooperation` at once. `editable` false turns typing away (the editor explains why) but
    /// keeps navigation.
    mutating func handle(_ event: Event, cooperation: inout Cooperation, issues: [String: [FieldIssue]], editable: Bool) -> StageFormResult {
        typealias K = EditorKeys.Fields
        engine.notes = Self.notes(issues)
        if K.next.matches(event) { return next(issues: issues) }
        if K.back.matches(event) { return back() }
        if K.nextField.matches(event) {
            if case .key(.backTab) = event { engine.moveFocus(-1) } else { engine.moveFocus(1) }
            return .handled
        }
        guard let spec = focusedField, let before = input(spec.id) else {
            if case .key(.enter) = event { return next(issues: issues) }
            return .ignored
        }
        switch event {
        case .key(.down) where !before.usesVerticalKeys: engine.moveFocus(1); return .handled
        case .key(.up) where !before.usesVerticalKeys: engine.moveFocus(-1); return .handled
        case .key(.enter) where !before.widget.usesEnter || !editable:
            if focusIndex + 1 < currentGroup.fields.count { engine.moveFocus(1); return .handled }
            return next(issues: issues)
        default: break
        }
        if !editable {
            if Self.isEditing(event) { return .refused(nil) }
            // Caret movement inside a frozen text is harmless (and not kept).
            var copy = before
            let (o, _) = copy.handle(event)
            return o == .ignored ? .ignored : .handled
        }
        let outcome = engine.handle(event)
        switch outcome {
        case .refused: return .refused(engine.lastRefusal)
        case .ignored: return .ignored
        case .blocked, .completed, .movedToGroup: return result(outcome)
        case .handled:
            guard engine.focusedField?.id == spec.id, let now = input(spec.id) else { return .handled }
            let after = now.answer
            guard after != before.answer || after != spec.get(cooperation) else { return .handled }
            spec.set(&cooperation, after)
            // An answer may carry others with it (a financing line handed to a ministry takes
            // the APBN): the other widgets of the group show what the cooperation now holds.
            for f in currentGroup.fields where f.id != spec.id { refresh(f, from: cooperation) }
            return .changed
        }
    }

    /// Whether an event would change an answer (typing, deleting, pasting).
    static func isEditing(_ event: Event) -> Bool {
        switch event {
        case .paste: return true
        case .key(let k):
            switch k {
            case .char, .backspace, .delete, .enter, .ctrl("k"), .ctrl("u"), .ctrl("w"): return true
            default: return false
            }
        default: return false
        }
    }

    /// The focused widget's own keys, listed after the screen's.
    var widgetBindings: [KeyBinding] { engine.focusedField?.input.bindings ?? [] }

    // MARK: Drawing

    /// Draws the current group in the engine's stacked layout, with the editor's findings.
    func draw(in rect: Rect, buffer: inout Buffer, issues: [String: [FieldIssue]], requiredIDs: Set<String>, editable: Bool, tall: Bool) {
        guard !rect.isEmpty else { return }
        var e = engine
        e.notes = Self.notes(issues)
        e.markedFields = requiredIDs
        e.editable = editable
        e.tallAreas = tall
        e.draw(in: rect, buffer: &buffer)
    }
}
