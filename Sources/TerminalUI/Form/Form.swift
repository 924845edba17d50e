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

/// Groups of fields filled one group at a time (the model of charmbracelet/huh).
///
/// Moving on is refused while the current group has errors, which are then shown beside each
/// field and summed up at the bottom. Going back never loses an answer, because answers live in
/// the fields, not in the page. The form knows whether anything changed since it was made (or
/// since `markSaved`), so the app can ask before discarding.
public struct Form: Sendable {
    public private(set) var groups: [FormGroup]
    public private(set) var groupIndex = 0
    public private(set) var focusIndex = 0
    /// Fields whose errors are shown: those left once, and all of a group after a refused "next".
    private var shownErrors: Set<String> = []
    private var savedValues: [String: FieldValue]

    public init(groups: [FormGroup]) {
        self.groups = groups
        self.savedValues = Self.values(of: groups)
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

    /// Errors of the current group, by field id (all of them, shown or not).
    public var currentErrors: [String: String] {
        var out: [String: String] = [:]
        for f in currentGroup.fields { if let e = f.error { out[f.id] = e } }
        return out
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

    public var bindings: [KeyBinding] {
        let s = TerminalStrings.current
        var out = [KeyBinding([.tab, .backTab], s.nextField), KeyBinding(.ctrl("n"), s.nextGroup)]
        if groupIndex > 0 { out.append(KeyBinding(.ctrl("p"), s.previousGroup)) }
        if let f = focusedField { out += f.input.bindings }
        return out
    }

    /// Tries to move to the next group (or complete the form on the last one).
    public mutating func next() -> FormOutcome {
        let errors = currentErrors
        if !errors.isEmpty {
            shownErrors.formUnion(errors.keys)
            if let first = currentGroup.fields.firstIndex(where: { errors[$0.id] != nil }), first != focusIndex { focusIndex = first; enterFocusedField() }
            return .blocked
        }
        if groupIndex + 1 >= groups.count { return .completed }
        groupIndex += 1
        focusIndex = 0
        enterFocusedField()
        return .movedToGroup(groupIndex)
    }

    /// Goes back one group; nothing is checked and nothing is lost.
    public mutating func back() -> FormOutcome {
        guard groupIndex > 0 else { return .refused }
        groupIndex -= 1
        focusIndex = 0
        enterFocusedField()
        return .movedToGroup(groupIndex)
    }

    private mutating func moveFocus(_ delta: Int) {
        if let f = focusedField { shownErrors.insert(f.id) }
        let count = currentGroup.fields.count
        guard count > 0 else { return }
        focusIndex = (focusIndex + delta + count) % count
        enterFocusedField()
    }

    public mutating func handle(_ event: Event) -> FormOutcome {
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
        let outcome = field.input.handle(event)
        groups[groupIndex].fields[focusIndex] = field
        switch outcome {
        case .handled: return .handled
        case .refused: return .refused
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
}
