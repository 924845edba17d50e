import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import Testing

/// Issue 14 part 4 on the command line: `tindak-lanjut`, `laporan` and `telaah` record through
/// the after-signing service, with exit codes 0 (recorded), 1 (refused) and 2 (unusable input),
/// and a refusal leaves the store as it was.
@Suite(.serialized) struct AfterSigningCLITests {
    typealias Road = TwoRoadsTests.Road

    static func unsigned() -> Cooperation {
        var c = CooperationFixture.bogorRaya()
        c.agreement.progress.status = .draft
        c.memorandum.progress.status = .draft
        return c
    }

    @Test func aFollowUpJoinsAnEvaluationWithItsOwnerAndDeadline() throws {
        let road = try Road()
        // No evaluation yet: refused, nothing saved.
        let before = try road.session.load(id: road.id).revision
        var out = try road.cli(["tindak-lanjut", road.id, "--action", "Lengkapi halte", "--owner", "Dinas Perhubungan", "--deadline", "2027-01-31"])
        #expect(out.code == 1)
        #expect(out.err.contains("belum memiliki evaluasi"), "\(out.err)")
        #expect(try road.session.load(id: road.id).revision == before)
        // The owner and the deadline are asked by the command itself.
        out = try road.cli(["follow-up", road.id, "--action", "Lengkapi halte"])
        #expect(out.code == 2)
        // A date that is not a date.
        out = try road.cli(["follow-up", road.id, "--action", "Lengkapi halte", "--owner", "Dinas", "--deadline", "31-01-2027"])
        #expect(out.code == 2)
        #expect(out.err.contains("TTTT-BB-HH"), "\(out.err)")
        // Two evaluations; the follow-up joins the first one when asked, the latest otherwise.
        #expect(try road.cli(["evaluasi", road.id, "--date", "2026-09-10", "--evaluator", "Tim"]).code == 0)
        #expect(try road.cli(["evaluasi", road.id, "--date", "2026-11-20", "--evaluator", "Tim"]).code == 0)
        out = try road.cli(["tindak-lanjut", road.id, "--action", "Lengkapi halte", "--owner", "Dinas Perhubungan", "--deadline", "2027-01-31",
                            "--evaluation", "1"])
        #expect(out.code == 0, "\(out.err)")
        #expect(out.out.contains("Tindak lanjut evaluasi kerja sama 'ks-bogor-raya-2026' dicatat pada revisi"), "\(out.out)")
        out = try road.cli(["follow-up", road.id, "--action", "Susun jadwal", "--owner", "Dinas Perhubungan", "--deadline", "2027-02-28",
                            "--completed", "2027-02-20"])
        #expect(out.code == 0, "\(out.err)")
        let e = try road.session.load(id: road.id).cooperation.implementation.evaluations
        #expect(e[0].followUps == [EvaluationFollowUp(action: "Lengkapi halte", owner: "Dinas Perhubungan", deadline: CalendarDate(year: 2027, month: 1, day: 31))])
        #expect(e[1].followUps.map(\.completedOn) == [CalendarDate(year: 2027, month: 2, day: 20)])
        // An empty owner is refused with the rulebook's reason, never with a field path.
        out = try road.cli(["follow-up", road.id, "--action", "Tanpa pemilik", "--owner", " ", "--deadline", "2027-02-28"])
        #expect(out.code == 1)
        #expect(out.err.contains("belum memiliki penanggung jawab"), "\(out.err)")
        #expect(!out.err.contains("implementation."), "\(out.err)")
        out = try road.cli(["follow-up", road.id, "--action", "x", "--owner", "y", "--deadline", "2027-02-28", "--evaluation", "0"])
        #expect(out.code == 2)
    }

    @Test func aReportGoesToTheGovernorUnlessToldOtherwise() throws {
        let road = try Road()
        var out = try road.cli(["laporan", road.id, "--date", "2026-12-01", "--letter-number", "100.3.4/12-Lap/2026",
                                "--period-start", "2026-06-15", "--period-end", "2026-11-30", "--summary", "Diuji pada dua koridor",
                                "--obstacle", "Halte belum lengkap", "--obstacle", "Jadwal belum tetap"])
        #expect(out.code == 0, "\(out.err)")
        #expect(out.out.contains("Laporan pelaksanaan kerja sama"), "\(out.out)")
        var reports = try road.session.load(id: road.id).cooperation.implementation.reports
        #expect(reports.first == Report(date: CalendarDate(year: 2026, month: 12, day: 1)!, recipient: "Gubernur Jawa Barat",
                                        summary: "Diuji pada dua koridor", periodStart: CalendarDate(year: 2026, month: 6, day: 15),
                                        periodEnd: CalendarDate(year: 2026, month: 11, day: 30), letterNumber: "100.3.4/12-Lap/2026",
                                        obstacles: ["Halte belum lengkap", "Jadwal belum tetap"]))
        // The report's naskah exports from what was recorded.
        let file = road.path("laporan.md")
        #expect(try road.cli(["export", road.id, "-d", "laporan", "-f", "md", "-o", file, "--draft"]).code == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("100.3.4/12-Lap/2026"))
        out = try road.cli(["report", road.id, "--recipient", "Menteri Dalam Negeri"])
        #expect(out.code == 0, "\(out.err)")
        reports = try road.session.load(id: road.id).cooperation.implementation.reports
        #expect(reports.count == 2)
        #expect(reports.last?.recipient == "Menteri Dalam Negeri")
        #expect(reports.last?.date == .today())

        // Not signed yet: refused.
        let draft = try Road(Self.unsigned())
        out = try draft.cli(["laporan", draft.id, "--summary", "x"])
        #expect(out.code == 1)
        #expect(out.err.contains("belum ditandatangani"), "\(out.err)")
        out = try road.cli(["laporan", "tidak-ada", "--summary", "x"])
        #expect(out.code != 0)
    }

    @Test func aTKKSDReviewTakesAStageTheRulebookNames() throws {
        let road = try Road()
        let c = try road.session.load(id: road.id).cooperation
        let stages = c.tkksdReviewPoints(rulebook: try RulebookLoader.load()).map(\.stage.id)
        let stage = try #require(stages.first)
        var out = try road.cli(["telaah", road.id, "--stage", "tidak-ada", "--recommendation", "Lanjut"])
        #expect(out.code == 1)
        #expect(out.err.contains("tidak dapat dipakai"), "\(out.err)")
        #expect(out.err.contains(stage), "the stages it can take are named: \(out.err)")
        out = try road.cli(["review", road.id, "--stage", stage, "--recommendation", "Tidak dilanjutkan", "--no-recommended",
                            "--date", "2026-03-02", "--document-title", "Berita acara rapat TKKSD", "--document-number", "BA/1/TKKSD",
                            "--document-date", "2026-03-02"])
        #expect(out.code == 0, "\(out.err)")
        #expect(out.out.contains("Telaahan TKKSD kerja sama"), "\(out.out)")
        out = try road.cli(["telaah", road.id, "--stage", stage, "--recommendation", "Lanjut"])
        #expect(out.code == 0, "\(out.err)")
        let reviews = try road.session.load(id: road.id).cooperation.tkksdReviews ?? []
        #expect(reviews.first == TKKSDReview(stageID: stage, date: CalendarDate(year: 2026, month: 3, day: 2), recommendation: "Tidak dilanjutkan",
                                             recommended: false, document: RegisteredDocument(number: "BA/1/TKKSD", date: CalendarDate(year: 2026, month: 3, day: 2),
                                                                                              title: "Berita acara rapat TKKSD")))
        #expect(reviews.last?.recommended == nil)
        #expect(reviews.last?.document == nil)
        // Missing the recommendation is unusable input.
        #expect(try road.cli(["telaah", road.id, "--stage", stage]).code == 2)
    }

    @Test func theHelpIsIndonesian() throws {
        let road = try Road()
        for command in ["tindak-lanjut", "laporan", "telaah"] {
            let out = try road.cli([command, "--help"])
            #expect(out.code == 0)
            #expect(out.out.contains("PENGGUNAAN:") && out.out.contains("Kode keluar"), "\(command): \(out.out)")
            #expect(!out.out.contains("OPTIONS:"))
        }
    }
}
