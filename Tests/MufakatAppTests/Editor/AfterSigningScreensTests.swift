import Foundation
import MufakatDocuments
import MufakatDomain
import Testing
import TerminalUI
@testable import MufakatApp

/// Issue 14, the life after signing in the screens: follow-ups with an owner and a deadline,
/// renewals, the ending with its ground from the rulebook, and the naskah the stage exports.
@Suite struct AfterSigningScreensTests {
    func driver() -> EditorDriver {
        var c = EditorFixture.bogorRaya()
        c.implementation.progress = StageProgress(status: .draft)
        return EditorSnapshotTests.at("pelaksanaan", c, width: 80, height: 24)
    }

    /// Moves to the page of the implementation stage that edits `list`.
    func go(_ d: inout EditorDriver, to list: ListKind) {
        for _ in 0..<12 where d.editor.form.currentGroup.list != list { d.press(.ctrl("n")) }
    }

    @Test func aFollowUpNeedsAnEvaluationAndJoinsTheLatest() {
        var d = driver()
        go(&d, to: .followUps)
        #expect(d.editor.form.currentGroup.list == .followUps)
        d.press(.char("a"))
        #expect(d.text.contains("Tindak lanjut mengikuti evaluasi"))
        #expect(d.editor.cooperation.implementation.evaluations.isEmpty)
        d.press(.ctrl("p"))
        #expect(d.editor.form.currentGroup.list == .evaluations)
        d.press(.char("a"), .tab)
        d.type("Tim evaluasi")
        d.press(.ctrl("n"))
        d.type("Halte belum lengkap")
        d.press(.tab)
        d.type("Lengkapi halte")
        d.press(.escape)
        let e = d.editor.cooperation.implementation.evaluations
        #expect(e.count == 1)
        #expect(e.first?.findings == ["Halte belum lengkap"])
        #expect(e.first?.recommendations == ["Lengkapi halte"])
        go(&d, to: .followUps)
        d.press(.char("a"))
        d.type("Pembangunan halte")
        d.press(.tab)
        d.type("Dinas Perhubungan")
        d.press(.tab)
        d.type("01062026")
        d.press(.escape)
        let f = d.editor.cooperation.implementation.evaluations.first?.followUps
        #expect(f == [EvaluationFollowUp(action: "Pembangunan halte", owner: "Dinas Perhubungan", deadline: CalendarDate(year: 2026, month: 6, day: 1))])
        #expect(d.text.contains("Pembangunan halte"))
    }

    @Test func aRenewalExtendsTheTermAndAnEndingEndsIt() {
        var d = driver()
        let before = d.editor.cooperation.renewedExpiryDate
        go(&d, to: .renewals)
        d.press(.char("a"), .tab, .tab)
        d.type("Hasil evaluasi baik")
        d.press(.ctrl("n"))
        d.type("551/9/PKS/2026")
        d.press(.escape)
        let c = d.editor.cooperation
        #expect(c.renewals?.count == 1)
        #expect(c.renewals?.first?.years == 1)
        #expect(c.renewals?.first?.numbers == ["551/9/PKS/2026"])
        #expect(c.renewedExpiryDate == before.map { $0.adding(days: 1).adding(years: 1).adding(days: -1) })
        // The ending: the grounds come from the rulebook; the first one after "Belum berakhir".
        for _ in 0..<12 where d.editor.form.currentGroup.title != "Pengakhiran kerja sama" { d.press(.ctrl("n")) }
        #expect(d.editor.form.currentGroup.title == "Pengakhiran kerja sama")
        #expect(d.editor.cooperation.ended == nil)
        d.press(.right, .right, .right)
        #expect(d.editor.cooperation.ended?.ground == .mutualAgreement)
        #expect(d.editor.cooperation.ended?.date == EditorFixture.today)
        // The date the ground brought shows in its field at once, as it is saved.
        #expect(d.editor.form.widget("ended.date")?.answer(kind: .date) == .date(EditorFixture.today))
        #expect(d.editor.cooperation.status(on: EditorFixture.today) == .ended)
        // Without its supporting document the ending is a finding, with its basis.
        #expect(d.editor.analysis.findings.contains { $0.path == "ended.supportingDocument" })
        // "Belum berakhir" takes the record away again.
        d.press(.left, .left, .left)
        #expect(d.editor.cooperation.ended == nil)
    }

    @Test func theStageExportsTheNaskahOfWhatIsRecorded() {
        var c = EditorFixture.bogorRaya()
        #expect(AfterSigningScreens.documents(c) == [.ringkasan])
        c.implementation.reports = [Report(date: EditorFixture.today)]
        c.renewals = [Renewal(date: EditorFixture.today, years: 1)]
        c.ended = EndRecord(ground: .purposeAchieved, date: EditorFixture.today)
        #expect(AfterSigningScreens.documents(c) == [.ringkasan, .laporan, .perpanjangan, .pengakhiran])
        var d = EditorSnapshotTests.at("pelaksanaan", c, width: 80, height: 24)
        d.press(.ctrl("r"), .char("e"))
        #expect(d.text.contains("Ekspor naskah"))
        let out = d.press(.right, .right, .right, .enter, .enter)
        #expect(out.contains { if case .export(.pengakhiran, _) = $0 { true } else { false } })
    }

    /// One road: deleting an evaluation goes through the service, so a renewal resting on a later
    /// evaluation still cites the same one, and one resting on the deleted evaluation cites none.
    @Test func deletingAnEvaluationKeepsTheRenewalsCitationRight() {
        var c = EditorFixture.bogorRaya()
        c.implementation.progress = StageProgress(status: .draft)
        c.implementation.evaluations = [Evaluation(date: EditorFixture.today, evaluator: "Pertama"),
                                        Evaluation(date: EditorFixture.today, evaluator: "Kedua")]
        c.renewals = [Renewal(date: EditorFixture.today, years: 1, reason: "Baik", evaluationIndex: 1)]
        var d = EditorSnapshotTests.at("pelaksanaan", c, width: 80, height: 24)
        go(&d, to: .evaluations)
        d.press(.char("h"), .char("y"))
        #expect(d.editor.cooperation.implementation.evaluations.map(\.evaluator) == ["Kedua"])
        #expect(d.editor.cooperation.renewals?.first?.evaluationIndex == 0)
        d.press(.char("h"), .char("y"))
        #expect(d.editor.cooperation.implementation.evaluations.isEmpty)
        #expect(d.editor.cooperation.renewals?.first?.evaluationIndex == nil)
    }

    /// An existing record edited into one the service refuses keeps its form open with the
    /// service's reason; a second Esc puts the record back as it was.
    @Test func anEditTheServiceRefusesCanBeTakenBack() {
        var c = EditorFixture.bogorRaya()
        c.implementation.progress = StageProgress(status: .draft)
        let followUp = EvaluationFollowUp(action: "Pembangunan halte", owner: "Dinas Perhubungan", deadline: EditorFixture.today)
        c.implementation.evaluations = [Evaluation(date: EditorFixture.today, evaluator: "Tim", followUps: [followUp])]
        var d = EditorSnapshotTests.at("pelaksanaan", c, width: 80, height: 24)
        go(&d, to: .followUps)
        d.press(.enter, .tab, .ctrl("u"), .escape)
        #expect(d.editor.message?.text.contains("belum memiliki penanggung jawab") == true)
        #expect(d.editor.message?.text.contains("Esc sekali lagi") == true)
        if case .record = d.editor.mode {} else { Issue.record("the form closed on a refusal") }
        d.press(.escape)
        if case .form = d.editor.mode {} else { Issue.record("a second Esc did not close the form") }
        #expect(d.editor.cooperation.implementation.evaluations[0].followUps == [followUp])
    }

    /// The evaluations page says the count the PKS promises, which the records are checked against.
    @Test func theEvaluationsPageSaysTheCountThePKSPromises() {
        var c = EditorFixture.bogorRaya()
        c.implementation.progress = StageProgress(status: .draft)
        c.agreement.evaluationsPerYear = 4
        var d = EditorSnapshotTests.at("pelaksanaan", c, width: 80, height: 24)
        go(&d, to: .evaluations)
        #expect(d.text.contains("Paling sedikit 4 kali"), "\(d.text)")
    }
}
