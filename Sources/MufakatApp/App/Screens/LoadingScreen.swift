import TerminalUI

/// Memuat: shown until the store's list has been read.
struct LoadingScreen: AppScreen {
    var screenName: String { "memuat" }
    var screenTitle: String { AppText.current.shell.loading }
    var barBindings: [KeyBinding] { [] }
    var screenHelp: ScreenHelp { ScreenHelp(title: AppText.current.shell.loading, bindings: []) }
    var opensHelpOnF1: Bool { false }
    var clearsMessageOnKey: Bool { false }
    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome { .none }
    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) {
        buffer.write(AppText.current.shell.loadingList, at: Point(x: rect.x + 2, y: rect.y + 1), role: .muted, clip: rect)
    }
}
