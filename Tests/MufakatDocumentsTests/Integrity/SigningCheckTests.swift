import Foundation
import Testing
import MufakatDomain
@testable import MufakatDocuments

/// What an officer signs is complete and right (issue 13): signing refuses unfilled values,
/// errors and unmet gates, naming each field by its label and the legal basis.
@Suite struct SigningCheckTests {
    let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead)
    let today = Fixtures.date("2026-09-01")

    func check(_ kind: DocumentKind, _ c: Cooperation) -> SigningReport {
        SigningCheck.check(kind, of: c, builder: builder, today: today)
    }

    /// Bogor Raya with the DPRD question answered: its KB is ready to sign.
    var readyKB: Cooperation {
        var c = Fixtures.bogorRaya
        c.burdensPublic = false
        return c
    }

    @Test func completeMemorandumMaySign() {
        let report = check(.kb, readyKB)
        #expect(report.canSign, "\(report.blocking.map(\.text))")
    }

    @Test func signingRefusesAPlaceholder() throws {
        var c = readyKB
        c.parties[1].address = ""
        let report = check(.kb, c)
        #expect(!report.canSign)
        let problem = try #require(report.blocking.first { $0.path == "parties[1].address" })
        #expect(problem.origin == .unfilled)
        #expect(problem.label == "Alamat kantor PIHAK KEDUA (Kabupaten Bogor)")
        #expect(problem.text.contains("[BELUM DIISI: Alamat kantor PIHAK KEDUA (Kabupaten Bogor)]"))
        #expect(problem.basis == Fixtures.rulebook.stage("kb")?.basis)
        #expect(problem.text.contains("dasar: PP 28/2018 Pasal 6"))
        // The same for a third party's identity in a KSDPK contract.
        let ksdpk = check(.pks, Fixtures.parkirPakuan)
        #expect(ksdpk.blocking.contains { $0.path == "parties[1].company.npwp" && $0.label.hasPrefix("NPWP PIHAK KEDUA") })
    }

    @Test func memorandumWaitsForEveryPartner() throws {
        var c = Fixtures.legokNangka
        c.offer.responses = [PartnerResponse(partyIndex: 1, response: .accepted), PartnerResponse(partyIndex: 2, response: .negotiating)]
        let report = SigningCheck.check(.kb, of: c, builder: NaskahBuilder(rulebook: Fixtures.rulebook), today: today)
        let problem = try #require(report.blocking.first { $0.path == "offer.responses[1].response" })
        #expect(problem.label == "Jawaban penawaran PIHAK KETIGA (Kota Cimahi)")
        #expect(problem.basis.contains("Pasal 6 ayat (1) huruf b"))
        #expect(!report.blocking.contains { $0.path == "offer.responses[0].response" })
    }

    @Test func agreementBeforeCouncilApprovalIsRefused() throws {
        var c = Fixtures.legokNangka
        c.agreement.signing.date = nil
        c.councilApproval.approvals[2].approved = nil
        c.councilApproval.approvals[2].decisionNumber = ""
        let report = SigningCheck.check(.pks, of: c, builder: NaskahBuilder(rulebook: Fixtures.rulebook), today: today)
        let problem = try #require(report.blocking.first { $0.path == "councilApproval.approvals[2].approved" })
        #expect(problem.label == "Persetujuan DPRD PIHAK KETIGA (Kota Cimahi)")
        #expect(problem.message.hasPrefix("belum diputuskan"))
        #expect(problem.basis == "PP 28/2018 Pasal 6 ayat (2)")
        // Once signed, the validator keeps saying it (the approval became pending again).
        c.agreement.signing.date = Fixtures.date("2026-09-15")
        let findings = Validator.validate(c, rulebook: Fixtures.rulebook, catalogues: .shared, today: today)
        #expect(findings.contains { $0.ruleID == RuleID.agreementBeforeCouncilApproval.rawValue && $0.severity == .error })
    }

    @Test func agreementOutsideTheMemorandumsTermIsRefused() throws {
        var c = readyKB
        c.agreement.durationYears = 4 // 2026-04-01 .. 2030-03-31; the KB runs to 2029-03-17
        let report = check(.pks, c)
        let problem = try #require(report.blocking.first { $0.origin == .rule(RuleID.agreementOutsideMemorandum.rawValue) })
        #expect(problem.path == "agreement.durationYears")
        #expect(problem.label == "Jangka waktu perjanjian")
        #expect(problem.text.contains("17 Maret 2029"))
        #expect(problem.basis.contains("PP 28/2018 Pasal 6 ayat (1)"))
    }

    @Test func provincialSubAffairForAKabKotaIsRefused() throws {
        var c = readyKB
        c.affairCode = "1.01"
        c.subAffairID = "pendidikan-menengah"
        let report = check(.kb, c)
        let problem = try #require(report.blocking.first { $0.origin == .rule(RuleID.subAffairOutsideAuthority.rawValue) })
        #expect(problem.label == "Sub-urusan")
        #expect(problem.basis.contains("PP 28/2018 Pasal 4"))
    }

    @Test func wajibPairThatCannotBorderIsRefused() throws {
        var c = readyKB
        c.kind = .ksddWajib
        c.parties[1] = Party.region(Catalogues.shared.regions["73.71"]!, headName: "Munafri Arifuddin", address: "Jalan Ahmad Yani Nomor 2, Makassar")
        let report = check(.kb, c)
        let problem = try #require(report.blocking.first { $0.origin == .rule(RuleID.wajibCannotBorder.rawValue) })
        #expect(problem.label == "Para pihak berbatasan")
        #expect(problem.basis.contains("PP 28/2018 Pasal 3 ayat (2)"))
    }

    @Test func warningsAreShownAgainNotBlocking() {
        var c = readyKB
        c.memorandum.durationYears = 7
        let report = check(.kb, c)
        #expect(report.canSign)
        #expect(report.warnings.contains { $0.origin == .rule(RuleID.durationOverLimit.rawValue) && $0.toConfirm })
    }

    @Test func markingSignedTakesTheSigningDate() throws {
        let c = readyKB
        let signed = try #require(SignedDocument.markSigned(c, document: .kb, data: Data("x".utf8), format: "txt", on: Fixtures.date("2026-12-05")))
        #expect(signed.memorandum.progress.completedOn == Fixtures.date("2026-03-18"))
    }

    /// The refusals are interface text: in English they are English (the naskah stays Indonesian),
    /// and they name the field by its English label, never a path.
    @Test func refusalsFollowTheInterfaceLanguage() throws {
        try DisplayLanguage.$override.withValue(.english) {
            var c = Fixtures.legokNangka
            c.offer.responses = [PartnerResponse(partyIndex: 1, response: .accepted), PartnerResponse(partyIndex: 2, response: .negotiating)]
            let kb = SigningCheck.check(.kb, of: c, builder: NaskahBuilder(rulebook: Fixtures.rulebook), today: today)
            let answer = try #require(kb.blocking.first { $0.path == "offer.responses[1].response" })
            #expect(answer.label.hasPrefix("Answer to the offer") && answer.label.hasSuffix("THIRD PARTY (Kota Cimahi)"), "\(answer.label)")
            #expect(answer.message.contains("negotiating") && !answer.message.contains("negosiasi"), "\(answer.message)")
            #expect(answer.text.contains("(basis: "))

            var pks = Fixtures.legokNangka
            pks.agreement.signing.date = nil
            pks.councilApproval.approvals[2].approved = nil
            pks.councilApproval.approvals[2].decisionNumber = ""
            let council = try #require(SigningCheck.check(.pks, of: pks, builder: NaskahBuilder(rulebook: Fixtures.rulebook), today: today)
                .blocking.first { $0.path == "councilApproval.approvals[2].approved" })
            #expect(council.label == "DPRD approval, THIRD PARTY (Kota Cimahi)")
            #expect(council.message.hasPrefix("not decided yet"))

            var unfilled = readyKB
            unfilled.parties[1].address = ""
            let missing = try #require(check(.kb, unfilled).blocking.first { $0.path == "parties[1].address" })
            #expect(missing.message.hasPrefix("not filled in; the document still shows [BELUM DIISI"))
            #expect(!missing.label.contains("Alamat") && !missing.label.contains("parties["), "\(missing.label)")
            for p in kb.blocking + [council, missing] {
                #expect(!p.text.contains("dasar:") && !p.text.contains("belum "), "\(p.text)")
            }
        }
    }
}
