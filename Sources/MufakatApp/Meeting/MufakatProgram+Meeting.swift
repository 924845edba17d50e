import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The shell's side of the facilitator's meeting mode: opening it from the home screen, routing
/// keys and results to `MeetingMode`, and turning its outcomes into effects.
extension MufakatProgram {
    /// Home key `r`: the meeting mode on top of the home screen.
    mutating func openMeeting() -> [Effect<AppAction>] {
        meeting = MeetingMode(catalogues: context.catalogues, size: terminalSize)
        screens.append(.meeting)
        return [.perform(.meeting(MeetingMode.start))]
    }

    mutating func handleMeetingKey(_ event: Event) -> [Effect<AppAction>] {
        guard var mode = meeting else { screens.removeLast(); return [] }
        message = nil
        let outcome = mode.handle(event)
        meeting = mode
        return apply(outcome)
    }

    mutating func handleMeetingEvent(_ event: MeetingEvent) -> [Effect<AppAction>] {
        guard var mode = meeting else { return [] }
        let outcome = mode.apply(event)
        meeting = mode
        return apply(outcome)
    }

    /// Keeps the meeting screens' layout in step with the terminal.
    mutating func noteResize(_ event: Event) {
        guard case let .resize(width, height) = event else { return }
        terminalSize = Size(width: width, height: height)
        meeting?.resize(terminalSize)
    }

    private mutating func apply(_ outcome: MeetingMode.Outcome) -> [Effect<AppAction>] {
        if let m = outcome.message { message = m }
        var effects: [Effect<AppAction>] = outcome.actions.map { .perform(.meeting($0)) }
        if outcome.bell { effects.append(.bell) }
        if outcome.reloadList { effects.append(.perform(.loadList)) }
        if outcome.help { effects += pushHelp() }
        if outcome.close {
            meeting = nil
            screens.removeAll { if case .meeting = $0 { true } else { false } }
            if screens.isEmpty { screens = [.home] }
            // Opened from the welcome screen of an empty store: drafts made meanwhile belong on the list.
            if case .welcome = top, !items.isEmpty || profile != nil { screens = [.home] }
        }
        return effects
    }

    func meetingHelpContent() -> (String, [KeyBinding], [(key: String, text: String)]) {
        guard let meeting else { return (AppText.current.meeting.titleMeeting, [], []) }
        return (AppText.current.meeting.helpTitle(meeting.title.lowercased()), [], meeting.helpLines)
    }
}
