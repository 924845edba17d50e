import MufakatDomain

/// Clean, complete sample cooperations for tests: every check passes on them, so a test can
/// change one thing and expect exactly one rule to fire. Shared by every test target through
/// `MufakatTestSupport` (the domain tests call it `Fixture`).
public enum CooperationFixture {
    public static func date(_ iso: String) -> CalendarDate {
        guard let d = CalendarDate(iso: iso) else { fatalError("bad fixture date \(iso)") }
        return d
    }

    public static func rupiah(_ v: Int64) -> Rupiah { Rupiah(v)! }

    /// The day the fixture is validated on: after the PKS, long before it expires.
    public static let today = date("2026-07-01")

    public static let catalogues: Catalogues = Catalogues.shared

    public static let rulebook: Rulebook = {
        do { return try RulebookLoader.load() } catch { fatalError("bundled rulebook: \(error)") }
    }()

    /// KSDD sukarela between Kota Bogor and Kabupaten Bogor on urban transport (Perhubungan),
    /// 3 years from 2027, financed 50:50 from both APBDs, all lines budgeted (so no DPRD
    /// approval), KB and PKS signed; implementation not yet started.
    public static func bogorRaya() -> Cooperation {
        let kota = catalogues.regions["32.71"]!
        let kab = catalogues.regions["32.01"]!
        var c = Cooperation(id: "ks-bogor-raya-2026", title: "Penyelenggaraan Angkutan Perkotaan Terintegrasi Bogor Raya",
                            kind: .ksddSukarela, partiesBordering: true, affairCode: "2.15",
                            subAffairID: "angkutan-perkotaan-perdesaan", burdensPublic: false)
        let waliKota = Person(name: "Budi Santoso", title: "Wali Kota Bogor", appointmentDecree: "Keputusan Menteri Dalam Negeri Nomor 100.2.1.3-1234 Tahun 2025")
        let bupati = Person(name: "Siti Rahmawati", title: "Bupati Bogor", appointmentDecree: "Keputusan Menteri Dalam Negeri Nomor 100.2.1.3-1235 Tahun 2025")
        c.parties = [
            Party(type: .region, regionCode: kota.code, name: kota.fullName, representative: waliKota,
                  address: "Jalan Ir. H. Juanda Nomor 10, Bogor", agency: "Dinas Perhubungan Kota Bogor"),
            Party(type: .region, regionCode: kab.code, name: kab.fullName, representative: bupati,
                  address: "Jalan Tegar Beriman, Cibinong", agency: "Dinas Perhubungan Kabupaten Bogor"),
        ]

        c.proposal = ProposalStage(
            progress: StageProgress(status: .done, startedOn: date("2026-01-05"), completedOn: date("2026-01-30")),
            initiatingAgency: "Dinas Perhubungan Kota Bogor", date: date("2026-01-12"),
            background: "Perjalanan harian antara Kota Bogor dan Kabupaten Bogor tinggi dan layanan angkutan belum terpadu.",
            purpose: "Menyelenggarakan angkutan perkotaan terintegrasi di wilayah Bogor Raya.",
            goals: "Waktu tempuh lebih singkat dan layanan yang terjangkau.",
            object: "Angkutan perkotaan terintegrasi lintas batas Kota Bogor dan Kabupaten Bogor.",
            scope: ["penetapan trayek terpadu", "penyediaan halte bersama", "sistem tiket terpadu"],
            form: "Kerja sama pelayanan bersama", expectedBenefit: "Pelayanan angkutan yang lebih efisien.",
            costBenefit: "Biaya bersama lebih rendah daripada tiap daerah menyelenggarakan sendiri.",
            durationYears: 3, indicativeCost: rupiah(3_000_000_000), inRegionalPlan: true,
            tkksdRecommendation: TKKSDRecommendation(number: "01/TKKSD/2026", date: date("2026-01-28"), summary: "Layak dilanjutkan.", recommended: true))

        c.offer = OfferStage(
            progress: StageProgress(status: .done, startedOn: date("2026-02-01"), completedOn: date("2026-02-20")),
            letterNumber: "100.3.4/45-Tapem", letterDate: date("2026-02-02"), signer: waliKota, addressee: "Bupati Bogor",
            attachments: ["Kerangka Acuan Kerja"], copies: ["Gubernur Jawa Barat"], response: .accepted,
            responseDate: date("2026-02-20"), responseLetterNumber: "100.3.4/88-Pem", responseDeadline: date("2026-03-04"))

        c.memorandum = MemorandumStage(
            progress: StageProgress(status: .done, startedOn: date("2026-03-01"), completedOn: date("2026-04-15")),
            considerations: ["bahwa angkutan perkotaan lintas batas memerlukan penanganan bersama"],
            fundingSource: "APBD masing-masing pihak", startBudgetYear: 2027, durationYears: 4,
            signing: Signing(date: date("2026-04-15"), place: "Bogor", numbers: ["100.3.4/1-KB/2026", "100.3.4/7-KB/2026"],
                             signatories: [Signatory(person: waliKota), Signatory(person: bupati)]))

        c.agreement = AgreementStage(
            progress: StageProgress(status: .done, startedOn: date("2026-05-01"), completedOn: date("2026-06-15")),
            duties: [PartyDuties(partyIndex: 0, rights: ["menerima laporan"], obligations: ["menyediakan halte"]),
                     PartyDuties(partyIndex: 1, rights: ["menerima laporan"], obligations: ["menyediakan armada"])],
            startDate: date("2027-01-01"), durationYears: 3, forceMajeureNoticeDays: 14, evaluationsPerYear: 2,
            signing: Signing(date: date("2026-06-15"), place: "Bogor", numbers: ["100.3.4/2-PKS/2026", "100.3.4/9-PKS/2026"],
                             signatories: [
                                Signatory(person: Person(name: "Andi Wijaya", title: "Kepala Dinas Perhubungan Kota Bogor"),
                                          powerOfAttorney: PowerOfAttorney(number: "800/12-Hukum", date: date("2026-06-10"), grantorTitle: "Wali Kota Bogor")),
                                Signatory(person: bupati),
                             ]))

        var lines: [FinancingLine] = []
        for year in 2027...2029 {
            for party in 0...1 {
                lines.append(FinancingLine(budgetYear: year, partyIndex: party, amount: rupiah(500_000_000), source: .apbd,
                                           budgeted: true, planningCode: "2.15.02.2.01", description: "Operasional angkutan terintegrasi"))
            }
        }
        c.financing = FinancingStage(progress: StageProgress(status: .done, completedOn: date("2026-06-20")), lines: lines,
                                     resultsHandling: "Tidak ada pendapatan; aset dicatat oleh masing-masing pihak.")
        return c
    }

    /// KSDPK between Kota Bogor and a BUMD, feasibility study filled, nothing signed yet.
    public static func ksdpkDraft() -> Cooperation {
        var c = bogorRaya()
        c.id = "ksdpk-parkir-2026"
        c.kind = .ksdpk
        c.parties[1] = Party(type: .thirdParty, name: "PT Trans Pakuan", legalForm: .bumd,
                             representative: Person(name: "Rudi Hartono", title: "Direktur Utama"))
        c.proposal.feasibilityStudy = FeasibilityStudy(author: "PT Trans Pakuan", date: date("2026-01-20"),
                                                       summary: "Layak secara ekonomi dan finansial.", feasible: true)
        // Initiated by the region from its mapping (Pasal 17), partner chosen openly, a Pasal 15 form.
        c.proposal.initiator = .region
        c.proposal.partnerSelection = PartnerSelection(method: "Seleksi terbuka calon mitra", legalBasis: "PP 28/2018 Pasal 17")
        c.proposal.formID = "pelayanan-publik"
        c.memorandum.signing.signatories = [c.memorandum.signing.signatories[0]]
        c.agreement.signing.signatories = [c.agreement.signing.signatories[0]]
        return c
    }
}
