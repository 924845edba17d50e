/// Everything that can happen to a program. One update function receives all of them, in order.
public enum Event: Sendable, Equatable, CustomStringConvertible {
    case key(Key)
    /// Text that arrived as one paste (bracketed paste, or a burst of input). Never interpreted
    /// as commands: a pasted newline must not press "next" or "save".
    case paste(String)
    /// The terminal has a new size. The runner sends one at start too.
    case resize(width: Int, height: Int)
    /// The program's tick interval elapsed without input.
    case tick
    /// Ctrl-C, SIGINT, SIGTERM or SIGHUP: the app decides (ask before discarding, autosave).
    case signal(SignalKind)
    /// The program came back from Ctrl-Z; the screen has been redrawn in full.
    case resumed
    /// The result of an app effect, delivered back through the same update function.
    case custom(any Sendable)

    public static func == (lhs: Event, rhs: Event) -> Bool {
        switch (lhs, rhs) {
        case let (.key(a), .key(b)): a == b
        case let (.paste(a), .paste(b)): a == b
        case let (.resize(w1, h1), .resize(w2, h2)): w1 == w2 && h1 == h2
        case (.tick, .tick), (.resumed, .resumed): true
        case let (.signal(a), .signal(b)): a == b
        case let (.custom(a), .custom(b)): String(describing: a) == String(describing: b)
        default: false
        }
    }

    public var description: String {
        switch self {
        case .key(let k): "key(\(k.label))"
        case .paste(let s): "paste(\(s.count) characters)"
        case let .resize(w, h): "resize(\(w)×\(h))"
        case .tick: "tick"
        case .signal(let s): "signal(\(s))"
        case .resumed: "resumed"
        case .custom(let c): "custom(\(c))"
        }
    }
}

/// Why the program is asked to stop.
public enum SignalKind: String, Sendable, Equatable {
    /// Ctrl-C or SIGINT: the app may ask before discarding unsaved work, and may decline to quit.
    case interrupt
    /// SIGTERM: the program will stop after this event; autosave now.
    case terminate
    /// SIGHUP: the terminal is gone; autosave now, nothing will be shown.
    case hangup

    /// Whether the runner stops after the app has handled the event, whatever the app returns.
    public var isFinal: Bool { self != .interrupt }
}
