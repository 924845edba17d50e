/// A frame: a grid of cells that views draw into and a backend presents.
///
/// Every frame is drawn from scratch into a fresh buffer (views are pure functions of state); the
/// backend compares it with the frame before and writes only what changed, as ratatui does.
/// All positions and lengths are in display columns, never in `String.count`.
public struct Buffer: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]
    /// Where the real terminal cursor should sit (the focused field's caret); nil hides it.
    public var cursor: Point?

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }
    public init(width: Int, height: Int) { self.init(size: Size(width: width, height: height)) }

    public var width: Int { size.width }
    public var height: Int { size.height }
    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { area.contains(Point(x: x, y: y)) ? cells[y * size.width + x] : .blank }
        set {
            guard area.contains(Point(x: x, y: y)) else { return }
            cells[y * size.width + x] = newValue
        }
    }

    /// Puts one cell, repairing any wide grapheme it overlaps so no half-character survives.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard area.contains(Point(x: x, y: y)) else { return }
        let i = y * size.width + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(grapheme: " ", width: 1, role: cells[i - 1].role)
        }
        if cells[i].width == 2, x + 1 < size.width, cell.width != 2 {
            cells[i + 1] = Cell(grapheme: " ", width: 1, role: cells[i + 1].role)
        }
        cells[i] = cell
    }

    /// Writes text starting at `point`, clipped to `clip` (the whole buffer by default).
    ///
    /// Control characters become spaces. A wide grapheme that would straddle the right edge is not
    /// split: the last column is padded with a space instead.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, at point: Point, role: StyleRole = .normal, clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard point.y >= bounds.y, point.y < bounds.maxY else { return 0 }
        var x = point.x
        // Printable ASCII (nearly all text) goes a cell a byte, without breaking graphemes
        // (`DisplayWidth.walk`); other text grapheme by grapheme, as the loop below.
        let walked: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            let graphemes = Buffer.asciiGraphemes
            DisplayWidth.walk(bytes) { start, _, ch in
                guard let ch else {
                    if x >= bounds.maxX { return false }
                    if x >= bounds.x { put(Cell(grapheme: graphemes[Int(bytes[start])], width: 1, role: role), x: x, y: point.y) }
                    x += 1
                    return true
                }
                return put(ch, x: &x, y: point.y, role: role, bounds: bounds)
            }
            return true
        }
        if walked == nil {
            for ch in text where !put(ch, x: &x, y: point.y, role: role, bounds: bounds) { break }
        }
        return x - point.x
    }

    /// Writes one grapheme at `x` (and moves `x` past it) for `write`; false when the text stops there.
    private mutating func put(_ ch: Character, x: inout Int, y: Int, role: StyleRole, bounds: Rect) -> Bool {
        if x >= bounds.maxX { return false }
        // One ASCII byte: one column, a control character drawn as a space.
        if ch.utf8.count == 1, let byte = ch.utf8.first {
            if x < bounds.x { x += 1; return true }
            put(Cell(grapheme: byte < 0x20 || byte == 0x7F ? " " : String(ch), width: 1, role: role), x: x, y: y)
            x += 1
            return true
        }
        var g = String(ch)
        var w = DisplayWidth.of(ch)
        if ch.unicodeScalars.first.map({ $0.value < 0x20 || $0.value == 0x7F }) ?? false { g = " "; w = 1 }
        if w == 0 {
            // A lone combining mark: attach it to the previous cell when that cell is ours.
            if x > bounds.x, x - 1 < size.width {
                var prevX = x - 1
                if self[prevX, y].isContinuation { prevX -= 1 }
                if prevX >= bounds.x { self[prevX, y].grapheme += g }
            }
            return true
        }
        if x < bounds.x { x += w; return true }
        if w == 2 {
            if x + 1 >= bounds.maxX {
                put(Cell(grapheme: " ", width: 1, role: role), x: x, y: y)
                x += 1
                return false
            }
            put(Cell(grapheme: g, width: 2, role: role), x: x, y: y)
            if x + 2 < size.width, self[x + 2, y].isContinuation {
                cells[y * size.width + x + 2] = Cell(grapheme: " ", width: 1, role: self[x + 2, y].role)
            }
            cells[y * size.width + x + 1] = .continuation(role: role)
            x += 2
        } else {
            put(Cell(grapheme: g, width: 1, role: role), x: x, y: y)
            x += 1
        }
        return true
    }

    /// Writes text truncated and padded to exactly `width` columns (an ellipsis marks a cut).
    public mutating func write(_ text: String, at point: Point, width: Int, role: StyleRole = .normal, ellipsis: Bool = true) {
        let fitted = TextLayout.fit(text, width: width, ellipsis: ellipsis)
        write(fitted, at: point, role: role, clip: Rect(x: point.x, y: point.y, width: width, height: 1))
    }

    /// The one-character string of each ASCII byte (a cell's grapheme).
    private static let asciiGraphemes: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Fills a rectangle with one character (default: blank) in one role.
    public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole = .normal) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        // Only another character than the blank is written over the blanks (the line is not made otherwise).
        let line = character == " " ? "" : String(repeating: character, count: r.width / max(1, DisplayWidth.of(character)))
        let blank = Cell(grapheme: " ", width: 1, role: role)
        let width = size.width
        for y in r.y..<r.maxY {
            // What `put` does cell by cell: only the edges can cut a wide grapheme outside the rectangle.
            let row = y * width
            if r.x > 0, cells[row + r.x].isContinuation {
                cells[row + r.x - 1] = Cell(grapheme: " ", width: 1, role: cells[row + r.x - 1].role)
            }
            if cells[row + r.maxX - 1].width == 2, r.maxX < width {
                cells[row + r.maxX] = Cell(grapheme: " ", width: 1, role: cells[row + r.maxX].role)
            }
            for i in (row + r.x)..<(row + r.maxX) { cells[i] = blank }
            if character != " " { write(line, at: Point(x: r.x, y: y), role: role, clip: r) }
        }
    }

    /// Changes the role of every cell in a rectangle, keeping the text (used for highlights).
    public mutating func setRole(_ role: StyleRole, in rect: Rect) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY { for x in r.x..<r.maxX { cells[y * size.width + x].role = role } }
    }

    /// Draws a single-line box around `rect` with an optional title on the top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, role: StyleRole = .border, titleRole: StyleRole = .title) {
        let r = rect.intersection(area)
        guard r.width >= 2, r.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: r.width - 2)
        write("┌" + horizontal + "┐", at: Point(x: r.x, y: r.y), role: role)
        write("└" + horizontal + "┘", at: Point(x: r.x, y: r.maxY - 1), role: role)
        for y in (r.y + 1)..<(r.maxY - 1) {
            write("│", at: Point(x: r.x, y: y), role: role)
            write("│", at: Point(x: r.maxX - 1, y: y), role: role)
        }
        if let title, !title.isEmpty, r.width > 4 {
            write(" " + TextLayout.fit(title, width: r.width - 6, pad: false) + " ", at: Point(x: r.x + 2, y: r.y), role: titleRole)
        }
    }

    /// The text of each row, wide graphemes once, exactly `width` columns per row.
    public var lines: [String] {
        (0..<size.height).map { y in
            var s = ""
            for x in 0..<size.width { s += cells[y * size.width + x].grapheme }
            return s
        }
    }

    /// One character per column naming the role (`StyleRole.code`), for role snapshots.
    public var roleLines: [String] {
        (0..<size.height).map { y in
            String((0..<size.width).map { cells[y * size.width + $0].role.code })
        }
    }

    /// The plain text of the frame, trailing blanks trimmed, for assertions like `contains`.
    public var text: String {
        lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
