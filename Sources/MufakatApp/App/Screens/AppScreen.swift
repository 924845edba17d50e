import MufakatDomain
import MufakatServices
import TerminalUI

/// Layar: one screen of the shell's stack. It owns its state, answers a key with one
/// `ScreenOutcome`, draws itself between the title bar and the message line, and says its title,
/// its keys (the help bar) and its help. The shell never looks inside a screen: it keeps the stack
/// (`ScreenStack`), runs the effects, shows dialogs and the message line.
protocol AppScreen: Sendable {
    /// A short stable name for tests ("beranda", "penyunting", ...).
    var screenName: String { get }
    /// The title bar's text after "Mufakat · ".
    var screenTitle: String { get }
    /// The help bar: generated from the screen's key map.
    var barBindings: [KeyBinding] { get }
    /// The help screen (F1): generated from the same key map.
    var screenHelp: ScreenHelp { get }
    /// Whether F1 anywhere on this screen opens the help (false: the screen handles F1 itself).
    var opensHelpOnF1: Bool { get }
    /// Whether the message line is cleared before each key reaches the screen.
    var clearsMessageOnKey: Bool { get }
    /// The right side of the title bar, when the screen says something there (nil: the store).
    var titleStatus: (text: String, warning: Bool)? { get }

    /// A key or a paste.
    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome
    /// A result of an action (`AppEvent`) offered to every screen of the stack.
    mutating func receive(_ event: AppEvent, context: ScreenContext) -> ScreenOutcome
    /// The idle tick (one a second): autosave.
    mutating func tick(context: ScreenContext) -> ScreenOutcome
    /// The terminal changed size.
    mutating func resized(_ event: Event)
    /// Ctrl-Q or Ctrl-C: true when the screen asks its own question first (it is then shown, with
    /// whatever was on top of it closed).
    mutating func holdsQuit() -> Bool
    /// SIGTERM/SIGHUP: what must be kept before the program stops.
    func signalEffects(context: ScreenContext) -> [Effect<AppAction>]
    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext)
}

extension AppScreen {
    var opensHelpOnF1: Bool { true }
    var clearsMessageOnKey: Bool { true }
    var titleStatus: (text: String, warning: Bool)? { nil }
    mutating func receive(_ event: AppEvent, context: ScreenContext) -> ScreenOutcome { .none }
    mutating func tick(context: ScreenContext) -> ScreenOutcome { .none }
    mutating func resized(_ event: Event) {}
    mutating func holdsQuit() -> Bool { false }
    func signalEffects(context: ScreenContext) -> [Effect<AppAction>] { [] }
}

/// What a screen's help page shows: its title, its key map and a few more lines.
struct ScreenHelp: Sendable {
    var title: String
    var bindings: [KeyBinding]
    var extra: [HelpLine] = []

    struct HelpLine: Sendable { var key: String; var text: String }

    init(title: String, bindings: [KeyBinding], extra: [(key: String, text: String)] = []) {
        self.title = title; self.bindings = bindings; self.extra = extra.map { HelpLine(key: $0.key, text: $0.text) }
    }
}

/// What every screen may read from the shell (never change: changes go back as an outcome).
struct ScreenContext: Sendable {
    var shell: ShellContext
    var profile: RegionProfile?
    var items: [ListedCooperation]
    var storeLabel: String
    /// Why the open store cannot be written (nil: it can).
    var storeReadOnly: ReadOnlyState?
    var exportSettings: ExportSettings?
    var terminalSize: Size
    /// The one autosave policy (editor and mapping screen).
    var autosave: AutosavePolicy
}

/// Hasil layar: the one answer of a screen to a key, a result or a tick.
struct ScreenOutcome: Sendable {
    enum MessageChange: Sendable { case keep, clear, show(Message) }

    /// What the stack does.
    enum Change: Sendable {
        /// A new screen on top.
        case push(any AppScreen)
        /// Remove the screen that gave the outcome; `fallback` when the stack would be empty
        /// (the home screen when nil).
        case pop(fallback: (any AppScreen)? = nil)
        /// Put another screen in place of the one that gave the outcome.
        case replace(any AppScreen)
        /// The help page of the screen on top.
        case help
        /// A modal question (answered by the shell's dialog handling).
        case dialog(ShellDialog)
        /// Ctrl-Q: quit, asking first when work is unsaved.
        case quit
        /// The export panel's choices for this store, given to later editors.
        case rememberExport(ExportSettings)
        /// An action run on the next tick, after a frame showing the message was drawn.
        case afterFrame(AppAction)
    }

    var effects: [Effect<AppAction>] = []
    var message: MessageChange = .keep
    var changes: [Change] = []

    static let none = ScreenOutcome()

    init(effects: [Effect<AppAction>] = [], message: MessageChange = .keep, changes: [Change] = []) {
        self.effects = effects; self.message = message; self.changes = changes
    }

    static func perform(_ actions: AppAction..., message: Message? = nil) -> ScreenOutcome {
        ScreenOutcome(effects: actions.map { .perform($0) }, message: message.map { .show($0) } ?? .keep)
    }
    static func show(_ message: Message) -> ScreenOutcome { ScreenOutcome(message: .show(message)) }
    /// A refused key: the bell, and the reason when there is one.
    static func refused(_ message: Message?) -> ScreenOutcome {
        ScreenOutcome(effects: [.bell], message: message.map { .show($0) } ?? .keep)
    }
    static func push(_ screen: any AppScreen, _ effects: [Effect<AppAction>] = []) -> ScreenOutcome {
        ScreenOutcome(effects: effects, changes: [.push(screen)])
    }
    static let pop = ScreenOutcome(changes: [.pop()])
    static let help = ScreenOutcome(changes: [.help])
    static let quit = ScreenOutcome(changes: [.quit])
    static func dialog(_ d: ShellDialog) -> ScreenOutcome { ScreenOutcome(changes: [.dialog(d)]) }
}
