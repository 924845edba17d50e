import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import TerminalUI
import Testing
@testable import MufakatApp

/// The archive screen (F6 in the editor) on a real store folder: attach by path, list, export.
@Suite struct ArchiveScreenTests {
    /// Drives the program against a `StoreSession`, like `Harness` does against memory.
    struct Driver {
        var program: MufakatProgram
        let effects: AppEffects
        var performed: [AppAction] = []
        var bells = 0

        init(session: StoreSession) {
            effects = AppEffects(repository: session, context: Fixture.context,
                                 openRepository: { _ in throw StoreError.invalidInput(path: "", problem: "tidak dalam uji") },
                                 loadExamples: { _, _ in 0 }, exportFolder: URL(fileURLWithPath: "/tmp"))
            program = MufakatProgram(context: Fixture.context, makeEditor: Fixture.placeholderEditor())
            send(.resize(width: 80, height: 24))
        }

        mutating func send(_ event: Event) {
            var queue = [event]
            while !queue.isEmpty {
                for effect in program.update(queue.removeFirst()) {
                    switch effect {
                    case .perform(let action): performed.append(action); queue += effects.perform(action)
                    case .bell: bells += 1
                    default: break
                    }
                }
            }
        }
        mutating func key(_ k: Key, times: Int = 1) { for _ in 0..<times { send(.key(k)) } }
        mutating func type(_ text: String) { for c in text { send(.key(.char(c))) } }
        func frame(_ w: Int, _ h: Int) -> Buffer { var b = Buffer(width: w, height: h); program.view(into: &b); return b }
    }

    static func setUp() throws -> (Driver, StoreSession, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-arsip-layar-\(UUID().uuidString)")
        let session = try StoreSession.open(folder: root)
        try session.saveProfile(Fixture.profile)
        _ = try session.save(CooperationFixture.bogorRaya(), basedOn: nil)
        var d = Driver(session: session)
        d.key(.enter)   // open the only cooperation
        return (d, session, root)
    }

    @Test func f6AttachesAFileByPathListsItAndExportsACopy() throws {
        var (d, session, root) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(d.program.screenName == "penyunting")
        d.key(.function(6))
        #expect(d.program.screenName == "arsip")
        for (w, h) in [(80, 24), (200, 60)] { Snapshot.assert(d.frame(w, h), named: "empty-\(w)x\(h)") }

        let scan = root.appendingPathComponent("pks-bertanda-tangan.pdf")
        try Data("%PDF-1.4 pindaian PKS".utf8).write(to: scan)
        d.type("a")
        d.type(root.path + "/pks-ber")
        d.key(.tab)   // completes the file name
        #expect(d.frame(200, 60).lines.joined().contains("pks-bertanda-tangan.pdf"))
        d.key(.enter)
        let stored = try session.load(id: "ks-bogor-raya-2026")
        #expect(stored.revision == 2)
        #expect(stored.cooperation.archivedFiles.map(\.fileName) == ["pks-bertanda-tangan.pdf"])
        #expect(stored.cooperation.archivedFiles.first?.stage == "pks" && stored.cooperation.archivedFiles.first?.kind == "scan-ttd")
        // The editor continues from the new revision: a save is not a conflict.
        #expect(d.program.basedOnRevision == 2)
        for (w, h) in [(80, 24), (200, 60)] { Snapshot.assert(d.frame(w, h), named: "attached-\(w)x\(h)") }

        let out = root.appendingPathComponent("salinan")
        d.type("e")
        d.type(out.path)
        d.key(.enter)
        let copies = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(copies == ["pks-scan-ttd-pks-bertanda-tangan.pdf"])
        #expect(try Data(contentsOf: out.appendingPathComponent(copies[0])) == Data(contentsOf: scan))
        d.key(.escape)
        #expect(d.program.screenName == "penyunting")
    }

    @Test func aMissingFileIsRefusedWithAMessageAndNothingIsSaved() throws {
        var (d, session, root) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        d.key(.function(6))
        d.type("a")
        d.type(root.path + "/tidak-ada.pdf")
        let bells = d.bells
        d.key(.enter)
        #expect(d.bells == bells + 1)
        #expect(try session.load(id: "ks-bogor-raya-2026").revision == 1)
        #expect(d.frame(200, 60).lines.joined().contains("tidak ditemukan"))
    }

    @Test func kindAndStageCycleThroughTheRulebook() {
        var s = ArchiveScreen(id: "x", title: "X", stages: ["kb", "pks"], kinds: [("scan-ttd", "Pindaian"), ("laporan", "Laporan")])
        #expect(s.stage == "pks" && s.kind == "scan-ttd")
        _ = s.handle(.key(.char("t"))); _ = s.handle(.key(.char("j")))
        #expect(s.stage == "kb" && s.kind == "laporan")
        #expect(s.handle(.key(.char("e"))) == .refused("Belum ada berkas untuk disalin."))
    }
}
