import Foundation
@testable import MufakatApp
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import Testing

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
}
