import Foundation
import MufakatApp
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Opening a store and the home screen at the sizes offices and facilitators reach; run in a
/// child process per size so the peak memory belongs to that size alone.
enum StoreCases {
    static let today = StoreFixtures.referenceDate

    static func run(_ h: inout Harness, size: Int, store url: URL) throws {
        let n = grouped(size)
        h.group = "Start-up and home list (store of N cooperations)"
        let rulebook = try RulebookLoader.load()

        h.measure("open store + list (index only)", size: n, iterations: 20, budget: 15) {
            let store = try! CooperationStore.open(at: url)
            blackHole(try! store.list())
        }
        let entries = try CooperationStore.open(at: url).list()
        let index = StoreFixtures.footprint(url.appendingPathComponent("index.json"))
        h.appendNote("index.json \(index.bytes / 1024) KiB, index.bin \(StoreFixtures.footprint(url.appendingPathComponent("index.bin")).bytes / 1024) KiB")

        h.measure("CLI filter: list + search \"bogor\" on index entries", size: n, iterations: 20, budget: 10) {
            blackHole(entries.filter { $0.matches(search: "bogor") }.count)
        }

        for screen in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            let dims = "\(screen.width)×\(screen.height)"
            var first = Buffer(size: screen)
            var program: MufakatProgram?
            try h.measure("open store + first home screen \(dims) (headless)", size: n, iterations: 10, budget: 30) {
                let (p, frame) = try startApp(url, rulebook: rulebook, size: screen)
                program = p; first = frame
            }
            guard program != nil else { continue }
            h.appendNote(first.text.contains("Beranda") || first.text.contains("Judul") ? "home shown" : "home NOT shown")
            // A large store shows its first rows from the index, then reads the whole list on the
            // next tick (`HomePreview`): the keys below are measured on the whole list, as a person
            // meets it once the reminders are in, not on the preview (where the first key only
            // asks for the list and a search letter never reached the search).
            var (whole, effects) = try startAppWithEffects(url, rulebook: rulebook, size: screen)
            EditorCases.send(&whole, .tick, effects)
            var wholeFrame = Buffer(size: screen)
            whole.view(into: &wholeFrame)
            h.appendNote(wholeFrame.text.contains("Pengingat (") ? "whole list shown" : "whole list NOT shown")
            var home = whole
            // What the list cost when it decoded every file (before the index carried the rows'
            // progress); beyond 10,000 one run takes minutes, so it is shown up to 10,000.
            if screen.width == 80, size <= 10_000 {
                h.measure("  of which: decode every cooperation (repository.all)", size: n, iterations: 5, budget: 20) {
                    let repo = try! StoreSession.open(folder: url)
                    blackHole(try! repo.all().count)
                }
            }
            // Filtering by text: "/" opens the search field. The first letter filters every row;
            // then "bogo" is typed and the "r" measured (a longer search narrows what is shown).
            _ = home.update(.key(.char("/")))
            keyPress(&h, "home: type the first letter of a search (\"b\", every row)", dims, n, base: home, event: .key(.char("b")))
            // The second letter narrows the rows the first one matched (scripts/tmux-timing.py search).
            var typedB = home
            _ = typedB.update(.key(.char("b")))
            keyPress(&h, "home: type the second letter of a search (\"b\" + o)", dims, n, base: typedB, event: .key(.char("o")))
            for ch in "bogo" { _ = home.update(.key(.char(ch))) }
            keyPress(&h, "home: type one letter of a search (\"bogo\" + r)", dims, n, base: home, event: .key(.char("r")))
            // Moving the highlight in the unfiltered list.
            var list = whole
            _ = list.update(.key(.down))
            keyPress(&h, "home: move down one row", dims, n, base: list, event: .key(.down))
        }
    }

    /// The launch path of `mufakat` up to the first frame, without a terminal: open the store,
    /// build the program, deliver the runner's first resize, perform the list load, draw.
    static func startApp(_ url: URL, rulebook: Rulebook, size: Size) throws -> (MufakatProgram, Buffer) {
        let (program, frame, _) = try launch(url, rulebook: rulebook, size: size)
        return (program, frame)
    }

    /// The started program with the effects performer it runs with (to go on pressing keys).
    static func startAppWithEffects(_ url: URL, rulebook: Rulebook, size: Size) throws -> (MufakatProgram, AppEffects) {
        let (program, _, effects) = try launch(url, rulebook: rulebook, size: size)
        return (program, effects)
    }

    static func launch(_ url: URL, rulebook: Rulebook, size: Size) throws -> (MufakatProgram, Buffer, AppEffects) {
        let repository = try StoreSession.open(folder: url)
        let context = ShellContext(rulebook: rulebook, catalogues: Catalogues.shared, today: today, storeLabel: repository.location)
        let effects = AppEffects(repository: repository, context: context,
                                 openRepository: { try StoreSession.open(folder: URL(fileURLWithPath: $0)) },
                                 loadExamples: { _, _ in 0 })
        let backend = InMemoryBackend(width: size.width, height: size.height, script: [])
        var runner = Runner(program: MufakatProgram(context: context, makeEditor: MufakatProgram.standardEditor), backend: backend)
        let program = try runner.run(perform: effects.perform)
        guard let frame = backend.lastFrame else { throw BenchError("no frame drawn") }
        return (program, frame, effects)
    }

    /// One key press on the home screen: update (and any store effect it asks for), draw, diff.
    static func keyPress(_ h: inout Harness, _ name: String, _ dims: String, _ n: String, base: MufakatProgram, event: Event) {
        KeyPressCase.measure(&h, label: "\(name) \(dims)", size: n, dims: dims, iterations: 50, base: base, event: event)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
