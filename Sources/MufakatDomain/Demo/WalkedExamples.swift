/// Contoh yang dijalani: one cooperation of each kind, walked stage by stage as an officer would,
/// with nothing filled that its kind does not ask (a Nota Kesepakatan has no offer answer, a
/// KSDPK funded by the company has no APBD code on the company's line). They are the paths issue
/// 14 checks end to end: a Nota of Provinsi Jawa Barat with Kementerian Kesehatan; a KSDPK of
/// Kabupaten Gresik with its water BUMD, initiated by the company, 25 years under the water
/// exception; a KSDPL through to the registered central approval; a KSDD evaluated twice,
/// reported, renewed once and ended. A KSDLL of Kota Bandung with Technische Universiteit Delft
/// at its letter of intent and a KSDD wajib of Provinsi Jawa Timur with Kabupaten Sidoarjo
/// waiting for the DPRD (its first year is not budgeted) complete the set of kinds.
public enum WalkedExamples {
    public static func all(referenceDate today: CalendarDate = CalendarDate(year: 2026, month: 1, day: 15)!,
                           catalogues: Catalogues = .shared) -> [Cooperation] {
        [nota(today, catalogues), ksdpk(today, catalogues), ksdpl(today, catalogues), ksdll(today, catalogues),
         ksdd(today, catalogues), ksddWajib(today, catalogues)]
    }

    /// The seats of government of the example regions (where their letters are written).
    static let seats = ["32": "Bandung", "35": "Surabaya", "35.78": "Surabaya", "35.25": "Gresik", "35.15": "Sidoarjo", "32.73": "Bandung",
                        "32.71": "Bogor", "32.01": "Cibinong"]

    static func region(_ code: String, head: String, _ catalogues: Catalogues) -> Party {
        let r = catalogues.regions[code]!
        var p = Party.region(r, headName: head, address: "Kantor \(r.name)")
        p.representative.title = r.headTitle
        p.city = seats[code]
        return p
    }

    static func done(_ from: CalendarDate, _ to: CalendarDate) -> StageProgress {
        StageProgress(status: .done, startedOn: from, completedOn: to)
    }

    static func proposal(_ c: inout Cooperation, agency: String, date: CalendarDate, object: String, scope: [String], years: Int) {
        c.proposal.initiatingAgency = agency
        c.proposal.date = date
        c.proposal.background = "\(object) merupakan kebutuhan bersama para pihak."
        c.proposal.purpose = "menyelenggarakan \(object.lowercasedFirst) secara bersama"
        c.proposal.goals = "meningkatnya mutu dan jangkauan \(object.lowercasedFirst)"
        c.proposal.object = object
        c.proposal.scope = scope
        c.proposal.expectedBenefit = "Pelayanan lebih efisien dan efektif."
        c.proposal.durationYears = years
        c.proposal.costBenefit = "Penyelenggaraan bersama lebih murah daripada penyelenggaraan oleh masing-masing pihak."
        c.proposal.indicativeCost = Rupiah(1_000_000_000)
        c.proposal.inRegionalPlan = true
        c.proposal.progress = done(date, date.adding(days: 21))
    }

    /// Provinsi Jawa Barat with Kementerian Kesehatan: proposal, Nota with its rencana aksi, signed.
    static func nota(_ today: CalendarDate, _ catalogues: Catalogues) -> Cooperation {
        let start = today.adding(days: -200)
        var c = Cooperation(id: "contoh-nota-jabar-kemenkes", title: "Percepatan Penurunan Stunting di Jawa Barat", kind: .notaKesepakatan,
                            parties: [region("32", head: "Dedi Mulyadi", catalogues),
                                      Party(type: .ministry, name: "Kementerian Kesehatan",
                                            representative: Person(name: "Budi Gunadi Sadikin", title: "Menteri Kesehatan"), address: "Jakarta")],
                            affairCode: "1.02")
        c.parties[0].agency = "Dinas Kesehatan Provinsi Jawa Barat"
        proposal(&c, agency: "Dinas Kesehatan Provinsi Jawa Barat", date: start, object: "Penurunan prevalensi stunting",
                 scope: ["pendataan balita berisiko", "pelatihan kader posyandu", "pemberian makanan tambahan"], years: 3)
        c.proposal.form = "sinergi perencanaan dan pelaksanaan pembangunan"
        let signed = start.adding(days: 90)
        c.memorandum.considerations = ["bahwa penurunan stunting merupakan program strategis nasional dan prioritas daerah"]
        c.memorandum.startBudgetYear = signed.year + 1
        c.memorandum.durationYears = 3
        c.memorandum.actionPlan = [
            ActionPlanItem(activity: "Pendataan balita berisiko stunting", output: "Data balita berisiko per desa", partyIndex: 0,
                           unit: "Dinas Kesehatan Provinsi Jawa Barat", timeline: "Triwulan I \(signed.year + 1)", funding: .apbd),
            ActionPlanItem(activity: "Pelatihan kader posyandu", output: "Kader posyandu terlatih", partyIndex: 1,
                           unit: "Direktorat Gizi dan Kesehatan Ibu dan Anak", timeline: "Triwulan II \(signed.year + 1)", funding: .apbn),
            ActionPlanItem(activity: "Pemberian makanan tambahan", output: "Balita berisiko menerima makanan tambahan", partyIndex: 0,
                           unit: "Dinas Kesehatan Provinsi Jawa Barat", timeline: "\(signed.year + 1)–\(signed.year + 3)", funding: .apbd),
        ]
        c.memorandum.signing = Signing(date: signed, place: "Bandung", numbers: ["440/12/Kesra/\(signed.year)", "HK.03.01/1/\(signed.year)"],
                                       signatories: c.parties.map { Signatory(person: $0.representative) })
        c.memorandum.progress = done(start.adding(days: 30), signed)
        return c
    }

    /// Kabupaten Gresik with its water BUMD: initiated by the company (Pasal 18), 25 years under
    /// the water exception, signed.
    static func ksdpk(_ today: CalendarDate, _ catalogues: Catalogues) -> Cooperation {
        let start = today.adding(days: -400)
        var company = Party(type: .thirdParty, name: "Perumda Air Minum Giri Tirta", legalForm: .bumd,
                            representative: Person(name: "Sigit Setyawan", title: "Direktur Utama"), address: "Jalan Permata Nomor 1, Gresik")
        // The company's identity, as the contract's party block prints it.
        company.company = CompanyDetails(fullName: "Perusahaan Umum Daerah Air Minum Giri Tirta Kabupaten Gresik",
                                         deed: LegalInstrument(number: "12", date: start.adding(days: -3000), issuer: "Notaris Ahmad Fauzi, S.H., M.Kn."),
                                         ratification: LegalInstrument(number: "AHU-0001234.AH.01.01", date: start.adding(days: -2990)),
                                         nib: "9120001234567", npwp: "01.234.567.8-612.000",
                                         directorAppointment: LegalInstrument(number: "188/45/HK/437.12", date: start.adding(days: -700)),
                                         regionalRegulation: LegalInstrument(number: "3 Tahun 2019", date: start.adding(days: -2000)))
        var c = Cooperation(id: "contoh-ksdpk-gresik-air-minum", title: "Penyediaan Air Minum Kawasan Gresik Selatan", kind: .ksdpk,
                            parties: [region("35.25", head: "Fandi Akhmad Yani", catalogues), company],
                            affairCode: "1.03", subAffairID: "air-minum-kabkota")
        c.parties[0].agency = "Dinas Pekerjaan Umum dan Tata Ruang Kabupaten Gresik"
        // Asked at the KB with no default: the company invests, nothing burdens the public.
        c.burdensPublic = false
        proposal(&c, agency: "Dinas Pekerjaan Umum dan Tata Ruang Kabupaten Gresik", date: start, object: "Penyediaan air minum perpipaan",
                 scope: ["pembangunan instalasi pengolahan air", "perluasan jaringan distribusi", "pengelolaan pelayanan"], years: 25)
        c.proposal.initiator = .thirdParty
        c.proposal.incomingOffer = RegisteredDocument(number: "690/045/GT/\(start.year)", date: start.adding(days: -60), title: "Penawaran kerja sama penyediaan air minum")
        c.proposal.feasibilityStudy = FeasibilityStudy(author: company.name, date: start.adding(days: -45),
                                                       summary: "Layak secara ekonomi dan finansial; tingkat pengembalian internal 12 persen.", feasible: true)
        // Chosen from the rulebook's forms; the KAK and the naskah print it from there.
        c.proposal.formID = "pelayanan-publik"
        c.proposal.partnerSelection = PartnerSelection(method: "Penilaian atas prakarsa badan usaha", legalBasis: "PP 28/2018 Pasal 18",
                                                       documents: [RegisteredDocument(number: "027/12/437.73/\(start.year)", date: start.adding(days: 10), title: "Berita acara penilaian prakarsa")])
        c.proposal.indicativeCost = Rupiah(45_000_000_000)
        c.proposal.costBenefit = "Investasi ditanggung badan usaha; daerah menyediakan lahan dan menerima kontribusi tetap."
        let offer = start.adding(days: 30)
        c.offer.letterNumber = "415/88/437.12/\(offer.year)"
        c.offer.letterDate = offer
        c.offer.signer = c.parties[0].representative
        c.offer.addressee = "Direktur Utama Perumda Air Minum Giri Tirta"
        c.offer.response = .accepted
        c.offer.responseDate = offer.adding(days: 14)
        c.offer.progress = done(offer, offer.adding(days: 14))
        let kb = offer.adding(days: 40)
        c.memorandum.considerations = ["bahwa cakupan layanan air minum perpipaan di Gresik Selatan belum memadai"]
        c.memorandum.fundingSource = "APBD Kabupaten Gresik dan dana pihak ketiga"
        c.memorandum.startBudgetYear = kb.year + 1
        c.memorandum.durationYears = 25
        c.memorandum.signing = Signing(date: kb, place: "Gresik", numbers: ["415/10/437.12/\(kb.year)", "690/12/GT/\(kb.year)"],
                                       signatories: c.parties.map { Signatory(person: $0.representative) })
        c.memorandum.progress = done(offer.adding(days: 15), kb)
        c.financing.lines = [
            FinancingLine(budgetYear: kb.year + 1, partyIndex: 0, amount: Rupiah(5_000_000_000)!, source: .apbd, budgeted: true,
                          planningCode: "1.03.03.2.01", description: "Penyediaan lahan dan perizinan"),
            FinancingLine(budgetYear: kb.year + 1, partyIndex: 1, amount: Rupiah(40_000_000_000)!, source: .pihakKetiga, budgeted: true,
                          description: "Investasi instalasi dan jaringan oleh badan usaha"),
        ]
        c.financing.resultsHandling = "Kontribusi tetap tahunan disetorkan ke kas daerah; instalasi diserahkan sebagai barang milik daerah pada akhir jangka waktu"
        c.financing.progress = done(kb, kb.adding(days: 20))
        c.councilApproval.progress = StageProgress(status: .skipped, skipReason: "Tidak membebani masyarakat dan daerah, dan pembiayaan APBD telah dianggarkan.")
        let pks = kb.adding(days: 45)
        c.agreement.considerations = c.memorandum.considerations
        c.agreement.duties = [PartyDuties(partyIndex: 0, rights: ["menerima kontribusi tetap"], obligations: ["menyediakan lahan"]),
                              PartyDuties(partyIndex: 1, rights: ["mengelola pelayanan air minum"], obligations: ["membangun instalasi", "menyetor kontribusi tetap"])]
        c.agreement.startDate = pks
        c.agreement.durationYears = 25
        // The contract ends with the KB it implements (PKS within the KB's term).
        c.agreement.endDate = kb.adding(years: 25).adding(days: -1)
        c.agreement.durationExceptionID = "air-minum"
        c.agreement.durationExceptionReason = "Masa pengembalian investasi instalasi pengolahan air minum melebihi lima tahun; peraturan sektor penyediaan air minum membolehkan jangka waktu yang lebih panjang."
        c.agreement.forceMajeureNoticeDays = 14
        c.agreement.evaluationsPerYear = 2
        c.agreement.signing = Signing(date: pks, place: "Gresik", numbers: ["415/20/437.12/\(pks.year)", "690/30/GT/\(pks.year)"],
                                      signatories: c.parties.map { Signatory(person: $0.representative) })
        c.agreement.progress = done(kb.adding(days: 5), pks)
        return c
    }

    /// Kota Surabaya with the City of Kitakyushu (environment), walked as the officer does in the
    /// screens: each guided step with its own registered document; the DPRD step starts on the day
    /// the council received the request and its decision falls inside the 45 working days of PP
    /// 28/2018 Pasal 30 ayat (4); the central approval registered; the signing still ahead.
    static func ksdpl(_ today: CalendarDate, _ catalogues: Catalogues) -> Cooperation {
        let start = today.adding(days: -300)
        var kitakyushu = Party(type: .foreign, name: "Kota Kitakyushu, Jepang",
                               representative: Person(name: "Kazuhisa Takeuchi", title: "Wali Kota Kitakyushu"),
                               address: "1-1 Jonai, Kokurakita-ku, Kitakyushu, Jepang")
        kitakyushu.city = "Kitakyushu"
        var c = Cooperation(id: "contoh-ksdpl-surabaya-kitakyushu",
                            title: "Kerja Sama Bidang Lingkungan Hidup antara Kota Surabaya dan Kota Kitakyushu, Jepang", kind: .ksdpl,
                            parties: [region("35.78", head: "Eri Cahyadi", catalogues), kitakyushu],
                            affairCode: "2.11")
        c.parties[0].agency = "Dinas Lingkungan Hidup Kota Surabaya"
        c.proposal.initiatingAgency = "Dinas Lingkungan Hidup Kota Surabaya"
        c.proposal.object = "Pengelolaan sampah dan pengendalian pencemaran udara"
        c.proposal.durationYears = 3
        // (step, its registered documents, length in days): one document per step as registered
        // in the screens; the DPRD step registers the request and the council's decision.
        let year = start.year
        let steps: [(String, [(String, String)], Int)] = [
            ("ln-prakarsa", [("005/12/436.7.12/\(year)", "Telaahan prakarsa kerja sama pengelolaan sampah")], 20),
            ("ln-penjajakan", [("005/45/436.7.12/\(year)", "Laporan hasil penjajakan dengan Kota Kitakyushu")], 30),
            ("ln-surat-minat", [("LOI/SBY-KKS/\(year)", "Letter of Intent Kota Surabaya dan Kota Kitakyushu")], 20),
            ("ln-rencana-kerja-sama", [("005/77/436.7.12/\(year)", "Rencana kerja sama pengelolaan sampah dan kualitas udara")], 15),
        ]
        var day = start
        for (id, documents, length) in steps {
            let end = day.adding(days: length)
            c.customStages[id] = CustomStage(progress: done(day, end),
                                             documents: documents.map { RegisteredDocument(number: $0.0, date: end, title: $0.1) })
            day = end.adding(days: 1)
        }
        // The council received the request three days after it was sent; it decided 35 days later
        // (inside the 45 working days).
        let sent = day
        let received = sent.adding(days: 3)
        let decided = received.adding(days: 35)
        c.customStages["ln-dprd"] = CustomStage(progress: done(received, decided), documents: [
            RegisteredDocument(number: "170/88/436.7.12/\(sent.year)", date: sent, title: "Permohonan persetujuan DPRD atas rencana kerja sama"),
            RegisteredDocument(number: "188.4/12/DPRD/\(decided.year)", date: decided, title: "Keputusan DPRD Kota Surabaya tentang persetujuan rencana kerja sama"),
        ])
        let approved = decided.adding(days: 60)
        c.customStages["ln-persetujuan-pusat"] = CustomStage(progress: done(decided.adding(days: 1), approved), documents: [
            RegisteredDocument(number: "100.4.5/3456/SJ", date: approved, title: "Persetujuan rencana kerja sama Kota Surabaya dengan Kota Kitakyushu"),
        ])
        c.customStages["ln-penandatanganan"] = CustomStage(progress: StageProgress(status: .draft, startedOn: approved.adding(days: 1)))
        return c
    }

    /// Kota Bandung with Technische Universiteit Delft (the Netherlands): prakarsa and penjajakan
    /// done, each with its registered document; the letter of intent being drafted.
    static func ksdll(_ today: CalendarDate, _ catalogues: Catalogues) -> Cooperation {
        let start = today.adding(days: -90)
        var delft = Party(type: .foreign, name: "Technische Universiteit Delft, Belanda",
                          representative: Person(name: "Tim van der Hagen", title: "Rector Magnificus Technische Universiteit Delft"),
                          address: "Mekelweg 5, 2628 CC Delft, Belanda")
        delft.city = "Delft"
        var c = Cooperation(id: "contoh-ksdll-bandung", title: "Kerja Sama Pengembangan Kota Cerdas antara Kota Bandung dan Technische Universiteit Delft, Belanda",
                            kind: .ksdll, parties: [region("32.73", head: "Muhammad Farhan", catalogues), delft],
                            affairCode: "2.16")
        c.parties[0].agency = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kota Bandung"
        c.proposal.initiatingAgency = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kota Bandung"
        c.proposal.object = "Pengembangan layanan kota cerdas"
        c.proposal.durationYears = 3
        c.customStages["ln-prakarsa"] = CustomStage(progress: done(start, start.adding(days: 20)),
                                                    documents: [RegisteredDocument(number: "070/11/Bappelitbang/\(start.year)", date: start.adding(days: 20),
                                                                                   title: "Telaahan prakarsa kerja sama pengembangan kota cerdas")])
        c.customStages["ln-penjajakan"] = CustomStage(progress: done(start.adding(days: 21), start.adding(days: 60)),
                                                      documents: [RegisteredDocument(number: "070/19/Bappelitbang/\(start.adding(days: 60).year)", date: start.adding(days: 60),
                                                                                     title: "Laporan hasil penjajakan dengan Technische Universiteit Delft")])
        c.customStages["ln-surat-minat"] = CustomStage(progress: StageProgress(status: .draft, startedOn: start.adding(days: 61)))
        return c
    }

    /// Provinsi Jawa Timur and Kabupaten Sidoarjo (a KSDD wajib inside the province): KB signed,
    /// the first year not yet budgeted, so the DPRD is asked and its decision awaited.
    static func ksddWajib(_ today: CalendarDate, _ catalogues: Catalogues) -> Cooperation {
        let start = today.adding(days: -150)
        var c = Cooperation(id: "contoh-ksdd-wajib-jatim-sidoarjo", title: "Pengelolaan Sampah Regional Sidoarjo", kind: .ksddWajib,
                            parties: [region("35", head: "Khofifah Indar Parawansa", catalogues), region("35.15", head: "Subandi", catalogues)],
                            partiesBordering: true, affairCode: "1.03")
        c.parties[0].agency = "Dinas Lingkungan Hidup Provinsi Jawa Timur"
        c.parties[1].agency = "Dinas Lingkungan Hidup Kabupaten Sidoarjo"
        proposal(&c, agency: "Dinas Lingkungan Hidup Provinsi Jawa Timur", date: start, object: "Pengelolaan sampah di tempat pemrosesan akhir regional",
                 scope: ["pengangkutan sampah antardaerah", "pengoperasian tempat pemrosesan akhir"], years: 5)
        c.proposal.form = "penyelenggaraan bersama"
        let offer = start.adding(days: 25)
        c.offer.letterNumber = "658/21/PSDA/\(offer.year)"; c.offer.letterDate = offer
        c.offer.signer = c.parties[0].representative; c.offer.addressee = "Bupati Sidoarjo"
        c.offer.response = .accepted; c.offer.responseDate = offer.adding(days: 12)
        c.offer.progress = done(offer, offer.adding(days: 12))
        let kb = offer.adding(days: 40)
        c.memorandum.considerations = ["bahwa timbulan sampah Kabupaten Sidoarjo melampaui daya tampung tempat pemrosesan akhirnya"]
        c.memorandum.fundingSource = "APBD masing-masing pihak"
        c.memorandum.startBudgetYear = kb.year + 1
        c.memorandum.durationYears = 5
        c.memorandum.signing = Signing(date: kb, place: "Surabaya", numbers: ["658/5/KB/\(kb.year)", "658/9/KB/\(kb.year)"],
                                       signatories: c.parties.map { Signatory(person: $0.representative) })
        c.memorandum.progress = done(offer.adding(days: 13), kb)
        c.financing.lines = [
            FinancingLine(budgetYear: kb.year + 1, partyIndex: 0, amount: Rupiah(600_000_000)!, source: .apbd, budgeted: false,
                          planningCode: "1.03.05.2.01", description: "Pengoperasian tempat pemrosesan akhir"),
            FinancingLine(budgetYear: kb.year + 1, partyIndex: 1, amount: Rupiah(400_000_000)!, source: .apbd, budgeted: true,
                          planningCode: "1.03.05.2.02", description: "Pengangkutan sampah"),
        ]
        // The financing plan comes before the DPRD gate, which weighs it.
        c.financing.progress = done(kb.adding(days: 2), kb.adding(days: 8))
        let request = kb.adding(days: 10)
        c.councilApproval.approvals = [CouncilApproval(partyIndex: 0, requestLetterNumber: "160/3/DPRD/\(request.year)", requestDate: request)]
        c.councilApproval.progress = StageProgress(status: .inReview, startedOn: request)
        return c
    }

    /// Kota Bogor and Kabupaten Bogor: signed, evaluated twice a year, reported, renewed once, then ended.
    static func ksdd(_ today: CalendarDate, _ catalogues: Catalogues) -> Cooperation {
        let start = today.adding(years: -4)
        var c = Cooperation(id: "contoh-ksdd-bogor-berakhir", title: "Angkutan Perkotaan Bogor Raya", kind: .ksddSukarela,
                            parties: [region("32.71", head: "Dedie A. Rachim", catalogues), region("32.01", head: "Rudy Susmanto", catalogues)],
                            partiesBordering: true, affairCode: "2.15", subAffairID: "angkutan-perkotaan-perdesaan")
        for i in c.parties.indices { c.parties[i].agency = "Dinas Perhubungan \(c.parties[i].name)" }
        // Answered at the KB (no default): each side's share was already in its APBD.
        c.burdensPublic = false
        proposal(&c, agency: "Dinas Perhubungan Kota Bogor", date: start, object: "Layanan angkutan perkotaan lintas batas",
                 scope: ["penetapan trayek", "pembagian subsidi", "pengawasan layanan"], years: 2)
        c.proposal.form = "penyelenggaraan bersama"
        let offer = start.adding(days: 30)
        c.offer.letterNumber = "551/12/Huk/\(offer.year)"; c.offer.letterDate = offer
        c.offer.signer = c.parties[0].representative; c.offer.addressee = "Bupati Bogor"
        c.offer.response = .accepted; c.offer.responseDate = offer.adding(days: 10)
        c.offer.progress = done(offer, offer.adding(days: 10))
        let kb = offer.adding(days: 40)
        c.memorandum.considerations = ["bahwa mobilitas warga melintasi batas kedua daerah"]
        c.memorandum.fundingSource = "APBD masing-masing pihak"
        c.memorandum.startBudgetYear = kb.year
        c.memorandum.durationYears = 2
        c.memorandum.signing = Signing(date: kb, place: "Bogor", numbers: ["551/1/KB/\(kb.year)", "551/2/KB/\(kb.year)"],
                                       signatories: c.parties.map { Signatory(person: $0.representative) })
        c.memorandum.progress = done(offer.adding(days: 11), kb)
        c.councilApproval.progress = StageProgress(status: .skipped, skipReason: "Tidak membebani masyarakat dan daerah, dan seluruh pembiayaan telah dianggarkan.")
        let pks = kb.adding(days: 30)
        c.agreement.considerations = c.memorandum.considerations
        c.agreement.duties = c.parties.indices.map { PartyDuties(partyIndex: $0, rights: ["menerima laporan"], obligations: ["menyediakan anggaran"]) }
        c.agreement.startDate = pks
        c.agreement.durationYears = 2
        c.agreement.endDate = kb.adding(years: 2).adding(days: -1)
        c.agreement.forceMajeureNoticeDays = 14
        c.agreement.evaluationsPerYear = 2
        c.agreement.signing = Signing(date: pks, place: "Bogor", numbers: ["551/3/PKS/\(pks.year)", "551/4/PKS/\(pks.year)"],
                                      signatories: c.parties.map { Signatory(person: $0.representative) })
        c.agreement.progress = done(kb.adding(days: 1), pks)
        c.financing.lines = c.parties.indices.map {
            FinancingLine(budgetYear: pks.year, partyIndex: $0, amount: Rupiah(500_000_000)!, source: .apbd, budgeted: true,
                          planningCode: "2.15.02.2.01", description: "Subsidi layanan")
        }
        c.financing.progress = done(pks, pks.adding(days: 10))
        let first = pks.adding(days: 180), second = pks.adding(days: 360)
        c.implementation.evaluations = [
            Evaluation(date: first, evaluator: "TKKSD Kota Bogor", summary: "Pelaksanaan sesuai rencana.", findings: ["Dua halte belum dibangun"],
                       recommendations: ["Percepat pembangunan halte"],
                       followUps: [EvaluationFollowUp(action: "Pembangunan dua halte", owner: "Dinas Perhubungan Kota Bogor", deadline: first.adding(days: 90), completedOn: first.adding(days: 80))]),
            Evaluation(date: second, evaluator: "TKKSD Kota Bogor", summary: "Target penumpang tercapai.", findings: ["Target penumpang tercapai"],
                       recommendations: ["Perpanjang kerja sama satu tahun"]),
        ]
        c.implementation.reports = [Report(date: second.adding(days: 14), recipient: "", summary: "Layanan berjalan pada tiga trayek dengan 1,2 juta penumpang",
                                           periodStart: pks, periodEnd: second, letterNumber: "551/40/Huk/\(second.year)")]
        c.implementation.progress = StageProgress(status: .done, startedOn: pks, completedOn: today.adding(days: -30))
        c.tkksdReviews = [TKKSDReview(stageID: "usulan", date: start.adding(days: 14), recommendation: "Dapat ditindaklanjuti dengan penawaran", recommended: true,
                                      document: RegisteredDocument(number: "TKKSD/1/\(start.year)", date: start.adding(days: 14), title: "Rekomendasi TKKSD atas KAK"))]
        c.renewals = [Renewal(date: second.adding(days: 30), years: 1, reason: "Hasil evaluasi kedua", numbers: ["551/9/PKS/\(second.year)", "551/10/PKS/\(second.year)"], evaluationIndex: 1)]
        c.ended = EndRecord(ground: .mutualAgreement, date: today.adding(days: -30), note: "Layanan diambil alih oleh angkutan provinsi.",
                            supportingDocument: RegisteredDocument(number: "551/50/Huk/\(today.year)", date: today.adding(days: -45), title: "Kesepakatan pengakhiran kerja sama"),
                            notificationLetter: RegisteredDocument(number: "551/51/Huk/\(today.year)", date: today.adding(days: -30), title: "Pemberitahuan berakhirnya kerja sama"))
        return c
    }
}
