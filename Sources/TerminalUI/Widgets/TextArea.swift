/// A multi-line text input with soft wrapping by display width. Enter inserts a line break, so
/// the screen around it moves on with Tab or its own keys; a paste of any size is one insertion.
public struct TextArea: Widget, Sendable {
    public private(set) var characters: [Character]
    /// Caret position, in graphemes from the start of the whole text.
    public private(set) var cursor: Int
    public var maxLength: Int?
    public var placeholder: String

    public init(_ text: String = "", maxLength: Int? = nil, placeholder: String = "") {
        self.characters = Array(text.replacingCRLF())
        self.cursor = characters.count
        self.maxLength = maxLength
        self.placeholder = placeholder
    }

    public var text: String {
        get { String(characters) }
        set { characters = Array(newValue.replacingCRLF()); cursor = characters.count }
    }

    /// Number of hard lines (paragraphs) in the text.
    public var lineCount: Int { characters.reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }

    public var bindings: [KeyBinding] { [KeyBinding(.enter, TerminalStrings.current.newLine)] }

    @discardableResult
    public mutating func insert(_ text: String) -> Bool {
        var incoming = Array(text.replacingCRLF())
        var complete = true
        incoming.removeAll { ch in
            guard let v = ch.unicodeScalars.first?.value else { return true }
            if ch == "\n" || ch == "\t" { return false }
            if v < 0x20 || v == 0x7F { complete = false; return true }
            return false
        }
        if let maxLength, characters.count + incoming.count > maxLength {
            incoming = Array(incoming.prefix(max(0, maxLength - characters.count)))
            complete = false
        }
        characters.insert(contentsOf: incoming.map { $0 == "\t" ? " " : $0 }, at: cursor)
        cursor += incoming.count
        return complete
    }

    /// Rows of the wrapped text: (start offset in `characters`, length, text).
    public func rows(width: Int) -> [TextLayout.WrappedRow] {
        var out: [TextLayout.WrappedRow] = []
        var start = 0
        var i = 0
        while i <= characters.count {
            if i == characters.count || characters[i] == "\n" {
                for var r in TextLayout.wrapParagraph(String(characters[start..<i]), width: max(1, width)) {
                    r.start += start
                    out.append(r)
                }
                start = i + 1
            }
            i += 1
        }
        return out
    }

    /// The wrapped row and column (in columns) of the caret.
    public func caretPosition(width: Int) -> (row: Int, column: Int) {
        caretPosition(in: rows(width: width))
    }

    /// The caret's row and column in rows already wrapped (`rows(width:)`), so a draw wraps once.
    func caretPosition(in all: [TextLayout.WrappedRow]) -> (row: Int, column: Int) {
        for (index, r) in all.enumerated().reversed() where cursor >= r.start {
            let end = min(cursor, r.start + r.length)
            // A caret exactly at the end of a full soft-wrapped row belongs to the next row.
            if cursor == r.start + r.length, index + 1 < all.count, all[index + 1].start == cursor {
                continue
            }
            return (index, DisplayWidth.of(String(characters[r.start..<end])))
        }
        return (0, 0)
    }

    private mutating func moveVertically(_ delta: Int, width: Int) {
        let all = rows(width: width)
        let (row, column) = caretPosition(width: width)
        let target = max(0, min(all.count - 1, row + delta))
        let r = all[target]
        var used = 0
        var pos = r.start
        while pos < r.start + r.length {
            let w = DisplayWidth.of(characters[pos])
            if used + w > column { break }
            used += w
            pos += 1
        }
        cursor = pos
    }

    /// Width used for Up/Down moves; set from the last draw by the owner when known.
    public var wrapWidth: Int = 60

    public mutating func handle(_ event: Event) -> WidgetOutcome {
        switch event {
        case .paste(let s): return insert(s) ? .handled : .refused
        case .key(let key):
            switch key {
            case .char(let c): return insert(String(c)) ? .handled : .refused
            case .enter: return insert("\n") ? .handled : .refused
            case .left: cursor = max(0, cursor - 1)
            case .right: cursor = min(characters.count, cursor + 1)
            case .up: moveVertically(-1, width: wrapWidth)
            case .down: moveVertically(1, width: wrapWidth)
            case .pageUp: moveVertically(-10, width: wrapWidth)
            case .pageDown: moveVertically(10, width: wrapWidth)
            case .home, .ctrl("a"):
                while cursor > 0, characters[cursor - 1] != "\n" { cursor -= 1 }
            case .end, .ctrl("e"):
                while cursor < characters.count, characters[cursor] != "\n" { cursor += 1 }
            case .backspace:
                guard cursor > 0 else { return .refused }
                characters.remove(at: cursor - 1); cursor -= 1
            case .delete:
                guard cursor < characters.count else { return .refused }
                characters.remove(at: cursor)
            case .ctrl("k"):
                var end = cursor
                while end < characters.count, characters[end] != "\n" { end += 1 }
                if end == cursor, end < characters.count { end += 1 }
                characters.removeSubrange(cursor..<end)
            default: return .ignored
            }
            return .handled
        default: return .ignored
        }
    }

    /// Draws the text with the last row showing "baris X dari Y" when there is room.
    public func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        guard !rect.isEmpty else { return }
        let role: StyleRole = focused ? .focused : .normal
        buffer.fill(rect, role: role)
        let all = rows(width: rect.width)
        let caret = caretPosition(in: all)
        let top = max(0, caret.row - rect.height + 1)
        if characters.isEmpty, !placeholder.isEmpty {
            buffer.write(TextLayout.fit(placeholder, width: rect.width), at: Point(x: rect.x, y: rect.y), role: focused ? .focused : .muted, clip: rect)
        }
        for i in 0..<rect.height where top + i < all.count {
            buffer.write(all[top + i].text, at: Point(x: rect.x, y: rect.y + i), role: role, clip: rect.row(i))
        }
        if focused {
            buffer.cursor = Point(x: min(rect.maxX - 1, rect.x + caret.column), y: rect.y + caret.row - top)
        }
    }

    /// "baris 3 dari 12", for a status line next to the area.
    public func status(width: Int) -> String {
        let caret = caretPosition(width: width)
        return TerminalStrings.current.lineOf(caret.row + 1, rows(width: width).count)
    }
}

extension String {
    func replacingCRLF() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self { out.append(ch == "\r\n" || ch == "\r" ? "\n" : ch) }
        return out
    }
}
