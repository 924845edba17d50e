/// A list of entries that can each be ticked (the affairs a cooperation covers).
public struct CheckList: Widget, Sendable {
    public let items: [String]
    public private(set) var checked: Set<Int>
    public private(set) var highlighted: Int = 0

    public init(_ items: [String], checked: Set<Int> = []) {
        self.items = items; self.checked = checked
    }

    public var bindings: [KeyBinding] { [KeyBinding([.up, .down], TerminalStrings.current.choose), KeyBinding(.char(" "), TerminalStrings.current.toggle)] }

    public mutating func toggle(_ index: Int) {
        guard items.indices.contains(index) else { return }
        if checked.contains(index) { checked.remove(index) } else { checked.insert(index) }
    }

    public mutating func handle(_ event: Event) -> WidgetOutcome {
        switch event {
        case .key(let key) where ListCursor.moves(key): highlighted = ListCursor.move(highlighted, count: items.count, key: key)
        case .key(.char(" ")): toggle(highlighted)
        default: return .ignored
        }
        return .handled
    }

    public func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        guard !rect.isEmpty else { return }
        let top = max(0, min(highlighted - rect.height / 2, items.count - rect.height))
        for row in 0..<rect.height where top + row < items.count {
            let index = top + row
            let line = rect.row(row)
            let role: StyleRole = index == highlighted ? (focused ? .focused : .selection) : .normal
            buffer.fill(line, role: role)
            buffer.write((checked.contains(index) ? "[x] " : "[ ] ") + items[index], at: Point(x: line.x, y: line.y), role: role, clip: line)
            if focused, index == highlighted { buffer.cursor = Point(x: line.x + 1, y: line.y) }
        }
    }
}
