import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatStore
@testable import MufakatApp

/// Issue 13: one answer per partner, the incoming letter where a partner initiated, the DPRD
/// question at the KB, warnings acknowledged at signing, and a DPRD letter per party.
@Suite struct EditorOfferAnswersTests {
    /// Kota Bogor's offer to Kabupaten Bogor and Kabupaten Sukabumi; the KAK done.
    static func threeParties() -> Cooperation {
        var c = EditorFixture.fresh()
        c.proposal = EditorFixture.bogorRaya().proposal
        c.parties.append(Party(type: .region, regionCode: "32.02", name: "Kabupaten Sukabumi",
                               representative: Person(name: "Asep Japar", title: "Bupati Sukabumi"),
                               address: "Jalan Siliwangi Nomor 10, Palabuhanratu", agency: "Dinas Perhubungan Kabupaten Sukabumi"))
        return c
    }

    @Test func eachPartnerAnswersOnItsOwnAndTheKBWaitsForAll() {
        var d = EditorDriver(Self.threeParties())
        #expect(d.editor.currentStage?.id == "penawaran")
        let titles = d.editor.form.groups.map(\.title)
        #expect(titles.contains("Jawaban mitra: PIHAK KEDUA (Kabupaten Bogor)"))
        #expect(titles.contains("Jawaban mitra: PIHAK KETIGA (Kabupaten Sukabumi)"))
        // The partner's store is not this one: no incoming letter is asked.
        #expect(!titles.contains { $0.hasPrefix("Surat masuk") })
        d.type("100/1-Tapem")
        d.press(.tab)
        d.type("02022026")
        // Kabupaten Bogor accepts with its letter; Kabupaten Sukabumi is still negotiating.
        d.press(.ctrl("n"), .ctrl("n"), .ctrl("n"))
        #expect(d.editor.form.currentGroup.title == "Jawaban mitra: PIHAK KEDUA (Kabupaten Bogor)")
        d.press(.right)
        d.press(.tab)
        d.type("20022026")
        d.press(.tab)
        d.type("415/88-KS")
        d.press(.ctrl("n"))
        d.press(.right, .right, .right)
        var offer = d.editor.cooperation.offer
        #expect(offer.response(ofParty: 1) == .accepted)
        #expect(offer.answer(ofParty: 1)?.letterNumber == "415/88-KS")
        #expect(offer.answer(ofParty: 1)?.letterDate == DomainDate(year: 2026, month: 2, day: 20))
        #expect(offer.response(ofParty: 2) == .negotiating)
        #expect(offer.response == .negotiating)
        d.press(.ctrl("r"), .char("t"), .char("y"))
        #expect(d.editor.cooperation.offer.progress.status == .done)
        guard case .blocked(let reason) = d.editor.analysis.stage("kb")!.state else {
            Issue.record("the KB waits while Kabupaten Sukabumi negotiates"); return
        }
        #expect(reason.contains("setiap mitra"))
        // Once the last partner accepted, the KB may start.
        var c = d.editor.cooperation
        c.offer.editAnswer(ofParty: 2, partyCount: 3) { $0.response = .accepted }
        #expect(c.offer.response == .accepted)
        let e = EditorDriver(c)
        if case .blocked = e.editor.analysis.stage("kb")!.state { Issue.record("every partner accepted: the KB may start") }
        offer = c.offer
        #expect(offer.responses?.map(\.partyIndex) == [1, 2])
    }

    @Test func aPartnersStoreRecordsTheIncomingLetter() {
        var c = Self.threeParties()
        c.offer.initiatorIndex = 1     // Kabupaten Bogor offers; this store is Kota Bogor's
        var d = EditorDriver(c)
        let titles = d.editor.form.groups.map(\.title)
        #expect(titles.contains("Surat masuk: penawaran dari pemrakarsa"))
        #expect(titles.contains("Jawaban mitra: PIHAK PERTAMA (Kota Bogor)"))
        #expect(!titles.contains { $0.contains("PIHAK KEDUA") })
        let g = d.editor.form.groups.firstIndex { $0.title.hasPrefix("Surat masuk") }!
        d.editor.form.go(toGroup: g)
        #expect(d.editor.activeFocusedFieldID == "offer.incomingLetter.number")
        d.type("415/12-KS")
        d.press(.tab)
        d.type("05022026")
        d.press(.tab)
        d.type("Bupati Bogor")
        let incoming = d.editor.cooperation.offer.incomingLetter
        // The offer stage of a partner's store exports the answer letter, not the offer.
        d.press(.ctrl("r"), .char("e"))
        #expect(d.text.contains("Ekspor Surat Jawaban"))
        #expect(incoming?.number == "415/12-KS")
        #expect(incoming?.date == DomainDate(year: 2026, month: 2, day: 5))
        #expect(incoming?.sender == "Bupati Bogor")
    }

    @Test func choosingTheInitiatorShowsTheIncomingLetterAtOnce() {
        var d = EditorDriver(Self.threeParties())
        d.press(.tab, .tab, .tab, .tab)
        #expect(d.editor.activeFocusedFieldID == "offer.initiatorIndex")
        d.press(.right)
        #expect(d.editor.cooperation.offer.initiator == 1)
        #expect(d.editor.form.groups.contains { $0.title.hasPrefix("Surat masuk") })
    }

    @Test func theDPRDQuestionIsAskedAtTheKBWithNoDefault() {
        var c = EditorFixture.offerAccepted()
        c.burdensPublic = nil
        let d = EditorDriver(c)
        #expect(d.editor.currentStage?.id == "kb")
        let kbFields = d.editor.form.groups.flatMap(\.fields).map(\.id)
        #expect(kbFields.contains("burdensPublic"))
        #expect(d.editor.cooperation.burdensPublic == nil)
        let proposalFields = StageScreens.proposal(c, context: EditorFixture.context).flatMap(\.fields).map(\.id)
        #expect(!proposalFields.contains("burdensPublic"))
        // A Nota Kesepakatan has no DPRD stage: not asked.
        var nota = c
        nota.kind = .notaKesepakatan
        let notaFields = StageScreens.memorandum(nota, context: EditorFixture.context).flatMap(\.fields).map(\.id)
        #expect(!notaFields.contains("burdensPublic"))
    }

    @Test func signingWithAnUnansweredDPRDQuestionIsRefused() {
        var c = EditorFixture.offerAccepted()
        c.burdensPublic = nil
        let d = EditorSigningTests().signedKB(c)
        if case .confirm = d.editor.mode { Issue.record("signed although the DPRD question is unanswered") }
        #expect(d.editor.message?.text.contains("Membebani masyarakat dan daerah") == true)
        #expect(d.editor.activeFocusedFieldID == "burdensPublic")
    }

    @Test func warningsAreShownAgainAndAcknowledgedAtSigning() {
        var c = EditorFixture.offerAccepted()
        c.proposal.durationYears = 10     // the 5-year limit is a to_confirm warning
        var d = EditorSigningTests().signedKB(c)
        let warnings = EditorFixture.context.documents.signingReport(d.editor.cooperation, kind: .kb, today: EditorFixture.today).warnings
        #expect(!warnings.isEmpty)
        guard case .confirm = d.editor.mode else { Issue.record("no dialog: \(d.editor.message?.text ?? "")"); return }
        #expect(d.text.contains("peringatan"))
        #expect(d.text.contains("Dengan Ya, peringatan berikut diakui"))
        let out = d.press(.char("y"))
        #expect(out == [.markSigned(stageID: "kb", acknowledged: warnings.map(\.text))])
    }

    @Test func theDPRDLetterIsExportedPerParty() {
        var c = EditorFixture.financingDone()
        c.burdensPublic = true
        var d = EditorSnapshotTests.at("dprd", c, width: 80, height: 24)
        d.press(.ctrl("r"), .char("e"))
        #expect(d.text.contains("Surat DPRD per pihak"))
        #expect(d.text.contains("PIHAK KEDUA (Kabupaten Bogor)"))
        d.press(.down, .enter)
        #expect(d.text.contains("Ekspor Surat"))
        let out = d.press(.down, .down, .down, .enter)
        guard case .export(let kind, let options)? = out.first else { Issue.record("no export: \(out)"); return }
        #expect(kind == .dprd)
        #expect(options.party == 1)
        #expect(options.format == .txt)
    }
}

/// Bugs found on the three-party walk (issue 13).
@Suite struct EditorWalkFindingsTests {
    @Test func theOwnSignerCarriesTheDecreeEnteredInStageOne() {
        let c = EditorFixture.offerAccepted()
        #expect(EditorFixture.profile.head.appointmentDecree == nil)
        let d = EditorSigningTests().signedKB(c)
        #expect(d.editor.cooperation.memorandum.signing.signatories[0].person.appointmentDecree
                == c.parties[0].representative.appointmentDecree)
    }

    @Test func answeringTheJointSecretariatAddsAndTakesAwayItsPKSArticle() {
        var c = EditorFixture.financingDone()
        c.kind = .ksddWajib
        c.parties.append(Party(type: .region, regionCode: "32.02", name: "Kabupaten Sukabumi",
                               representative: Person(name: "Asep Japar", title: "Bupati Sukabumi")))
        var d = EditorSnapshotTests.at("pks", c, width: 80, height: 24)
        #expect(d.editor.currentStage?.id == "pks")
        func secretariat(_ d: EditorDriver) -> Int { d.editor.cooperation.agreement.articles.filter { $0.heading.lowercased().contains("sekretariat bersama") }.count }
        let before = d.editor.cooperation.agreement.articles.count
        #expect(before > 0)
        #expect(secretariat(d) == 0)
        let g = d.editor.form.groups.firstIndex { $0.title == "Sekretariat bersama" }!
        d.editor.form.go(toGroup: g)
        d.press(.char("y"))
        #expect(d.editor.cooperation.jointSecretariat?.formed == true)
        #expect(secretariat(d) == 1)
        #expect(d.editor.form.groups.filter { $0.title.hasPrefix("Pasal ") }.count == before + 1)
        #expect(d.editor.activeFocusedFieldID == "jointSecretariat.formed")
        d.press(.char("t"))
        #expect(secretariat(d) == 0)
        #expect(d.editor.cooperation.agreement.articles.count == before)
    }
}
