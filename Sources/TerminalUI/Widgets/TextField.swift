/// A one-line text input. The cursor moves by grapheme (an "é" made of two scalars is one step),
/// and the field scrolls horizontally by display columns so the caret is always visible.
public struct TextField: Widget, Sendable {
    public private(set) var characters: [Character]
    /// Caret position, in graphemes from the start.
    public private(set) var cursor: Int
    /// Most graphemes accepted; nil for no limit.
    public var maxLength: Int?
    public var filter: InputFilter
    /// Muted text shown while empty.
    public var placeholder: String
    /// The whole text is selected, as a browser does when a prefilled field is entered: typing or
    /// pasting replaces it, Backspace or Delete clears it, a caret key keeps it and drops the selection.
    public private(set) var isSelected = false

    public init(_ text: String = "", maxLength: Int? = nil, filter: InputFilter = .any, placeholder: String = "") {
        self.maxLength = maxLength
        self.filter = filter
        self.placeholder = placeholder
        self.characters = []
        self.cursor = 0
        _ = insert(text)
        self.cursor = characters.count
    }

    /// The text.
    public var text: String {
        get { String(characters) }
        set { characters = []; cursor = 0; isSelected = false; _ = insert(newValue) }
    }

    /// Selects the whole text (nothing when empty), the caret at its end. Forms call it when
    /// the focus enters the field.
    public mutating func selectAll() {
        isSelected = !characters.isEmpty
        cursor = characters.count
    }

    /// Drops the selection, keeping the text.
    public mutating func deselect() { isSelected = false }

    public var bindings: [KeyBinding] {
        let s = TerminalStrings.current
        return [KeyBinding([.ctrl("a"), .ctrl("e")], s.startEnd), KeyBinding([.ctrl("k"), .ctrl("u")], s.deleteRestStart),
                KeyBinding(.ctrl("w"), s.deleteWord)]
    }

    /// Inserts text at the caret, dropping what the filter refuses and what exceeds the limit.
    /// Newlines become spaces: a one-line field never breaks a line. Returns false when anything was dropped.
    @discardableResult
    public mutating func insert(_ text: String) -> Bool {
        var complete = true
        for var ch in text {
            if ch == "\n" || ch == "\r\n" || ch == "\t" { ch = " " }
            if let v = ch.unicodeScalars.first?.value, v < 0x20 || v == 0x7F { complete = false; continue }
            guard filter.accepts(ch) else { complete = false; continue }
            if let maxLength, characters.count >= maxLength { complete = false; break }
            characters.insert(ch, at: cursor)
            cursor += 1
        }
        return complete
    }

    public mutating func handle(_ event: Event) -> WidgetOutcome {
        if isSelected {
            isSelected = false
            switch event {
            case .paste, .key(.char):
                // Replace: keep the old text when nothing of the new one could be taken.
                let before = (characters, cursor)
                characters = []; cursor = 0
                let outcome = handleUnselected(event)
                if characters.isEmpty { (characters, cursor) = before; isSelected = true }
                return outcome
            case .key(.backspace), .key(.delete), .key(.ctrl("u")), .key(.ctrl("k")), .key(.ctrl("w")):
                characters = []; cursor = 0
                return .handled
            default:
                break
            }
        }
        return handleUnselected(event)
    }

    private mutating func handleUnselected(_ event: Event) -> WidgetOutcome {
        switch event {
        case .paste(let s):
            return insert(s) ? .handled : .refused
        case .key(let key):
            switch key {
            case .char(let c): return insert(String(c)) ? .handled : .refused
            case .left: cursor = max(0, cursor - 1)
            case .right: cursor = min(characters.count, cursor + 1)
            case .home, .ctrl("a"): cursor = 0
            case .end, .ctrl("e"): cursor = characters.count
            case .ctrlLeft: cursor = wordStart(before: cursor)
            case .ctrlRight: cursor = wordEnd(after: cursor)
            case .backspace:
                guard cursor > 0 else { return .refused }
                characters.remove(at: cursor - 1); cursor -= 1
            case .delete:
                guard cursor < characters.count else { return .refused }
                characters.remove(at: cursor)
            case .ctrl("k"): characters.removeSubrange(cursor...)
            case .ctrl("u"): characters.removeSubrange(..<cursor); cursor = 0
            case .ctrl("w"):
                let start = wordStart(before: cursor)
                characters.removeSubrange(start..<cursor); cursor = start
            default: return .ignored
            }
            return .handled
        default:
            return .ignored
        }
    }

    private func wordStart(before i: Int) -> Int {
        var j = i
        while j > 0, characters[j - 1] == " " { j -= 1 }
        while j > 0, characters[j - 1] != " " { j -= 1 }
        return j
    }

    private func wordEnd(after i: Int) -> Int {
        var j = i
        while j < characters.count, characters[j] == " " { j += 1 }
        while j < characters.count, characters[j] != " " { j += 1 }
        return j
    }

    /// The first visible grapheme for a field `width` columns wide: the caret stays on screen,
    /// with one column kept free after the text for it.
    public func scrollOffset(width: Int) -> Int {
        guard width > 1 else { return cursor }
        var used = 1  // the caret cell
        var start = cursor
        while start > 0 {
            let w = DisplayWidth.of(characters[start - 1])
            if used + w > width { break }
            used += w
            start -= 1
        }
        // Prefer showing from the start when everything up to the caret fits.
        return start
    }

    public func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        buffer.fill(row, role: focused ? .focused : .normal)
        if characters.isEmpty {
            if !placeholder.isEmpty {
                buffer.write(TextLayout.fit(placeholder, width: row.width), at: Point(x: row.x, y: row.y), role: focused ? .focused : .muted, clip: row)
            } else if !focused {
                buffer.write(String(repeating: "_", count: row.width), at: Point(x: row.x, y: row.y), role: .muted, clip: row)
            }
            if focused { buffer.cursor = Point(x: row.x, y: row.y) }
            return
        }
        let offset = scrollOffset(width: row.width)
        let visible = String(characters[offset...])
        let textRole: StyleRole = focused ? (isSelected ? .selection : .focused) : .normal
        let written = buffer.write(TextLayout.prefix(visible, width: row.width), at: Point(x: row.x, y: row.y), role: textRole, clip: row)
        if !focused, written < row.width {
            buffer.write(String(repeating: "_", count: row.width - written), at: Point(x: row.x + written, y: row.y), role: .muted, clip: row)
        }
        if offset > 0 { buffer.write("…", at: Point(x: row.x, y: row.y), role: .muted, clip: row) }
        if focused {
            let caret = DisplayWidth.of(String(characters[offset..<cursor]))
            buffer.cursor = Point(x: min(row.maxX - 1, row.x + caret), y: row.y)
        }
    }
}
