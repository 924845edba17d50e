import MufakatDomain
@testable import MufakatDocuments

/// Fixture cooperations, built in code (names of people are invented).
enum Fixtures {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func rp(_ v: Int64) -> Rupiah { Rupiah(v)! }
    static let rulebook: Rulebook = try! RulebookLoader.load()

    static let bogorLetterhead = Letterhead(
        regionCode: "32.71", governmentName: "Pemerintah Kota Bogor", unit: "Sekretariat Daerah",
        address: "Jalan Ir. H. Juanda Nomor 10, Bogor 16121", phone: "(0251) 8321075",
        email: "setda@kotabogor.go.id", website: "kotabogor.go.id", city: "Bogor")

    /// KSDD sukarela, two parties: Kota Bogor and Kabupaten Bogor on urban transport, 2026–2028.
    static var bogorRaya: Cooperation {
        var c = Cooperation(id: "ks-bogor-raya-2026", title: "Penyelenggaraan Angkutan Perkotaan Terintegrasi Bogor Raya",
                            kind: .ksddSukarela, partiesBordering: true, affairCode: "2.15")
        c.parties = [
            Party(type: .region, regionCode: "32.71", name: "Kota Bogor",
                  representative: Person(name: "Bima Santoso", title: "Wali Kota Bogor"),
                  address: "Jalan Ir. H. Juanda Nomor 10, Bogor", agency: "Dinas Perhubungan Kota Bogor"),
            Party(type: .region, regionCode: "32.01", name: "Kabupaten Bogor",
                  representative: Person(name: "Rudy Hartono", title: "Bupati Bogor"),
                  address: "Jalan Tegar Beriman Nomor 1, Cibinong", agency: "Dinas Perhubungan Kabupaten Bogor"),
        ]
        c.proposal = ProposalStage(
            progress: StageProgress(status: .done, completedOn: date("2026-01-20")),
            initiatingAgency: "Dinas Perhubungan Kota Bogor", date: date("2026-01-15"),
            background: "Mobilitas harian penduduk antara Kota Bogor dan Kabupaten Bogor tinggi, sementara layanan angkutan umum di kedua daerah belum terhubung.\nPenyelenggaraan angkutan perkotaan yang terintegrasi akan lebih efektif dan efisien bila dilaksanakan bersama.",
            purpose: "menyelenggarakan layanan angkutan perkotaan yang terintegrasi antarwilayah",
            goals: "meningkatkan kualitas pelayanan angkutan umum bagi masyarakat Bogor Raya",
            object: "penyelenggaraan angkutan perkotaan lintas Kota Bogor dan Kabupaten Bogor",
            scope: ["penataan trayek angkutan perkotaan lintas wilayah", "integrasi tarif dan sistem pembayaran", "penyediaan sarana dan prasarana halte"],
            form: "penyediaan pelayanan publik secara bersama",
            expectedBenefit: "waktu tempuh lebih singkat dan biaya perjalanan lebih rendah bagi masyarakat",
            costBenefit: "Biaya penyelenggaraan bersama lebih rendah daripada penyelenggaraan oleh masing-masing daerah karena sarana dipakai bersama.",
            durationYears: 3, indicativeCost: rp(4_500_000_000), inRegionalPlan: true)
        c.offer = OfferStage(progress: StageProgress(status: .done), letterNumber: "415.4/123-Kerja Sama",
                             letterDate: date("2026-02-02"), signer: Person(name: "Bima Santoso", title: "Wali Kota Bogor"),
                             addressee: "Bupati Bogor", attachments: ["Kerangka Acuan Kerja"],
                             copies: ["Gubernur Jawa Barat", "Ketua DPRD Kota Bogor"], response: .accepted,
                             responseDate: date("2026-02-20"), responseLetterNumber: "415.4/88-Pem",
                             responseDeadline: date("2026-03-04"))
        c.memorandum = MemorandumStage(
            progress: StageProgress(status: .done, completedOn: date("2026-03-18")),
            considerations: ["bahwa angkutan perkotaan merupakan kebutuhan dasar masyarakat yang melintasi batas wilayah Kota Bogor dan Kabupaten Bogor",
                             "bahwa penyelenggaraan angkutan perkotaan secara bersama lebih efektif dan efisien daripada dilaksanakan sendiri-sendiri"],
            fundingSource: "Anggaran Pendapatan dan Belanja Daerah masing-masing pihak",
            startBudgetYear: 2026, durationYears: 3,
            signing: Signing(date: date("2026-03-18"), place: "Bogor",
                             numbers: ["415.4/05-KB/2026", "415.4/11/KB/2026"]))
        c.councilApproval = CouncilApprovalStage(progress: StageProgress(status: .skipped, skipReason: "Tidak diperlukan"))
        c.agreement = AgreementStage(
            progress: StageProgress(status: .draft),
            duties: [
                PartyDuties(partyIndex: 0, rights: ["menerima data trayek dari PIHAK KEDUA", "memperoleh laporan pelaksanaan"],
                            obligations: ["menyediakan armada pada trayek dalam wilayah Kota Bogor", "menyediakan halte di wilayah Kota Bogor"]),
                PartyDuties(partyIndex: 1, rights: ["menerima data trayek dari PIHAK PERTAMA"],
                            obligations: ["menyediakan armada pada trayek dalam wilayah Kabupaten Bogor", "menyediakan halte di wilayah Kabupaten Bogor"]),
            ],
            startDate: date("2026-04-01"), durationYears: 3, forceMajeureNoticeDays: 14,
            signing: Signing(date: date("2026-04-01"), place: "Cibinong",
                             numbers: ["551.2/07-PKS/2026", "551.2/19/PKS/2026"],
                             signatories: [Signatory(), Signatory()]))
        c.financing = FinancingStage(progress: StageProgress(status: .done), lines: [
            FinancingLine(budgetYear: 2026, partyIndex: 0, amount: rp(750_000_000), budgeted: true, planningCode: "2.15.02.2.01", description: "Penataan trayek dan halte"),
            FinancingLine(budgetYear: 2026, partyIndex: 1, amount: rp(750_000_000), budgeted: true, planningCode: "2.15.02.2.01", description: "Penataan trayek dan halte"),
            FinancingLine(budgetYear: 2027, partyIndex: 0, amount: rp(800_000_000), budgeted: true, planningCode: "2.15.02.2.02", description: "Operasional layanan terintegrasi"),
            FinancingLine(budgetYear: 2027, partyIndex: 1, amount: rp(800_000_000), budgeted: true, planningCode: "2.15.02.2.02", description: "Operasional layanan terintegrasi"),
            FinancingLine(budgetYear: 2028, partyIndex: 0, amount: rp(700_000_000), budgeted: true, planningCode: "2.15.02.2.02", description: "Operasional layanan terintegrasi"),
            FinancingLine(budgetYear: 2028, partyIndex: 1, amount: rp(700_000_000), budgeted: true, planningCode: "2.15.02.2.02", description: "Operasional layanan terintegrasi"),
        ])
        return c
    }

    /// KSDD wajib, three bordering parties, on regional waste; the PKS is signed by agency heads
    /// on powers of attorney, and part of the financing is not budgeted yet (DPRD approval).
    static var legokNangka: Cooperation {
        var c = Cooperation(id: "ks-sampah-regional", title: "Pengelolaan Sampah Regional Cekungan Bandung",
                            kind: .ksddWajib, partiesBordering: true, affairCode: "1.03", burdensPublic: true)
        c.parties = [
            Party(type: .region, regionCode: "32.73", name: "Kota Bandung",
                  representative: Person(name: "Andi Firmansyah", title: "Wali Kota Bandung"),
                  address: "Jalan Wastukancana Nomor 2, Bandung", agency: "Dinas Lingkungan Hidup Kota Bandung"),
            Party(type: .region, regionCode: "32.04", name: "Kabupaten Bandung",
                  representative: Person(name: "Dadang Supriatna Putra", title: "Bupati Bandung"),
                  address: "Jalan Raya Soreang Km 17, Soreang", agency: "Dinas Lingkungan Hidup Kabupaten Bandung"),
            Party(type: .region, regionCode: "32.77", name: "Kota Cimahi",
                  representative: Person(name: "Ngatiyana Prasetyo", title: "Wali Kota Cimahi"),
                  address: "Jalan Demang Hardjakusumah Blok Jati, Cimahi", agency: "Dinas Lingkungan Hidup Kota Cimahi"),
        ]
        c.proposal = ProposalStage(
            initiatingAgency: "Dinas Lingkungan Hidup Kota Bandung", date: date("2026-05-04"),
            background: "Timbulan sampah di ketiga daerah melebihi daya tampung tempat pemrosesan akhir masing-masing.",
            purpose: "mengelola sampah secara bersama di tempat pengolahan regional",
            goals: "mengurangi sampah yang tidak terkelola di Cekungan Bandung",
            object: "pengangkutan dan pengolahan sampah di tempat pengolahan dan pemrosesan akhir sampah regional",
            scope: ["pengangkutan sampah dari tempat penampungan sementara", "pengolahan sampah menjadi energi", "pemantauan dampak lingkungan"],
            form: "penyediaan pelayanan publik secara bersama", expectedBenefit: "berkurangnya sampah yang tidak terkelola",
            costBenefit: "Pengolahan bersama menurunkan biaya per ton sampah.", durationYears: 5, indicativeCost: rp(12_300_000_000))
        c.offer = OfferStage(progress: StageProgress(status: .done), letterNumber: "658.1/301-DLH", letterDate: date("2026-05-11"),
                             addressee: "Bupati Bandung dan Wali Kota Cimahi", response: .accepted)
        c.memorandum = MemorandumStage(
            progress: StageProgress(status: .done),
            considerations: ["bahwa pengelolaan sampah berdampak lintas daerah bagi Kota Bandung, Kabupaten Bandung, dan Kota Cimahi",
                             "bahwa pelayanan pengolahan sampah lebih efisien bila dikelola bersama",
                             "bahwa sesuai dengan Pasal 3 ayat (2) Peraturan Pemerintah Nomor 28 Tahun 2018, kerja sama ini merupakan kerja sama wajib"],
            fundingSource: "Anggaran Pendapatan dan Belanja Daerah masing-masing pihak", startBudgetYear: 2027, durationYears: 5,
            signing: Signing(date: date("2026-06-15"), place: "Bandung", numbers: ["658.1/12-DLH", "658/40/KB/2026", "658/21-DLH/2026"]))
        c.councilApproval = CouncilApprovalStage(progress: StageProgress(status: .done), approvals: [
            CouncilApproval(partyIndex: 0, requestLetterNumber: "658.1/402-Pem", requestDate: date("2026-07-01"),
                            decisionNumber: "12 Tahun 2026", decisionDate: date("2026-08-10"), approved: true),
            CouncilApproval(partyIndex: 1, requestLetterNumber: "658/77/Pem", requestDate: date("2026-07-03"),
                            decisionNumber: "172/Kep.09-DPRD/2026", decisionDate: date("2026-08-12"), approved: true),
            CouncilApproval(partyIndex: 2, requestLetterNumber: "658/55-Pem", requestDate: date("2026-07-02"),
                            decisionNumber: "5 Tahun 2026", decisionDate: date("2026-08-14"), approved: true),
        ])
        let poa = { (title: String, number: String) in PowerOfAttorney(number: number, date: date("2026-09-01"), grantorTitle: title) }
        c.agreement = AgreementStage(
            considerations: ["bahwa tempat pengolahan regional telah siap menerima sampah dari PARA PIHAK"],
            duties: (0..<3).map { PartyDuties(partyIndex: $0, rights: ["memperoleh layanan pengolahan sampah sesuai kuota"],
                                               obligations: ["mengangkut sampah ke tempat pengolahan regional", "membayar biaya layanan pengolahan sesuai kuota"]) },
            startDate: date("2026-09-15"), durationYears: 5, forceMajeureNoticeDays: 7, evaluationsPerYear: 2,
            signing: Signing(date: date("2026-09-15"), place: "Bandung",
                             numbers: ["658.1/55-PKS", "658/90/PKS/2026", "658/33-PKS/2026"],
                             signatories: [
                                Signatory(person: Person(name: "Dudy Prayudi", title: "Kepala Dinas Lingkungan Hidup Kota Bandung", nip: "19700101 199503 1 002"),
                                          powerOfAttorney: poa("Wali Kota Bandung", "800/1201-Huk")),
                                Signatory(person: Person(name: "Asep Kusumah", title: "Kepala Dinas Lingkungan Hidup Kabupaten Bandung", nip: "19720202 199803 1 004"),
                                          powerOfAttorney: poa("Bupati Bandung", "180/77/Huk")),
                                Signatory(person: Person(name: "Chanifah Lestari", title: "Kepala Dinas Lingkungan Hidup Kota Cimahi", nip: "19750303 200003 2 001"),
                                          powerOfAttorney: poa("Wali Kota Cimahi", "180/12-Huk")),
                             ]))
        c.financing = FinancingStage(lines: [
            FinancingLine(budgetYear: 2027, partyIndex: 0, amount: rp(2_000_000_000), budgeted: true, planningCode: "1.03.05.2.01", description: "Biaya layanan pengolahan sampah"),
            FinancingLine(budgetYear: 2027, partyIndex: 1, amount: rp(1_500_000_000), budgeted: false, planningCode: "1.03.05.2.01", description: "Biaya layanan pengolahan sampah"),
            FinancingLine(budgetYear: 2027, partyIndex: 2, amount: rp(800_000_000), budgeted: false, planningCode: "1.03.05.2.01", description: "Biaya layanan pengolahan sampah"),
            FinancingLine(budgetYear: 2028, partyIndex: 0, amount: rp(2_100_000_000), budgeted: false, planningCode: "1.03.05.2.01", description: "Biaya layanan pengolahan sampah"),
        ])
        return c
    }

    /// KSDPK: Kota Bogor with a private company on parking management; the data stop halfway.
    static var parkirPakuan: Cooperation {
        var c = Cooperation(id: "ks-parkir-pakuan", title: "Pengelolaan Parkir Elektronik di Kawasan Pusat Kota",
                            kind: .ksdpk, affairCode: "2.15")
        c.parties = [
            Party(type: .region, regionCode: "32.71", name: "Kota Bogor",
                  representative: Person(name: "Bima Santoso", title: "Wali Kota Bogor"),
                  address: "Jalan Ir. H. Juanda Nomor 10, Bogor", agency: "Dinas Perhubungan Kota Bogor"),
            Party(type: .thirdParty, name: "PT Pakuan Parkir Digital", legalForm: .badanUsahaSwasta,
                  representative: Person(name: "Sari Wulandari", title: "Direktur Utama PT Pakuan Parkir Digital",
                                         appointmentDecree: "Akta Notaris Nomor 12 tanggal 3 Maret 2025"),
                  address: "Jalan Pajajaran Nomor 88, Bogor"),
        ]
        c.proposal = ProposalStage(
            initiatingAgency: "Dinas Perhubungan Kota Bogor",
            background: "Pemungutan retribusi parkir tunai rawan kebocoran.",
            purpose: "menyelenggarakan parkir elektronik", goals: "meningkatkan pendapatan daerah dari retribusi parkir",
            object: "pengelolaan parkir di tepi jalan umum kawasan pusat kota", scope: ["penyediaan mesin parkir", "pengelolaan pembayaran nontunai"],
            form: "pemanfaatan barang milik daerah", expectedBenefit: "pendapatan retribusi parkir meningkat",
            costBenefit: "Investasi mesin ditanggung pihak ketiga.", durationYears: 5, indicativeCost: rp(6_000_000_000),
            feasibilityStudy: FeasibilityStudy(author: "PT Pakuan Parkir Digital", date: date("2026-02-10"),
                                               summary: "Studi menunjukkan titik impas pada tahun ketiga.", feasible: true))
        c.memorandum = MemorandumStage(considerations: ["bahwa parkir elektronik meningkatkan transparansi retribusi"],
                                       fundingSource: "dana PT Pakuan Parkir Digital", startBudgetYear: 2026, durationYears: 5,
                                       signing: Signing(date: date("2026-04-20"), place: "Bogor", numbers: ["551/31-Dishub", ""]))
        c.agreement = AgreementStage(
            duties: [PartyDuties(partyIndex: 0, rights: ["menerima bagi hasil retribusi"], obligations: ["menyediakan lokasi parkir"])],
            durationYears: 5)
        c.financing = FinancingStage(lines: [
            FinancingLine(budgetYear: 2026, partyIndex: 1, amount: rp(6_000_000_000), source: .pihakKetiga, budgeted: true,
                          planningCode: "-", description: "Pengadaan dan pemasangan mesin parkir"),
        ], resultsHandling: "")
        return c
    }

    /// Nota Kesepakatan between Kota Bogor and a ministry.
    static var notaKemenhub: Cooperation {
        var c = Cooperation(id: "nk-kemenhub", title: "Sinergi Pembangunan Sistem Angkutan Massal Bogor",
                            kind: .notaKesepakatan, affairCode: "2.15")
        c.parties = [
            Party(type: .region, regionCode: "32.71", name: "Kota Bogor",
                  representative: Person(name: "Bima Santoso", title: "Wali Kota Bogor"),
                  address: "Jalan Ir. H. Juanda Nomor 10, Bogor", agency: "Dinas Perhubungan Kota Bogor"),
            Party(type: .ministry, name: "Kementerian Perhubungan",
                  representative: Person(name: "Budi Karyawan", title: "Direktur Jenderal Perhubungan Darat"),
                  address: "Jalan Medan Merdeka Barat Nomor 8, Jakarta Pusat"),
        ]
        c.proposal.purpose = "menyinergikan perencanaan dan pelaksanaan pembangunan angkutan massal"
        c.proposal.goals = "terwujudnya angkutan massal berbasis jalan di Kota Bogor"
        c.proposal.object = "pembangunan sistem angkutan massal berbasis jalan"
        c.proposal.scope = ["penyusunan rencana induk", "pembangunan prasarana", "pengoperasian layanan"]
        c.memorandum = MemorandumStage(considerations: ["bahwa angkutan massal merupakan program strategis nasional di kawasan perkotaan"],
                                       startBudgetYear: 2027, durationYears: 5,
                                       signing: Signing(date: date("2026-10-05"), place: "Jakarta", numbers: ["551/90-Dishub", "PR.301/1/5 PHB 2026"]),
                                       actionPlan: [
                                           ActionPlanItem(activity: "Penyusunan rencana induk angkutan massal", output: "Dokumen rencana induk",
                                                          partyIndex: 0, unit: "Dinas Perhubungan Kota Bogor", timeline: "2027", funding: .apbd),
                                           ActionPlanItem(activity: "Pembangunan prasarana halte dan lajur khusus", output: "Halte dan lajur khusus terbangun",
                                                          partyIndex: 1, unit: "Direktorat Jenderal Perhubungan Darat", timeline: "2027–2028", funding: .apbn),
                                       ])
        return c
    }
}

extension Fixtures {
    /// Every fixture with a short name and the letterhead its own region would use.
    static var all: [(name: String, cooperation: Cooperation, letterhead: Letterhead?)] {
        [("ksdd-sukarela-2-pihak", bogorRaya, bogorLetterhead),
         ("ksdd-wajib-3-pihak", legokNangka, nil),
         ("ksdpk", parkirPakuan, bogorLetterhead),
         ("nota-kesepakatan", notaKemenhub, bogorLetterhead)]
    }
}
