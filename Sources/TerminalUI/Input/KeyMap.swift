/// A screen's keys as one value: the screen asks it what a key means (`keys.open.matches(event)`
/// on its named bindings), the help bar shows `bar`, and the help screen lists `helpLines`.
/// Both are made from the same bindings, so what the keys do and what the help says cannot drift.
public struct KeyMap: Sendable, Hashable {
    /// Every binding, in the order the help lists them (main actions first).
    public var bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    /// The bindings for the help bar: those marked `inBar`, in order.
    public var bar: [KeyBinding] { bindings.filter(\.inBar) }

    /// The bindings for the help screen: those marked `inHelp`, in order.
    public var helpBindings: [KeyBinding] { bindings.filter(\.inHelp) }

    /// Key and explanation for each binding of the help screen.
    public var helpLines: [(key: String, text: String)] { helpBindings.map { ($0.helpKeyText, $0.helpText) } }

    /// The first binding the event matches; nil when the map has none for it.
    public func binding(for event: Event) -> KeyBinding? { bindings.first { $0.matches(event) } }

    public static func + (a: KeyMap, b: KeyMap) -> KeyMap { KeyMap(a.bindings + b.bindings) }
}
