/// A piece of screen that can take focus. Widgets are values: the app keeps them in its state,
/// passes events to the focused one, and draws them from `view`.
public protocol Widget {
    /// Handles an event when focused.
    mutating func handle(_ event: Event) -> WidgetOutcome
    /// Draws into `rect`; a focused widget also places `buffer.cursor` where typing goes.
    func draw(in rect: Rect, buffer: inout Buffer, focused: Bool)
    /// The keys this widget answers, for the help bar.
    var bindings: [KeyBinding] { get }
}

extension Widget {
    public var bindings: [KeyBinding] { [] }
}

/// What a widget did with an event.
public enum WidgetOutcome: Hashable, Sendable {
    /// Not for this widget: the screen or form may use it (Tab, Enter in a one-line field...).
    case ignored
    /// Used; redraw.
    case handled
    /// Used but refused (a letter in a Rupiah field, a full field): ring the bell.
    case refused
    /// Enter on a list or a dialog: the choice is made.
    case submitted
    /// Esc on a dialog.
    case cancelled
}

/// A key and what it does, in the words of the application. Bindings double as the help text, so the help bar
/// never lies about what a key does (the model of huh's keymap).
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var label: String
    /// Shown instead of the key names when set (for example "Ctrl-C" for the interrupt signal).
    public var keyLabel: String?
    /// The longer explanation on the help screen; the label when nil.
    public var help: String?
    /// Whether the help bar lists it; false for keys only the help screen explains.
    public var inBar: Bool
    /// Whether the help screen lists it; false for a bar entry that sums up keys listed one by one.
    public var inHelp: Bool
    /// The keys as the help screen names them, when longer than the bar's (for example "h / Delete").
    public var helpKeyLabel: String? = nil

    public init(_ keys: [Key], _ label: String, keyLabel: String? = nil, help: String? = nil, inBar: Bool = true, inHelp: Bool = true) {
        self.keys = keys; self.label = label; self.keyLabel = keyLabel; self.help = help; self.inBar = inBar; self.inHelp = inHelp
    }
    public init(_ key: Key, _ label: String, keyLabel: String? = nil, help: String? = nil, inBar: Bool = true, inHelp: Bool = true) {
        self.init([key], label, keyLabel: keyLabel, help: help, inBar: inBar, inHelp: inHelp)
    }

    /// What the help screen says about the key.
    public var helpText: String { help ?? label }

    public var keyText: String { keyLabel ?? keys.map(\.label).joined(separator: "/") }

    /// The keys as the help screen names them.
    public var helpKeyText: String { helpKeyLabel ?? keyText }

    /// The same binding, named `label` on the help screen.
    public func helpKey(_ label: String) -> KeyBinding {
        var b = self
        b.helpKeyLabel = label
        return b
    }

    public func matches(_ event: Event) -> Bool {
        if case .key(let k) = event { return keys.contains(k) }
        return false
    }
}

/// Which characters a text field accepts.
public struct InputFilter: Sendable {
    public let accepts: @Sendable (Character) -> Bool
    public init(_ accepts: @escaping @Sendable (Character) -> Bool) { self.accepts = accepts }
    public static let any = InputFilter { _ in true }
    public static let digits = InputFilter { $0.isASCII && $0.isNumber }
    /// Letters, digits, spaces and common punctuation of names and addresses.
    public static let name = InputFilter { $0.isLetter || $0.isNumber || " .,'-/()".contains($0) }
}
