import Foundation
@testable import MufakatApp
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import Testing
import TerminalUI

/// Issue 14 part 4, one road: an evaluation and an ending recorded in the screens and by
/// `mufakat evaluasi` / `mufakat akhiri` give the same revision, and `mufakat verify` on the
/// ended cooperation says both that the file is the signed one and that it has ended.
@Suite(.serialized) struct AfterSigningTwoRoadsTests {
    typealias Road = TwoRoadsTests.Road

    /// The ending typed in the screens' fields: the ground, the supporting document, a joint statement.
    static func endInScreens(_ c: Cooperation, context: EditorContext) -> Cooperation {
        var c = c
        let fields = AfterSigningScreens.ending(c, context: context).flatMap(\.fields)
        func set(_ id: String, _ a: Answer) {
            guard let f = fields.first(where: { $0.id == id }) else { Issue.record("no field \(id)"); return }
            f.set(&c, a)
        }
        let grounds = context.rulebook.endingGrounds(for: c.kind).map(\.id)
        set("ended.ground", .choice(1 + (grounds.firstIndex(of: EndRecord.Ground.mutualAgreement.rawValue) ?? -99)))
        set("ended.supportingDocument.title", .text("Kesepakatan pengakhiran"))
        set("ended.supportingDocument.number", .text("180/7/KS/2027"))
        set("ended.supportingDocument.date", .date(CalendarDate(year: 2027, month: 5, day: 20)))
        set("ended.instrument", .choice(EndRecord.Instrument.allCases.firstIndex(of: .statement)))
        return c
    }

    @Test func anEndingIsTheSameRevisionOnBothRoads() throws {
        let screen = try Road(), cli = try Road()
        let stored = try screen.session.load(id: screen.id)
        let context = EditorContext(rulebook: try RulebookLoader.load(), catalogues: .shared, today: .today())
        let ended = Self.endInScreens(stored.cooperation, context: context)
        #expect(ended.ended?.ground == .mutualAgreement)
        guard case .saved? = screen.screen(.save(ended, basedOn: stored.revision)) else { Issue.record("screen save failed"); return }
        let out = try cli.cli(["akhiri", cli.id, "--ground", "kesepakatan-para-pihak", "--document-title", "Kesepakatan pengakhiran",
                               "--document-number", "180/7/KS/2027", "--document-date", "2027-05-20", "--instrument", "pernyataan-bersama"])
        #expect(out.code == 0, "\(out.err)")
        let a = try screen.session.load(id: screen.id), b = try cli.session.load(id: cli.id)
        #expect(a.revision == b.revision)
        #expect(a.cooperation == b.cooperation)
        // A second ending is refused, and nothing is saved.
        let again = try cli.cli(["end", cli.id, "--ground", "jangka-waktu-berakhir"])
        #expect(again.code == 1)
        #expect(again.err.contains("sudah berakhir"))
        #expect(try cli.session.load(id: cli.id).revision == b.revision)
    }

    @Test func anEvaluationIsTheSameOnBothRoads() throws {
        let road = try Road()
        let before = try road.session.load(id: road.id)
        let out = try road.cli(["evaluasi", road.id, "--date", "2027-12-01", "--evaluator", "Tim evaluasi",
                                "--finding", "Halte belum lengkap", "--recommendation", "Lengkapi halte"])
        #expect(out.code == 0, "\(out.err)")
        let after = try road.session.load(id: road.id)
        #expect(after.revision == before.revision + 1)
        var expected = before.cooperation
        expected.implementation.evaluations.append(Evaluation(date: CalendarDate(year: 2027, month: 12, day: 1)!, evaluator: "Tim evaluasi",
                                                              findings: ["Halte belum lengkap"], recommendations: ["Lengkapi halte"]))
        #expect(after.cooperation == expected)
        // A renewal by `perpanjang` rests on that evaluation, as the screens' renewal does.
        let renew = try road.cli(["perpanjang", road.id, "--years", "1", "--reason", "Hasil evaluasi baik", "--date", "2027-12-05",
                                  "--number", "1/PKS", "--number", "2/PKS"])
        #expect(renew.code == 0, "\(renew.err)")
        expected.renewals = [Renewal(date: CalendarDate(year: 2027, month: 12, day: 5)!, years: 1, reason: "Hasil evaluasi baik",
                                     numbers: ["1/PKS", "2/PKS"], evaluationIndex: 0)]
        #expect(try road.session.load(id: road.id).cooperation == expected)
        // An adendum only to a naskah the rulebook lets change; a stage it does not name is refused.
        let wrong = try road.cli(["adendum", road.id, "--stage", "tidak-ada", "--reason", "x"])
        #expect(wrong.code == 1)
        #expect(wrong.err.contains("tidak dapat dipakai"), "\(wrong.err)")
        let amend = try road.cli(["adendum", road.id, "--stage", "pks", "--reason", "Penambahan koridor", "--date", "2027-12-06",
                                  "--change", "Pasal 3 diubah", "--number", "1/Add", "--number", "2/Add"])
        #expect(amend.code == 0, "\(amend.err)")
        var amendment = Amendment(stageID: "pks", reason: "Penambahan koridor", date: CalendarDate(year: 2027, month: 12, day: 6)!)
        amendment.changes = ["Pasal 3 diubah"]
        amendment.numbers = ["1/Add", "2/Add"]
        expected.amendments.append(amendment)
        #expect(try road.session.load(id: road.id).cooperation == expected)
    }

    @Test func verifyOnAnEndedCooperationSaysSignedAndEnded() throws {
        let road = try Road()
        let file = road.path("pks.txt")
        let export = try road.cli(["export", road.id, "-d", "pks", "-f", "txt", "-o", file])
        #expect(export.code == 0, "\(export.err)")
        let sign = try road.cli(["sign", road.id, "-d", "pks", "--file", file, "--acknowledge-warnings"])
        #expect(sign.code == 0, "\(sign.err)")
        let end = try road.cli(["akhiri", road.id, "--ground", "jangka-waktu-berakhir"])
        #expect(end.code == 0, "\(end.err)")
        let verify = try road.cli(["verifikasi", file, road.id])
        #expect(verify.code == 0, "\(verify.err)")
        #expect(verify.out.contains("SAMA: berkas ini adalah naskah Perjanjian Kerja Sama yang ditandatangani"), "\(verify.out)")
        #expect(verify.out.contains("kerja samanya telah berakhir (status: "), "\(verify.out)")
    }

    // MARK: Every record of the life after signing, typed in the screens and given to the CLI

    /// The screens' editor over a stored cooperation, typing as an officer does.
    struct Screen {
        var editor: CooperationEditor
        var revision: Int
        let road: Road

        init(_ road: Road) throws {
            self.road = road
            let stored = try road.session.load(id: road.id)
            let context = EditorContext(rulebook: try RulebookLoader.load(), catalogues: .shared, profile: TwoRoadsTests.profile, today: .today())
            editor = CooperationEditor(cooperation: stored.cooperation, context: context)
            revision = stored.revision
        }

        @discardableResult
        mutating func press(_ keys: Key...) -> [EditorRequest] { keys.flatMap { editor.handle(.key($0)) } }
        mutating func type(_ text: String) { for c in text { _ = editor.handle(.key(.char(c))) } }
        /// Clears a date field and types ddmmyyyy.
        mutating func date(_ digits: String) { press(.ctrl("u")); type(digits) }

        /// Moves forward to the page of the implementation stage that edits `list`.
        mutating func go(to list: ListKind) {
            for _ in 0..<12 where editor.form.currentGroup.list != list { press(.ctrl("n")) }
            #expect(editor.form.currentGroup.list == list)
        }

        var inRecord: Bool { if case .record = editor.mode { true } else { false } }

        /// Ctrl-S, saved through the screens' effects as a new revision.
        mutating func save() {
            #expect(!inRecord, "\(String(describing: editor.message))")
            let requests = press(.ctrl("s"))
            #expect(requests == [.save])
            guard case .saved(_, let rev)? = road.screen(.save(editor.cooperation, basedOn: revision)) else {
                Issue.record("screen save failed"); return
            }
            revision = rev
            editor.markSaved()
        }
    }

    /// A signed KSDD whose implementation is under way, stored the same on both roads: the
    /// cooperation as the editor opens it, so opening adds nothing either road lacks.
    static func roads() throws -> (screen: Road, cli: Road) {
        var c = CooperationFixture.bogorRaya()
        c.implementation.progress = StageProgress(status: .draft, startedOn: CalendarDate(year: 2026, month: 7, day: 1))
        let context = EditorContext(rulebook: try RulebookLoader.load(), catalogues: .shared, profile: TwoRoadsTests.profile, today: .today())
        let opened = CooperationEditor(cooperation: c, context: context).cooperation
        return (try Road(opened), try Road(opened))
    }

    /// Both stores hold the same revision with the same cooperation.
    static func same(_ screen: Screen, _ cli: Road, _ what: String) throws {
        let a = try screen.road.session.load(id: screen.road.id), b = try cli.session.load(id: cli.id)
        #expect(a.revision == b.revision, "\(what): revision")
        #expect(a.cooperation == b.cooperation, "\(what): the screens' record differs from the CLI's")
    }

    @Test func everyRecordAfterSigningIsTheSameRevisionOnBothRoads() throws {
        let (screenRoad, cli) = try Self.roads()
        var s = try Screen(screenRoad)
        let rulebook = try RulebookLoader.load()
        let service = AfterSigningService(rulebook: rulebook)
        let stored = try cli.session.load(id: cli.id).cooperation

        // Evaluasi.
        s.go(to: .evaluations)
        s.press(.char("a"))
        s.date("20112026")
        s.press(.tab)
        s.type("Tim evaluasi")
        s.press(.tab)
        s.type("Uji coba trayek berjalan")
        s.press(.ctrl("n"))
        s.type("Halte belum lengkap")
        s.press(.tab)
        s.type("Lengkapi halte")
        s.press(.escape)
        s.save()
        var out = try cli.cli(["evaluasi", cli.id, "--date", "2026-11-20", "--evaluator", "Tim evaluasi", "--summary", "Uji coba trayek berjalan",
                               "--finding", "Halte belum lengkap", "--recommendation", "Lengkapi halte"])
        #expect(out.code == 0, "\(out.err)")
        try Self.same(s, cli, "evaluasi")

        // Tindak lanjut, with its owner and deadline.
        s.go(to: .followUps)
        s.press(.char("a"))
        s.type("Menyusun jadwal trayek baru")
        s.press(.tab)
        s.type("Dinas Perhubungan Kota Bogor")
        s.press(.tab)
        s.date("31012027")
        s.press(.escape)
        s.save()
        out = try cli.cli(["tindak-lanjut", cli.id, "--action", "Menyusun jadwal trayek baru", "--owner", "Dinas Perhubungan Kota Bogor",
                           "--deadline", "2027-01-31"])
        #expect(out.code == 0, "\(out.err)")
        try Self.same(s, cli, "tindak lanjut")

        // Laporan pelaksanaan, to the addressee the rulebook gives.
        s.go(to: .reports)
        s.press(.char("a"))
        s.date("01122026")
        s.press(.tab, .tab)
        s.type("100.3.4/12-Lap/2026")
        s.press(.tab)
        s.date("15062026")
        s.press(.tab)
        s.date("30112026")
        s.press(.ctrl("n"))
        s.type("Trayek terpadu diuji pada dua koridor")
        s.press(.tab)
        s.type("Halte perbatasan belum lengkap")
        s.press(.escape)
        s.save()
        out = try cli.cli(["laporan", cli.id, "--date", "2026-12-01", "--letter-number", "100.3.4/12-Lap/2026", "--period-start", "2026-06-15",
                           "--period-end", "2026-11-30", "--summary", "Trayek terpadu diuji pada dua koridor", "--obstacle", "Halte perbatasan belum lengkap"])
        #expect(out.code == 0, "\(out.err)")
        try Self.same(s, cli, "laporan")
        #expect(try cli.session.load(id: cli.id).cooperation.implementation.reports.first?.recipient == "Gubernur Jawa Barat")

        // Telaahan TKKSD of the stage the screens offer first: the first one the rulebook has it
        // review that has no review yet.
        let points = stored.tkksdReviewPoints(rulebook: rulebook)
        let stage = try #require((points.first { $0.review == nil } ?? points.first)?.stage.id)
        s.go(to: .tkksdReviews)
        s.press(.char("a"), .tab)
        s.date("25112026")
        s.press(.tab)
        s.type("Dilanjutkan dengan perpanjangan")
        s.press(.tab, .char("y"), .ctrl("n"))
        s.type("Rekomendasi TKKSD")
        s.press(.tab)
        s.type("100.3.4/25-TKKSD/2026")
        s.press(.tab)
        s.date("25112026")
        s.press(.escape)
        s.save()
        out = try cli.cli(["telaah", cli.id, "--stage", stage, "--date", "2026-11-25", "--recommendation", "Dilanjutkan dengan perpanjangan",
                           "--recommended", "--document-title", "Rekomendasi TKKSD", "--document-number", "100.3.4/25-TKKSD/2026",
                           "--document-date", "2026-11-25"])
        #expect(out.code == 0, "\(out.err)")
        try Self.same(s, cli, "telaahan TKKSD")

        // Perpanjangan, resting on the latest evaluation.
        s.go(to: .renewals)
        s.press(.char("a"))
        s.date("02122026")
        s.press(.tab, .tab)
        s.type("Hasil evaluasi baik")
        s.press(.ctrl("n"))
        s.type("100.3.4/30-PKS/2026")
        s.press(.tab)
        s.type("100.3.4/31-PKS/2026")
        s.press(.escape)
        s.save()
        out = try cli.cli(["perpanjang", cli.id, "--years", "1", "--reason", "Hasil evaluasi baik", "--date", "2026-12-02",
                           "--number", "100.3.4/30-PKS/2026", "--number", "100.3.4/31-PKS/2026"])
        #expect(out.code == 0, "\(out.err)")
        try Self.same(s, cli, "perpanjangan")

        // Adendum to the naskah the screens offer first (the last the rulebook lets change).
        let amendable = try #require(service.amendableStages(stored).last?.id)
        s.go(to: .amendments)
        s.press(.char("a"), .tab)
        s.date("03122026")
        s.press(.tab)
        s.type("Penambahan koridor Ciawi")
        s.press(.tab)
        s.type("Pasal 3 ayat (1) ditambah koridor Ciawi")
        s.press(.ctrl("n"))
        s.type("100.3.4/35-Add/2026")
        s.press(.tab)
        s.type("100.3.4/36-Add/2026")
        s.press(.escape)
        s.save()
        out = try cli.cli(["adendum", cli.id, "--stage", amendable, "--reason", "Penambahan koridor Ciawi", "--date", "2026-12-03",
                           "--change", "Pasal 3 ayat (1) ditambah koridor Ciawi", "--number", "100.3.4/35-Add/2026", "--number", "100.3.4/36-Add/2026"])
        #expect(out.code == 0, "\(out.err)")
        try Self.same(s, cli, "adendum")
        #expect(try cli.session.load(id: cli.id).revision == 7)
    }

    @Test func aRefusalOnTheScreensIsTheServicesReason() throws {
        let (screenRoad, cli) = try Self.roads()
        var s = try Screen(screenRoad)
        s.go(to: .evaluations)
        s.press(.char("a"), .tab)
        s.type("Tim evaluasi")
        s.press(.escape)
        #expect(s.editor.cooperation.implementation.evaluations.count == 1)
        // A follow-up without an owner or a deadline: the form stays, with the service's reason.
        s.go(to: .followUps)
        s.press(.char("a"))
        s.type("Menyusun jadwal")
        s.press(.escape)
        #expect(s.inRecord)
        let reason = s.editor.message?.text ?? ""
        #expect(reason.contains("belum memiliki penanggung jawab"), "\(reason)")
        // Ctrl-S saves nothing while the record is refused.
        #expect(s.press(.ctrl("s")) == [])
        // The same answers on the other road give the same reason.
        _ = try cli.cli(["evaluasi", cli.id, "--evaluator", "Tim evaluasi"])
        let refused = try cli.cli(["tindak-lanjut", cli.id, "--action", "Menyusun jadwal", "--owner", "", "--deadline", "2027-01-31"])
        #expect(refused.code == 1)
        #expect(refused.err.contains("belum memiliki penanggung jawab"), "\(refused.err)")
        // Filled in, it is recorded.
        s.press(.tab)
        s.type("Dinas Perhubungan")
        s.press(.tab)
        s.date("31012027")
        s.press(.escape)
        #expect(!s.inRecord)
        #expect(s.editor.cooperation.implementation.evaluations[0].followUps.map(\.owner) == ["Dinas Perhubungan"])
        // A second Esc after a refusal puts the list back as it was.
        s.press(.char("a"))
        s.type("Tanpa penanggung jawab")
        s.press(.escape)
        #expect(s.inRecord)
        s.press(.escape)
        #expect(!s.inRecord)
        #expect(s.editor.cooperation.implementation.evaluations[0].followUps.count == 1)
        #expect(s.editor.message?.text.contains("tidak dicatat") == true)
    }
}
