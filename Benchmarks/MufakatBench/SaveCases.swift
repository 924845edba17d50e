import Foundation
import MufakatApp
import MufakatDomain
import MufakatServices
import MufakatStore

/// Saving one cooperation: the store's own cost (atomic, durable write of the current file and
/// the history file, one index line) and what Ctrl-S costs in the app (the save, then the home
/// list the shell reloads afterwards).
enum SaveCases {
    static func run(_ h: inout Harness, sizes: [Int], seed: UInt64, folder: URL) throws {
        h.group = "Saving one cooperation (durable: fsync of file and folder)"
        let rulebook = try RulebookLoader.load()
        for size in sizes {
            let n = grouped(size)
            let url = folder.appendingPathComponent("save-\(size)")
            try? FileManager.default.removeItem(at: url)
            try StoreFixtures.generate(size: size, seed: seed, at: url)
            let store = try CooperationStore.open(at: url)
            let id = try store.list()[size / 2].id
            var stored = try store.load(id: id)
            var cooperation = stored.cooperation
            var revision = stored.revision
            var counter = 0
            try h.measure("store.save (new revision of one cooperation)", size: n, iterations: 100, budget: 15) {
                counter += 1
                cooperation.title = "Kerja Sama Pengelolaan Sampah Regional \(counter)"
                revision = try store.save(cooperation, basedOn: revision).revision
            }
            h.measure("store.load (one cooperation)", size: n, iterations: 100, budget: 10) {
                stored = try! store.load(id: id)
            }

            // The shell: AppEffects performs .save, and MufakatProgram asks for .loadList after it.
            let repository = try StoreSession.open(folder: url)
            let context = ShellContext(rulebook: rulebook, catalogues: Catalogues.shared, today: StoreFixtures.referenceDate,
                                       storeLabel: repository.location)
            let effects = AppEffects(repository: repository, context: context,
                                     openRepository: { try StoreSession.open(folder: URL(fileURLWithPath: $0)) },
                                     loadExamples: { _, _ in 0 })
            revision = try repository.load(id: id).revision
            h.measure("app Ctrl-S: save + reload the home list", size: n, iterations: 30, budget: 20) {
                counter += 1
                cooperation.title = "Kerja Sama Pengelolaan Sampah Regional \(counter)"
                _ = effects.perform(.save(cooperation, basedOn: revision))
                revision += 1
                blackHole(effects.perform(.loadList))
            }
            try? FileManager.default.removeItem(at: url)
        }
    }
}
