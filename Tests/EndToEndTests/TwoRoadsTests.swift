#if canImport(Glibc)
import Glibc
#endif
import Foundation
import MufakatApp
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import Testing

/// One road: every operation both front ends offer is run through the screens' effects and
/// through the built `mufakat` binary on the same store, and the bytes or outcomes compared.
@Suite(.serialized) struct TwoRoadsTests {
    static let profile = RegionProfile(
        regionCode: "32.71", unitName: "Bagian Kerja Sama Sekretariat Daerah Kota Bogor",
        head: Person(name: "Dedie A. Rachim", title: "Wali Kota Bogor"),
        unitHead: Person(name: "Rudi Hartono", title: "Kepala Bagian Kerja Sama"),
        address: "Jalan Ir. H. Juanda Nomor 10, Bogor", city: "Bogor")

    /// A store with a profile and one cooperation, and the screens' effects over it.
    final class Road {
        let folder: URL
        let session: StoreSession
        let effects: AppEffects
        let id: String
        var store: URL { folder.appendingPathComponent("store") }
        var exports: URL { store.appendingPathComponent("ekspor") }

        init(_ cooperation: Cooperation = CooperationFixture.bogorRaya()) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-roads-\(UUID().uuidString.prefix(8))")
            session = try StoreSession.open(folder: folder.appendingPathComponent("store"))
            try session.saveProfile(TwoRoadsTests.profile)
            _ = try session.save(cooperation, basedOn: nil)
            id = cooperation.id
            let context = ShellContext(rulebook: try RulebookLoader.load(), catalogues: .shared, today: .today(), storeLabel: "uji")
            effects = AppEffects(repository: session, context: context,
                                 openRepository: { _ in throw StoreError.invalidInput(path: "", problem: "tidak dipakai") },
                                 loadExamples: { _, _ in 0 })
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        struct Output { let code: Int32; let out: String; let err: String; let data: Data }

        /// Runs the CLI on this store, with `input` on standard input.
        func cli(_ args: [String], input: Data? = nil) throws -> Output {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try MufakatBinary.path())
            process.arguments = args
            process.currentDirectoryURL = folder
            let out = Pipe(), err = Pipe(), inp = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = input == nil ? FileHandle.nullDevice : inp
            var env = ProcessInfo.processInfo.environment
            env["MUFAKAT_STORE"] = store.path
            process.environment = env
            try process.run()
            if let input { inp.fileHandleForWriting.write(input); try inp.fileHandleForWriting.close() }
            let o = out.fileHandleForReading.readDataToEndOfFile()
            let e = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Output(code: process.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self), data: o)
        }

        /// Performs one screen action and returns the event it came back with.
        func screen(_ action: AppAction) -> AppEvent? {
            guard case .custom(let any) = effects.perform(action).first else { return nil }
            return any as? AppEvent
        }

        static func permissions(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        }
    }

    @Test func everyDocumentFromTheScreenIsTheCLIsExport() throws {
        let road = try Road()
        let c = try road.session.load(id: road.id).cooperation
        for kind in DocumentKind.allCases {
            for (format, paper) in [(DocumentFormat.docx, Paper.a4), (.docx, .f4), (.md, .a4), (.txt, .a4)] {
                let options = ExportOptions(format: format, paper: paper, draft: true)
                let screen = road.screen(.export(c, kind, options: options))
                let cliPath = road.path("cli-\(kind.rawValue)-\(paper.rawValue).\(format.rawValue)")
                let cli = try road.cli(["export", road.id, "--document", kind.rawValue, "--format", format.rawValue,
                                        "--paper", paper.rawValue, "--draft", "--output", cliPath])
                guard case .exported(let screenPath)? = screen else {
                    // A document that does not apply is refused on both roads, with the same reason.
                    guard case .failed(let reason)? = screen else { Issue.record("\(kind): \(String(describing: screen))"); continue }
                    #expect(cli.code == 2, "\(kind) \(format): the CLI exported what the screen refused")
                    #expect(cli.err.contains(reason), "\(kind): \(reason) / \(cli.err)")
                    continue
                }
                #expect(cli.code == 0, "\(kind) \(format): \(cli.err)")
                let fromScreen = try Data(contentsOf: URL(fileURLWithPath: screenPath))
                let fromCLI = try Data(contentsOf: URL(fileURLWithPath: cliPath))
                #expect(fromScreen == fromCLI, "\(kind) \(format) \(paper): the two roads gave different bytes")
                #expect(try Road.permissions(screenPath) == 0o600)
                #expect(try Road.permissions(cliPath) == 0o600)
            }
        }
        // The screen's export verifies as an export of the current revision.
        let exported = road.exports.appendingPathComponent("\(road.id)-kb.docx")
        let verify = try road.cli(["verify", exported.path, road.id])
        #expect(verify.out.contains("hasil ekspor") || verify.out.contains("SAMA"), "\(verify.out)\(verify.err)")
        #expect(!verify.out.contains("TIDAK SAMA"), "\(verify.out)")
    }

    /// Issue 13: each party's DPRD letter, chosen on the screen or with --party, is the same file.
    @Test func eachPartysDPRDLetterIsTheSameOnBothRoads() throws {
        var c = CooperationFixture.bogorRaya()
        c.id = "dprd-per-pihak"
        c.burdensPublic = true
        let road = try Road(c)
        for party in 0..<2 {
            let options = ExportOptions(format: .txt, draft: true, party: party)
            guard case .exported(let screenPath)? = road.screen(.export(c, .dprd, options: options)) else {
                Issue.record("the screen did not export party \(party + 1)'s letter"); continue
            }
            #expect(screenPath.hasSuffix("dprd-per-pihak-dprd-pihak\(party + 1).txt"))
            let cliPath = road.path("dprd-\(party + 1).txt")
            let cli = try road.cli(["export", road.id, "-d", "dprd", "--party", String(party + 1), "--draft", "-o", cliPath])
            #expect(cli.code == 0, "\(cli.err)")
            let letter = try String(contentsOfFile: cliPath, encoding: .utf8)
            #expect(try Data(contentsOf: URL(fileURLWithPath: screenPath)) == Data(letter.utf8))
            let name = c.parties[party].name
            // The head signs: the office letterhead names the head ("WALI KOTA BOGOR", "BUPATI BOGOR").
            let head = c.parties[party].regionCode.flatMap { Catalogues.shared.regions[$0]?.headTitle.uppercased() } ?? "-"
            #expect(letter.split(separator: "\n").prefix(3).joined().contains(head), "\(letter.prefix(300))")
            #expect(letter.contains("Ketua Dewan Perwakilan Rakyat Daerah \(name)"))
        }
        let none = try road.cli(["export", road.id, "-d", "dprd", "--party", "3", "--draft", "-f", "txt"])
        #expect(none.code == 2)
        #expect(none.err.contains("Pihak 3 tidak ada"))
    }

    @Test func signingRefusesAnIncompleteNaskahOnBothRoads() throws {
        var c = CooperationFixture.bogorRaya()
        c.id = "belum-lengkap"
        c.memorandum.durationYears = nil
        let road = try Road(c)
        let stored = try road.session.load(id: road.id)
        let problems = DocumentService(rulebook: try RulebookLoader.load(), profile: TwoRoadsTests.profile)
            .signingProblems(stored.cooperation, kind: .kb)
        #expect(!problems.isEmpty)
        // The screen refuses with the list, and nothing is saved.
        guard case .failed(let message)? = road.screen(.markSigned(stored.cooperation, stageID: "kb", basedOn: stored.revision)) else {
            Issue.record("the screen signed an incomplete KB"); return
        }
        #expect(message.contains("belum dapat ditandatangani"))
        #expect(try road.session.load(id: road.id).revision == stored.revision)
        // The CLI refuses the same document with exit 1.
        let draft = road.path("kb.docx")
        #expect(try road.cli(["export", road.id, "-d", "kb", "--draft", "-o", draft]).code == 0)
        let sign = try road.cli(["sign", road.id, "--document", "kb", "--file", draft])
        #expect(sign.code == 1, "\(sign.out)\(sign.err)")
        #expect(sign.err.contains("belum dapat ditandatangani"))
        #expect(try road.session.load(id: road.id).revision == stored.revision)
    }

    /// Issue 13: a warning at signing time is shown again and must be acknowledged, on both roads.
    @Test func signingShowsWarningsAgainAndWaitsForTheirAcknowledgement() throws {
        var c = CooperationFixture.bogorRaya()
        c.id = "dengan-peringatan"
        c.proposal.durationYears = 10
        c.memorandum.durationYears = 10
        c.memorandum.signing.documentSHA256 = nil
        let road = try Road(c)
        let stored = try road.session.load(id: road.id)
        let service = DocumentService(rulebook: try RulebookLoader.load(), profile: TwoRoadsTests.profile)
        #expect(service.signingProblems(stored.cooperation, kind: .kb).isEmpty)
        let warnings = service.signingWarnings(stored.cooperation, kind: .kb)
        #expect(!warnings.isEmpty)
        // The screen's effect: refused without the acknowledgement, signed with it.
        guard case .failed(let message)? = road.screen(.markSigned(stored.cooperation, stageID: "kb", basedOn: stored.revision)) else {
            Issue.record("the screen signed without acknowledging the warnings"); return
        }
        #expect(message.contains("peringatan"))
        #expect(try road.session.load(id: road.id).revision == stored.revision)
        // The CLI: exit 1 with the warnings listed, then signed with --acknowledge-warnings.
        let file = road.path("kb.txt")
        #expect(try road.cli(["export", road.id, "-d", "kb", "-o", file]).code == 0)
        let refused = try road.cli(["sign", road.id, "--document", "kb", "--file", file, "--date", "2026-04-15"])
        #expect(refused.code == 1, "\(refused.out)\(refused.err)")
        #expect(refused.err.contains("--acknowledge-warnings"))
        #expect(refused.err.contains(warnings[0]))
        #expect(try road.session.load(id: road.id).revision == stored.revision)
        let signed = try road.cli(["sign", road.id, "--document", "kb", "--file", file, "--date", "2026-04-15", "--acknowledge-warnings"])
        #expect(signed.code == 0, "\(signed.out)\(signed.err)")
        #expect(signed.err.contains("Peringatan yang diakui"))
        #expect(try road.session.load(id: road.id).revision == stored.revision + 1)
        let verify = try road.cli(["verify", file, road.id])
        #expect(verify.code == 0, "\(verify.out)\(verify.err)")
    }

    @Test func validateReadsEveryShapeThatImportReads() throws {
        let road = try Road()
        let shown = try road.cli(["show", road.id, "--json"])
        #expect(shown.code == 0)
        let piped = try road.cli(["validate", "-"], input: shown.data)
        #expect(piped.code == 0 || piped.code == 1, "\(piped.err)")
        #expect(!piped.err.contains("schemaVersion"), "\(piped.err)")
        let own = road.store.appendingPathComponent("cooperations/\(road.id).json").path
        let onFile = try road.cli(["validate", own])
        #expect(onFile.code == piped.code, "\(onFile.err)")
        let from = try road.cli(["export", "--from", own, "-d", "ringkasan", "-f", "txt"])
        #expect(from.code == 0, "\(from.err)")
        // import accepts the same file: unchanged.
        let imported = try road.cli(["import", own])
        #expect(imported.code == 0, "\(imported.err)")
        #expect(imported.out.contains("tidak berubah"))
    }

    @Test func importOfAStaleRevisionIsAConflictOnBothRoads() throws {
        let road = try Road()
        let shown = try road.cli(["show", road.id, "--json"]).data
        let file = road.path("lama.json")
        try shown.write(to: URL(fileURLWithPath: file))
        var changed = try road.session.load(id: road.id)
        var c = changed.cooperation
        c.notes = "diubah di layar"
        guard case .saved? = road.screen(.save(c, basedOn: changed.revision)) else { Issue.record("screen save failed"); return }
        changed = try road.session.load(id: road.id)
        // The file still holds revision 1: importing it is a conflict (exit 1), nothing overwritten.
        let cli = try road.cli(["import", file])
        #expect(cli.code == 1, "\(cli.out)\(cli.err)")
        #expect(try road.session.load(id: road.id).cooperation.notes == "diubah di layar")
        // The screen's save from the old revision is the same conflict.
        guard case .saveConflict? = road.screen(.save(c, basedOn: changed.revision - 1)) else {
            Issue.record("the screen did not report the conflict"); return
        }
    }

    // MARK: Mapping and meetings

    static let today = CalendarDate.today()

    static func mappingFiles(_ road: Road) throws -> [String] {
        var paths: [String] = []
        for seed in 0..<3 as Range<UInt64> {
            let m = MappingDemo.generate(region: MappingDemo.suggestedRegion(seed: seed), seed: seed, today: today)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let path = road.path("pemetaan-\(seed).json")
            try encoder.encode(m).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        return paths
    }

    @Test func aBadFileInABatchImportsTheGoodOnesOnBothRoads() throws {
        let screenRoad = try Road(), cliRoad = try Road()
        let bad = screenRoad.path("rusak.json")
        try Data("{\"format\":\"mufakat-revisi\",\"mapping\":5}".utf8).write(to: URL(fileURLWithPath: bad))
        let files = try Self.mappingFiles(screenRoad)
        guard case .meeting(.imported(let report))? = screenRoad.screen(.meeting(.importFiles(files + [bad], meetingID: nil))) else {
            Issue.record("the screen did not import"); return
        }
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.contains("rusak.json") == true)
        let cli = try cliRoad.cli(["mapping", "import", "--replace"] + files + [bad])
        #expect(cli.code == 1, "\(cli.out)\(cli.err)")
        #expect(cli.err.contains("rusak.json"))
        let onScreen = try screenRoad.session.mappings.allMappings().map(\.mapping.regionCode)
        let onCLI = try cliRoad.session.mappings.allMappings().map(\.mapping.regionCode)
        #expect(onScreen.count == 3)
        #expect(onScreen == onCLI)
    }

    @Test func aMatchIsDraftedOnceOnBothRoadsAndTheMatrixIsTheSameFile() throws {
        let road = try Road()
        let files = try Self.mappingFiles(road)
        #expect(try road.cli(["mapping", "import", "--replace"] + files).code == 0)
        let first = try road.cli(["mapping", "matches", "--draft", "1"])
        #expect(first.code == 0, "\(first.err)")
        let second = try road.cli(["mapping", "matches", "--draft", "1"])
        #expect(second.code == 1, "\(second.out)\(second.err)")
        #expect(second.err.contains("sudah dijadikan draf"))
        let drafts = try road.session.entries().filter { $0.id.hasPrefix("pemetaan-") }
        #expect(drafts.count == 1)
        // The screen refuses the same match.
        guard case .meeting(.loaded(let data))? = road.screen(.meeting(.load(meetingID: nil))),
              let match = data.matches.first else { Issue.record("no matches on screen"); return }
        guard case .meeting(.draftExists)? = road.screen(.meeting(.createDraft(match, meetingID: nil))) else {
            Issue.record("the screen made a second draft"); return
        }
        // Matrix: the same CSV bytes, owner-only on both roads.
        guard case .meeting(.exported(let screenPath, _, _))? = road.screen(.meeting(.exportMatrix(format: .csv, meetingID: nil, filter: .none, transposed: false))) else {
            Issue.record("the screen did not export the matrix"); return
        }
        let cliPath = road.path("matriks.csv")
        #expect(try road.cli(["mapping", "matrix", "--format", "csv", "--output", cliPath]).code == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: screenPath)) == Data(contentsOf: URL(fileURLWithPath: cliPath)))
        #expect(try Road.permissions(screenPath) == 0o600)
        #expect(try Road.permissions(cliPath) == 0o600)
    }

    // MARK: Outputs never replace what they should not

    @Test func exportRefusesToReplaceALinkOrAFIFO() throws {
        let road = try Road()
        let target = road.path("jangan-ditimpa.txt")
        try Data("asli".utf8).write(to: URL(fileURLWithPath: target))
        let link = road.path("tautan.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let out = try road.cli(["export", road.id, "-d", "ringkasan", "-f", "txt", "-o", link])
        #expect(out.code == 2, "\(out.err)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "asli")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target)
        let fifo = road.path("pipa")
        #expect(mkfifo(fifo, 0o600) == 0)
        let toFifo = try road.cli(["export", road.id, "-d", "ringkasan", "-f", "txt", "-o", fifo])
        #expect(toFifo.code == 2)
        #expect(toFifo.err.contains("FIFO"))
    }

    @Test func theFileNameDecidesTheFormatWithoutF() throws {
        let road = try Road()
        let md = road.path("kb.md")
        #expect(try road.cli(["export", road.id, "-d", "ringkasan", "-o", md]).code == 0)
        let text = try String(contentsOfFile: md, encoding: .utf8)
        #expect(!text.hasPrefix("PK"))
        #expect(text.contains("#"))
        let odd = try road.cli(["export", road.id, "-d", "ringkasan", "-o", road.path("kb.naskah")])
        #expect(odd.code == 2)
    }
}
