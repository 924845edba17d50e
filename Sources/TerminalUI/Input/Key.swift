/// A key press, decoded from bytes or ncurses key codes into a name the app can bind.
public enum Key: Hashable, Sendable {
    /// A printable grapheme (already combined: "é" typed as one key).
    case char(Character)
    /// Ctrl plus a letter, lower case (`.ctrl("s")`). Ctrl-C is not here: it arrives as
    /// `Event.signal(.interrupt)` so an app handles it in one place whether it came as a key or a signal.
    case ctrl(Character)
    /// Alt (Meta) plus a printable character, sent by terminals as ESC followed by the character.
    case alt(Character)
    case enter, tab, backTab, backspace, delete, insert, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case ctrlLeft, ctrlRight, ctrlUp, ctrlDown
    /// F1 to F12.
    case function(Int)
    /// A sequence the decoder does not know, kept for debugging.
    case unknown(String)

    /// The name shown in the help bar (key names are the same in Indonesian keyboards' labels).
    public var label: String {
        switch self {
        case .char(" "): TerminalStrings.current.spaceKey
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .alt(let c): "Alt-" + String(c)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .escape: "Esc"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .ctrlLeft: "Ctrl-←"
        case .ctrlRight: "Ctrl-→"
        case .ctrlUp: "Ctrl-↑"
        case .ctrlDown: "Ctrl-↓"
        case .function(let n): "F\(n)"
        case .unknown(let s): s
        }
    }
}
