import MufakatDomain
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

    /// The cooperation editor's maps, one per mode (`EditorKeys`).
    static let editorMaps: [(String, KeyMap)] = [
        ("editor review", EditorKeys.Review.map(markLabel: "t", frozen: false)),
        ("editor review frozen", EditorKeys.Review.map(markLabel: "t", frozen: true)),
        ("editor list", EditorKeys.List.map(financing: false, canGoBack: true)),
        ("editor financing list", EditorKeys.List.map(financing: true, canGoBack: false)),
        ("editor stepper", EditorKeys.Stepper.map),
        ("editor amendment", EditorKeys.Prompt.amendment), ("editor financing helper", EditorKeys.Prompt.financingHelper),
        ("editor export", EditorKeys.Export.map(onFolder: false)), ("editor export folder", EditorKeys.Export.map(onFolder: true)),
        ("editor stage form", EditorKeys.Fields.stage(canGoBack: false, onArticle: false)),
        ("editor stage form, later group", EditorKeys.Fields.stage(canGoBack: true, onArticle: true)),
        ("editor stage form, choice", EditorKeys.Fields.stage(canGoBack: true, onArticle: false, widget: [ChoiceField.chooseKeys])),
        ("editor record", EditorKeys.Fields.record(widget: [ChoiceField.chooseKeys])),
        ("editor signing", EditorKeys.Fields.signing(canGoBack: true)),
        ("mapping entry", MappingKeys.Entry.map()),
        ("mapping entry, choice", MappingKeys.Entry.map(widget: [ChoiceField.chooseKeys])),
        ("mapping entry, partners", MappingKeys.Entry.map(widget: PartnerInput(codes: [], catalogues: .shared).bindings)),
    ]

    @Test func everyKeyOfTheEditorsBarIsExplainedOnItsHelpPage() {
        for (name, map) in Self.editorMaps {
            let explained = Set(map.helpBindings.flatMap(\.keys))
            for b in map.bar {
                #expect(b.keys.allSatisfy(explained.contains), "\(name): \(b.keyText) \(b.label) is in the bar but not on the help page")
            }
            // No key means two things in one mode.
            let keys = map.bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(name): a key is bound twice")
        }
    }

    @Test func theMappingEntrysBarIsItsMap() {
        var form = MappingEntryForm(affairCode: "2.15", affairName: "Perhubungan", regionCode: "32.71", entry: nil)
        while form.focus != .kind { _ = form.handle(.key(.tab)) }
        let map = MappingKeys.Entry.map(widget: [ChoiceField.chooseKeys])
        #expect(form.bindings.map(\.keyText) == map.bar.map(\.keyText))
        #expect(form.bindings.map(\.label) == map.bar.map(\.label))
    }

    @Test func theEditorsBarAndHelpPageAreItsMap() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        d.press(.ctrl("r"))
        let review = EditorKeys.Review.map(markLabel: AppText.current.editor.keyMarkSigned, frozen: false)
        #expect(d.editor.bindings == review.bindings)
        #expect(review.bar.map(\.keyText) == ["↑↓/PgUp/PgDn", "t", "Ctrl-N", "e", "u", "Ctrl-T", "Ctrl-S", "Esc"])
        // The screen around it shows the same map: its bar and its help page.
        let screen = EditorScreen(editor: d.editor, basedOn: nil, lockedBy: nil)
        let own = Set(review.bar.filter { $0.keys != [.ctrl("s")] }.map(\.keyText))
        #expect(own.isSubset(of: Set(screen.barBindings.map(\.keyText))))
        #expect(own.isSubset(of: Set(screen.screenHelp.bindings.map(\.keyText))))
        // The map answers the keys: "u" (EditorKeys.Review.editFields) goes back to the fields.
        d.press(.char("u"))
        if case .form = d.editor.mode {} else { Issue.record("u did not leave the review") }
        #expect(d.editor.bindings.contains { $0.keys.contains(.ctrl("r")) })
        d.press(.ctrl("t"))
        #expect(d.editor.bindings == EditorKeys.Stepper.map.bindings)
    }

    /// The stage form's bar and help page are its map (`EditorKeys.Fields`), and the map answers
    /// the keys: Ctrl-N moves to the next group, Ctrl-P back, Tab to the next field.
    @Test func theStageFormsBarIsItsMap() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        guard case .form = d.editor.mode, d.editor.form.currentGroup.list == nil else { Issue.record("not on a stage form"); return }
        let map = EditorKeys.Fields.stage(canGoBack: d.editor.form.groupIndex > 0, onArticle: false, widget: d.editor.form.widgetBindings)
        #expect(d.editor.bindings == map.bindings)
        #expect(map.bar.prefix(2).map(\.keys) == [[.tab, .backTab], [.ctrl("n")]])
        let screen = EditorScreen(editor: d.editor, basedOn: nil, lockedBy: nil)
        #expect(Set(map.bar.filter { $0.keys != [.ctrl("s")] }.map(\.keyText)).isSubset(of: Set(screen.screenHelp.bindings.map(\.keyText))))
        let first = d.editor.form.focusedField?.id
        d.press(.tab)
        #expect(d.editor.form.focusedField?.id != first)
        let group = d.editor.form.groupIndex
        d.press(.ctrl("n"))
        if d.editor.form.groupIndex == group + 1 {
            #expect(d.editor.bindings.contains { $0.keys == [.ctrl("p")] })
            d.press(.ctrl("p"))
            #expect(d.editor.form.groupIndex == group)
        } else {
            #expect(d.editor.message?.kind == .error, "Ctrl-N either moves on or says why not")
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
