import Foundation
import Testing
@testable import MufakatDomain

/// Issue 14: every kind of cooperation, end to end (domain half).
@Suite struct KindsTests {
    let rulebook = try! RulebookLoader.load()
    let catalogues = Catalogues.shared
    let today = CalendarDate(year: 2026, month: 6, day: 1)!

    func findings(_ c: Cooperation, today: CalendarDate? = nil) -> [Finding] {
        Validator.validate(c, rulebook: rulebook, catalogues: catalogues, today: today ?? self.today)
    }

    func region(_ code: String) -> Party {
        Party.region(catalogues.regions[code]!, headName: "Kepala", address: "Jalan")
    }

    // MARK: Nota Kesepakatan

    func nota() -> Cooperation {
        var c = Cooperation(id: "nota-1", title: "Penurunan Stunting", kind: .notaKesepakatan,
                            parties: [region("32"), Party(type: .ministry, name: "Kementerian Kesehatan")], affairCode: "1.02")
        c.memorandum.actionPlan = [
            ActionPlanItem(activity: "Pendataan balita", output: "Data balita", partyIndex: 0, timeline: "2026", funding: .apbd),
            ActionPlanItem(activity: "Pelatihan kader", output: "Kader terlatih", partyIndex: 1, timeline: "2026", funding: .apbn),
        ]
        return c
    }

    @Test func notaStartsItsSigningStageWithoutAnOffer() {
        var c = nota()
        c.proposal.progress = StageProgress(status: .done)
        let workflow = Workflow(cooperation: c, rulebook: rulebook, checkingFields: false)
        #expect(workflow.stages.map(\.id) == ["usulan", "nota", "pembiayaan", "pelaksanaan"])
        #expect(workflow.stage("nota")?.name == "Nota Kesepakatan")
        #expect(workflow.canStart("nota"), "\(String(describing: workflow.stage("nota")?.state))")
        #expect(c.offer.response != .accepted)
    }

    @Test func notaAsksOnlyItsOwnQuestions() {
        #expect(!rulebook.depends(on: .burdensPublic, kind: .notaKesepakatan))
        #expect(rulebook.depends(on: .burdensPublic, kind: .ksddSukarela))
        #expect(!rulebook.clausesUse("hasil_kerja_sama", kind: .notaKesepakatan))
        #expect(rulebook.clausesUse("hasil_kerja_sama", kind: .ksdpk))
    }

    @Test func notaFundingFollowsEachParty() {
        var c = nota()
        #expect(c.fundingSources(ofParty: 0) == [.apbd])
        #expect(c.fundingSources(ofParty: 1) == [.apbn])
        c.memorandum.actionPlan = []
        #expect(c.fundingSources(ofParty: 1) == [.apbn], "a ministry defaults to APBN")
    }

    /// Walked: an activity handed to the ministry kept "APBD" unless the officer noticed.
    @Test func anActivityHandedToTheMinistryIsFundedFromTheAPBN() {
        let c = nota()
        var item = ActionPlanItem(activity: "Data sasaran", partyIndex: 0, funding: .apbd)
        item.assign(party: 1, of: c.parties)
        #expect(item.partyIndex == 1)
        #expect(item.funding == .apbn)
        item.assign(party: 0, of: c.parties)
        #expect(item.funding == .apbd)
        // A source the officer chose stays.
        item.funding = .lainnya
        item.assign(party: 1, of: c.parties)
        #expect(item.funding == .lainnya)
    }

    /// Walked: a financing line handed to the ministry kept "APBD" and the province's planning code.
    @Test func aFinancingLineHandedToTheMinistryIsAPBNWithoutAPlanningCode() {
        let c = nota()
        var line = FinancingLine(budgetYear: 2027, partyIndex: 0, amount: Rupiah(1_000)!, source: .apbd, budgeted: true, planningCode: "1.02.02.2.02")
        line.assign(party: 1, of: c.parties)
        #expect(line.source == .apbn)
        #expect(line.planningCode.isEmpty)
        #expect(!line.needsCouncilApproval)
        var chosen = FinancingLine(budgetYear: 2027, partyIndex: 0, amount: Rupiah(1_000)!, source: .lainnya)
        chosen.assign(party: 1, of: c.parties)
        #expect(chosen.source == .lainnya)
    }

    /// Walked (Gresik): a line switched to the company's own money kept the APBD planning code
    /// copied from the region's line above it.
    @Test func aLineSwitchedToCompanyMoneyDropsItsPlanningCode() {
        var line = FinancingLine(budgetYear: 2026, partyIndex: 1, amount: Rupiah(1_000)!, source: .apbd, budgeted: true, planningCode: "1.03.03.2.01")
        line.take(from: .apbdLain)
        #expect(line.planningCode == "1.03.03.2.01", "another region's APBD is still planned in an APBD")
        line.take(from: .pihakKetiga)
        #expect(line.source == .pihakKetiga)
        #expect(line.planningCode.isEmpty)
        #expect(!line.needsPlanningCode && !line.needsCouncilApproval)
    }

    @Test func apbnAndCompanyMoneyNeverTriggerTheCouncil() {
        var plan = FinancingStage()
        plan.lines = [FinancingLine(budgetYear: 2026, partyIndex: 1, amount: Rupiah(1_000)!, source: .apbn, budgeted: false),
                      FinancingLine(budgetYear: 2026, partyIndex: 1, amount: Rupiah(1_000)!, source: .pihakKetiga, budgeted: false)]
        #expect(!plan.hasUnbudgetedLine)
        #expect(plan.lines.allSatisfy { !$0.needsPlanningCode })
        plan.lines.append(FinancingLine(budgetYear: 2026, partyIndex: 0, amount: Rupiah(1_000)!, source: .apbd, budgeted: false))
        #expect(plan.hasUnbudgetedLine)
        #expect(plan.lines[2].needsPlanningCode)
    }

    @Test func actionPlanRowsNameAnExistingParty() {
        var c = nota()
        c.memorandum.actionPlan[1].partyIndex = 5
        #expect(findings(c).contains { $0.ruleID == RuleID.actionPlanUnknownParty.rawValue && $0.path == "memorandum.actionPlan[1].partyIndex" })
    }

    @Test func oldFilesWithoutTheNewRecordsStillRead() throws {
        var c = nota()
        c.memorandum.actionPlan = []
        let data = try JSONEncoder().encode(c)
        var tree = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var memo = try #require(tree["memorandum"] as? [String: Any])
        memo.removeValue(forKey: "actionPlan")
        tree["memorandum"] = memo
        var impl = try #require(tree["implementation"] as? [String: Any])
        impl["evaluations"] = [["date": "2025-01-02", "evaluator": "TKKSD", "summary": "baik"]]
        impl["reports"] = [["date": "2025-02-02", "recipient": "Gubernur", "summary": "laporan"]]
        tree["implementation"] = impl
        let old = try JSONSerialization.data(withJSONObject: tree)
        let read = try CooperationDecoding.decode(old)
        #expect(read.memorandum.actionPlan.isEmpty)
        #expect(read.implementation.evaluations.first?.findings == [])
        #expect(read.implementation.reports.first?.letterNumber == "")
        #expect(read.tkksdReviews == nil && read.renewals == nil)
    }

    // MARK: KSDPK

    func ksdpk() -> Cooperation {
        var c = Cooperation(id: "ksdpk-1", title: "SPAM", kind: .ksdpk,
                            parties: [region("35.25"), Party(type: .thirdParty, name: "PT Air Minum Giri Nawa Tirta")],
                            affairCode: "1.03", subAffairID: "air-minum-kabkota")
        c.proposal.feasibilityStudy = FeasibilityStudy(author: "PT Air Minum Giri Nawa Tirta", date: CalendarDate(year: 2025, month: 3, day: 1),
                                                       summary: "Layak", feasible: true)
        c.proposal.initiator = .thirdParty
        c.proposal.incomingOffer = RegisteredDocument(number: "001/GNT/2025", date: CalendarDate(year: 2025, month: 2, day: 1), title: "Penawaran kerja sama SPAM")
        c.proposal.formID = "investasi"
        c.agreement.durationYears = 25
        c.agreement.durationExceptionID = "air-minum"
        return c
    }

    func ids(_ f: [Finding]) -> Set<String> { Set(f.map(\.ruleID)) }

    @Test func aWellFormedKSDPKHasNoneOfTheNewFindings() {
        let f = ids(findings(ksdpk()))
        for rule in [RuleID.requiredPartyTypeMissing, .feasibilityStudyNotFeasible, .unknownForm, .thirdPartyInitiativeWithoutOffer,
                     .durationOverLimit, .durationExceptionMismatch] {
            #expect(!f.contains(rule.rawValue), "\(rule)")
        }
    }

    @Test func aStudyConcludingNotFeasibleIsAnErrorWithItsBasis() throws {
        var c = ksdpk()
        c.proposal.feasibilityStudy?.feasible = false
        let f = try #require(findings(c).first { $0.ruleID == RuleID.feasibilityStudyNotFeasible.rawValue })
        #expect(f.severity == .error)
        #expect(f.basis.contains("Pasal 17") && f.basis.contains("Pasal 18"))
        #expect(f.message.contains("PT Air Minum Giri Nawa Tirta"))
    }

    @Test func aKSDPKNeedsAThirdParty() {
        var c = ksdpk()
        c.parties[1] = region("35.15")
        #expect(findings(c).contains { $0.ruleID == RuleID.requiredPartyTypeMissing.rawValue && $0.severity == .error })
    }

    @Test func theFormIsAChoiceFromTheRulebook() {
        #expect(rulebook.kind(.ksdpk)?.allForms.map(\.id) == ["pelayanan-publik", "pengelolaan-aset", "investasi", "lainnya"])
        var c = ksdpk()
        c.proposal.formID = "hibah"
        #expect(findings(c).contains { $0.ruleID == RuleID.unknownForm.rawValue && $0.message.contains("investasi") })
    }

    @Test func aThirdPartyInitiativeStartsFromItsOfferLetter() {
        var c = ksdpk()
        c.proposal.incomingOffer = nil
        #expect(ids(findings(c)).contains(RuleID.thirdPartyInitiativeWithoutOffer.rawValue))
        c.proposal.initiator = .region
        #expect(!ids(findings(c)).contains(RuleID.thirdPartyInitiativeWithoutOffer.rawValue))
    }

    @Test func theWaterExceptionFollowsTheCurrentSubAffair() {
        var c = ksdpk()
        c.subAffairID = nil
        c.agreement.durationExceptionID = nil
        #expect(ids(findings(c)).contains(RuleID.durationOverLimit.rawValue), "no water sub-affair: 25 years is over the general limit")
        // Picked later, after creation: the exception now applies.
        c.subAffairID = "air-minum-kabkota"
        #expect(!ids(findings(c)).contains(RuleID.durationOverLimit.rawValue))
        #expect(!ids(findings(c)).contains(RuleID.durationOverException.rawValue))
    }

    // MARK: KSDPL / KSDLL

    @Test func foreignKindsAreAGuidedPath() throws {
        for kind in [CooperationKind.ksdpl, .ksdll] {
            let rule = try #require(rulebook.kind(kind))
            #expect(rule.allowed)
            #expect(!(rule.refusal ?? "").contains("belum didukung"))
            let stages = rulebook.stages(for: kind)
            #expect(stages.map(\.id).prefix(7) == ["ln-prakarsa", "ln-penjajakan", "ln-surat-minat", "ln-rencana-kerja-sama", "ln-dprd", "ln-persetujuan-pusat", "ln-penandatanganan"])
            #expect(stages.allSatisfy { !$0.basis.isEmpty })
            #expect(stages.first { $0.id == "ln-dprd" }?.deadlineWorkingDays == 45)
            #expect(stages.first { $0.id == "ln-dprd" }?.basis.contains("Pasal 30 ayat (4)") == true)
        }
        let c = Cooperation(id: "ln-1", title: "Sister city", kind: .ksdpl, parties: [region("32"), Party(type: .foreign, name: "Prefektur X")], affairCode: "2.15")
        #expect(!ids(findings(c)).contains(RuleID.kindNotAllowed.rawValue))
        let w = Workflow(cooperation: c, rulebook: rulebook, checkingFields: false)
        #expect(w.current?.id == "ln-prakarsa")
        #expect(!w.canStart("pelaksanaan"), "implementation waits for signing")
    }

    /// A guided step is done on the date of its latest registered document.
    @Test func aGuidedStepIsDoneOnItsLatestDocumentsDate() {
        var c = Cooperation(id: "ln-1", title: "Sister city", kind: .ksdpl, parties: [region("32"), Party(type: .foreign, name: "Prefektur X")], affairCode: "2.15")
        #expect(c.documentDate(of: .custom, customID: "ln-dprd") == nil)
        c.customStages["ln-dprd"] = CustomStage(documents: [RegisteredDocument(number: "1", date: CalendarDate(year: 2026, month: 3, day: 2)),
                                                            RegisteredDocument(number: "2", date: CalendarDate(year: 2026, month: 4, day: 20))])
        #expect(c.documentDate(of: .custom, customID: "ln-dprd") == CalendarDate(year: 2026, month: 4, day: 20))
    }

    @Test func workingDaysSkipWeekends() {
        let monday = CalendarDate(year: 2026, month: 3, day: 2)!
        #expect(monday.weekday == 1)
        #expect(WorkingDays.count(from: monday, to: monday.adding(days: 7)) == 5)
        #expect(WorkingDays.count(from: monday, to: monday.adding(days: 4)) == 4)
        #expect(WorkingDays.count(from: monday.adding(days: 4), to: monday.adding(days: 7)) == 1, "Friday to Monday")
        #expect(WorkingDays.add(45, to: monday) == monday.adding(days: 63))
        #expect(WorkingDays.count(from: monday, to: WorkingDays.add(45, to: monday)) == 45)
    }

    @Test func theCouncilHas45WorkingDaysOnAForeignPlan() {
        var c = Cooperation(id: "ln-1", title: "Sister city", kind: .ksdpl, parties: [region("32"), Party(type: .foreign, name: "Prefektur X")], affairCode: "2.15")
        let monday = CalendarDate(year: 2026, month: 3, day: 2)!
        c.customStages["ln-dprd"] = CustomStage(progress: StageProgress(status: .inReview, startedOn: monday))
        #expect(!ids(findings(c, today: WorkingDays.add(45, to: monday))).contains(RuleID.workingDayDeadlinePassed.rawValue))
        let late = findings(c, today: WorkingDays.add(46, to: monday)).first { $0.ruleID == RuleID.workingDayDeadlinePassed.rawValue }
        #expect(late?.message.contains("46 hari kerja") == true)
        #expect(late?.basis.contains("Pasal 30 ayat (4)") == true)
        // Decided in time: no finding however late today is.
        c.customStages["ln-dprd"]?.progress.completedOn = monday.adding(days: 30)
        #expect(!ids(findings(c, today: monday.adding(years: 1))).contains(RuleID.workingDayDeadlinePassed.rawValue))
    }

    // MARK: After signing

    func signedKSDD() -> Cooperation {
        var c = Cooperation(id: "ksdd-1", title: "Angkutan", kind: .ksddSukarela, parties: [region("32.71"), region("32.01")], affairCode: "2.15")
        c.agreement.progress = StageProgress(status: .done)
        c.agreement.signing.date = CalendarDate(year: 2024, month: 3, day: 1)
        c.agreement.startDate = CalendarDate(year: 2024, month: 3, day: 1)
        c.agreement.durationYears = 3
        c.agreement.evaluationsPerYear = 2
        return c
    }

    @Test func fewerEvaluationsThanTheRulebookIsAWarning() throws {
        var c = signedKSDD()
        c.agreement.evaluationsPerYear = 1
        let f = try #require(findings(c).first { $0.ruleID == RuleID.evaluationsPerYearTooFew.rawValue })
        #expect(f.severity == .warning)
        #expect(f.toConfirm)
        // Year 2025 (a full year of the term) has one evaluation recorded.
        c.agreement.evaluationsPerYear = 2
        c.implementation.evaluations = [Evaluation(date: CalendarDate(year: 2025, month: 6, day: 1)!)]
        #expect(findings(c).contains { $0.ruleID == RuleID.evaluationsInYearTooFew.rawValue && $0.message.contains("2025") })
        c.implementation.evaluations.append(Evaluation(date: CalendarDate(year: 2025, month: 12, day: 1)!))
        #expect(!ids(findings(c)).contains(RuleID.evaluationsInYearTooFew.rawValue))
    }

    @Test func overdueFollowUpsAreNamed() {
        var c = signedKSDD()
        c.implementation.evaluations = [Evaluation(date: CalendarDate(year: 2025, month: 6, day: 1)!,
                                                   findings: ["Halte rusak"], recommendations: ["Perbaiki halte"],
                                                   followUps: [EvaluationFollowUp(action: "Perbaikan halte", owner: "Dinas Perhubungan", deadline: CalendarDate(year: 2025, month: 9, day: 1))])]
        #expect(findings(c).contains { $0.ruleID == RuleID.followUpOverdue.rawValue && $0.message.contains("Dinas Perhubungan") })
    }

    @Test func aFollowUpNeedsAnActionAnOwnerAndADeadline() {
        var c = signedKSDD()
        c.implementation.evaluations = [Evaluation(date: CalendarDate(year: 2025, month: 6, day: 1)!,
                                                   followUps: [EvaluationFollowUp(action: "Perbaikan halte")])]
        let incomplete = findings(c).filter { $0.ruleID == RuleID.followUpIncomplete.rawValue }
        #expect(incomplete.map(\.path).sorted() == ["implementation.evaluations[0].followUps[0].deadline",
                                                     "implementation.evaluations[0].followUps[0].owner"])
        #expect(incomplete.allSatisfy { $0.severity == .error && $0.message.contains("Perbaikan halte") })
        c.implementation.evaluations[0].followUps[0].owner = "Dinas Perhubungan"
        c.implementation.evaluations[0].followUps[0].deadline = CalendarDate(year: 2025, month: 9, day: 1)
        #expect(!ids(findings(c)).contains(RuleID.followUpIncomplete.rawValue))
    }

    @Test func theCountOwedIsThePKSCountNeverBelowTheRulebook() {
        var c = signedKSDD()
        let minimum = rulebook.reminders.evaluationsPerYear
        c.agreement.evaluationsPerYear = nil
        #expect(rulebook.evaluationsPerYear(for: c) == minimum)
        c.agreement.evaluationsPerYear = minimum + 2
        #expect(rulebook.evaluationsPerYear(for: c) == minimum + 2)
        c.agreement.evaluationsPerYear = 1
        #expect(rulebook.evaluationsPerYear(for: c) == max(1, minimum))
    }

    @Test func eachYearIsCheckedAgainstTheCountThePKSPromises() {
        var c = signedKSDD()
        c.agreement.evaluationsPerYear = 3
        c.implementation.evaluations = [Evaluation(date: CalendarDate(year: 2025, month: 3, day: 1)!),
                                        Evaluation(date: CalendarDate(year: 2025, month: 9, day: 1)!)]
        // Two meet the rulebook's minimum, but the PKS says "paling sedikit 3 (tiga) kali".
        let f = findings(c).first { $0.ruleID == RuleID.evaluationsInYearTooFew.rawValue && $0.message.contains("2025") }
        #expect(f?.message.contains("paling sedikit 3 kali") == true, "\(String(describing: f?.message))")
        c.implementation.evaluations.append(Evaluation(date: CalendarDate(year: 2025, month: 12, day: 1)!))
        #expect(!ids(findings(c)).contains(RuleID.evaluationsInYearTooFew.rawValue))
    }

    @Test func statusFollowsSigningTermRenewalAndEnding() {
        var c = signedKSDD()
        #expect(c.status(on: today) == .active)
        #expect(c.status(on: CalendarDate(year: 2027, month: 3, day: 2)!) == .expired)
        c.renewals = [Renewal(date: CalendarDate(year: 2027, month: 1, day: 10)!, years: 2)]
        #expect(c.renewedExpiryDate == CalendarDate(year: 2029, month: 2, day: 28))
        #expect(c.status(on: CalendarDate(year: 2027, month: 3, day: 2)!) == .active)
        c.ended = EndRecord(ground: .mutualAgreement, date: CalendarDate(year: 2026, month: 5, day: 1)!)
        #expect(c.status(on: today) == .ended)
        #expect(Cooperation(id: "x", kind: .ksddWajib).status(on: today) == .inProgress)
    }

    @Test func tkksdReviewsAreTrackedAtTheRulebooksPoints() {
        var c = signedKSDD()
        let points = c.tkksdReviewPoints(rulebook: rulebook)
        #expect(points.map(\.stage.id) == ["usulan", "kb", "pks"])
        #expect(points.allSatisfy { $0.review == nil })
        c.proposal.tkksdRecommendation = TKKSDRecommendation(number: "1/TKKSD", date: today, summary: "Layak", recommended: true)
        c.tkksdReviews = [TKKSDReview(stageID: "pks", date: today, recommendation: "Rancangan PKS dapat ditandatangani", recommended: true)]
        let after = c.tkksdReviewPoints(rulebook: rulebook)
        #expect(after.first { $0.stage.id == "usulan" }?.review?.document?.number == "1/TKKSD")
        #expect(after.first { $0.stage.id == "pks" }?.review?.recommendation == "Rancangan PKS dapat ditandatangani")
        #expect(after.first { $0.stage.id == "kb" }?.review == nil)
        #expect(nota().tkksdReviewPoints(rulebook: rulebook).map(\.stage.id) == ["usulan", "nota"])
    }

    @Test func changingTheSubAffairSaysWhatChanges() {
        var c = ksdpk()
        c.subAffairID = nil
        let result = c.changingSubAffair(to: "air-minum-kabkota", rulebook: rulebook, catalogues: catalogues, today: today)
        #expect(result.cooperation.subAffairID == "air-minum-kabkota")
        #expect(result.removed.contains { $0.ruleID == RuleID.durationExceptionMismatch.rawValue })
        let back = result.cooperation.changingSubAffair(to: "  ", rulebook: rulebook, catalogues: catalogues, today: today)
        #expect(back.cooperation.subAffairID == nil)
        #expect(back.added.contains { $0.ruleID == RuleID.durationExceptionMismatch.rawValue })
    }

    @Test func endingGroundsComeFromTheRulebookPerKind() {
        #expect(rulebook.endingGrounds(for: .ksdpk).count == 7)
        #expect(rulebook.endingGrounds(for: .ksddSukarela).count == 5)
        #expect(Set(rulebook.endingGrounds.map(\.id)) == Set(EndRecord.Ground.allCases.map(\.rawValue)))
        var c = signedKSDD()
        c.ended = EndRecord(ground: .thirdPartyBankrupt, date: today)
        let f = findings(c)
        #expect(f.contains { $0.ruleID == RuleID.endingGroundNotAllowed.rawValue && $0.severity == .error })
        #expect(f.contains { $0.ruleID == RuleID.endingWithoutDocument.rawValue })
        c.ended = EndRecord(ground: .mutualAgreement, date: today, supportingDocument: RegisteredDocument(number: "1/2026", title: "Kesepakatan pengakhiran"))
        #expect(!ids(findings(c)).contains(RuleID.endingWithoutDocument.rawValue))
        #expect(!ids(findings(c)).contains(RuleID.endingGroundNotAllowed.rawValue))
    }
}

/// The demo's walked examples: one per path, with no shortcut values hiding a missing step.
@Suite struct WalkedExamplesTests {
    let reference = CalendarDate(year: 2026, month: 1, day: 15)!
    let rulebook = try! RulebookLoader.load()

    @Test func oneWalkedExamplePerPathWithoutErrors() {
        let all = WalkedExamples.all(referenceDate: reference)
        #expect(Set(all.map(\.kind)) == Set(CooperationKind.allCases), "one walked example of each kind")
        #expect(Set(all.map(\.id)).count == all.count)
        for c in all {
            let errors = Validator.validate(c, rulebook: rulebook, catalogues: .shared, today: reference).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(c.id): \(errors.map(\.message))")
        }
    }

    @Test func theNotaCarriesNoOfferAnswerAndStillMovesOn() throws {
        let nota = try #require(WalkedExamples.all(referenceDate: reference).first { $0.kind == .notaKesepakatan })
        #expect(nota.offer == OfferStage())
        #expect(nota.burdensPublic != true)
        let w = Workflow(cooperation: nota, rulebook: rulebook)
        #expect(w.stage("nota")?.state == .done)
        #expect(w.current?.id == "pembiayaan")
        #expect(nota.status(on: reference) == .active)
    }

    @Test func statusesCoverTheLife() {
        let byKind = Dictionary(uniqueKeysWithValues: WalkedExamples.all(referenceDate: reference).map { ($0.kind, $0) })
        #expect(byKind[.ksdpk]?.status(on: reference) == .active)
        #expect(byKind[.ksdpl]?.status(on: reference) == .inProgress)
        #expect(byKind[.ksddSukarela]?.status(on: reference) == .ended)
        #expect(byKind[.ksddSukarela]?.implementation.evaluations.count == 2)
        #expect(byKind[.ksddSukarela]?.renewals?.count == 1)
        let foreign = Workflow(cooperation: byKind[.ksdpl]!, rulebook: rulebook)
        #expect(foreign.stage("ln-persetujuan-pusat")?.state == .done)
        #expect(foreign.current?.id == "ln-penandatanganan")
    }

    @Test func theWajibExampleWaitsForTheCouncilBecauseItsFirstYearIsNotBudgeted() throws {
        let c = try #require(WalkedExamples.all(referenceDate: reference).first { $0.kind == .ksddWajib })
        let w = Workflow(cooperation: c, rulebook: rulebook)
        #expect(w.stage("dprd")?.gate?.isOpen == true)
        #expect(w.current?.id == "dprd")
        #expect(!w.canStart("pks"))
    }

    @Test func theRandomDemoNeverGivesANotaAnOfferOrACouncil() {
        let all = Array(DemoGenerator(seed: 1, referenceDate: reference).cooperations(count: 300))
        let notas = all.filter { $0.kind == .notaKesepakatan }
        #expect(!notas.isEmpty)
        for c in notas {
            #expect(c.offer.response != .accepted && c.offer.letterNumber.isEmpty, "\(c.id)")
            #expect(c.councilApproval == CouncilApprovalStage(), "\(c.id)")
            #expect(c.burdensPublic != true)
        }
        #expect(notas.contains { !$0.memorandum.actionPlan.isEmpty })
        #expect(all.filter { $0.kind == .ksdpk }.allSatisfy { $0.proposal.initiator != nil && $0.proposal.formID != nil })
    }
}
