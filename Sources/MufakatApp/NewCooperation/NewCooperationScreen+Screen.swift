import TerminalUI

extension NewCooperationScreen: AppScreen {
    var screenName: String { "kerja-sama-baru" }
    var screenTitle: String { AppText.current.shell.newCooperation }
    var barBindings: [KeyBinding] { keyMap.bar }
    var screenHelp: ScreenHelp {
        ScreenHelp(title: AppText.current.shell.helpNewCooperation(step.rawValue + 1, 4), bindings: keyMap.helpBindings,
                   extra: [("Esc", AppText.current.shell.helpNewCooperationEsc)])
    }

    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        switch handle(event) {
        case .none: return .none
        case .refused(let text): return .refused(text.isEmpty ? nil : .error(text))
        case .warning(let text): return .show(.warning(text))
        case .help: return .help
        case .cancel: return hasAnswers ? .dialog(.discardNew()) : .pop
        case .create(let c): return .perform(.create(c))
        }
    }

    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) { draw(in: rect, buffer: &buffer) }
}
