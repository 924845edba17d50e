import TerminalUI

extension HelpScreen: AppScreen {
    init(_ help: ScreenHelp) {
        self.init(title: help.title, bindings: help.bindings, extra: help.extra.map { (key: $0.key, text: $0.text) })
    }
    var screenName: String { "bantuan" }
    var screenTitle: String { AppText.current.shell.help }
    var barBindings: [KeyBinding] { bindings }
    var screenHelp: ScreenHelp { ScreenHelp(title: title, bindings: Keys.map.helpBindings) }
    var opensHelpOnF1: Bool { false }
    var clearsMessageOnKey: Bool { false }
    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        handle(event) ? .pop : .none
    }
    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) { draw(in: rect, buffer: &buffer) }
}
