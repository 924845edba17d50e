import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The meeting mode in the stack: keys and results go to `MeetingMode`, its outcomes become one
/// `ScreenOutcome` here.
extension MeetingMode: AppScreen {
    /// Home key `r` (or the welcome screen): the meeting mode on top.
    static func opening(_ context: ScreenContext) -> ScreenOutcome {
        .push(MeetingMode(catalogues: context.shell.catalogues, size: context.terminalSize), [.perform(.meeting(MeetingMode.start))])
    }

    var screenTitle: String { title }
    var barBindings: [KeyBinding] { bindings }
    var screenHelp: ScreenHelp { ScreenHelp(title: AppText.current.meeting.helpTitle(title.lowercased()), bindings: [], extra: helpLines) }

    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        Self.outcome(handle(event))
    }

    mutating func receive(_ event: AppEvent, context: ScreenContext) -> ScreenOutcome {
        guard case .meeting(let e) = event else { return .none }
        return Self.outcome(apply(e))
    }

    mutating func resized(_ event: Event) {
        if case let .resize(width, height) = event { resize(Size(width: width, height: height)) }
    }

    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) { draw(in: rect, buffer: &buffer) }

    private static func outcome(_ outcome: Outcome) -> ScreenOutcome {
        var o = ScreenOutcome(effects: outcome.actions.map { .perform(.meeting($0)) })
        if let m = outcome.message { o.message = .show(m) }
        if outcome.bell { o.effects.append(.bell) }
        if outcome.reloadList { o.effects.append(.perform(.loadList)) }
        if outcome.help { o.changes.append(.help) }
        if outcome.close { o.changes.append(.pop()) }
        return o
    }
}
