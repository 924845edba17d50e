import Foundation
import Testing
import MufakatDomain
@testable import MufakatDocuments

/// Issue 14: the documents of every kind (Nota Kesepakatan, KSDPK, report, ending).
@Suite struct KindDocumentsTests {
    let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead)

    /// The Markdown of a document with runs of white space as one space (no line wrapping).
    func text(_ kind: DocumentKind, _ c: Cooperation) throws -> String { flat(try builder.build(kind, for: c)) }

    func flat(_ naskah: Naskah) -> String {
        MarkdownRenderer().render(naskah).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theNotaIsNamedNotaEverywhere() throws {
        #expect(DocumentKind(rawValue: "nota") == .nota)
        #expect(DocumentKind.memorandum(for: .notaKesepakatan) == .nota)
        #expect(DocumentKind.memorandum(for: .ksdpk) == .kb)
        let naskah = try builder.build(.nota, for: Fixtures.notaKemenhub)
        #expect(naskah.kind == .nota)
        let t = flat(naskah)
        #expect(t.contains("NOTA KESEPAKATAN"))
        #expect(!t.contains("Kesepakatan Bersama"))
        #expect(!t.contains("Perjanjian Kerja Sama"))
        // A KB for a Nota is refused and points to the right document.
        #expect(throws: NaskahError.self) { try builder.build(.kb, for: Fixtures.notaKemenhub) }
        do { _ = try builder.build(.kb, for: Fixtures.notaKemenhub) } catch { #expect(error.problem.contains("naskah nota")) }
        // And a KSDPK has no Nota.
        #expect(throws: NaskahError.self) { try builder.build(.nota, for: Fixtures.parkirPakuan) }
    }

    /// Walked as Gresik: the KSDPK's form is chosen from Pasal 15, and the KAK printed
    /// "[BELUM DIISI: Bentuk kerja sama]" because it read only the free text.
    @Test func theKAKOfAKSDPKPrintsTheChosenForm() throws {
        var c = Fixtures.parkirPakuan
        c.proposal.form = ""
        c.proposal.formID = "pelayanan-publik"
        let naskah = try builder.build(.kak, for: c)
        #expect(!naskah.missingFields.contains { $0.path == "proposal.form" })
        #expect(flat(naskah).contains("Kerja sama dalam penyediaan pelayanan publik sebagaimana dimaksud dalam Pasal 15 huruf a Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah."))
        #expect(!flat(naskah).contains("(Badan Usaha"), "no brackets inside brackets: \(flat(naskah))")
        // The 25-year water term names its exception and its reason.
        c.proposal.durationYears = 25
        c.proposal.durationExceptionID = "air-minum"
        c.proposal.durationExceptionReason = "Masa pengembalian investasi instalasi."
        let kak = try text(.kak, c)
        #expect(kak.contains("melebihi batas umum 5 tahun berdasarkan pengecualian penyediaan air minum paling lama 25 tahun"), "\(kak)")
        #expect(kak.contains("dengan alasan masa pengembalian investasi instalasi."))
    }

    /// Walked as Gresik: a Perumda typed as the officer knows it came out "Peraturan Daerah Nomor
    /// Peraturan Daerah Kabupaten Gresik ...", asked for a deed a Perumda does not have, and
    /// named the directors' decree by its bare number.
    @Test func aPerumdaIsIdentifiedByItsPerda() throws {
        var c = Fixtures.parkirPakuan
        c.parties[1].legalForm = .bumd
        var company = c.parties[1].company ?? CompanyDetails()
        company.deed = nil
        company.ratification = nil
        company.regionalRegulation = LegalInstrument(number: "Peraturan Daerah Kabupaten Gresik Nomor 4 Tahun 2020", date: CalendarDate(year: 2020, month: 6, day: 12))
        company.directorAppointment = LegalInstrument(number: "188/45/HK/437.12/2023", date: CalendarDate(year: 2023, month: 3, day: 15))
        c.parties[1].company = company
        let naskah = try builder.build(.kb, for: c)
        let t = flat(naskah)
        #expect(t.contains("yang didirikan berdasarkan Peraturan Daerah Kabupaten Gresik Nomor 4 Tahun 2020 tanggal 12 Juni 2020"), "\(t)")
        #expect(!t.contains("Nomor Peraturan Daerah"))
        #expect(t.contains("pengangkatan direksi berdasarkan Keputusan Nomor 188/45/HK/437.12/2023"))
        #expect(!naskah.missingFields.contains { $0.path.hasPrefix("parties[1].company.deed") || $0.path.hasPrefix("parties[1].company.ratification") })
    }

    /// Walked as Gresik: after the company's own initiative the region's KAK read "Perusahaan ...
    /// merencanakan kerja sama dengan: 1. Pemerintah Kabupaten ..." and never named the company's
    /// offer letter and study (PP 28/2018 Pasal 18).
    @Test func theKAKAfterACompanysInitiativeIsTheRegionsAndNamesTheCompanysOffer() throws {
        var c = Fixtures.parkirPakuan
        c.proposal.initiator = .thirdParty
        c.proposal.incomingOffer = RegisteredDocument(number: "690/045/GT/2025", date: CalendarDate(year: 2025, month: 12, day: 1), title: "Penawaran kerja sama")
        c.offer.initiatorIndex = 1
        let kak = try text(.kak, c)
        #expect(kak.contains("Pemerintah Kota Bogor merencanakan kerja sama dengan:"), "\(kak)")
        #expect(kak.contains("Kerja sama ini diprakarsai oleh PT Pakuan Parkir Digital melalui surat Nomor 690/045/GT/2025 tanggal 1 Desember 2025 perihal Penawaran kerja sama beserta studi kelayakannya, sebagaimana dimaksud dalam Pasal 18"), "\(kak)")
        // The region makes no offer of its own here: the KAK serves to assess the initiative.
        #expect(kak.contains("sebagai dasar penilaian prakarsa dan pembahasan kerja sama."))
        // A region's own initiative names no company letter.
        #expect(!(try text(.kak, Fixtures.parkirPakuan)).contains("diprakarsai oleh"))
    }

    /// Walked as Gresik: the company's own investment read "Dalam APBD: Sudah" (or "Belum") in the
    /// financing plan, a question asked of a region's own APBD only.
    @Test func companyMoneyIsNeverSaidToBeInTheAPBD() throws {
        var c = Fixtures.parkirPakuan
        c.financing.lines = [
            FinancingLine(budgetYear: 2026, partyIndex: 0, amount: Rupiah(250_000_000)!, source: .apbd, budgeted: true,
                          planningCode: "1.03.03.2.01", description: "Pengawasan"),
            FinancingLine(budgetYear: 2026, partyIndex: 1, amount: Rupiah(6_000_000_000)!, source: .pihakKetiga, budgeted: true,
                          description: "Investasi badan usaha"),
        ]
        let t = try text(.pembiayaan, c)
        #expect(t.contains("| Pengawasan (1.03.03.2.01) | APBD | Sudah |"), "\(t)")
        #expect(t.contains("| Investasi badan usaha | Dana pihak ketiga | - |"), "\(t)")
    }

    /// Walked as Gresik: the offer to the company that had itself offered read as if the region
    /// offered out of the blue; it answers the company's letter (PP 28/2018 Pasal 18).
    @Test func anOfferAfterACompanysInitiativeAnswersItsLetter() throws {
        var c = Fixtures.parkirPakuan
        c.proposal.initiator = .thirdParty
        c.proposal.incomingOffer = RegisteredDocument(number: "690/045/GT/2025", date: CalendarDate(year: 2025, month: 12, day: 1), title: "Penawaran kerja sama")
        let t = try text(.penawaran, c)
        #expect(t.contains("Menindaklanjuti surat Saudara Nomor 690/045/GT/2025 tanggal 1 Desember 2025 perihal Penawaran kerja sama"), "\(t)")
        #expect(!(try text(.penawaran, Fixtures.parkirPakuan)).contains("Menindaklanjuti"))
    }

    @Test func theNotaAnnexesItsRencanaAksi() throws {
        let naskah = try builder.build(.nota, for: Fixtures.notaKemenhub)
        let tables = naskah.blocks.compactMap { block -> Table? in if case .table(let t) = block { t } else { nil } }
        let plan = try #require(tables.first { $0.header.map(\.plain) == ["No.", "Kegiatan", "Keluaran", "Penanggung Jawab", "Jadwal", "Sumber Pendanaan"] })
        #expect(plan.rows.count == 2)
        #expect(plan.rows[1].cells[5].plain == "APBN")
        #expect(plan.rows[0].cells[5].plain == "APBD")
        #expect(plan.rows[1].cells[3].plain.contains("Kementerian Perhubungan"))
        let t = flat(naskah)
        #expect(t.contains("LAMPIRAN"))
        #expect(t.contains("RENCANA AKSI"))
        #expect(t.contains("bagian yang tidak terpisahkan"))
        // Without rows the annex names what is missing.
        var empty = Fixtures.notaKemenhub
        empty.memorandum.actionPlan = []
        #expect(try builder.build(.nota, for: empty).missingFields.contains { $0.path == "memorandum.actionPlan" })
    }

    @Test func theNotaFundsEachPartyFromItsOwnBudgetAndSettlesByMusyawarah() throws {
        let t = try text(.nota, Fixtures.notaKemenhub)
        #expect(t.contains("PIHAK PERTAMA dari Anggaran Pendapatan dan Belanja Daerah Kota Bogor"))
        #expect(t.contains("PIHAK KEDUA dari Anggaran Pendapatan dan Belanja Negara"))
        #expect(!t.contains("APBD masing-masing"))
        #expect(t.contains("musyawarah untuk mufakat"))
        #expect(!t.contains("antardaerah"), "a ministry is not a region: no Pasal 8 disputes between regions")
    }

    @Test func prefilledNotaArticlesComeFromTheNotaTemplates() {
        let articles = builder.prefilledArticles(.kb, for: Fixtures.notaKemenhub)
        #expect(!articles.isEmpty)
        #expect(articles.allSatisfy { $0.clauseID.hasPrefix("nota-") })
        #expect(builder.prefilledArticles(.kb, for: Fixtures.parkirPakuan).allSatisfy { $0.clauseID.hasPrefix("kb-") })
    }

    @Test func aKSDPKNamesTheCompanyReportsToTheHeadAndUsesTheFormFromTheRulebook() throws {
        var c = Fixtures.parkirPakuan
        c.parties[1].representative.title = "Direktur Utama"
        c.proposal.formID = "pengelolaan-aset"
        c.agreement.evaluationsPerYear = 2
        let pks = try text(.pks, c)
        #expect(pks.contains("DIREKTUR UTAMA PT PAKUAN PARKIR DIGITAL,"))
        #expect(!pks.contains("kepada kepala daerah masing-masing"))
        #expect(pks.contains("Pihak ketiga menyampaikan laporan pelaksanaan"))
        #expect(pks.contains("kerja sama dalam pengelolaan aset untuk meningkatkan nilai tambah"))
        #expect(pks.contains("disetorkan ke kas daerah"))
        // A region signer is left as it is.
        #expect(!pks.contains("WALI KOTA BOGOR KOTA BOGOR"))
    }

    @Test func thePKSTextFollowsTheEvaluationsAgreedEvenAfterEditing() throws {
        var c = Fixtures.bogorRaya
        c.agreement.evaluationsPerYear = 2
        c.agreement.articles = builder.prefilledArticles(.pks, for: c)
        #expect(c.agreement.articles.contains { $0.paragraphs.contains { $0.contains("{evaluasi_per_tahun}") } })
        c.agreement.evaluationsPerYear = 4
        let t = try text(.pks, c)
        #expect(t.contains("paling sedikit 4 (empat) kali dalam 1 (satu) tahun anggaran"))
        #expect(!t.contains("paling sedikit 2 (dua) kali"))
    }

    @Test func companyMoneyNeedsNoPlanningCode() throws {
        var c = Fixtures.parkirPakuan
        c.financing.lines[0].planningCode = ""
        let naskah = try builder.build(.pembiayaan, for: c)
        #expect(!naskah.missingFields.contains { $0.path.hasSuffix("planningCode") })
        c.financing.lines[0].source = .apbd
        #expect(try builder.build(.pembiayaan, for: c).missingFields.contains { $0.path == "financing.lines[0].planningCode" })
    }

    @Test func theReportGoesToTheGovernorOfAKabKota() throws {
        var c = Fixtures.bogorRaya
        c.implementation.evaluations = [Evaluation(date: CalendarDate(year: 2027, month: 3, day: 1)!, findings: ["Halte belum lengkap"],
                                                   recommendations: ["Lengkapi halte"],
                                                   followUps: [EvaluationFollowUp(action: "Pembangunan halte", owner: "Dinas Perhubungan", deadline: CalendarDate(year: 2027, month: 6, day: 1))])]
        c.implementation.reports = [Report(date: CalendarDate(year: 2027, month: 7, day: 1)!, summary: "Layanan berjalan",
                                           periodStart: CalendarDate(year: 2027, month: 1, day: 1), periodEnd: CalendarDate(year: 2027, month: 6, day: 30),
                                           letterNumber: "551/7/Huk/2027")]
        let naskah = try builder.build(.laporan, for: c)
        let t = flat(naskah)
        #expect(t.contains("Gubernur Jawa Barat"))
        #expect(t.contains("LAPORAN PELAKSANAAN KERJA SAMA"))
        #expect(t.contains("Halte belum lengkap"))
        #expect(t.contains("Pembangunan halte (Dinas Perhubungan, tenggat 1 Juni 2027)"))
        #expect(t.contains("PP 28/2018 Pasal 44"))
        #expect(naskah.missingFields.isEmpty, "\(naskah.missingFields)")
    }

    @Test func aProvinceReportsToTheMinister() throws {
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook)
        var c = Fixtures.notaKemenhub
        c.parties[0] = Party.region(Catalogues.shared.regions["32"]!, headName: "Gubernur", address: "Bandung")
        c.implementation.reports = [Report(date: CalendarDate(year: 2027, month: 7, day: 1)!)]
        #expect(flat(try builder.build(.laporan, for: c)).contains("Menteri Dalam Negeri"))
    }

    @Test func theEndingLetterNamesItsGroundFromTheRulebook() throws {
        var c = Fixtures.bogorRaya
        #expect(throws: NaskahError.self) { try builder.build(.pengakhiran, for: c) }
        c.ended = EndRecord(ground: .mutualAgreement, date: CalendarDate(year: 2028, month: 1, day: 31)!,
                            supportingDocument: RegisteredDocument(number: "551/1/2028", date: CalendarDate(year: 2028, month: 1, day: 10), title: "Kesepakatan Pengakhiran"),
                            notificationLetter: RegisteredDocument(number: "551/2/2028", date: CalendarDate(year: 2028, month: 1, day: 31)))
        let naskah = try builder.build(.pengakhiran, for: c)
        let t = flat(naskah)
        #expect(t.contains("kesepakatan para pihak untuk mengakhiri kerja sama"))
        #expect(t.contains("PP 28/2018 Pasal 9 ayat (1) huruf c"))
        #expect(t.contains("Kesepakatan Pengakhiran Nomor 551/1/2028"))
        #expect(t.contains("Gubernur Jawa Barat"))
        #expect(naskah.missingFields.isEmpty, "\(naskah.missingFields)")
    }

    @Test func anAmendmentHasItsOwnDocument() throws {
        var c = Fixtures.bogorRaya
        #expect(throws: NaskahError.self) { try builder.build(.adendum, for: c) }
        c.amendments = [Amendment(stageID: "pks", reason: "Hasil evaluasi menunjukkan perlunya penambahan trayek", date: CalendarDate(year: 2027, month: 8, day: 1)!)]
        c.amendments[0].numbers = ["551/20/Huk/2027", "551/21/Huk/2027"]
        c.amendments[0].changes = ["Ketentuan Pasal 3 ayat (1) ditambah satu huruf, yakni huruf d, yang berbunyi \"d. trayek Bogor–Ciawi\""]
        let naskah = try builder.build(.adendum, for: c)
        let t = flat(naskah)
        #expect(t.contains("ADENDUM PERJANJIAN KERJA SAMA"))
        #expect(t.contains("PERUBAHAN ATAS PERJANJIAN KERJA SAMA"))
        #expect(t.contains("NOMOR : 551/20/Huk/2027"))
        #expect(t.contains("trayek Bogor–Ciawi"))
        #expect(t.contains("bahwa hasil evaluasi menunjukkan perlunya penambahan trayek"))
        #expect(naskah.missingFields.isEmpty, "\(naskah.missingFields)")
        c.amendments[0].changes = []
        #expect(try builder.build(.adendum, for: c).missingFields.contains { $0.path == "amendments[0].changes" })
    }

    @Test func aRenewalHasItsOwnDocumentWithTheNewTerm() throws {
        var c = Fixtures.bogorRaya
        #expect(throws: NaskahError.self) { try builder.build(.perpanjangan, for: c) }
        let end = try #require(c.expiryDate)
        c.renewals = [Renewal(date: end.adding(days: -30), years: 1, reason: "Hasil evaluasi tahun kedua", numbers: ["551/30/Huk", "551/31/Huk"])]
        let naskah = try builder.build(.perpanjangan, for: c)
        let t = flat(naskah)
        #expect(t.contains("PERPANJANGAN PERJANJIAN KERJA SAMA"))
        #expect(t.contains("diperpanjang selama 1 (satu) tahun terhitung sejak tanggal \(IndonesianDate.long(end.adding(days: 1))) sampai dengan tanggal \(IndonesianDate.long(end.adding(years: 1)))"))
        #expect(naskah.missingFields.isEmpty, "\(naskah.missingFields)")
    }

    @Test func signingANotaRecordsItOnTheMemorandum() throws {
        let c = Fixtures.notaKemenhub
        let signed = try #require(SignedDocument.markSigned(c, document: .nota, data: Data("x".utf8), format: "docx", on: CalendarDate(year: 2026, month: 10, day: 5)!))
        #expect(signed.memorandum.progress.status == .done)
        #expect(SignedDocument.fingerprints(in: signed).first?.document == .nota)
        #expect(SignedDocument.markSigned(c, document: .kb, data: Data("x".utf8), format: "docx", on: CalendarDate(year: 2026, month: 10, day: 5)!) == nil)
    }
}

/// The demo's walked examples give every document of their path, complete.
@Suite struct WalkedExampleDocumentsTests {
    @Test func everyDocumentOfEveryWalkedPathBuildsComplete() throws {
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook)
        let expected: [CooperationKind: [DocumentKind]] = [
            .notaKesepakatan: [.kak, .nota, .ringkasan],
            .ksdpk: [.kak, .penawaran, .kb, .pks, .pembiayaan, .ringkasan],
            .ksdpl: [.ringkasan],
            .ksdll: [.ringkasan],
            .ksddWajib: [.kak, .penawaran, .kb, .dprd, .pembiayaan, .ringkasan],
            .ksddSukarela: [.kak, .penawaran, .kb, .pks, .pembiayaan, .ringkasan, .laporan, .perpanjangan, .pengakhiran],
        ]
        for c in WalkedExamples.all() {
            for kind in expected[c.kind] ?? [] {
                let naskah = try builder.build(kind, for: c)
                // The letterhead's city comes from the region profile, not from the cooperation.
                let missing = naskah.missingFields.filter { !$0.path.hasPrefix("letterhead.") }
                #expect(missing.isEmpty, "\(c.id)/\(kind.rawValue): \(missing.map(\.path))")
                _ = try DocxRenderer().render(naskah)
            }
        }
    }
}
