/// An interactive program in the Elm shape (as Bubble Tea): state is the conforming value, every
/// event goes through `update`, which changes the state and returns effects as values, and `view`
/// is a pure function of the state. Tests drive `update` directly and assert the effects, without
/// a terminal and without performing any I/O.
public protocol Program {
    /// The app's own effects (save, export...), performed by the closure given to the runner.
    associatedtype Action: Sendable = Never

    /// Handles one event. The new state is `self` after the call.
    mutating func update(_ event: Event) -> [Effect<Action>]

    /// Draws the whole screen. Must not change anything: it may run at any time, any number of times.
    func view(into buffer: inout Buffer)

    /// How often `Event.tick` arrives when nothing else happens; nil for never.
    var tickInterval: Duration? { get }

    /// Below this size the runner shows the too-small screen (`TooSmallScreen`) instead of `view`.
    var minimumSize: Size { get }
}

extension Program {
    public var tickInterval: Duration? { nil }
    public var minimumSize: Size { .minimum }
}

/// What an update asks the runner to do after it returns.
public enum Effect<Action: Sendable>: Sendable {
    /// Stop the loop and restore the terminal.
    case quit
    /// Perform an app effect; the events it returns are fed back into `update`.
    case perform(Action)
    /// Switch the palette (the gallery's theme picker, a settings screen).
    case setTheme(Theme)
    /// Ring the terminal bell (a refused key).
    case bell
}

extension Effect: Equatable where Action: Equatable {}
