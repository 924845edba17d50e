import Testing
import TerminalUI
@testable import MufakatApp

/// The home screen's help bar and help screen come from one key map (`HomeKeys`).
@Suite struct HomeKeysTests {
    @Test func theHelpScreenListsEveryKeyOfTheMapAndTheBarIsPartOfIt() {
        let h = Harness()
        let help = h.program.top.screenHelp
        let (title, bindings, extra) = (help.title, help.bindings, help.extra)
        #expect(title == "Beranda")
        #expect(extra.isEmpty, "no second list written apart from the map")
        let map = HomeKeys.map(syncing: false)
        #expect(bindings == map.helpBindings)
        #expect(h.program.home.bindings == map.bar)
        for key in ["Enter", "n", "/", "t", "j", "u", "m", "x", "s", "R", "Tab", "?", "p", "r", "q", "d", "P", "D"] {
            #expect(bindings.contains { $0.keyText == key }, "help lists \(key)")
        }
    }

    @Test func noTwoBindingsOfTheMapShareAKey() {
        let helpKeys = HomeKeys.map(syncing: true).helpBindings.flatMap(\.keys)
        #expect(Set(helpKeys).count == helpKeys.count)
    }

    @Test func theKeyTheMapNamesIsTheKeyTheScreenObeys() {
        var h = Harness()
        h.send(.key(HomeKeys.help.keys[1]))  // F1, listed as "?"
        if h.program.top is HelpScreen {} else { Issue.record("F1 opens the help") }
    }
}

/// The help screen's own keys are a map too: every key its bar names closes or scrolls it.
@Suite struct HelpScreenKeysTests {
    @Test func everyCloseKeyOfTheMapClosesTheHelp() {
        for key in HelpScreen.Keys.close.keys {
            var help = HelpScreen(title: "Beranda", bindings: HomeKeys.map(syncing: false).helpBindings)
            let closes = help.handle(.key(key))
            #expect(closes, "\(key.label) closes")
        }
        var help = HelpScreen(title: "Beranda", bindings: HomeKeys.map(syncing: false).helpBindings)
        let closed = help.handle(.key(.down))
        #expect(!closed)
        #expect(help.scroll == 1)
        #expect(help.bindings == [HelpScreen.Keys.scroll, HelpScreen.Keys.close])
    }
}
