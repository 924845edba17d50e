/// A row of a few named options ("( ) Yes  (•) No"), chosen with ←/→ or Space, or by the first
/// letter; Delete clears the choice. Too narrow for the row, it shows "‹ option ›  2/3".
public struct ChoiceField: Sendable, Equatable {
    public var options: [String]
    public var selected: Int?

    public init(options: [String], selected: Int? = nil) {
        self.options = options
        self.selected = selected.flatMap { options.indices.contains($0) ? $0 : nil }
    }

    /// ←/→, or Space for the next option.
    public static var chooseKeys: KeyBinding {
        KeyBinding([.left, .right, .char(" ")], TerminalStrings.current.choose, keyLabel: "←/→")
    }

    public mutating func handle(_ event: Event) -> WidgetOutcome {
        guard !options.isEmpty else { return .ignored }
        switch event {
        case .key(.left):
            selected = selected.map { ($0 - 1 + options.count) % options.count } ?? options.count - 1
        case .key(.right), .key(.char(" ")):
            selected = selected.map { ($0 + 1) % options.count } ?? 0
        case .key(.delete), .key(.backspace):
            guard selected != nil else { return .refused }
            selected = nil
        case .key(.char(let c)):
            let wanted = String(c).lowercased()
            guard let i = options.firstIndex(where: { $0.lowercased().hasPrefix(wanted) }) else { return .refused }
            selected = i
        default:
            return .ignored
        }
        return .handled
    }

    public func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        let radios = options.enumerated().map { (i, o) in (i == selected ? "(•) " : "( ) ") + o }
        let full = radios.joined(separator: "  ")
        if DisplayWidth.of(full) <= row.width {
            var x = row.x
            for (i, r) in radios.enumerated() {
                let role: StyleRole = i == selected ? (focused ? .focused : .normal) : (focused ? .normal : .muted)
                x += buffer.write(r, at: Point(x: x, y: row.y), role: role, clip: row)
                x += buffer.write("  ", at: Point(x: x, y: row.y), clip: row)
            }
            if focused { buffer.cursor = Point(x: row.x + (selected.map { i in radios[..<i].reduce(0) { $0 + DisplayWidth.of($1) + 2 } } ?? 0) + 1, y: row.y) }
        } else {
            let label = selected.map { options[$0] } ?? TerminalStrings.current.notChosen
            let text = "‹ \(label) ›  \(selected.map { "\($0 + 1)" } ?? "-")/\(options.count)"
            buffer.write(TextLayout.fit(text, width: row.width), at: Point(x: row.x, y: row.y), role: focused ? .focused : .normal, clip: row)
            if focused { buffer.cursor = Point(x: row.x + 2, y: row.y) }
        }
    }

    public var bindings: [KeyBinding] { [Self.chooseKeys] }
}
