import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI
@testable import MufakatApp

/// Fixed facts for every test: today is 4 May 2026, the bundled rulebook and catalogues.
enum Fixture {
    static let today = MufakatDomain.CalendarDate(year: 2026, month: 5, day: 4)!
    static let rulebook: Rulebook = try! RulebookLoader.load()
    static let context = ShellContext(rulebook: rulebook, catalogues: Catalogues.shared, today: today, storeLabel: "/srv/mufakat")

    static let profile = RegionProfile(
        regionCode: "32.71", unitName: "Bagian Kerja Sama Sekretariat Daerah Kota Bogor",
        head: Person(name: "Dedie A. Rachim", title: "Wali Kota Bogor"),
        unitHead: Person(name: "Rudi Hartono", title: "Kepala Bagian Kerja Sama"),
        address: "Jalan Ir. H. Juanda Nomor 10, Bogor", city: "Bogor")

    static func region(_ code: String) -> Region { Catalogues.shared.regions[code]! }

    /// The KSDD sukarela of the issue: Kota Bogor and Kabupaten Bogor on urban transport.
    static func transport(id: String = "angkutan-bogor") -> Cooperation {
        Cooperation(id: id, title: "Kerja Sama Bidang Perhubungan antara Kota Bogor dan Kabupaten Bogor", kind: .ksddSukarela,
                    parties: [region("32.71").party(headName: "Dedie A. Rachim"), region("32.01").party()],
                    partiesBordering: true, affairCode: "2.15", subAffairID: "angkutan-perkotaan-perdesaan")
    }

    static func placeholderEditor() -> EditorFactory {
        { c, ctx, _ in PlaceholderEditor(cooperation: c, context: ctx) }
    }
}

/// Drives the program as the runner would, performing its actions against an in-memory store,
/// and records every action and whether it asked to quit.
struct Harness {
    var program: MufakatProgram
    let repository: InMemoryRepository
    let effects: AppEffects
    var performed: [AppAction] = []
    var quitRequested = false
    var bells = 0

    init(profile: RegionProfile? = Fixture.profile, items: [Cooperation] = [], editor: @escaping EditorFactory = Fixture.placeholderEditor(),
         repository: InMemoryRepository? = nil) {
        let repo = repository ?? InMemoryRepository(profile: profile)
        for c in items { _ = try! repo.save(c, basedOn: nil) }
        self.repository = repo
        effects = AppEffects(repository: repo, context: Fixture.context,
                             openRepository: { _ in throw StoreError.invalidInput(path: "", problem: "tidak ada folder lain dalam uji") },
                             loadExamples: { r, ctx in try ExampleCooperations.load(into: r, context: ctx) },
                             exportFolder: URL(fileURLWithPath: "/srv/mufakat/ekspor"))
        program = MufakatProgram(context: Fixture.context, makeEditor: editor)
        send(.resize(width: 80, height: 24))
    }

    mutating func send(_ event: Event) {
        var queue = [event]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in program.update(next) {
                switch effect {
                case .perform(let action):
                    performed.append(action)
                    queue += effects.perform(action)
                case .quit: quitRequested = true
                case .bell: bells += 1
                case .setTheme: break
                }
            }
        }
    }

    mutating func key(_ key: Key, times: Int = 1) { for _ in 0..<times { send(.key(key)) } }
    mutating func type(_ text: String) { for c in text { send(.key(.char(c))) } }

    func frame(width: Int = 80, height: Int = 24) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        program.view(into: &buffer)
        return buffer
    }

    /// Opens the cooperation under the highlight on the home screen.
    mutating func openFirst() { key(.enter) }
}
