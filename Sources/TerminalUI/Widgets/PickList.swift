import Foundation

/// One entry of a pick list.
public struct PickItem: Hashable, Sendable {
    public var title: String
    /// Shown muted after the title (a code, a province).
    public var detail: String
    public init(_ title: String, detail: String = "") { self.title = title; self.detail = detail }
}

/// A list to choose one entry from, filtered as you type. Matching ignores case and diacritics
/// and needs every typed word somewhere in the entry, so "kab bone" finds "Kabupaten Bone Bolango";
/// a code in the entry is found with or without its dots ("34.71", "3471").
/// Folded keys are computed once, so filtering 552 regions on each keystroke stays instant.
public struct PickList: Widget, Sendable {
    public let items: [PickItem]
    private let keys: [String]
    public private(set) var filter: String = ""
    /// Indices into `items` that match the filter, in order.
    public private(set) var matches: [Int]
    /// Position of the highlight within `matches`.
    public private(set) var highlighted: Int = 0
    /// The entry confirmed with Enter, as an index into `items`.
    public var selected: Int?

    public init(_ items: [PickItem], selected: Int? = nil) {
        self.items = items
        // A code is found written with or without its dots: "34.71" and "3471" both find 34.71.
        self.keys = items.map { item in
            let key = TextLayout.foldForSearch(item.title + " " + item.detail)
            return key.contains(where: \.isNumber) && key.contains(".") ? key + " " + String(key.filter { $0 != "." }) : key
        }
        self.matches = Array(items.indices)
        self.selected = selected
        if let selected, let i = matches.firstIndex(of: selected) { highlighted = i }
    }

    /// The item under the highlight, as an index into `items`.
    public var highlightedItem: Int? { matches.isEmpty ? nil : matches[highlighted] }

    public var bindings: [KeyBinding] {
        let s = TerminalStrings.current
        return [KeyBinding([.up, .down], s.choose), KeyBinding(.enter, s.assign), KeyBinding(.char("a"), s.typeToFilter, keyLabel: s.lettersKey)]
    }

    public mutating func setFilter(_ text: String) {
        filter = text
        let words = TextLayout.foldForSearch(text).split(separator: " ")
        matches = words.isEmpty ? Array(items.indices) : items.indices.filter { i in words.allSatisfy { keys[i].contains($0) } }
        highlighted = 0
    }

    public mutating func handle(_ event: Event) -> WidgetOutcome {
        switch event {
        case .key(.char(let c)):
            setFilter(filter + String(c))
        case .paste(let s):
            setFilter(filter + s.replacingCRLF().split(separator: "\n").joined(separator: " "))
        case .key(.backspace):
            guard !filter.isEmpty else { return .refused }
            setFilter(String(filter.dropLast()))
        case .key(.ctrl("u")):
            setFilter("")
        case .key(let key) where ListCursor.moves(key): highlighted = ListCursor.move(highlighted, count: matches.count, key: key)
        case .key(.enter):
            guard let h = highlightedItem else { return .refused }
            selected = h
            return .submitted
        default: return .ignored
        }
        return .handled
    }

    /// First row: the filter ("Search: bone  3/552"); then the matches, scrolled to the highlight.
    public func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        guard !rect.isEmpty else { return }
        let (head, body) = rect.splitTop(1)
        let count = "\(matches.count)/\(items.count)"
        let strings = TerminalStrings.current
        let label = strings.searchLabel, labelWidth = DisplayWidth.of(strings.searchLabel)
        buffer.write(label, at: Point(x: head.x, y: head.y), role: .muted, clip: head)
        let filterWidth = max(0, head.width - labelWidth - DisplayWidth.of(count) - 1)
        buffer.write(TextLayout.suffix(filter, width: filterWidth), at: Point(x: head.x + labelWidth, y: head.y), role: focused ? .focused : .normal, clip: head)
        buffer.write(count, at: Point(x: head.maxX - DisplayWidth.of(count), y: head.y), role: .muted, clip: head)
        if focused { buffer.cursor = Point(x: min(head.maxX - 1, head.x + labelWidth + DisplayWidth.of(TextLayout.suffix(filter, width: filterWidth))), y: head.y) }
        guard !body.isEmpty else { return }
        if matches.isEmpty {
            buffer.write(strings.noMatch, at: Point(x: body.x, y: body.y), role: .muted, clip: body)
            return
        }
        let top = max(0, min(highlighted - body.height / 2, matches.count - body.height))
        for row in 0..<body.height where top + row < matches.count {
            let index = matches[top + row]
            let item = items[index]
            let isHighlighted = top + row == highlighted
            let role: StyleRole = isHighlighted ? (focused ? .focused : .selection) : .normal
            let line = body.row(row)
            buffer.fill(line, role: role)
            let mark = index == selected ? "● " : "  "
            let (title, detail) = Self.layout(mark + item.title, detail: item.detail, width: line.width)
            buffer.write(title, at: Point(x: line.x, y: line.y), role: role, clip: line)
            if let detail {
                buffer.write(detail, at: Point(x: line.maxX - DisplayWidth.of(detail), y: line.y), role: isHighlighted ? role : .muted, clip: line)
            }
        }
    }

    /// One row: the title, cut with an ellipsis when it must be, and the detail at the right.
    /// When the whole detail does not fit, its codes ("1.03", "32.01") stay: a code is what
    /// tells two similar names apart.
    static func layout(_ title: String, detail: String, width: Int) -> (String, String?) {
        let titleWidth = DisplayWidth.of(title)
        guard !detail.isEmpty else { return (TextLayout.fit(title, width: width, pad: false), nil) }
        let segments = detail.components(separatedBy: " · ")
        let codes = segments.filter { seg in seg.contains(where: \.isNumber) && seg.allSatisfy { $0.isNumber || $0 == "." } }.joined(separator: " · ")
        if titleWidth + 1 + DisplayWidth.of(detail) <= width { return (title, detail) }
        let minimumTitle = min(titleWidth, 16)
        for option in [detail, codes] where !option.isEmpty {
            let w = DisplayWidth.of(option)
            if titleWidth + 1 + w <= width { return (title, option) }
            if option == codes, minimumTitle + 1 + w <= width {
                return (TextLayout.fit(title, width: width - w - 1, pad: false), option)
            }
        }
        return (TextLayout.fit(title, width: width, pad: false), nil)
    }
}
