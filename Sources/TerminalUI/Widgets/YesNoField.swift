/// A yes/no answer on one line: Space or ←/→ turns it over, the letters of
/// `TerminalStrings.yesLetters` and `noLetters` set it. Shown as "(•) Yes  ( ) No" in the
/// toolkit's words.
public struct YesNoField: Widget, Sendable {
    public var value: Bool

    public init(_ value: Bool = false) { self.value = value }

    public var bindings: [KeyBinding] {
        let s = TerminalStrings.current
        return [KeyBinding(.char(" "), s.toggle, keyLabel: s.spaceKey)]
    }

    public mutating func handle(_ event: Event) -> WidgetOutcome {
        let s = TerminalStrings.current
        switch event {
        case .key(.char(" ")), .key(.left), .key(.right): value.toggle(); return .handled
        case .key(.char(let c)) where s.yesLetters.contains(c): value = true; return .handled
        case .key(.char(let c)) where s.noLetters.contains(c): value = false; return .handled
        case .key(.char): return .refused
        default: return .ignored
        }
    }

    public func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        guard !rect.isEmpty else { return }
        let s = TerminalStrings.current
        let row = rect.row(0)
        let text = "(\(value ? "•" : " ")) \(s.yes)  (\(value ? " " : "•")) \(s.no)"
        buffer.write(TextLayout.fit(text, width: row.width, pad: false), at: Point(x: row.x, y: row.y),
                     role: focused ? .focused : .normal, clip: row)
        if focused {
            let col = value ? 1 : DisplayWidth.of("( ) \(s.yes)  (")
            buffer.cursor = Point(x: min(row.maxX - 1, row.x + col), y: row.y)
        }
    }
}
