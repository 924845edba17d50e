import MufakatDomain
import MufakatServices
import TerminalUI

/// The shell's side of the dashboard: opened from the home screen by `D`, computed by
/// `DashboardService` in the effects, drawn by `DashboardScreen`.
extension MufakatProgram {
    /// Home key `D`: the dashboard on top of the home screen.
    mutating func openDashboard() -> [Effect<AppAction>] {
        dashboard = DashboardScreen()
        screens.append(.dashboard)
        return [.perform(.loadDashboard)]
    }

    mutating func handleDashboardKey(_ event: Event) -> [Effect<AppAction>] {
        guard var screen = dashboard else { screens.removeLast(); return [] }
        message = nil
        let outcome = screen.handle(event, page: max(1, terminalSize.height - 6))
        dashboard = screen
        switch outcome {
        case .none: return []
        case .close:
            dashboard = nil
            screens.removeAll { if case .dashboard = $0 { true } else { false } }
            if screens.isEmpty { screens = [.home] }
            return []
        case .refused(let text):
            message = .warning(text)
            return [.bell]
        case .help: return pushHelp()
        }
    }

    mutating func dashboardLoaded(_ d: Dashboard) -> [Effect<AppAction>] {
        dashboard?.dashboard = d
        return []
    }

    func dashboardHelpContent() -> (String, [KeyBinding], [(key: String, text: String)]) {
        (txt.shortTitle, dashboard?.bindings ?? [], DashboardScreen.helpLines)
    }
}

/// The dashboard screen's words in the language in use.
private var txt: DashboardText { AppText.current.dashboard }
