/// A modal dialog: a question with buttons, drawn over the screen in a box. While it is open
/// the screen gives it every event, so nothing behind it can be changed by accident.
public struct Dialog: Widget, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Yes / No (`TerminalStrings.yes`, `.no`); the safe answer, No, is the default.
        case confirm
        /// One of several named options.
        case choose([String])
        /// Information with one Close button.
        case message
    }

    public var kind: Kind
    public var title: String
    public var text: String
    /// The button under the highlight.
    public private(set) var selected: Int

    public init(_ kind: Kind, title: String, text: String) {
        self.kind = kind; self.title = title; self.text = text
        self.selected = kind == .confirm ? 1 : 0
    }

    public static func confirm(_ title: String, _ text: String) -> Dialog { Dialog(.confirm, title: title, text: text) }
    public static func choose(_ title: String, _ text: String, options: [String]) -> Dialog { Dialog(.choose(options), title: title, text: text) }
    public static func message(_ title: String, _ text: String) -> Dialog { Dialog(.message, title: title, text: text) }

    public var buttons: [String] {
        switch kind {
        case .confirm: [TerminalStrings.current.yes, TerminalStrings.current.no]
        case .choose(let options): options
        case .message: [TerminalStrings.current.close]
        }
    }

    /// For a confirm dialog after `.submitted`: whether the answer was Yes.
    public var confirmed: Bool { kind == .confirm && selected == 0 }

    /// The dialog's keys as data: `handle` asks these bindings and the help bar is made from `map`.
    public enum Keys {
        private static var s: TerminalStrings { TerminalStrings.current }
        /// The bar's one entry for moving between the buttons.
        public static var choose: KeyBinding { KeyBinding([.left, .right], s.choose, inHelp: false) }
        public static var previous: KeyBinding { KeyBinding([.left, .backTab, .up], s.choose, inBar: false) }
        public static var next: KeyBinding { KeyBinding([.right, .tab, .down], s.choose, inBar: false) }
        public static var answer: KeyBinding { KeyBinding(.enter, s.answer) }
        public static var cancel: KeyBinding { KeyBinding(.escape, s.cancel) }
        public static var map: KeyMap { KeyMap([choose, previous, next, answer, cancel]) }
    }

    public var bindings: [KeyBinding] { Keys.map.bar }

    /// What a key did to the dialog: nothing decided yet, a button chosen (its index), or Esc.
    public enum Answer: Hashable, Sendable {
        case pending, chosen(Int), cancelled
        /// The chosen button; nil for Esc (and while pending).
        public var choice: Int? { if case .chosen(let i) = self { i } else { nil } }
    }

    /// Handles a key and says whether the dialog is answered; the caller closes it unless pending.
    public mutating func answer(_ event: Event) -> Answer {
        switch handle(event) {
        case .submitted: .chosen(selected)
        case .cancelled: .cancelled
        default: .pending
        }
    }

    public mutating func handle(_ event: Event) -> WidgetOutcome {
        switch event {
        case _ where Keys.previous.matches(event): selected = max(0, selected - 1)
        case _ where Keys.next.matches(event): selected = min(buttons.count - 1, selected + 1)
        case _ where Keys.answer.matches(event): return .submitted
        case _ where Keys.cancel.matches(event): return .cancelled
        case .key(.char(let c)) where kind == .confirm && TerminalStrings.current.yesLetters.contains(c): selected = 0; return .submitted
        case .key(.char(let c)) where kind == .confirm && TerminalStrings.current.noLetters.contains(c): selected = 1; return .submitted
        default: return .handled  // modal: nothing leaks to the screen behind
        }
        return .handled
    }

    /// The box size for a screen: wide enough for the text, at most 60 columns, unless the buttons
    /// need more (then as wide as they need, within the screen).
    public func frame(in screen: Rect) -> Rect {
        let buttonWidth = buttons.reduce(0) { $0 + DisplayWidth.of($1) + 6 }
        let width = min(screen.width - 4, max(30, buttonWidth + 2, min(60, max(DisplayWidth.of(text) + 4, buttonWidth + 4, DisplayWidth.of(title) + 8))))
        let lines = TextLayout.wrap(text, width: max(1, width - 4))
        return screen.centered(Size(width: width, height: lines.count + 4))
    }

    public func draw(in rect: Rect, buffer: inout Buffer, focused: Bool = true) {
        let box = frame(in: rect)
        guard !box.isEmpty else { return }
        buffer.fill(box)
        buffer.box(box, title: title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (i, line) in TextLayout.wrap(text, width: max(1, inner.width)).enumerated() where i < inner.height - 2 {
            buffer.write(line, at: Point(x: inner.x, y: inner.y + i), clip: inner)
        }
        let labels = buttons.map { "[ \($0) ]" }
        let total = labels.reduce(0) { $0 + DisplayWidth.of($1) } + 2 * (labels.count - 1)
        var x = inner.x + max(0, (inner.width - total) / 2)
        let y = inner.maxY - 1
        for (i, label) in labels.enumerated() {
            let w = buffer.write(label, at: Point(x: x, y: y), role: i == selected ? .focused : .normal, clip: inner)
            if i == selected { buffer.cursor = Point(x: x + 2, y: y) }
            x += w + 2
        }
    }
}
