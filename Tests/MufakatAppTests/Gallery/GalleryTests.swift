import MufakatThemes
import Testing
import TerminalUI
@testable import MufakatApp

@Suite struct GalleryTests {
    static var themes: [Theme] {
        BundledThemes.names.compactMap { try? ThemeResolver.load($0, bundled: BundledThemes.source(named:)).get() }
    }

    func frame(_ gallery: Gallery, width: Int, height: Int) -> Buffer {
        var g = gallery
        _ = g.update(.resize(width: width, height: height))
        var b = Buffer(width: width, height: height)
        g.view(into: &b)
        return b
    }

    @Test func snapshot80x24() {
        Snapshot.assert(frame(Gallery(themes: Self.themes), width: 80, height: 24), named: "gallery-80x24")
    }

    @Test func snapshot120x40() {
        Snapshot.assert(frame(Gallery(themes: Self.themes), width: 120, height: 40), named: "gallery-120x40")
    }

    @Test func snapshotWithDialog() {
        var g = Gallery(themes: Self.themes)
        _ = g.update(.key(.escape))
        Snapshot.assert(frame(g, width: 80, height: 24), named: "gallery-quit-dialog-80x24")
    }

    @Test func resizeKeepsFocusAndAnswers() throws {
        let backend = InMemoryBackend(script: [
            .key(.tab), .key(.tab), .key(.char("9")), .resize(width: 70, height: 20), .key(.char("9")),
            .resize(width: 120, height: 40), .key(.char("9")),
        ])
        var runner = Runner(program: Gallery(themes: Self.themes), backend: backend)
        let final = try runner.run()
        #expect(final.focus == .amount)
        #expect(final.amount.amount == 1_500_000_99)
        #expect(backend.frames.contains { $0.text.contains("Layar terlalu kecil") })
        #expect(backend.lastFrame?.text.contains("Rp 150.000.099") == true)
        #expect(backend.lastFrame?.cursor != nil)
    }

    @Test func themeSwitchIsAnEffect() {
        var g = Gallery(themes: Self.themes)
        let effects = g.update(.key(.function(3)))
        #expect(effects.count == 1)
        if case .setTheme(let t) = effects.first { #expect(t.name == Self.themes[1].name) } else { Issue.record("no setTheme") }
    }

    @Test func ctrlCAsksBeforeLeavingAndYesQuits() {
        var g = Gallery(themes: Self.themes)
        #expect(g.update(.signal(.interrupt)).isEmpty)
        #expect(g.dialog != nil)
        let effects = g.update(.key(.char("y")))
        #expect(effects.count == 1)
        if case .quit = effects.first {} else { Issue.record("expected quit") }
    }

    @Test func terminateQuitsAtOnce() {
        var g = Gallery(themes: Self.themes)
        let effects = g.update(.signal(.terminate))
        if case .quit = effects.first {} else { Issue.record("expected quit") }
    }

    @Test func pastedNewlinesDoNotMoveFocus() {
        var g = Gallery(themes: Self.themes)
        _ = g.update(.paste("satu\ndua\n"))
        #expect(g.focus == .name)
        #expect(g.name.text == "José Ñúñezsatu dua ")
    }
}
