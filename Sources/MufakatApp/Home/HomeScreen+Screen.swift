import TerminalUI

/// The home screen in the stack: its outcomes become navigation and actions here, so the shell
/// knows nothing of it.
extension HomeScreen: AppScreen {
    var screenName: String { "beranda" }
    var screenTitle: String { AppText.current.shell.home }
    var barBindings: [KeyBinding] { bindings }
    // Bar and help from one map (HomeKeys).
    var screenHelp: ScreenHelp { ScreenHelp(title: AppText.current.home.homeTitle, bindings: keyMap.helpBindings) }

    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        let t = AppText.current.shell
        switch handle(event) {
        case .none: return .none
        case .refused(let text): return .refused(text.map { .warning($0) })
        case .open(let id):
            // A cooperation a sync left in conflict asks the merge question first.
            if syncConflicts.contains(id) { return .perform(.loadSyncConflict(id: id)) }
            return .perform(.open(id: id))
        case .new:
            if let readOnly = context.storeReadOnly { return .refused(.error(t.cannotSaveNew(readOnly.reason, readOnly.advice))) }
            guard let profile = context.profile else {
                var o = ScreenOutcome.push(ProfileScreen(existing: nil, context: context.shell, thenNewCooperation: true))
                o.message = .show(.notice(t.fillProfileFirstForNew))
                return o
            }
            return .push(NewCooperationScreen(context: context.shell, profile: profile))
        case .renew(let id):
            guard context.profile != nil else { return ScreenOutcome(effects: [.bell], message: .show(.error(t.fillProfileFirst))) }
            guard context.items.contains(where: { $0.id == id }) else { return ScreenOutcome(effects: [.bell]) }
            // The list holds summaries: the cooperation is read whole to be copied.
            return .perform(.loadForRenewal(id: id))
        case .editProfile: return .push(ProfileScreen(existing: context.profile, context: context.shell))
        case .help: return .help
        case .meeting: return MeetingMode.opening(context)
        case .dashboard: return .push(DashboardScreen(), [.perform(.loadDashboard)])
        case .quit: return .quit
        case .mapping:
            // The screen opens when the mapping arrives (`MappingFormScreen.opened`).
            return .perform(.loadMapping(regionCode: context.profile?.regionCode), message: .notice(AppText.current.mapping.opening))
        case .sync:
            return ScreenOutcome(message: .show(.notice(t.syncing)), changes: [.afterFrame(.sync)])
        }
    }

    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) { draw(in: rect, buffer: &buffer) }
}
