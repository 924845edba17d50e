import MufakatDomain
import MufakatServices
import TerminalUI

/// The dashboard in the stack: opened from the home screen by `D`, computed by
/// `DashboardService` in the effects (`loadDashboard`), drawn by `DashboardScreen`.
extension DashboardScreen: AppScreen {
    var screenName: String { "rekapitulasi" }
    var screenTitle: String { title }
    var barBindings: [KeyBinding] { keyMap.bar }
    var screenHelp: ScreenHelp { ScreenHelp(title: AppText.current.dashboard.shortTitle, bindings: keyMap.helpBindings, extra: DashboardScreen.helpNotes) }

    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        switch handle(event, page: max(1, context.terminalSize.height - 6)) {
        case .none: return .none
        case .close: return .pop
        case .refused(let text): return .refused(.warning(text))
        case .help: return .help
        }
    }

    mutating func receive(_ event: AppEvent, context: ScreenContext) -> ScreenOutcome {
        if case .dashboardLoaded(let d) = event { dashboard = d }
        return .none
    }

    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) { draw(in: rect, buffer: &buffer) }
}
