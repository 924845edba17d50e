/// A widget an application brings to a form (`FieldInput.custom`): its own kinds of answer and
/// its own wording when it refuses a key ("at most 300 characters", "no negative amounts").
/// The form moves the focus to it, selects its value on entry, shows its problems and draws it.
public protocol FormInput: Sendable {
    /// The answer, in a form comparable across fields (for dirtiness and validators).
    var value: FieldValue { get }
    /// Rows it takes on screen.
    var rows: Int { get }
    /// Whether Up/Down belong to the widget (a text area) rather than moving between fields.
    var usesVerticalKeys: Bool { get }
    /// What is wrong with what was typed, before any validator looks at it; nil when fine.
    var problem: String? { get }
    /// Selects a prefilled value when the focus enters, so typing replaces it.
    mutating func selectAll()
    /// Handles a key or a paste; when refused, the second value says why and how to fix it.
    mutating func handle(_ event: Event) -> (WidgetOutcome, String?)
    func draw(in rect: Rect, buffer: inout Buffer, focused: Bool)
    /// The widget's own keys, listed after the form's.
    var bindings: [KeyBinding] { get }
    /// Columns it takes out of `available` (short answers get short fields).
    func width(available: Int) -> Int
}

extension FormInput {
    public var problem: String? { nil }
    public var usesVerticalKeys: Bool { rows > 1 }
    public func width(available: Int) -> Int { min(available, 96) }
}

/// A message on one field that the application works out (a rulebook's finding), beside the
/// form's own validators. Errors block "next"; warnings and information only inform.
public struct FieldNote: Hashable, Sendable {
    public enum Level: Int, Hashable, Sendable, Comparable {
        case error, warning, info
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }
    public var level: Level
    public var text: String
    /// A second line shown under the message while the field has focus (its source, say).
    public var detail: String?
    /// Shown before the field was visited (a wrong answer), rather than only once left (an empty one).
    public var showsBeforeVisit: Bool

    public init(_ level: Level, _ text: String, detail: String? = nil, showsBeforeVisit: Bool = false) {
        self.level = level; self.text = text; self.detail = detail; self.showsBeforeVisit = showsBeforeVisit
    }

    public var blocks: Bool { level == .error }
}
