import Testing
@testable import MufakatDomain

/// One crafted cooperation per rule: each starts from the clean fixture and breaks one thing.
@Suite struct ValidatorTests {
    func validate(_ c: Cooperation, today: CalendarDate = Fixture.today) -> [Finding] {
        Validator.validate(c, rulebook: Fixture.rulebook, catalogues: Fixture.catalogues, today: today)
    }

    /// Exactly the findings of `rule`, each at one of `paths`, each with message and basis.
    func expectFires(_ c: Cooperation, _ rule: RuleID, at paths: [String], severity: Severity = .error,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        let found = validate(c)
        let matching = found.filter { $0.ruleID == rule.rawValue }
        #expect(matching.map(\.path) == paths, "\(found)", sourceLocation: sourceLocation)
        #expect(found.count == matching.count, "unexpected other findings: \(found.filter { $0.ruleID != rule.rawValue })", sourceLocation: sourceLocation)
        for f in matching {
            #expect(f.severity == severity, sourceLocation: sourceLocation)
            #expect(!f.basis.isEmpty, sourceLocation: sourceLocation)
            #expect(!f.message.contains("{"), "unfilled placeholder: \(f.message)", sourceLocation: sourceLocation)
        }
    }

    @Test func cleanFixtureHasNoFindings() {
        #expect(validate(Fixture.bogorRaya()) == [])
        #expect(validate(Fixture.ksdpkDraft()) == [])
    }

    @Test func nonAutonomousRegion() throws {
        var c = Fixture.bogorRaya()
        c.parties[1].regionCode = "31.71"
        c.parties[1].name = "Kota Administrasi Jakarta Pusat"
        c.subAffairID = nil
        // Signatures of the replaced party no longer fit its head: only look at this rule.
        let f = try #require(validate(c).first { $0.ruleID == RuleID.nonAutonomousRegion.rawValue })
        #expect(f.path == "parties[1].regionCode" && f.severity == .error)
        #expect(f.message.contains("Kota Administrasi Jakarta Pusat"))
        #expect(f.basis.contains("PP 28/2018"))
    }

    @Test func unknownRegionAndDuplicate() {
        var c = Fixture.bogorRaya()
        c.parties[1].regionCode = "99.99"
        expectFires(c, .unknownRegion, at: ["parties[1].regionCode"])
        c.parties[1].regionCode = "32.71"
        #expect(validate(c).filter { $0.ruleID == RuleID.duplicateParty.rawValue }.map(\.path) == ["parties[1].regionCode"])
    }

    @Test func absoluteAffair() {
        var c = Fixture.bogorRaya()
        c.affairCode = "pertahanan"
        c.subAffairID = nil
        expectFires(c, .absoluteAffair, at: ["affairCode"])
        #expect(validate(c)[0].message.contains("Pertahanan"))
        #expect(validate(c)[0].basis.contains("Pasal 10"))
    }

    @Test func unknownAffairAndSubAffair() {
        var c = Fixture.bogorRaya()
        c.affairCode = "9.99"
        c.subAffairID = nil
        expectFires(c, .unknownAffair, at: ["affairCode"])
        c = Fixture.bogorRaya()
        c.subAffairID = "air-minum-kabkota"
        expectFires(c, .unknownSubAffair, at: ["subAffairID"])
        c.affairCode = ""
        c.subAffairID = nil
        expectFires(c, .affairMissing, at: ["affairCode"], severity: .warning)
    }

    @Test func subAffairOutsideAuthorityIsAWarningPerParty() {
        var c = Fixture.bogorRaya()
        c.subAffairID = "angkutan-lintas-kabkota"
        expectFires(c, .subAffairOutsideAuthority, at: ["subAffairID", "subAffairID"], severity: .warning)
        let f = validate(c)[0]
        #expect(f.message.contains("Daerah Provinsi"))
        #expect(f.basis.contains("Lampiran huruf O"))
        #expect(f.toConfirm, "the kewenangan row is marked to confirm")
    }

    @Test func ksddWajibNotBordering() {
        var c = Fixture.bogorRaya()
        c.kind = .ksddWajib
        #expect(validate(c) == [])
        c.partiesBordering = false
        expectFires(c, .wajibNotBordering, at: ["partiesBordering"])
    }

    @Test func ksddWajibShapes() {
        let regions = Fixture.catalogues.regions
        let jabar = regions["32"]!, kotaBogor = regions["32.71"]!, kabBogor = regions["32.01"]!
        let banten = regions["36"]!, kabTangerang = regions["36.03"]!
        #expect(PartyShape(regions: [kotaBogor, kabBogor]) == .regenciesInOneProvince)
        #expect(PartyShape(regions: [kotaBogor, kabTangerang]) == .regenciesAcrossProvinces)
        #expect(PartyShape(regions: [jabar, banten]) == .provinces)
        #expect(PartyShape(regions: [jabar, kotaBogor, kabBogor]) == .provinceWithItsRegencies)
        #expect(PartyShape(regions: [jabar, kabTangerang]) == .mixed)

        var c = Fixture.bogorRaya()
        c.kind = .ksddWajib
        c.subAffairID = nil
        c.parties[1] = Party.region(banten)
        c.parties[0] = Party.region(jabar)
        #expect(validate(c).filter { $0.ruleID == RuleID.wajibShapeNotAllowed.rawValue } == [])
        c.parties[1] = Party.region(kabTangerang)
        let shape = validate(c).filter { $0.ruleID == RuleID.wajibShapeNotAllowed.rawValue }
        #expect(shape.map(\.path) == ["parties"])
        #expect(shape.first?.message.contains("di luar wilayahnya") == true)
    }

    @Test func durationOverLimitWithoutException() {
        var c = Fixture.bogorRaya()
        c.agreement.durationYears = 7
        c.memorandum.durationYears = 8
        // No legal text for a general limit was found: a warning marked to confirm, never an error.
        expectFires(c, .durationOverLimit, at: ["memorandum.durationYears", "agreement.durationYears"], severity: .warning)
        let f = validate(c)[1]
        #expect(f.message.contains("7 tahun") && f.message.contains("5 tahun"))
        #expect(f.toConfirm)
    }

    @Test func durationByDatesOverLimit() {
        var c = Fixture.bogorRaya()
        c.agreement.endDate = Fixture.date("2033-06-30")
        c.memorandum.durationYears = 8
        expectFires(c, .durationOverLimit, at: ["memorandum.durationYears", "agreement.endDate"], severity: .warning)
    }

    @Test func durationExceptions() {
        // Water supply: the sector exception applies by affair and sub-affair.
        var c = Fixture.bogorRaya()
        c.affairCode = "1.03"
        c.subAffairID = "air-minum-kabkota"
        c.memorandum.durationYears = 21
        c.agreement.durationYears = 20
        #expect(validate(c).filter { $0.ruleID.hasPrefix("jangka-waktu") } == [])
        c.agreement.durationYears = 30
        c.memorandum.durationYears = 31
        expectFires(c, .durationOverException, at: ["memorandum.durationYears", "agreement.durationYears"], severity: .warning)
        // Chosen where the duration is entered (the KAK), with its reason.
        c.memorandum.durationYears = 21
        c.agreement.durationYears = 20
        c.proposal.durationExceptionID = "air-minum"
        expectFires(c, .durationExceptionWithoutReason, at: ["proposal.durationExceptionReason"], severity: .warning)
        c.proposal.durationExceptionReason = "Investasi instalasi pengolahan air kembali dalam 20 tahun."
        #expect(validate(c) == [])
        // BMD use and KPBU are separate regimes, not durations of a KSDD or KSDPK.
        c = Fixture.bogorRaya()
        c.agreement.durationExceptionID = "pemanfaatan-bmd"
        #expect(validate(c).contains { $0.ruleID == RuleID.unknownDurationException.rawValue && !$0.message.contains("kpbu") })
        #expect(Fixture.rulebook.duration.help?.contains("Permendagri 19/2016") == true)
        #expect(Fixture.rulebook.duration.help?.contains("Perpres 38/2015") == true)
        c.agreement.durationExceptionID = "tidak-ada"
        #expect(validate(c).map(\.ruleID).contains(RuleID.unknownDurationException.rawValue))
        c.agreement.durationExceptionID = "air-minum"
        #expect(validate(c).map(\.ruleID).contains(RuleID.durationExceptionMismatch.rawValue))
        c.agreement.durationYears = 0
        c.agreement.durationExceptionID = nil
        #expect(validate(c).map(\.ruleID).contains(RuleID.durationInvalid.rawValue))
    }

    @Test func memorandumSignerMustBeHead() {
        var c = Fixture.bogorRaya()
        c.memorandum.signing.signatories[1].person = Person(name: "Ahmad", title: "Sekretaris Daerah Kabupaten Bogor")
        expectFires(c, .memorandumSignerNotHead, at: ["memorandum.signing.signatories[1].person.title"])
        c = Fixture.bogorRaya()
        c.memorandum.signing.signatories[0].person.title = "Wakil Wali Kota Bogor"
        expectFires(c, .memorandumSignerNotHead, at: ["memorandum.signing.signatories[0].person.title"])
        // A power of attorney never makes a KB signature valid.
        c = Fixture.bogorRaya()
        c.memorandum.signing.signatories[0] = c.agreement.signing.signatories[0]
        expectFires(c, .memorandumSignerNotHead, at: ["memorandum.signing.signatories[0].person.title"])
        // An acting head (Pj.) is the head.
        c = Fixture.bogorRaya()
        c.memorandum.signing.signatories[1].person.title = "Pj. Bupati Bogor"
        #expect(validate(c) == [])
    }

    @Test func agreementSignedByOfficialNeedsPowerOfAttorney() {
        var c = Fixture.bogorRaya()
        c.agreement.signing.signatories[0].powerOfAttorney?.number = " "
        expectFires(c, .agreementSignerWithoutPowerOfAttorney, at: ["agreement.signing.signatories[0].powerOfAttorney.number"])
        #expect(validate(c)[0].message.contains("Wali Kota Bogor"))
        c.agreement.signing.signatories[0].powerOfAttorney = nil
        expectFires(c, .agreementSignerWithoutPowerOfAttorney, at: ["agreement.signing.signatories[0].powerOfAttorney.number"])
    }

    @Test func offerSignedByAgency() {
        var c = Fixture.bogorRaya()
        c.offer.signer = Person(name: "Andi Wijaya", title: "Kepala Dinas Perhubungan Kota Bogor")
        expectFires(c, .offerSignerNotHead, at: ["offer.signer.title"])
    }

    @Test func ksdpkWithoutFeasibilityStudy() {
        var c = Fixture.ksdpkDraft()
        c.proposal.feasibilityStudy = nil
        c.proposal.progress.status = .draft
        expectFires(c, .ksdpkWithoutFeasibilityStudy, at: ["proposal.feasibilityStudy.summary"])
    }

    @Test func financingSharesMustAddUp() {
        var c = Fixture.bogorRaya()
        c.financing.lines[3].amount = Fixture.rupiah(400_000_000)
        expectFires(c, .financingTotalMismatch, at: ["financing.lines"])
        let f = validate(c)[0]
        #expect(f.message.contains("Rp2.900.000.000,00") && f.message.contains("Rp3.000.000.000,00") && f.message.contains("Rp100.000.000,00"))
        c = Fixture.bogorRaya()
        c.financing.lines[0].partyIndex = 2
        expectFires(c, .financingUnknownParty, at: ["financing.lines[0].partyIndex"])
        c = Fixture.bogorRaya()
        c.proposal.indicativeCost = nil
        c.financing.lines[0].amount = .max
        expectFires(c, .financingOverflow, at: ["financing.lines"])
    }

    @Test func budgetYearOutsideDuration() {
        var c = Fixture.bogorRaya()
        c.financing.lines[5].budgetYear = 2030
        expectFires(c, .budgetYearOutsideDuration, at: ["financing.lines[5].budgetYear"])
        #expect(validate(c)[0].message.contains("2027–2029"))
        c.financing.lines[5].budgetYear = 2026
        expectFires(c, .budgetYearOutsideDuration, at: ["financing.lines[5].budgetYear"])
    }

    @Test func datesOutOfOrder() {
        var c = Fixture.bogorRaya()
        c.offer.letterDate = Fixture.date("2026-01-10") // offer before proposal (2026-01-12)
        expectFires(c, .datesOutOfOrder, at: ["offer.letterDate"])
        c = Fixture.bogorRaya()
        c.agreement.signing.date = Fixture.date("2026-04-01") // PKS before KB (2026-04-15)
        expectFires(c, .datesOutOfOrder, at: ["agreement.signing.date"])
        #expect(validate(c)[0].message.contains("1 April 2026") && validate(c)[0].message.contains("15 April 2026"))
        // Without a KB date the PKS is still compared with the proposal.
        c.memorandum.signing.date = nil
        c.memorandum.progress.status = .inReview
        c.agreement.signing.date = Fixture.date("2026-01-01")
        #expect(validate(c).contains { $0.ruleID == "urutan-tanggal" && $0.path == "agreement.signing.date" })
    }

    @Test func dprdSkippedWhileNeeded() {
        var c = Fixture.bogorRaya()
        c.councilApproval.progress.status = .skipped
        #expect(validate(c) == [], "skipping is right when nothing triggers the gate")
        c.burdensPublic = true
        let found = validate(c)
        #expect(found.filter { $0.ruleID == RuleID.requiredStageSkipped.rawValue }.map(\.path) == ["councilApproval.progress.status"])
        #expect(found[0].message.contains("membebani masyarakat"))
        // The PKS of the fixture is signed: without the approvals that is an error per party.
        #expect(found.filter { $0.ruleID == RuleID.agreementBeforeCouncilApproval.rawValue }.count == 2)
    }

    @Test func doneStageWithEmptyRequiredField() {
        var c = Fixture.bogorRaya()
        c.proposal.background = "  "
        expectFires(c, .doneStageIncomplete, at: ["proposal.background"])
        #expect(validate(c)[0].message.contains("Latar belakang"))
    }

    @Test func kindPartiesAndID() {
        var c = Fixture.bogorRaya()
        // A rulebook may still refuse a kind (KSDPL is a guided path in the bundled one).
        var refusing = Fixture.rulebook
        refusing.kinds = refusing.kinds.map { k in var k = k; if k.id == "ksdpl" { k.allowed = false; k.refusal = "Tidak dibolehkan." }; return k }
        c.kind = .ksdpl
        #expect(Validator.validate(c, rulebook: refusing, catalogues: Fixture.catalogues, today: Fixture.today)
            .contains { $0.ruleID == RuleID.kindNotAllowed.rawValue && $0.path == "kind" })
        c = Fixture.bogorRaya()
        c.parties.removeLast()
        c.agreement.signing.signatories.removeLast()
        c.memorandum.signing.signatories.removeLast()
        c.financing.lines.removeAll { $0.partyIndex == 1 }
        c.proposal.indicativeCost = c.financing.total
        expectFires(c, .tooFewParties, at: ["parties"])
        c = Fixture.ksdpkDraft()
        c.parties[1].type = .ministry
        // The ministry is not allowed, and the KSDPK is left without a third party.
        #expect(Set(validate(c).map(\.ruleID)) == [RuleID.partyTypeNotAllowed.rawValue, RuleID.requiredPartyTypeMissing.rawValue])
        #expect(validate(c).contains { $0.ruleID == RuleID.partyTypeNotAllowed.rawValue && $0.path == "parties[1].type" })
        c = Fixture.bogorRaya()
        c.id = "KS 2026"
        expectFires(c, .invalidID, at: ["id"])
    }

    @Test func objectNotInRegionalPlan() {
        var c = Fixture.bogorRaya()
        c.proposal.inRegionalPlan = false
        expectFires(c, .objectNotInPlan, at: ["proposal.planException.ground"])
        c.proposal.planException = PlanException(ground: .nationalStrategicProgramme)
        expectFires(c, .planExceptionWithoutReason, at: ["proposal.planException.reason"])
        #expect(validate(c)[0].message.contains("Alasan pengecualian"))
        c.proposal.planException?.reason = "Mendukung proyek strategis nasional angkutan massal Jabodetabek."
        #expect(validate(c) == [])
    }

    @Test func expiryReminders() {
        let c = Fixture.bogorRaya() // expires 2029-12-31
        let soon = Validator.validate(c, rulebook: Fixture.rulebook, catalogues: Fixture.catalogues, today: Fixture.date("2029-11-01"))
        #expect(soon.map(\.ruleID) == [RuleID.expiringSoon.rawValue])
        #expect(soon.first?.message.contains("60 hari") == true)
        let late = Validator.validate(c, rulebook: Fixture.rulebook, catalogues: Fixture.catalogues, today: Fixture.date("2030-01-05"))
        #expect(late.map(\.ruleID) == [RuleID.expired.rawValue])
        #expect(late.first?.severity == .info)
        let far = Validator.validate(c, rulebook: Fixture.rulebook, catalogues: Fixture.catalogues, today: Fixture.date("2029-09-01"))
        #expect(far == [])
    }

    @Test func messagesSeveritiesAndBasisComeFromTheRulebook() throws {
        var text = try #require(RulebookLoader.bundledText())
        text = text.replacingOccurrences(of: "id = \"urusan-absolut\"\nseverity = \"error\"", with: "id = \"urusan-absolut\"\nseverity = \"warning\"")
        text = text.replacingOccurrences(of: "basis = \"UU 23/2014 Pasal 10 ayat (1); PP 28/2018 Pasal 4\"", with: "basis = \"Perkada Contoh 1/2026\"")
        let rb = try RulebookLoader.parse(text, file: "t.toml")
        var c = Fixture.bogorRaya()
        c.affairCode = "agama"
        c.subAffairID = nil
        let f = try #require(Validator.validate(c, rulebook: rb, catalogues: Fixture.catalogues, today: Fixture.today).first)
        #expect(f.severity == .warning)
        #expect(f.basis.hasPrefix("Perkada Contoh 1/2026"))
        // A rulebook without the rule still reports the problem, and says the rule is missing.
        var bare = rb
        bare.rules.removeAll { $0.id == "urusan-absolut" }
        let g = try #require(Validator.validate(c, rulebook: bare, catalogues: Fixture.catalogues, today: Fixture.today).first)
        #expect(g.severity == .error && g.ruleID == "urusan-absolut" && g.message.contains("tidak memuat aturan"))
    }

    @Test func everyRuleOfTheCodeIsInTheBundledRulebook() {
        for id in RuleID.allCases {
            let rule = Fixture.rulebook.rule(id.rawValue)
            #expect(rule != nil, "missing rule \(id.rawValue)")
            #expect(Severity(rawValue: rule?.severity ?? "") != nil)
        }
    }
}
