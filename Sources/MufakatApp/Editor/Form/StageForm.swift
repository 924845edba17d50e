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

/// Lembar isian tahapan: the groups of fields of one stage screen, the widget of each field, and
/// which fields have been visited (their errors are shown). Answers live in the cooperation, not
/// here: the widgets only keep what is being typed, so going back never loses an answer.
struct StageForm: Sendable {
    private(set) var groups: [FieldGroup]
    private(set) var groupIndex = 0
    private(set) var focusIndex = 0
    private(set) var widgets: [String: EntryWidget] = [:]
    /// Fields whose problems are on screen: those left once, and all of a group after a refused "next".
    private(set) var touched: Set<String> = []

    init(groups: [FieldGroup], cooperation: Cooperation) {
        self.groups = groups.isEmpty ? [FieldGroup(AppText.current.editorForms.noFields, [])] : groups
        reload(from: cooperation)
        enterFocusedField()
    }

    /// The focus entered a field: a prefilled answer is selected, so typing replaces it. Also
    /// called when the form comes back from the review or the stage list.
    mutating func enterFocusedField() {
        if let f = focusedField { widgets[f.id]?.selectAll() }
    }

    /// Rebuilds every widget from the cooperation (after the answers changed elsewhere).
    mutating func reload(from cooperation: Cooperation) {
        widgets = [:]
        for g in groups { for f in g.fields { widgets[f.id] = EntryWidget(kind: f.kind, answer: f.get(cooperation)) } }
    }

    /// Rebuilds the widgets whose answer changed elsewhere (an answer derived from another),
    /// leaving the one being typed in alone.
    mutating func refreshWidgets(except fieldID: String, from cooperation: Cooperation) {
        for g in groups {
            for f in g.fields where f.id != fieldID {
                let answer = f.get(cooperation)
                if widgets[f.id]?.answer(kind: f.kind) != answer { widgets[f.id] = EntryWidget(kind: f.kind, answer: answer) }
            }
        }
    }

    /// Replaces the groups (a list grew or shrank) keeping position, widgets and visits where the ids stay.
    mutating func regroup(_ newGroups: [FieldGroup], cooperation: Cooperation) {
        groups = newGroups.isEmpty ? [FieldGroup(AppText.current.editorForms.noFields, [])] : newGroups
        var kept: [String: EntryWidget] = [:]
        for g in groups {
            for f in g.fields { kept[f.id] = widgets[f.id] ?? EntryWidget(kind: f.kind, answer: f.get(cooperation)) }
        }
        widgets = kept
        groupIndex = min(groupIndex, groups.count - 1)
        focusIndex = min(focusIndex, max(0, currentGroup.fields.count - 1))
    }

    var currentGroup: FieldGroup { groups[groupIndex] }
    var focusedField: FieldSpec? { currentGroup.fields.indices.contains(focusIndex) ? currentGroup.fields[focusIndex] : nil }
    var allFields: [FieldSpec] { groups.flatMap(\.fields) }

    func widget(_ id: String) -> EntryWidget? { widgets[id] }

    /// Problems the widgets know by themselves, by field id.
    var inputProblems: [String: String] {
        var out: [String: String] = [:]
        for f in allFields { if let p = widgets[f.id]?.problem(kind: f.kind) { out[f.id] = p } }
        return out
    }

    mutating func go(toGroup index: Int) {
        guard groups.indices.contains(index) else { return }
        groupIndex = index
        focusIndex = 0
        enterFocusedField()
    }

    /// Puts the focus on a field (a finding chosen in the review), switching group when needed.
    mutating func focus(fieldID: String) -> Bool {
        for (g, group) in groups.enumerated() {
            if let i = group.fields.firstIndex(where: { $0.id == fieldID || fieldID.hasPrefix($0.id + ".") || fieldID.hasPrefix($0.id + "[") }) {
                groupIndex = g; focusIndex = i; touched.insert(group.fields[i].id)
                enterFocusedField()
                return true
            }
        }
        return false
    }

    private mutating func moveFocus(_ delta: Int) {
        if let f = focusedField { touched.insert(f.id) }
        let count = currentGroup.fields.count
        guard count > 0 else { return }
        focusIndex = (focusIndex + delta + count) % count
        enterFocusedField()
    }

    /// Tries to move on; blocked while a field of the group has a blocking issue.
    mutating func next(issues: [String: [FieldIssue]]) -> StageFormResult {
        if let f = focusedField { touched.insert(f.id) }
        let blocking = currentGroup.fields.filter { issues[$0.id]?.contains(where: \.blocks) ?? false }
        if !blocking.isEmpty {
            for f in currentGroup.fields { touched.insert(f.id) }
            if let first = currentGroup.fields.firstIndex(where: { f in blocking.contains { $0.id == f.id } }), first != focusIndex {
                focusIndex = first
                enterFocusedField()
            }
            // The names are listed once, on the form's own summary row; the message only says what to do.
            return .blocked(AppText.current.editorForms.fixMarkedFirst)
        }
        if groupIndex + 1 >= groups.count { return .completed }
        groupIndex += 1
        focusIndex = 0
        enterFocusedField()
        return .movedToGroup(groupIndex)
    }

    /// Goes back one group; nothing is checked and nothing is lost.
    mutating func back() -> StageFormResult {
        if let f = focusedField { touched.insert(f.id) }
        guard groupIndex > 0 else { return .atStart }
        groupIndex -= 1
        focusIndex = 0
        enterFocusedField()
        return .movedToGroup(groupIndex)
    }

    /// Handles navigation and typing. Typed answers are written into `cooperation` at once.
    /// `editable` false turns typing away (the editor explains why) but keeps navigation.
    mutating func handle(_ event: Event, cooperation: inout Cooperation, issues: [String: [FieldIssue]], editable: Bool) -> StageFormResult {
        switch event {
        case .key(.ctrl("n")): return next(issues: issues)
        case .key(.ctrl("p")): return back()
        case .key(.tab): moveFocus(1); return .handled
        case .key(.backTab): moveFocus(-1); return .handled
        default: break
        }
        guard let spec = focusedField, var widget = widgets[spec.id] else {
            if case .key(.enter) = event { return next(issues: issues) }
            return .ignored
        }
        switch event {
        case .key(.down) where !widget.usesVerticalKeys: moveFocus(1); return .handled
        case .key(.up) where !widget.usesVerticalKeys: moveFocus(-1); return .handled
        case .key(.enter) where !widget.usesEnter || !editable:
            if focusIndex + 1 < currentGroup.fields.count { moveFocus(1); return .handled }
            return next(issues: issues)
        default: break
        }
        if !editable {
            if Self.isEditing(event) { return .refused(nil) }
            // Caret movement inside a frozen text is harmless.
            let (o, _) = widget.handle(event, kind: spec.kind)
            return o == .ignored ? .ignored : .handled
        }
        let before = widget.answer(kind: spec.kind)
        let (outcome, message) = widget.handle(event, kind: spec.kind)
        widgets[spec.id] = widget
        switch outcome {
        case .refused: return .refused(message)
        case .ignored, .cancelled: return .ignored
        case .handled, .submitted:
            let after = widget.answer(kind: spec.kind)
            guard after != before || after != spec.get(cooperation) else { return .handled }
            spec.set(&cooperation, after)
            // An answer may carry others with it (a financing line handed to a ministry takes
            // the APBN): the other widgets of the group show what the cooperation now holds.
            for f in currentGroup.fields where f.id != spec.id {
                let now = f.get(cooperation)
                if let w = widgets[f.id], w.answer(kind: f.kind) != now { widgets[f.id] = EntryWidget(kind: f.kind, answer: now) }
            }
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

    var bindings: [KeyBinding] {
        var out = [KeyBinding([.tab, .backTab], AppText.current.editorForms.keyNextField), KeyBinding(.ctrl("n"), AppText.current.editor.keyContinue)]
        if groupIndex > 0 { out.append(KeyBinding(.ctrl("p"), AppText.current.editor.keyBack)) }
        return out
    }

    /// The focused widget's own keys, listed after the screen's.
    var widgetBindings: [KeyBinding] {
        if let f = focusedField, let w = widgets[f.id] { return w.bindings }
        return []
    }

    // MARK: Drawing

    /// Draws the current group: a heading, each field with its label above its input, the
    /// problem under it (or the focused field's help), and a summary of the problems.
    func draw(in rect: Rect, buffer: inout Buffer, issues: [String: [FieldIssue]], requiredIDs: Set<String>, editable: Bool, tall: Bool) {
        guard !rect.isEmpty else { return }
        var body = rect
        let heading = groups.count > 1 ? AppText.current.editor.groupOf(groupIndex + 1, groups.count, currentGroup.title) : currentGroup.title
        buffer.write(TextLayout.fit(heading, width: rect.width, pad: false), at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
        body = body.inset(top: 1)
        if let note = currentGroup.note {
            for line in TextLayout.wrap(note, width: rect.width).prefix(2) {
                buffer.write(line, at: Point(x: body.x, y: body.y), role: .muted, clip: body.row(0))
                body = body.inset(top: 1)
            }
        }
        body = body.inset(top: 1)
        let shown = visibleIssues(issues)
        let blockingNames = currentGroup.fields.filter { shown[$0.id]?.contains(where: \.blocks) ?? false }.map(\.label)
        var summary: Rect? = nil
        if !blockingNames.isEmpty, body.height > 4 {
            let (rest, bottom) = body.splitBottom(1)
            body = rest; summary = bottom
        }
        let fields = currentGroup.fields
        let width = body.width - 2
        func inputRows(_ f: FieldSpec) -> Int { tall && f.kind.rows > 1 ? f.kind.rows * 2 : f.kind.rows }
        func noteLines(_ i: Int) -> [(String, StyleRole)] {
            let f = fields[i]
            let focused = i == focusIndex
            if let issue = shown[f.id]?.sorted(by: { $0.level < $1.level }).first {
                let role: StyleRole = issue.level == .error ? .error : (issue.level == .warning ? .warning : .muted)
                let mark = issue.level == .error ? "✗ " : (issue.level == .warning ? "! " : "i ")
                guard focused else {
                    let wrapped = TextLayout.wrap(mark + issue.message, width: max(1, width))
                    return [(wrapped.count > 1 ? TextLayout.fit(wrapped[0] + " …", width: width, pad: false) : wrapped.first ?? "", role)]
                }
                // The focused field: its whole message (up to four rows) and, on rows of its
                // own, the legal basis, so "(Dasar: …)" is never the part that is cut.
                var wrapped = TextLayout.wrap(mark + issue.message, width: max(1, width))
                if wrapped.count > 4 { wrapped = Array(wrapped.prefix(4)); wrapped[3] = TextLayout.fit(wrapped[3] + " …", width: width, pad: false) }
                var out = wrapped.map { ($0, role) }
                if let basis = issue.basis, !basis.isEmpty {
                    out += TextLayout.wrap(AppText.current.editor.basis(basis), width: max(1, width)).prefix(2).map { ($0, StyleRole.muted) }
                }
                return out
            }
            if focused, !f.help.isEmpty { return [(TextLayout.fit(f.help, width: width, pad: false), .muted)] }
            return []
        }
        let heights = fields.indices.map { 1 + inputRows(fields[$0]) + noteLines($0).count + 1 }
        var top = 0
        let focusBottom = heights.prefix(focusIndex + 1).reduce(0, +)
        while focusBottom - heights.prefix(top).reduce(0, +) > body.height + 1, top < focusIndex { top += 1 }
        var y = body.y
        if top > 0 {
            // The heading is cut to leave room for the marker: the two never overwrite each other.
            let marker = AppText.current.editorForms.fieldsAbove(top)
            let markerWidth = DisplayWidth.of(marker)
            buffer.fill(rect.row(0))
            buffer.write(TextLayout.fit(heading, width: max(0, rect.width - markerWidth - 1), pad: false), at: Point(x: rect.x, y: rect.y), role: .title, clip: rect.row(0))
            buffer.write(marker, at: Point(x: rect.maxX - markerWidth, y: rect.y), role: .muted, clip: rect.row(0))
        }
        for i in top..<fields.count {
            let f = fields[i]
            let rows = inputRows(f)
            if y + 1 + min(rows, 1) > body.maxY { 
                buffer.write(AppText.current.editorForms.continuesBelow, at: Point(x: body.maxX - 19, y: body.maxY - 1), role: .muted, clip: body)
                break
            }
            let focused = i == focusIndex
            let mark = requiredIDs.contains(f.id) ? " *" : ""
            buffer.write((focused ? "› " : "  ") + f.label + mark, at: Point(x: body.x, y: y), role: focused ? .title : .normal, clip: body.row(y - body.y))
            y += 1
            let inputRect = Rect(x: body.x + 2, y: y, width: Self.inputWidth(f.kind, available: width), height: min(rows, body.maxY - y))
            widgets[f.id]?.draw(in: inputRect, buffer: &buffer, focused: focused && editable)
            if rows > 1 {
                // A bar beside a text area shows how far it reaches, even while it is empty.
                for r in 0..<inputRect.height {
                    buffer.write("│", at: Point(x: body.x + 1, y: inputRect.y + r), role: focused ? .title : .muted, clip: body)
                }
            }
            if focused && !editable { buffer.cursor = nil }
            y += rows
            for (line, role) in noteLines(i) where y < body.maxY {
                buffer.write(line, at: Point(x: body.x + 2, y: y), role: role, clip: body.row(y - body.y))
                y += 1
            }
            y += 1
        }
        if let summary {
            let text = AppText.current.editorForms.fieldsToFix(blockingNames)
            buffer.write(TextLayout.fit(text, width: summary.width, pad: false), at: Point(x: summary.x, y: summary.y), role: .error, clip: summary)
        }
    }

    /// Columns an input takes: short values get short fields, text keeps to a readable width.
    static func inputWidth(_ kind: EntryKind, available: Int) -> Int {
        switch kind {
        case .number: min(available, 8)
        case .money: min(available, 40)
        case .date: available
        case .text, .area, .lines, .choice: min(available, 96)
        }
    }

    /// The issues on screen: a field's problems show once it has been visited; an input or rule
    /// problem (not "wajib diisi") shows as soon as there is an answer to be wrong.
    func visibleIssues(_ issues: [String: [FieldIssue]]) -> [String: [FieldIssue]] {
        var out: [String: [FieldIssue]] = [:]
        for f in currentGroup.fields {
            guard let list = issues[f.id], !list.isEmpty else { continue }
            if touched.contains(f.id) { out[f.id] = list; continue }
            let early = list.filter { $0.source != .required }
            if !early.isEmpty { out[f.id] = early }
        }
        return out
    }
}
