import Testing
import TerminalUI
@testable import MufakatApp

/// Key maps as values: on every screen that has one, the help bar and the help page come from the
/// same map, and every key the bar names is explained on the help page.
@Suite struct ScreenKeyMapsTests {
    static let maps: [(String, KeyMap)] = [
        ("welcome", WelcomeKeys.map), ("dashboard", DashboardKeys.map), ("dashboard detail", DashboardKeys.detailMap),
        ("archive", ArchiveKeys.map), ("mapping", MappingKeys.list), ("matrix", MatrixKeys.map), ("matches", MatchesKeys.map),
        ("cell", CellDetail.Keys.map), ("home", HomeKeys.map(syncing: true)),
    ]

    @Test func everyKeyOfTheBarIsExplainedOnTheHelpPage() {
        for (name, map) in Self.maps {
            let explained = Set(map.helpBindings.flatMap(\.keys))
            // The panels without a help page of their own, and the help key itself, are left out.
            for b in map.bar where !(name == "cell" || name == "dashboard detail") && !b.keys.contains(.char("?")) {
                #expect(b.keys.allSatisfy(explained.contains), "\(name): \(b.keyText) \(b.label) is in the bar but not on the help page")
            }
        }
    }

    @Test func theScreensShowTheirMaps() {
        var welcome = Harness(profile: nil)
        #expect(welcome.program.screenName == "sambutan")
        #expect(welcome.program.top.barBindings == WelcomeKeys.map.bar)
        #expect(welcome.program.top.screenHelp.bindings == WelcomeKeys.map.helpBindings)
        welcome.key(.char("r"))   // WelcomeKeys.meeting
        #expect(welcome.program.screenName == "matriks")

        var h = Harness(items: [Fixture.transport()])
        h.key(.char("D"))
        #expect(h.program.screenName == "rekapitulasi")
        #expect(h.program.top.barBindings == DashboardKeys.map.bar)
        #expect(h.program.top.screenHelp.bindings == DashboardKeys.map.helpBindings)
        h.key(.char("q"))   // DashboardKeys.close
        #expect(h.program.screenName == "beranda")
    }

    @Test func theMatrixAndMatchesHelpPagesAreTheirMaps() {
        #expect(MatrixScreen.helpLines.map(\.key) == MatrixKeys.map.helpLines.map(\.key) + MatrixScreen.helpNotes.map(\.key))
        #expect(MatchesScreen.helpLines.count == MatchesKeys.map.helpBindings.count + MatchesScreen.helpNotes.count)
        #expect(MatrixKeys.map.helpLines.contains { $0.key == "Esc/q" })
        #expect(MatrixKeys.map.bar.map(\.keyText) == ["Enter", "t", "p/k/o", "m", "i", "e", "b", "Esc", "?"])
    }
}
