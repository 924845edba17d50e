/// What a form did with an event.
public enum FormOutcome: Hashable, Sendable {
    case ignored
    case handled
    /// The key was refused by a field (ring the bell).
    case refused
    /// "Next" was asked while the current group has errors; they are now shown.
    case blocked
    /// The form moved to another group.
    case movedToGroup(Int)
    /// "Next" on the last group with no errors: the app saves.
    case completed
}

/// How a form is laid out.
public enum FormStyle: Hashable, Sendable {
    /// One group per page: a "Part 1 of 3: title" heading, a blank row between fields and a
    /// summary of the errors at the bottom; Ctrl-N and Ctrl-P move between groups.
    case pages
    /// A compact column of labelled fields, no heading and no summary (the screen around it words
    /// those); the help bar names Tab and Enter only. For a single group inside a screen.
    case column
    /// Each label above its input, a group note under the heading, the messages of each field
    /// under it with their level (✗ error, ! warning, i information), markers when fields scroll
    /// out above or below, and a summary of the blocking ones at the bottom. For long forms
    /// whose application brings its own checks (`Form.notes`).
    case stacked
}

/// The form engine: groups of fields filled one group at a time (the model of charmbracelet/huh).
///
/// Each field holds its answer in its widget (text, multi-line text, number, date, choice, yes/no,
/// multi-select), its validators and a one-line hint. Moving on is refused while the current group
/// has errors, which are then shown beside each field (and summed up at the bottom in `.pages`).
/// An error shows once the field was left, or after a refused "next", so nobody is scolded before
/// typing. Entering a field selects its prefilled value, as a browser does: typing replaces it and
/// never appends. Going back never loses an answer, because answers live in the fields, not in the
/// page. The form knows whether anything changed since it was made (or since `markSaved`), so
/// the app can ask before discarding.
public struct Form: Sendable {
    public private(set) var groups: [FormGroup]
    public private(set) var groupIndex = 0
    public private(set) var focusIndex = 0
    public var style: FormStyle
    /// Fields whose errors are shown: those left once, and all of a group after a refused "next".
    private var shownErrors: Set<String> = []
    private var savedValues: [String: FieldValue]
    /// Messages the application works out for each field (by id), shown beside the validators'
    /// own; an error among them blocks "next" as a validator's does.
    public var notes: [String: [FieldNote]] = [:]
    /// Why the last key was refused, when the widget said (`FormInput.handle`).
    public private(set) var lastRefusal: String?
    /// Fields marked required ("*" after the label) in the stacked layout.
    public var markedFields: Set<String> = []
    /// False draws the fields without a caret (the application refuses typing and says why).
    public var editable = true
    /// Multi-row inputs take twice their rows (a tall screen) in the stacked and column layouts.
    public var tallAreas = false
    /// The column layout shows every message of a field (warnings and information too, each
    /// marked ✗, ! or i and wrapped to two rows, as is the focused field's hint) rather than its
    /// first error only.
    public var columnShowsAllNotes = false

    public init(groups: [FormGroup], style: FormStyle = .pages) {
        self.groups = groups
        self.style = style
        self.savedValues = Self.values(of: groups)
        enterFocusedField()
    }

    /// A one-group form laid out as a column (`FormStyle.column`).
    public init(column fields: [FormField]) {
        self.init(groups: [FormGroup(title: "", fields: fields)], style: .column)
    }

    /// Replaces the groups (a list grew or shrank), keeping the position where it still exists and
    /// the shown messages; fields keep whatever input the new groups carry.
    public mutating func replaceGroups(_ newGroups: [FormGroup]) {
        groups = newGroups
        groupIndex = min(groupIndex, max(0, groups.count - 1))
        focusIndex = min(focusIndex, max(0, (groups.indices.contains(groupIndex) ? groups[groupIndex].fields.count : 1) - 1))
    }

    /// Opens a group at its first field; nothing is checked.
    public mutating func go(toGroup index: Int) {
        guard groups.indices.contains(index) else { return }
        groupIndex = index
        focusIndex = 0
        enterFocusedField()
    }

    /// Moves the focus to a field of any group and shows its messages (a finding chosen elsewhere);
    /// false when no field has that id.
    @discardableResult
    public mutating func reveal(_ id: String) -> Bool {
        for (g, group) in groups.enumerated() {
            guard let i = group.fields.firstIndex(where: { $0.id == id }) else { continue }
            groupIndex = g; focusIndex = i
            shownErrors.insert(id)
            enterFocusedField()
            return true
        }
        return false
    }

    /// Selects the focused field's value again (the form is shown anew, or its value was replaced
    /// by the application), so typing replaces it.
    public mutating func refocus() { enterFocusedField() }

    /// Moves the focus to a field of the current group, selecting its value.
    public mutating func focus(_ id: String) {
        guard let i = currentGroup.fields.firstIndex(where: { $0.id == id }) else { return }
        focusIndex = i
        enterFocusedField()
    }

    /// The focus entered a field: its prefilled value is selected, so typing replaces it.
    private mutating func enterFocusedField() {
        guard groups.indices.contains(groupIndex), groups[groupIndex].fields.indices.contains(focusIndex) else { return }
        groups[groupIndex].fields[focusIndex].input.selectAll()
    }

    static func values(of groups: [FormGroup]) -> [String: FieldValue] {
        var out: [String: FieldValue] = [:]
        for g in groups { for f in g.fields { out[f.id] = f.value } }
        return out
    }

    /// Every answer by field id.
    public var values: [String: FieldValue] { Self.values(of: groups) }

    /// Whether any answer differs from the last save.
    public var isDirty: Bool { values != savedValues }

    /// Records the current answers as saved.
    public mutating func markSaved() { savedValues = values }

    public var currentGroup: FormGroup { groups[groupIndex] }

    public var focusedField: FormField? {
        currentGroup.fields.indices.contains(focusIndex) ? currentGroup.fields[focusIndex] : nil
    }

    /// Errors of the current group, by field id (all of them, shown or not): the field's own,
    /// else the first blocking note.
    public var currentErrors: [String: String] {
        var out: [String: String] = [:]
        for f in currentGroup.fields {
            if let e = f.error ?? notes[f.id]?.first(where: \.blocks)?.text { out[f.id] = e }
        }
        return out
    }

    /// The messages of a field of the current group that are on screen, most serious first: all
    /// of them once the field was left, before that only notes that show before a visit.
    public func visibleNotes(_ id: String) -> [FieldNote] {
        let shown = shownErrors.contains(id)
        var out: [FieldNote] = []
        if shown, let e = field(id)?.error { out.append(FieldNote(.error, e)) }
        out += (notes[id] ?? []).filter { shown || $0.showsBeforeVisit }
        return out.enumerated().sorted { ($0.element.level, $0.offset) < ($1.element.level, $1.offset) }.map(\.element)
    }

    /// Errors currently on screen.
    public var visibleErrors: [String: String] { currentErrors.filter { shownErrors.contains($0.key) } }

    public func field(_ id: String) -> FormField? {
        for g in groups { if let f = g.fields.first(where: { $0.id == id }) { return f } }
        return nil
    }

    /// Replaces a field's widget (the app loading an answer from its model).
    public mutating func setInput(_ input: FieldInput, for id: String) {
        for g in groups.indices {
            if let i = groups[g].fields.firstIndex(where: { $0.id == id }) { groups[g].fields[i].input = input }
        }
    }

    /// The trimmed text of a text field ("" for another kind or an unknown id).
    public subscript(id: String) -> String {
        get {
            if case .text(let t)? = field(id)?.value { return t.trimmingCharacters(in: .whitespaces) }
            return ""
        }
        set {
            for g in groups.indices {
                guard let i = groups[g].fields.firstIndex(where: { $0.id == id }) else { continue }
                switch groups[g].fields[i].input {
                case .text(var w): w.text = newValue; groups[g].fields[i].input = .text(w)
                case .area(var w, let rows): w.text = newValue; groups[g].fields[i].input = .area(w, rows: rows)
                default: break
                }
            }
        }
    }

    /// Replaces a field's hint (the line shown under it while it has focus).
    public mutating func setHelp(_ help: String, for id: String) {
        for g in groups.indices {
            if let i = groups[g].fields.firstIndex(where: { $0.id == id }) { groups[g].fields[i].help = help }
        }
    }

    /// The current group's errors in field order, with the fields' labels.
    public var errors: [(label: String, message: String)] {
        currentGroup.fields.compactMap { f in f.error.map { (f.label, $0) } }
    }

    /// Shows every error of the current group and moves to the first one; true when there are none.
    @discardableResult
    public mutating func validate() -> Bool {
        let errors = currentErrors
        shownErrors.formUnion(errors.keys)
        if !errors.isEmpty { shownErrors.formUnion(currentGroup.fields.map(\.id)) }
        guard let first = currentGroup.fields.firstIndex(where: { errors[$0.id] != nil }) else { return true }
        if first != focusIndex { focusIndex = first; enterFocusedField() }
        return false
    }

    public var bindings: [KeyBinding] {
        let s = TerminalStrings.current
        if style == .column { return [KeyBinding([.tab, .backTab], s.nextField), KeyBinding(.enter, s.enterNextField)] }
        var out = [KeyBinding([.tab, .backTab], s.nextField), KeyBinding(.ctrl("n"), s.nextGroup)]
        if groupIndex > 0 { out.append(KeyBinding(.ctrl("p"), s.previousGroup)) }
        if let f = focusedField { out += f.input.bindings }
        return out
    }

    /// Tries to move to the next group (or complete the form on the last one).
    public mutating func next() -> FormOutcome {
        if let f = focusedField { shownErrors.insert(f.id) }
        if !validate() { return .blocked }
        if groupIndex + 1 >= groups.count { return .completed }
        groupIndex += 1
        focusIndex = 0
        enterFocusedField()
        return .movedToGroup(groupIndex)
    }

    /// Goes back one group; nothing is checked and nothing is lost.
    public mutating func back() -> FormOutcome {
        if let f = focusedField { shownErrors.insert(f.id) }
        guard groupIndex > 0 else { return .refused }
        groupIndex -= 1
        focusIndex = 0
        enterFocusedField()
        return .movedToGroup(groupIndex)
    }

    /// Moves the focus `delta` fields on (wrapping), showing the messages of the field left.
    public mutating func moveFocus(_ delta: Int) {
        if let f = focusedField { shownErrors.insert(f.id) }
        let count = currentGroup.fields.count
        guard count > 0 else { return }
        focusIndex = (focusIndex + delta + count) % count
        enterFocusedField()
    }

    public mutating func handle(_ event: Event) -> FormOutcome {
        lastRefusal = nil
        switch event {
        case .key(.ctrl("n")): return next()
        case .key(.ctrl("p")): return back()
        case .key(.tab): moveFocus(1); return .handled
        case .key(.backTab): moveFocus(-1); return .handled
        default: break
        }
        guard focusedField != nil else { return .ignored }
        var field = groups[groupIndex].fields[focusIndex]
        let uses = field.input.usesVerticalKeys
        switch event {
        case .key(.down) where !uses: moveFocus(1); return .handled
        case .key(.up) where !uses: moveFocus(-1); return .handled
        default: break
        }
        let (outcome, why) = field.input.handle(event)
        groups[groupIndex].fields[focusIndex] = field
        switch outcome {
        case .handled: return .handled
        case .refused: lastRefusal = why; return .refused
        case .cancelled: return .ignored
        case .submitted, .ignored:
            if case .key(.enter) = event {
                if focusIndex + 1 < currentGroup.fields.count { moveFocus(1); return .handled }
                shownErrors.insert(field.id)
                return next()
            }
            _ = field
            return .ignored
        }
    }

    /// Draws the group: a heading, each field with its label, its error beside it and the
    /// focused field's help, then a summary of the errors.
    public func draw(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        if style == .column { drawColumn(in: rect, buffer: &buffer); return }
        if style == .stacked { drawStacked(in: rect, buffer: &buffer); return }
        let heading = TerminalStrings.current.groupOf(groupIndex + 1, groups.count, currentGroup.title)
        buffer.write(TextLayout.fit(heading, width: rect.width, pad: false), at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
        let errors = visibleErrors
        var (summaryArea, body) = (Rect(x: rect.x, y: rect.maxY, width: rect.width, height: 0), rect.inset(top: 2))
        if !errors.isEmpty {
            (body, summaryArea) = body.splitBottom(1)
        }
        let labelWidth = min(22, max(10, currentGroup.fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2)
        // Heights: input rows, plus one for an error or the focused field's help.
        let heights = currentGroup.fields.enumerated().map { i, f in
            f.input.rows + ((errors[f.id] != nil || (i == focusIndex && !f.help.isEmpty)) ? 1 : 0) + 1
        }
        var top = 0
        let focusBottom = heights.prefix(focusIndex + 1).reduce(0, +)
        while focusBottom - heights.prefix(top).reduce(0, +) > body.height, top < focusIndex { top += 1 }
        var y = body.y
        for i in top..<currentGroup.fields.count {
            let f = currentGroup.fields[i]
            if y + f.input.rows > body.maxY { break }
            let focused = i == focusIndex
            let marker = focused ? "› " : "  "
            buffer.write(TextLayout.fit(marker + f.label, width: labelWidth), at: Point(x: body.x, y: y), role: focused ? .title : .normal, clip: body)
            let inputRect = Rect(x: body.x + labelWidth, y: y, width: body.width - labelWidth, height: f.input.rows)
            f.input.draw(in: inputRect.intersection(body), buffer: &buffer, focused: focused)
            y += f.input.rows
            if let e = errors[f.id], y < body.maxY {
                buffer.write("✗ " + e, at: Point(x: body.x + labelWidth, y: y), role: .error, clip: body.row(y - body.y))
                y += 1
            } else if focused, !f.help.isEmpty, y < body.maxY {
                buffer.write(f.help, at: Point(x: body.x + labelWidth, y: y), role: .muted, clip: body.row(y - body.y))
                y += 1
            }
            y += 1
        }
        if !errors.isEmpty {
            let names = currentGroup.fields.filter { errors[$0.id] != nil }.map(\.label)
            let text = TerminalStrings.current.fieldsToFix(names)
            buffer.write(TextLayout.fit(text, width: summaryArea.width, pad: false), at: Point(x: summaryArea.x, y: summaryArea.y), role: .error, clip: summaryArea)
        }
    }

    /// The column layout: label, field, and under it the error (or the focused field's hint).
    /// Scrolls so the focused field is always visible.
    private func drawColumn(in rect: Rect, buffer: inout Buffer) {
        let fields = currentGroup.fields
        guard !fields.isEmpty else { return }
        let errors = visibleErrors
        let labelWidth = min(max(12, (fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 4), max(12, rect.width / 3))
        let noteWidth = max(1, rect.width - labelWidth)
        // Every message of a field (`columnShowsAllNotes`), most serious first, two rows each at most.
        func allNotes(_ i: Int) -> [(String, StyleRole)] {
            visibleNotes(fields[i].id).flatMap { note -> [(String, StyleRole)] in
                let role: StyleRole = note.level == .error ? .error : (note.level == .warning ? .warning : .muted)
                let mark = note.level == .error ? "✗ " : (note.level == .warning ? "! " : "i ")
                let rows = TextLayout.wrap(mark + note.text, width: noteWidth)
                let kept = rows.count > 2 ? [rows[0], TextLayout.fit(rows[1...].joined(separator: " "), width: noteWidth, pad: false)] : rows
                return kept.map { ($0, role) }
            }
        }
        // The focused field's hint, when it has no message: wrapped to two rows as well.
        func hint(_ i: Int) -> [(String, StyleRole)] {
            guard i == focusIndex, !fields[i].help.isEmpty else { return [] }
            let rows = TextLayout.wrap(fields[i].help, width: noteWidth)
            let kept = rows.count > 2 ? [rows[0], TextLayout.fit(rows[1...].joined(separator: " "), width: noteWidth, pad: false)] : rows
            return kept.map { ($0, StyleRole.muted) }
        }
        func inputRows(_ f: FormField) -> Int { tallAreas && f.input.rows > 1 ? f.input.rows * 2 : f.input.rows }
        let shownNotes = columnShowsAllNotes ? fields.indices.map { i in allNotes(i).isEmpty ? hint(i) : allNotes(i) } : []
        let heights = fields.indices.map { i in
            if columnShowsAllNotes { return inputRows(fields[i]) + shownNotes[i].count }
            return inputRows(fields[i]) + ((errors[fields[i].id] != nil || (i == focusIndex && !fields[i].help.isEmpty)) ? 1 : 0)
        }
        var top = 0
        while heights[top...focusIndex].reduce(0, +) > rect.height, top < focusIndex { top += 1 }
        var y = rect.y
        for i in top..<fields.count {
            guard y < rect.maxY else { break }
            let f = fields[i]
            let focused = i == focusIndex
            // One column stays blank, so a cut label ("Head of region's posit…") never touches its value.
            buffer.write(TextLayout.fit((focused ? "› " : "  ") + f.label, width: labelWidth - 1), at: Point(x: rect.x, y: y),
                         role: focused ? .title : .normal, clip: rect)
            let inputRect = Rect(x: rect.x + labelWidth, y: y, width: f.input.columnWidth(available: rect.width - labelWidth), height: inputRows(f))
            f.input.draw(in: inputRect.intersection(rect), buffer: &buffer, focused: focused && editable)
            y += inputRows(f)
            guard y < rect.maxY else { break }
            if columnShowsAllNotes, !shownNotes[i].isEmpty {
                for (line, role) in shownNotes[i] where y < rect.maxY {
                    buffer.write(line, at: Point(x: rect.x + labelWidth, y: y), role: role, clip: rect.row(y - rect.y))
                    y += 1
                }
            } else if let e = errors[f.id], !columnShowsAllNotes {
                buffer.write("✗ " + e, at: Point(x: rect.x + labelWidth, y: y), role: .error, clip: rect.row(y - rect.y))
                y += 1
            } else if focused, !f.help.isEmpty {
                buffer.write(TextLayout.fit(f.help, width: rect.width - labelWidth, pad: false), at: Point(x: rect.x + labelWidth, y: y),
                             role: .muted, clip: rect.row(y - rect.y))
                y += 1
            }
        }
    }
}
