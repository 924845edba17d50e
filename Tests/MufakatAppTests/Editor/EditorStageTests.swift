import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatStore
@testable import MufakatApp

/// The stages' own screens: which questions each asks, and that answers land where the rulebook looks.
@Suite struct EditorStageTests {
    @Test func everyRequiredFieldOfTheRulebookHasAQuestion() {
        // A required path without a field would block a stage with nothing to fill in.
        let rulebook = EditorFixture.rulebook
        for kind in [CooperationKind.ksddSukarela, .ksdpk, .notaKesepakatan] {
            var c = EditorFixture.bogorRaya()
            c.kind = kind
            let d = EditorDriver(c)
            for stage in d.editor.stages {
                let ids = StageScreens.groups(for: stage.section, stageID: stage.id, cooperation: c, context: EditorFixture.context)
                    .flatMap { g in g.fields.map(\.id) + (g.list.map { [$0.path] } ?? []) }
                for field in stage.requiredFields where field.applies(to: kind) {
                    let path = Workflow.absolutePath(field.path, section: stage.section, stageID: stage.id)
                    #expect(EditorAnalysis.field(for: path, in: ids) != nil || ids.contains(path),
                            "\(kind.rawValue)/\(stage.id): no question for required \(path)")
                }
            }
            _ = rulebook
        }
    }

    /// Walked as Gresik: the company's investment line asked for an APBD planning code, and the
    /// PKS showed "Tidak ada" exception for the 25 years the KAK had put under the water exception.
    @Test func aCompanysLineHasNoPlanningCodeAndThePKSKeepsTheException() {
        var c = EditorFixture.bogorRaya()
        c.kind = .ksdpk
        c.parties[1] = Party(type: .thirdParty, name: "Perumda Air Minum Giri Tirta")
        c.financing.lines = [FinancingLine(budgetYear: 2026, partyIndex: 0, amount: Rupiah(1_000)!, source: .apbd),
                             FinancingLine(budgetYear: 2026, partyIndex: 1, amount: Rupiah(1_000)!, source: .pihakKetiga)]
        let ids = { (i: Int) in ListKind.financing.recordGroups(i, cooperation: c, context: EditorFixture.context).flatMap { $0.fields.map(\.id) } }
        #expect(ids(0).contains("financing.lines[0].planningCode"))
        #expect(ids(0).contains("financing.lines[0].budgeted"))
        #expect(!ids(1).contains("financing.lines[1].planningCode"))
        #expect(!ids(1).contains("financing.lines[1].budgeted"))
        // Nor is it listed as "in the APBD" (it said "ya", copied from the region's line).
        c.financing.lines[1].budgeted = true
        #expect(ListKind.financing.rows(c)[1][4] == "-")
        #expect(ListKind.financing.rows(c)[0][4] == "tidak")
        c.proposal.durationExceptionID = "air-minum"
        c.proposal.durationExceptionReason = "Masa pengembalian investasi."
        Prefill.stage(.agreement, &c, context: EditorFixture.context)
        #expect(c.agreement.durationExceptionID == "air-minum")
        #expect(c.agreement.durationExceptionReason == "Masa pengembalian investasi.")
        // An officer's own choice stays.
        c.agreement.durationExceptionID = "lain"
        Prefill.stage(.agreement, &c, context: EditorFixture.context)
        #expect(c.agreement.durationExceptionID == "lain")
    }

    @Test func aNotaKesepakatanHasOnlyItsOwnStages() {
        var c = EditorFixture.fresh()
        c.kind = .notaKesepakatan
        let d = EditorDriver(c)
        #expect(d.editor.stages.map(\.id) == ["usulan", "nota", "pembiayaan", "pelaksanaan"])
        #expect(!d.text.contains("Penawaran"))
    }

    /// Walked as Jawa Barat with Kementerian Kesehatan: a Nota neither asks the DPRD question (it
    /// has no DPRD stage) nor a free-text funding source prefilled "APBD masing-masing pihak" (each
    /// party's source comes from the rencana aksi; a ministry's is the APBN), and names its own document.
    @Test func aNotaAsksOnlyWhatAppliesToANota() {
        var c = EditorFixture.bogorRaya()
        c.kind = .notaKesepakatan
        let context = EditorFixture.context
        let proposal = StageScreens.groups(for: .proposal, stageID: "usulan", cooperation: c, context: context)
        #expect(!proposal.flatMap { $0.fields.map(\.id) }.contains("burdensPublic"))
        #expect(!proposal.compactMap(\.note).contains { $0.contains("Perjanjian Kerja Sama") })
        let nota = StageScreens.groups(for: .memorandum, stageID: "nota", cooperation: c, context: context)
        #expect(!nota.flatMap { $0.fields.map(\.id) }.contains("memorandum.fundingSource"))
        #expect(!nota.flatMap { $0.fields.map(\.id) }.contains("burdensPublic"))
        c.memorandum.fundingSource = ""
        Prefill.stage(.memorandum, &c, context: context)
        #expect(c.memorandum.fundingSource.isEmpty)
        let financing = StageScreens.groups(for: .financing, stageID: "pembiayaan", cooperation: c, context: context)
        #expect(!financing.flatMap { $0.fields.map(\.id) }.contains("financing.resultsHandling"))
        // A KSDD still asks both, the DPRD question at the KB where the money is first known.
        var k = EditorFixture.bogorRaya()
        k.kind = .ksddSukarela
        #expect(StageScreens.groups(for: .memorandum, stageID: "kb", cooperation: k, context: context).flatMap { $0.fields.map(\.id) }.contains("burdensPublic"))
        k.memorandum.fundingSource = ""
        Prefill.stage(.memorandum, &k, context: context)
        #expect(!k.memorandum.fundingSource.isEmpty)
    }

    /// The Nota's signing form says "Nota Kesepakatan" and asks the ministry for its minister, not a head of region.
    @Test func aNotaIsSignedAsANotaByTheMinister() {
        var c = EditorFixture.bogorRaya()
        c.kind = .notaKesepakatan
        c.parties[1] = Party(type: .ministry, name: "Kementerian Kesehatan")
        let groups = SigningScreens.groups(for: .memorandum, cooperation: c)
        #expect(groups.first?.note?.hasPrefix("Nota Kesepakatan dibekukan") == true, "\(String(describing: groups.first?.note))")
        let help = groups.flatMap(\.fields).filter { $0.id == "memorandum.signing.signatories[1].person.title" }.map(\.help)
        #expect(help.first?.contains("Menteri") == true, "\(help)")
        // Its review, export and fingerprint use the Nota itself (the walk warned "tidak dapat
        // disusun untuk sidik jari" although the Nota was exported).
        #expect(CooperationEditor.document(for: .memorandum, of: .notaKesepakatan) == .nota)
        #expect(CooperationEditor.document(for: .memorandum, of: .ksddSukarela) == .kb)
    }

    /// Walked as Gresik with its water company: the findings asked for the company's offer
    /// letter and a sector exception "pada isian jangka waktu KAK", and the sub-affair that
    /// decides the water exception could not be changed after creation; no screen had them.
    /// The form is the Pasal 15 choice only (no second, free-text "bentuk").
    @Test func aKSDPKAsksWhatItsFindingsPointTo() {
        var c = EditorFixture.bogorRaya()
        c.kind = .ksdpk
        c.affairCode = "1.03"
        let ids = StageScreens.groups(for: .proposal, stageID: "usulan", cooperation: c, context: EditorFixture.context).flatMap { $0.fields.map(\.id) }
        for id in ["proposal.incomingOffer.number", "proposal.incomingOffer.date", "subAffairID",
                   "proposal.durationExceptionID", "proposal.durationExceptionReason", "proposal.formID"] {
            #expect(ids.contains(id), "\(id)")
        }
        #expect(!ids.contains("proposal.form"))
        // The sub-affair field sets the cooperation's sub-affair.
        let field = try! #require(StageScreens.groups(for: .proposal, stageID: "usulan", cooperation: c, context: EditorFixture.context)
            .flatMap(\.fields).first { $0.id == "subAffairID" })
        guard case .choice(let options) = field.kind, let water = options.firstIndex(where: { $0.hasPrefix("Air Minum (Kab/Kota)") }) else {
            Issue.record("no water sub-affair option"); return
        }
        field.set(&c, .choice(water))
        #expect(c.subAffairID == "air-minum-kabkota")
    }

    /// Walked as Surabaya with Kitakyushu: each guided step asked one free-text line, so no
    /// registered document (number, date, title) was recorded and the DPRD's 45 working days
    /// could not count from the day it received the request.
    @Test func aGuidedForeignStepRecordsRegisteredDocumentsAndDates() {
        var c = EditorFixture.bogorRaya()
        c.kind = .ksdpl
        c.parties[1] = Party(type: .foreign, name: "Kota Kitakyushu, Jepang")
        let groups = StageScreens.groups(for: .custom, stageID: "ln-dprd", cooperation: c, context: EditorFixture.context)
        let fields = groups.flatMap(\.fields)
        let ids = fields.map(\.id)
        #expect(ids.contains("customStages.ln-dprd.progress.startedOn"))
        #expect(ids.contains("customStages.ln-dprd.documents[0].number") && ids.contains("customStages.ln-dprd.documents[1].date"))
        let day = CalendarDate(year: 2026, month: 3, day: 2)!
        fields.first { $0.id == "customStages.ln-dprd.progress.startedOn" }?.set(&c, .date(day))
        fields.first { $0.id == "customStages.ln-dprd.documents[0].number" }?.set(&c, .text("170/45/DPRD/2026"))
        fields.first { $0.id == "customStages.ln-dprd.documents[0].date" }?.set(&c, .date(day))
        #expect(c.customStages["ln-dprd"]?.progress.startedOn == day)
        #expect(c.customStages["ln-dprd"]?.documents?.first?.number == "170/45/DPRD/2026")
        #expect(c.customStages["ln-dprd"]?.documents?.count == 1)
        // Opening that step does not put today where the DPRD's receipt date goes.
        var k = EditorFixture.fresh()
        k.kind = .ksdpl
        k.parties = [k.parties[0], Party(type: .foreign, name: "Kota Kitakyushu, Jepang")]
        for id in ["ln-prakarsa", "ln-penjajakan", "ln-surat-minat", "ln-rencana-kerja-sama"] {
            k.customStages[id] = CustomStage(progress: StageProgress(status: .done), documents: [RegisteredDocument(number: "1", date: day)])
        }
        var d = EditorDriver(k)
        let index = d.editor.stages.firstIndex { $0.id == "ln-dprd" }!
        d.press(.ctrl("t"))
        for _ in 0..<(index - d.editor.stageIndex) { d.press(.down) }
        d.press(.enter)
        #expect(d.editor.currentStage?.id == "ln-dprd")
        #expect(d.editor.cooperation.customStages["ln-dprd"]?.progress.startedOn == nil)
    }

    @Test func aKSDPKAsksForTheFeasibilityStudy() {
        var c = EditorFixture.fresh()
        c.kind = .ksdpk
        let d = EditorDriver(c)
        #expect(d.editor.form.groups.contains { $0.title == "Studi kelayakan" })
        let plain = EditorDriver(EditorFixture.fresh())
        #expect(!plain.editor.form.groups.contains { $0.title == "Studi kelayakan" })
    }

    @Test func theOfferReusesTheHeadOfRegionAndFillsTheAnswerDeadline() {
        var c = EditorFixture.fresh()
        c.proposal = EditorFixture.bogorRaya().proposal
        var d = EditorDriver(c)
        #expect(d.editor.currentStage?.id == "penawaran")
        #expect(d.editor.cooperation.offer.signer.title == "Wali Kota Bogor")
        #expect(d.editor.cooperation.offer.addressee == "Bupati Bogor")
        d.type("100/1-Tapem")
        d.press(.tab)
        d.type("02022026")
        // 30 days from the rulebook's offer_response_days.
        #expect(d.editor.cooperation.offer.responseDeadline == DomainDate(year: 2026, month: 3, day: 4))
    }

    @Test func theKBWaitsForTheOfferToBeDoneAndAccepted() {
        var c = EditorFixture.offerAccepted()
        c.offer.response = .pending
        c.offer.progress = StageProgress(status: .draft)
        var d = EditorDriver(c)
        #expect(d.editor.currentStage?.id == "penawaran")
        d.press(.ctrl("n"), .ctrl("n"), .ctrl("n"))
        #expect(d.editor.form.currentGroup.title == "Jawaban mitra")
        d.press(.right)
        #expect(d.editor.cooperation.offer.response == .accepted)
        guard case .blocked(let reason) = d.editor.analysis.stage("kb")!.state else { Issue.record("KB waits for the offer stage"); return }
        #expect(reason.contains("Penawaran"))
        d.press(.ctrl("r"), .char("t"), .char("y"))
        #expect(d.editor.cooperation.offer.progress.status == .done)
        if case .blocked = d.editor.analysis.stage("kb")!.state { Issue.record("KB may start once the offer is done and accepted") }
        // Done but declined: the KB stays blocked, and says why.
        var declined = EditorFixture.offerAccepted()
        declined.offer.response = .declined
        let e = EditorDriver(declined)
        guard case .blocked = e.editor.analysis.stage("kb")!.state else { Issue.record("a declined offer blocks the KB"); return }
    }

    @Test func councilApprovalAsksOnePerRegionParty() {
        var c = EditorFixture.financingDone()
        c.burdensPublic = true
        var d = EditorSnapshotTests.at("dprd", c, width: 80, height: 24)
        #expect(d.editor.cooperation.councilApproval.approvals.map(\.partyIndex) == [0, 1])
        #expect(d.editor.form.groups.count == 2)
        d.type("170/12-DPRD")
        #expect(d.editor.cooperation.councilApproval.approvals[0].requestLetterNumber == "170/12-DPRD")
        #expect(d.text.contains("Diperlukan karena"))
    }

    @Test func kbConsiderationsComeFromTheProposal() {
        let d = EditorDriver(EditorFixture.offerAccepted())
        let p = EditorFixture.offerAccepted().proposal
        #expect(d.editor.cooperation.memorandum.considerations.count == 2)
        #expect(d.editor.cooperation.memorandum.considerations[0].hasPrefix("bahwa "))
        #expect(d.editor.cooperation.memorandum.considerations[0].lowercased().contains(p.background.lowercased().trimmingCharacters(in: .punctuationCharacters).prefix(20)))
        #expect(Prefill.clause("Kota Bogor dan Kabupaten Bogor berbatasan.") == "Kota Bogor dan Kabupaten Bogor berbatasan")
        #expect(Prefill.clause("Menyelenggarakan angkutan terpadu.\n") == "menyelenggarakan angkutan terpadu")
        #expect(Prefill.clause("APBD terbatas;") == "APBD terbatas")
        #expect(Prefill.clause("bahwa layanan belum terpadu") == "layanan belum terpadu")
        #expect(Prefill.considerations(from: ProposalStage()).isEmpty)
        // An officer's own menimbang is kept.
        var own = EditorFixture.offerAccepted()
        own.memorandum.considerations = ["bahwa milik petugas"]
        #expect(EditorDriver(own).editor.cooperation.memorandum.considerations == ["bahwa milik petugas"])
    }

    @Test func articlesArePrefilledEditableAndCanBeAddedAndRemoved() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        let count = d.editor.cooperation.memorandum.articles.count
        #expect(count > 0)
        #expect(d.editor.cooperation.memorandum.articles[0].heading == "Maksud dan Tujuan")
        d.press(.ctrl("n"))
        #expect(d.editor.form.currentGroup.title == "Pasal 1 dari \(count)")
        d.press(.ctrl("u"))
        d.type("MAKSUD, TUJUAN DAN SASARAN")
        #expect(d.editor.cooperation.memorandum.articles[0].heading == "MAKSUD, TUJUAN DAN SASARAN")
        d.press(.alt("t"))
        #expect(d.editor.cooperation.memorandum.articles.count == count + 1)
        #expect(d.editor.form.currentGroup.title == "Pasal 2 dari \(count + 1)")
        d.type("KERAHASIAAN")
        d.press(.tab)
        d.type("PARA PIHAK menjaga kerahasiaan data.")
        #expect(d.editor.cooperation.memorandum.articles[1].paragraphs == ["PARA PIHAK menjaga kerahasiaan data."])
        d.press(.alt("h"))
        #expect(d.editor.cooperation.memorandum.articles.count == count)
        #expect(!d.editor.cooperation.memorandum.articles.contains { $0.heading == "KERAHASIAAN" })
    }

    @Test func milestonesEvaluationsAndReportsAreLists() {
        var c = EditorFixture.bogorRaya()
        c.implementation.progress = StageProgress(status: .draft)
        var d = EditorSnapshotTests.at("pelaksanaan", c, width: 80, height: 24)
        d.press(.char("a"))
        d.type("Trayek terpadu beroperasi")
        d.press(.tab)
        d.type("01032027")
        d.press(.escape)
        #expect(d.editor.cooperation.implementation.milestones.map(\.title) == ["Trayek terpadu beroperasi"])
        d.press(.ctrl("n"))
        #expect(d.editor.form.currentGroup.list == .evaluations)
        d.press(.char("a"), .tab)
        d.type("Tim evaluasi")
        d.press(.escape)
        #expect(d.editor.cooperation.implementation.evaluations.first?.date == EditorFixture.today)
        d.press(.ctrl("n"))
        #expect(d.editor.form.currentGroup.list == .followUps)
        d.press(.ctrl("n"))
        #expect(d.editor.form.currentGroup.list == .reports)
        d.press(.char("a"), .escape)
        // A new report untouched is not kept; its default recipient is the Governor for a kota.
        #expect(d.editor.cooperation.implementation.reports.isEmpty)
        d.press(.char("a"))
        #expect(d.editor.cooperation.implementation.reports.first?.recipient == "Gubernur Jawa Barat")
    }
}
