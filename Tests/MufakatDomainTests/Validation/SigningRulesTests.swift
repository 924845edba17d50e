import Foundation
import Testing
@testable import MufakatDomain

/// The rules that decide whether what an officer signs is right (issue 13): bordering from the
/// shipped adjacency data, the DPRD gate on the parties' own APBD, the PKS inside the KB's term,
/// authority over the sub-affair, the joint secretariat, and the offer answered by every partner.
@Suite struct SigningRulesTests {
    func validate(_ c: Cooperation) -> [Finding] {
        Validator.validate(c, rulebook: Fixture.rulebook, catalogues: Fixture.catalogues, today: Fixture.today)
    }

    func region(_ code: String) -> Region { Fixture.catalogues.regions[code]! }

    // MARK: Bordering

    @Test func adjacencyDataCoversEveryProvinceAndNamesItsSource() {
        let provinces = Fixture.catalogues.regions.all.filter { $0.level == .provinsi }
        #expect(provinces.count == 38)
        let table = Fixture.catalogues.adjacency
        for p in provinces {
            #expect(provinces.contains { table.border(p.code, $0.code) != nil }, "\(p.name) has no neighbour in berbatasan.csv")
        }
        #expect(table.provinceSource.contains("BIG") && table.provinceSource.contains("konfirmasi"))
        // Symmetric, by land and by sea.
        #expect(table.border("35", "51")?.kind == .sea)
        #expect(table.border("51", "35")?.kind == .sea)
        #expect(table.border("32", "33")?.kind == .land)
    }

    @Test func wajibPairInProvincesThatDoNotBorderIsAnError() {
        var c = Fixture.bogorRaya()
        c.kind = .ksddWajib
        c.subAffairID = nil
        c.parties[0] = Party.region(region("35.78"), headName: "Eri Cahyadi")   // Kota Surabaya
        c.parties[1] = Party.region(region("73.71"), headName: "Munafri Arifuddin") // Kota Makassar
        c.partiesBordering = true // the officer's tick does not override the map
        let found = validate(c).filter { $0.ruleID == RuleID.wajibCannotBorder.rawValue }
        #expect(found.count == 2)
        let f = try! #require(found.first)
        #expect(f.severity == .error)
        #expect(f.path == "partiesBordering")
        #expect(f.message.hasPrefix("Para pihak berbatasan"), "names the field by its label")
        #expect(f.message.contains("Kota Surabaya") && f.message.contains("tidak berbatasan"))
        #expect(f.basis.contains("PP 28/2018 Pasal 3 ayat (2)"))
        #expect(FieldLabel.label(for: f.path, in: c, rulebook: Fixture.rulebook) == "Para pihak berbatasan")
        // A voluntary cooperation between them is fine.
        c.kind = .ksddSukarela
        #expect(validate(c).filter { $0.ruleID == RuleID.wajibCannotBorder.rawValue }.isEmpty)
    }

    @Test func whereTheDataCannotDecideTheDeclarationStands() {
        var c = Fixture.bogorRaya()
        c.kind = .ksddWajib
        c.subAffairID = nil
        // Kota Bogor and Kabupaten Sukabumi: same province, no kab/kota data for Jawa Barat.
        c.parties[1] = Party.region(region("32.02"))
        c.partiesBordering = true
        let assessment = BorderingAssessment(cooperation: c, catalogues: Fixture.catalogues)
        #expect(assessment.status == .declared)
        #expect(validate(c).filter { $0.ruleID.hasPrefix("ksdd-wajib") }.isEmpty)
        c.partiesBordering = false
        #expect(validate(c).map(\.ruleID).contains(RuleID.wajibNotBordering.rawValue))
        // Inside D.I. Yogyakarta the kab/kota data is complete: Kulon Progo and Gunungkidul do not border.
        c.parties[0] = Party.region(region("34.01"))
        c.parties[1] = Party.region(region("34.03"))
        c.partiesBordering = true
        #expect(validate(c).map(\.ruleID).contains(RuleID.wajibCannotBorder.rawValue))
        c.parties[1] = Party.region(region("34.04")) // Sleman borders Kulon Progo
        #expect(BorderingAssessment(cooperation: c, catalogues: Fixture.catalogues).status == .confirmed)
        #expect(!validate(c).map(\.ruleID).contains(RuleID.wajibCannotBorder.rawValue))
    }

    // MARK: Authority and plans

    @Test func provincialSubAffairForAKabKotaIsAnError() {
        var c = Fixture.bogorRaya()
        c.affairCode = "1.01"
        c.subAffairID = "pendidikan-menengah" // SMA/SMK: provincial (UU 23/2014 Lampiran huruf A)
        let found = validate(c).filter { $0.ruleID == RuleID.subAffairOutsideAuthority.rawValue }
        #expect(found.count == 2, "one per kab/kota party")
        for f in found {
            #expect(f.severity == .error)
            #expect(!f.toConfirm)
            #expect(f.message.hasPrefix("Sub-urusan"))
            #expect(f.basis.contains("PP 28/2018 Pasal 4") && f.basis.contains("Lampiran huruf A"))
        }
    }

    // MARK: PKS and KB

    @Test func agreementOutsideTheMemorandumsTermIsAnError() {
        var c = Fixture.bogorRaya()
        #expect(validate(c) == [])
        c.agreement.durationYears = 5 // 2027-01-01 .. 2031-12-31, past the KB's 2030-04-14
        let late = validate(c).filter { $0.ruleID == RuleID.agreementOutsideMemorandum.rawValue }
        #expect(late.map(\.path) == ["agreement.durationYears"])
        #expect(late.first?.severity == .error)
        #expect(late.first?.message.contains("14 April 2030") == true)
        c = Fixture.bogorRaya()
        c.agreement.startDate = Fixture.date("2026-03-01") // before the KB was signed
        let early = validate(c).filter { $0.ruleID == RuleID.agreementOutsideMemorandum.rawValue }
        #expect(early.map(\.path) == ["agreement.startDate"])
        #expect(early.first?.message.contains("Tanggal PKS mulai berlaku") == true)
        #expect(early.first?.basis.contains("PP 28/2018 Pasal 6") == true)
    }

    @Test func memorandumBeforeEveryPartnerAcceptedIsAnError() {
        var c = Fixture.bogorRaya()
        c.parties.append(Party.region(region("32")))
        c.offer.responses = [PartnerResponse(partyIndex: 1, response: .accepted), PartnerResponse(partyIndex: 2, response: .negotiating)]
        #expect(!c.offer.allRequiredPartnersAccepted(partyCount: 3))
        #expect(c.offer.response(ofParty: 1) == .accepted)
        let found = validate(c).filter { $0.ruleID == RuleID.memorandumBeforeAcceptance.rawValue }
        #expect(found.map(\.path) == ["offer.responses[1].response"])
        #expect(!GateCondition.offerAccepted.holds(for: c))
        c.offer.responses?[1].required = false
        #expect(GateCondition.offerAccepted.holds(for: c))
    }

    // MARK: DPRD

    @Test func councilGateCountsOnlyThepartiesOwnAPBD() {
        var c = Fixture.bogorRaya()
        #expect(c.partiesNeedingCouncilApproval.isEmpty)
        for source in [FundingSource.apbn, .pihakKetiga, .apbdLain, .lainnya] {
            c.financing.lines[0].budgeted = false
            c.financing.lines[0].source = source
            #expect(!c.financing.hasUnbudgetedLine, "\(source) never triggers the DPRD")
            #expect(!GateCondition.financingNotBudgeted.holds(for: c))
            #expect(c.partiesNeedingCouncilApproval.isEmpty)
        }
        c.financing.lines[0].source = .apbd
        #expect(GateCondition.financingNotBudgeted.holds(for: c))
        #expect(c.partiesNeedingCouncilApproval == [0])
    }

    @Test func membebaniHasNoDefaultAndTheGateWaits() {
        var c = Cooperation(id: "baru", kind: .ksddSukarela, parties: Fixture.bogorRaya().parties)
        #expect(c.burdensPublic == nil)
        let old = try! JSONEncoder().encode(c)
        #expect(!String(decoding: old, as: UTF8.self).contains("burdensPublic"))
        c.financing.lines = Fixture.bogorRaya().financing.lines
        let gate = try! #require(Workflow(cooperation: c, rulebook: Fixture.rulebook).stage("dprd")?.gate)
        #expect(!gate.isOpen && gate.isPending)
        #expect(gate.undecided == [GateCondition.burdensPublic.rawValue])
        c.burdensPublic = false
        #expect(Workflow(cooperation: c, rulebook: Fixture.rulebook).stage("dprd")?.gate?.isPending == false)
        // No financing plan yet: the gate cannot be skipped either.
        c.financing.lines = []
        #expect(Workflow(cooperation: c, rulebook: Fixture.rulebook).stage("dprd")?.gate?.isPending == true)
    }

    @Test func agreementSignedBeforeCouncilApprovalIsAnError() {
        var c = Fixture.bogorRaya()
        c.financing.lines[1].budgeted = false // Kabupaten Bogor's own APBD, 2027
        let found = validate(c).filter { $0.ruleID == RuleID.agreementBeforeCouncilApproval.rawValue }
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("Persetujuan DPRD PIHAK KEDUA (Kabupaten Bogor) belum dimohonkan") == true)
        #expect(found.first?.basis.contains("Pasal 6") == true)
        // Approved: fine. Refused later (pending again): the error is back.
        c.councilApproval.progress.status = .done
        c.councilApproval.approvals = [CouncilApproval(partyIndex: 1, decisionNumber: "5/2026", decisionDate: Fixture.date("2026-06-01"), approved: true)]
        #expect(validate(c).filter { $0.ruleID == RuleID.agreementBeforeCouncilApproval.rawValue }.isEmpty)
        c.councilApproval.approvals[0].approved = nil
        let again = validate(c).filter { $0.ruleID == RuleID.agreementBeforeCouncilApproval.rawValue }
        #expect(again.map(\.path) == ["councilApproval.approvals[0].approved"])
        #expect(again.first?.message.contains("belum diputuskan") == true)
    }

    // MARK: Joint secretariat, dates, old files

    @Test func jointSecretariatIsAskedWhenPasal7Applies() {
        var c = Fixture.bogorRaya()
        c.kind = .ksddWajib
        c.subAffairID = nil
        c.parties.append(Party.region(region("32.02")))
        c.memorandum.durationYears = 5
        c.agreement.durationYears = 3
        let found = validate(c).filter { $0.ruleID == RuleID.jointSecretariatUnanswered.rawValue }
        #expect(found.map(\.path) == ["jointSecretariat.formed"])
        #expect(found.first?.basis == "PP 28/2018 Pasal 7")
        c.jointSecretariat = JointSecretariat(formed: true, description: "di Sekretariat Daerah Kota Bogor")
        #expect(validate(c).filter { $0.ruleID == RuleID.jointSecretariatUnanswered.rawValue }.isEmpty)
        let clauses = Fixture.rulebook.clauses(for: "pks", cooperation: c).map(\.id)
        #expect(clauses.contains("pks-sekretariat-bersama"))
        c.jointSecretariat?.formed = false
        #expect(!Fixture.rulebook.clauses(for: "pks", cooperation: c).map(\.id).contains("pks-sekretariat-bersama"))
    }

    @Test func stageDateComesFromTheDocument() {
        let c = Fixture.bogorRaya()
        #expect(c.documentDate(of: .memorandum) == c.memorandum.signing.date)
        #expect(c.documentDate(of: .agreement) == Fixture.date("2026-06-15"))
        #expect(c.documentDate(of: .offer) == Fixture.date("2026-02-20"))
        #expect(c.documentDate(of: .financing) == nil)
    }

    @Test func onlyASignedDocumentIsAmended() {
        var c = Fixture.bogorRaya()
        #expect(c.changeIsAmendment(.memorandum) && c.changeIsAmendment(.agreement))
        #expect(!c.changeIsAmendment(.proposal) && !c.changeIsAmendment(.financing))
        c.agreement.signing.date = nil
        c.agreement.progress.status = .done
        #expect(!c.changeIsAmendment(.agreement), "a finished but unsigned PKS is edited, not amended")
    }

    @Test func oldFilesWithoutTheNewFieldsStillDecode() throws {
        let c = Fixture.bogorRaya()
        var tree = try JSONSerialization.jsonObject(with: JSONEncoder().encode(c)) as! [String: Any]
        tree.removeValue(forKey: "burdensPublic")
        var parties = tree["parties"] as! [[String: Any]]
        for i in parties.indices { for k in ["officialName", "city", "signer", "company"] { parties[i].removeValue(forKey: k) } }
        tree["parties"] = parties
        let decoded = try CooperationDecoding.decode(JSONSerialization.data(withJSONObject: tree))
        #expect(decoded.burdensPublic == nil)
        #expect(decoded.parties[0].company == nil && decoded.offer.responses == nil)
        #expect(ModelSchema.cooperation.optional.contains("parties[].company"))
    }
}
