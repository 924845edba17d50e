/// Data contoh: realistic, varied cooperations for trying Mufakat and for benchmarks. Pure and
/// seeded: the same seed and reference date always give the same cooperations, and cooperation
/// `n` does not depend on how many are generated (each has its own generator), so a store of
/// 100 000 can be produced as a stream.
///
/// Parties are real regions from the catalogue: a city with the regency of the same name
/// (Kota Bogor and Kabupaten Bogor), a province with a regency inside it, or two kab/kota of one
/// province; third parties are companies ("PT ..."), cooperatives and BUMD; ministries for a
/// Nota Kesepakatan. Stages run from proposal to implementation and some have ended; some expire
/// soon after `referenceDate`, some have financing not yet budgeted (so they need DPRD approval).
public struct DemoGenerator: Sendable {
    public let seed: UInt64
    /// "Today" for the data: stages before it are done, some terms end soon after it.
    public let referenceDate: CalendarDate
    private let sameNamePairs: [(Region, Region)]
    private let provinceMembers: [(Region, [Region])]

    public init(seed: UInt64 = 1, referenceDate: CalendarDate = CalendarDate(year: 2026, month: 1, day: 15)!,
                catalogues: Catalogues = .shared) {
        self.seed = seed
        self.referenceDate = referenceDate
        let regions = catalogues.regions
        var byName: [String: Region] = [:]
        for r in regions.all where r.level == .kabupaten && r.autonomous {
            byName[r.provinceCode + "|" + DemoGenerator.bareName(r)] = r
        }
        var pairs: [(Region, Region)] = []
        for r in regions.all where r.level == .kota && r.autonomous {
            let base = DemoGenerator.bareName(r)
            if let k = byName[r.provinceCode + "|" + base] { pairs.append((r, k)) }
        }
        sameNamePairs = pairs
        provinceMembers = regions.provinces.compactMap { p in
            let members = regions.members(ofProvince: p.code).filter(\.autonomous)
            return members.count >= 2 ? (p, members) : nil
        }
    }

    /// One walked example of each kind (see `WalkedExamples`), dated around `referenceDate`.
    public func walkedExamples(catalogues: Catalogues = .shared) -> [Cooperation] {
        WalkedExamples.all(referenceDate: referenceDate, catalogues: catalogues)
    }

    /// Cooperations 1...count, generated lazily.
    public func cooperations(count: Int) -> LazyMapSequence<Range<Int>, Cooperation> {
        (0..<max(count, 0)).lazy.map { self.cooperation(number: $0 + 1) }
    }

    /// Cooperation number `n` (1-based): id "ks-<year>-<n, 5 digits>".
    public func cooperation(number n: Int) -> Cooperation {
        var rng = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: n) &* 0xD1B5_4A32_D192_ED03)
        let kindRoll = rng.int(in: 0...99)
        let kind: CooperationKind = kindRoll < 45 ? .ksddSukarela : kindRoll < 70 ? .ksddWajib : kindRoll < 90 ? .ksdpk : .notaKesepakatan
        // How far it got: 0 proposal ... 6 implementation, 7 ended.
        let stageRoll = rng.int(in: 0...99)
        let reached = [15, 27, 39, 47, 59, 67, 92, 100].firstIndex { stageRoll < $0 } ?? 6

        var parties: [Party] = []
        var area = ""
        var bordering = false
        var topic: DemoTopic
        switch kind {
        case .ksddWajib, .ksddSukarela:
            topic = rng.pick(DemoTopics.regional)
            let shape = rng.int(in: 0...9)
            if shape < 6 && !sameNamePairs.isEmpty {
                let (city, regency) = rng.pick(sameNamePairs)
                let ordered = rng.chance(50) ? [city, regency] : [regency, city]
                parties = ordered.map { regionParty($0, &rng) }
                area = DemoGenerator.bareName(city) + " Raya"
                bordering = true
            } else if shape < 8 {
                let (province, members) = rng.pick(provinceMembers)
                let member = rng.pick(members)
                parties = [regionParty(province, &rng), regionParty(member, &rng)]
                area = member.name
                bordering = true
                // The sub-affair must be in the authority of both levels (UU 23/2014 Lampiran;
                // validator rule sub-urusan-di-luar-kewenangan), or the topic is the whole affair.
                let authority = Catalogues.shared.authority
                let fitsBoth = { (t: DemoTopic) in
                    t.subAffair.map { sub in authority[sub].map { $0.level.includes(province.level) && $0.level.includes(member.level) } ?? false } ?? true
                }
                if !fitsBoth(topic) { topic = rng.pick(DemoTopics.regional.filter { $0.subAffair == nil }) }
            } else {
                let (_, members) = rng.pick(provinceMembers)
                let a = rng.pick(members)
                var b = rng.pick(members)
                while b.code == a.code { b = rng.pick(members) }
                parties = [regionParty(a, &rng), regionParty(b, &rng)]
                if members.count > 2 && rng.chance(15) {
                    var c = rng.pick(members)
                    while c.code == a.code || c.code == b.code { c = rng.pick(members) }
                    parties.append(regionParty(c, &rng))
                }
                area = "Perbatasan " + IndonesianList.join(parties.map(\.name))
                bordering = kind == .ksddWajib || rng.chance(50)
            }
        case .ksdpk:
            let pick = rng.pick(DemoTopics.thirdParty)
            topic = pick.topic
            let (_, members) = rng.pick(provinceMembers)
            let region = rng.pick(members)
            parties = [regionParty(region, &rng),
                       Party(type: .thirdParty, name: rng.pick(pick.names), legalForm: pick.partner,
                             representative: Person(name: personName(&rng), title: pick.partner == .koperasi ? "Ketua" : "Direktur Utama"),
                             address: "Jalan \(rng.pick(["Jenderal Sudirman", "Gatot Subroto", "HR Rasuna Said", "Ahmad Yani", "Diponegoro"])) Nomor \(rng.int(in: 1...250)), Jakarta")]
            area = region.name
        default:
            let pick = rng.pick(DemoTopics.ministry)
            topic = pick.topic
            let (_, members) = rng.pick(provinceMembers)
            let region = rng.pick(members)
            parties = [regionParty(region, &rng),
                       Party(type: .ministry, name: pick.partner, representative: Person(name: personName(&rng), title: pick.head),
                             address: "Jakarta")]
            area = region.name
        }

        let title = "Kerja Sama " + topic.title.replacingOccurrences(of: "{wilayah}", with: area)
        // Dates: each stage takes 3 to 10 weeks; the last step reached ends near the reference date.
        let durationYears = reached == 7 ? rng.pick([1, 2, 3]) : kind == .ksdpk ? rng.pick([5, 5, 10, 15, 20]) : rng.pick([1, 2, 3, 3, 5, 5])
        let stepDays: [Int] = (0..<7).map { _ in rng.int(in: 21...70) }
        let expiringSoon = reached == 6 && durationYears <= 5 && rng.chance(12)
        let start: CalendarDate
        if reached >= 6 {
            // Running or ended: signed some time ago (or so that the term ends soon).
            let signed: CalendarDate
            if expiringSoon {
                signed = referenceDate.adding(days: rng.int(in: 10...90)).adding(years: -durationYears).adding(days: 1)
            } else if reached == 7 {
                signed = referenceDate.adding(days: -rng.int(in: 60...400)).adding(years: -durationYears).adding(days: 1)
            } else {
                signed = referenceDate.adding(days: -rng.int(in: 30...(365 * min(durationYears, 3) - 30)))
            }
            start = signed.adding(days: -stepDays[0..<4].reduce(0, +))
        } else {
            start = referenceDate.adding(days: -stepDays[0..<reached].reduce(0, +) - rng.int(in: 3...40))
        }

        var c = Cooperation(id: "ks-\(start.year)-\(five(n))", title: title, kind: kind, parties: parties,
                            partiesBordering: bordering, affairCode: topic.affair, subAffairID: topic.subAffair,
                            burdensPublic: rng.chance(15) && kind != .notaKesepakatan)
        c.targetYear = start.year + 1
        var day = start
        func next(_ i: Int) -> CalendarDate { day = day.adding(days: stepDays[min(i, 6)]); return day }
        let own = parties[0]

        // Each region party runs the cooperation through its agency for the affair.
        for i in c.parties.indices where c.parties[i].type == .region {
            c.parties[i].agency = "\(topic.agency) \(c.parties[i].name)"
        }

        // 1. Usulan.
        c.proposal.initiatingAgency = "\(topic.agency) \(own.name)"
        c.proposal.date = start
        c.proposal.background = "\(topic.object) merupakan kebutuhan bersama warga \(IndonesianList.join(parties.map(\.name))). Pelayanan yang diselenggarakan sendiri-sendiri belum efisien dan efektif."
        c.proposal.purpose = "Meningkatkan pelayanan publik melalui \(topic.title.replacingOccurrences(of: "{wilayah}", with: area).lowercasedFirst)."
        c.proposal.goals = "Terwujudnya pelayanan yang lebih cepat, terjangkau dan merata bagi masyarakat para pihak."
        c.proposal.object = topic.object
        c.proposal.scope = topic.scope
        c.proposal.form = kind == .notaKesepakatan ? "Sinergi perencanaan dan pelaksanaan pembangunan" : "Kerja sama penyediaan pelayanan publik"
        c.proposal.expectedBenefit = "Biaya layanan per penduduk lebih rendah dan cakupan layanan lebih luas."
        c.proposal.costBenefit = "Penyelenggaraan bersama menghemat biaya investasi sekitar \(rng.int(in: 15...45)) persen dibandingkan penyelenggaraan sendiri."
        c.proposal.durationYears = durationYears
        let yearly = Int64(rng.int(in: topic.costMillions)) * 1_000_000
        c.proposal.indicativeCost = Rupiah(yearly * Int64(min(durationYears, 5)))
        c.proposal.inRegionalPlan = rng.chance(85)
        // An object not yet in the RPJMD/RKPD is allowed only on one of PP 28/2018 Pasal 4 ayat (3)'s
        // grounds: the demo names one, as an officer must (validator rule objek-belum-dalam-rencana).
        if c.proposal.inRegionalPlan == false {
            c.proposal.planException = PlanException(ground: .nationalStrategicProgramme,
                                                     reason: "\(topic.object) mendukung program strategis nasional di \(area) dan belum sempat dimuat dalam RKPD tahun berjalan.")
        }
        if kind == .ksdpk {
            c.proposal.feasibilityStudy = FeasibilityStudy(author: rng.chance(50) ? parties[1].name : "Lembaga Penelitian Universitas \(rng.pick(["Padjadjaran", "Gadjah Mada", "Diponegoro", "Airlangga", "Hasanuddin", "Andalas"]))",
                                                           date: start.adding(days: -rng.int(in: 30...120)),
                                                           summary: "Layak secara ekonomi dan finansial dengan tingkat pengembalian internal \(rng.int(in: 9...16)) persen.",
                                                           feasible: true)
            // Who started it: a study by the company means the company offered (PP 28/2018 Pasal 18).
            let byCompany = c.proposal.feasibilityStudy?.author == parties[1].name
            c.proposal.initiator = byCompany ? .thirdParty : .region
            c.proposal.formID = "pelayanan-publik"
            c.proposal.form = ""
            if byCompany {
                c.proposal.incomingOffer = RegisteredDocument(number: "\(rng.int(in: 1...99))/DIR/\(start.year)", date: start.adding(days: -150),
                                                              title: "Surat penawaran kerja sama \(parties[1].name)")
                c.proposal.partnerSelection = PartnerSelection(method: "Penilaian atas prakarsa badan usaha", legalBasis: "PP 28/2018 Pasal 18")
            } else {
                c.proposal.partnerSelection = PartnerSelection(method: "Seleksi terbuka calon mitra", legalBasis: "PP 28/2018 Pasal 17")
            }
        }
        c.proposal.tkksdRecommendation = reached > 0 ? TKKSDRecommendation(number: "\(rng.pick(DemoTopics.letterCodes))/\(rng.int(in: 1...400))/TKKSD/\(start.year)",
                                                                          date: start.adding(days: 10), summary: "Direkomendasikan untuk ditindaklanjuti dengan penawaran.", recommended: true) : nil
        set(&c, .proposal, reached: reached, index: 0, started: start, done: start.adding(days: 14), rng: &rng)
        if reached == 0 { return c }

        // 2. Penawaran. A Nota Kesepakatan has none: either side may propose it (PP 28/2018 Pasal 46).
        let offerDate = next(0)
        if kind != .notaKesepakatan {
        c.offer.letterNumber = letterNumber("KS", offerDate.year, &rng)
        c.offer.letterDate = offerDate
        c.offer.signer = own.representative
        c.offer.addressee = parties[1].representative.title
        c.offer.attachments = ["Kerangka Acuan Kerja"] + (kind == .ksdpk ? ["Studi Kelayakan"] : [])
        c.offer.copies = ["Gubernur", "Ketua DPRD \(own.name)"].map { $0 }
        c.offer.responseDeadline = offerDate.adding(days: 30)
        if reached > 1 {
            c.offer.response = .accepted
            // Answered before the KB is signed (validator rule urutan-tanggal).
            c.offer.responseDate = offerDate.adding(days: rng.int(in: 7...min(28, stepDays[1] - 1)))
            c.offer.responseLetterNumber = letterNumber("Pem", offerDate.year, &rng)
        } else {
            c.offer.response = rng.pick([.pending, .pending, .negotiating])
        }
        set(&c, .offer, reached: reached, index: 1, started: offerDate, done: c.offer.responseDate, rng: &rng)
        }
        if reached == 1 { return c }

        // 3. Kesepakatan Bersama.
        let kbDate = next(1)
        c.memorandum.considerations = ["bahwa \(topic.object.lowercasedFirst) merupakan urusan pemerintahan yang menjadi kewenangan para pihak",
                                       "bahwa untuk meningkatkan efisiensi dan efektivitas pelayanan publik perlu dilaksanakan kerja sama"]
        // A Nota's funding follows each party's source (APBD, APBN) through its rencana aksi.
        c.memorandum.fundingSource = kind == .ksdpk ? "APBD dan dana pihak ketiga" : kind == .notaKesepakatan ? "" : "APBD masing-masing pihak"
        if kind == .notaKesepakatan {
            c.memorandum.actionPlan = topic.scope.enumerated().map { i, item in
                let party = i % parties.count
                return ActionPlanItem(activity: item.capitalizedFirst, output: "Terlaksananya \(item.lowercasedFirst)", partyIndex: party,
                                      timeline: "Tahun \(kbDate.year + 1)", funding: FundingSource.default(for: parties[party].type))
            }
        }
        c.memorandum.startBudgetYear = kbDate.year + 1
        // The KB outlasts the PKS that carries it out: a PKS signed weeks after the KB, for the same
        // number of years, would end after the KB (validator rule pks-di-luar-jangka-waktu-kb).
        c.memorandum.durationYears = durationYears + 1
        if reached > 2 {
            c.memorandum.signing = Signing(date: kbDate, place: own.regionCode.flatMap { Catalogues.shared.regions[$0] }.map(DemoGenerator.bareName) ?? own.name,
                                           numbers: parties.map { _ in letterNumber(kind == .notaKesepakatan ? "NK" : "KB", kbDate.year, &rng) },
                                           signatories: parties.map { Signatory(person: $0.representative) })
        }
        set(&c, .memorandum, reached: reached, index: 2, started: kbDate.adding(days: -14), done: c.memorandum.signing.date, rng: &rng)
        if reached == 2 { return c }

        // Financing plan (needed to decide on DPRD approval).
        let firstYear = kbDate.year + 1
        let unbudgeted = rng.chance(20)
        for (i, party) in parties.enumerated() where party.type == .region {
            for y in 0..<min(durationYears, 3) {
                let amount = Rupiah(Int64(rng.int(in: topic.costMillions)) * 1_000_000 + Int64(rng.int(in: 0...9)) * 100_000)!
                c.financing.lines.append(FinancingLine(budgetYear: firstYear + y, partyIndex: i, amount: amount, source: .apbd,
                                                       budgeted: !(unbudgeted && y == 0),
                                                       planningCode: "\(topic.program).2.0\(rng.int(in: 1...9))",
                                                       description: y == 0 ? "Kegiatan tahun pertama: \(topic.scope[0])" : "Kegiatan lanjutan tahun ke-\(y + 1)"))
            }
        }
        if kind == .notaKesepakatan {
            c.financing.lines.append(FinancingLine(budgetYear: firstYear, partyIndex: 1, amount: Rupiah(yearly)!, source: .apbn,
                                                   budgeted: true, description: "Dukungan kementerian/lembaga"))
        }
        if kind == .ksdpk {
            c.financing.lines.append(FinancingLine(budgetYear: firstYear, partyIndex: 1, amount: Rupiah(yearly * 3)!, source: .pihakKetiga,
                                                   budgeted: true, description: "Investasi mitra"))
            c.financing.resultsHandling = "Kontribusi tetap dan bagi hasil disetorkan ke kas daerah sebagai pendapatan asli daerah; aset hasil kerja sama dicatat sebagai barang milik daerah."
        }
        // The KAK's estimate is the financing plan's total once the plan is drawn up (validator rule
        // pembiayaan-tidak-sesuai-perkiraan): the officer updates the estimate, as the message asks.
        if let total = c.financing.total { c.proposal.indicativeCost = total }

        // 4. Persetujuan DPRD, only when it burdens the public or funding is not yet budgeted.
        let needsCouncil = c.burdensPublic == true || c.financing.hasUnbudgetedLine
        let councilDate = next(2)
        if kind == .notaKesepakatan {
            // No DPRD stage for a Nota Kesepakatan.
        } else if needsCouncil {
            c.councilApproval.approvals = parties.indices.filter { parties[$0].type == .region }.map { i in
                CouncilApproval(partyIndex: i, requestLetterNumber: letterNumber("DPRD", councilDate.year, &rng), requestDate: councilDate,
                                decisionNumber: reached > 3 ? "\(rng.int(in: 1...30))/KEP/DPRD/\(councilDate.year)" : "",
                                decisionDate: reached > 3 ? councilDate.adding(days: rng.int(in: 20...60)) : nil, approved: reached > 3 ? true : nil)
            }
            set(&c, .councilApproval, reached: reached, index: 3, started: councilDate, done: c.councilApproval.approvals.first?.decisionDate, rng: &rng)
        } else {
            c.councilApproval.progress = StageProgress(status: .skipped, skipReason: "Tidak membebani masyarakat dan pendanaannya sudah dianggarkan dalam APBD tahun berjalan (PP 28/2018 Pasal 6 ayat (2)).")
        }
        if reached == 3 { return c }

        // 5. Perjanjian Kerja Sama.
        // The PKS is signed after every DPRD decision it rests on (validator rule urutan-tanggal).
        let lastDecision = c.councilApproval.approvals.compactMap(\.decisionDate).max()
        let pksDate = max(reached >= 6 ? kbDate.adding(days: stepDays[3] + stepDays[4]) : next(3),
                          lastDecision.map { $0.adding(days: 7) } ?? kbDate)
        c.agreement.considerations = c.memorandum.considerations
        c.agreement.durationYears = durationYears
        c.agreement.forceMajeureNoticeDays = 14
        c.agreement.evaluationsPerYear = 2
        c.agreement.duties = parties.indices.map { i in
            PartyDuties(partyIndex: i, rights: ["memperoleh manfaat dari pelaksanaan kerja sama", "menerima laporan pelaksanaan"],
                        obligations: ["menyediakan anggaran sesuai rencana pembiayaan", "melaksanakan \(topic.scope[i % topic.scope.count])"])
        }
        if kind == .notaKesepakatan {
            // A Nota Kesepakatan has no PKS: the memorandum with its action plan is the whole document.
            c.agreement = AgreementStage()
        } else if reached > 4 {
            let signer: (Int) -> Signatory = { i in
                guard parties[i].type == .region, i % 2 == 1 else { return Signatory(person: parties[i].representative) }
                return Signatory(person: Person(name: "", title: "Kepala \(topic.agency) \(parties[i].name)"),
                                 powerOfAttorney: PowerOfAttorney(number: "180/\(100 + i)/SK/\(pksDate.year)", date: pksDate.adding(days: -7), grantorTitle: parties[i].representative.title))
            }
            var signatories = parties.indices.map(signer)
            for i in signatories.indices where signatories[i].person.name.isEmpty { signatories[i].person.name = personName(&rng) }
            c.agreement.signing = Signing(date: pksDate, place: c.memorandum.signing.place,
                                          numbers: parties.map { _ in letterNumber("PKS", pksDate.year, &rng) }, signatories: signatories)
            c.agreement.startDate = pksDate
            if expiringSoon || reached == 7 { c.agreement.endDate = pksDate.adding(years: durationYears).adding(days: -1) }
        }
        if kind != .notaKesepakatan {
            set(&c, .agreement, reached: reached, index: 4, started: kbDate.adding(days: 7), done: c.agreement.signing.date, rng: &rng)
        }
        if reached == 4 { return c }

        // 6. Pembiayaan.
        set(&c, .financing, reached: reached, index: 5, started: pksDate, done: pksDate.adding(days: 21), rng: &rng)
        if reached == 5 { return c }

        // 7. Pelaksanaan.
        let begin = pksDate.adding(days: 30)
        c.implementation.milestones = topic.scope.prefix(3).enumerated().map { i, item in
            let due = begin.adding(days: 120 * (i + 1))
            return Milestone(title: item.capitalizedFirst, due: due, completedOn: due < referenceDate && rng.chance(80) ? due.adding(days: -rng.int(in: 0...20)) : nil)
        }
        var evaluation = begin.adding(days: 180)
        while evaluation < referenceDate && c.implementation.evaluations.count < 6 {
            c.implementation.evaluations.append(Evaluation(date: evaluation, evaluator: "Tim Koordinasi Kerja Sama Daerah \(own.name)",
                                                           summary: rng.pick(["Pelaksanaan sesuai rencana.", "Terdapat keterlambatan pada pengadaan; disepakati percepatan.", "Capaian melebihi target tahunan."])))
            evaluation = evaluation.adding(days: 182)
        }
        if let last = c.implementation.evaluations.last {
            c.implementation.reports = [Report(date: last.date.adding(days: 14), recipient: "Gubernur", summary: "Laporan pelaksanaan kerja sama semester berjalan.")]
        }
        if reached == 7 {
            c.implementation.progress = StageProgress(status: .done, startedOn: begin, completedOn: c.agreement.endDate)
            c.ended = EndRecord(ground: .termExpired, date: c.agreement.endDate ?? referenceDate, note: "Jangka waktu kerja sama berakhir dan tidak diperpanjang.")
        } else {
            c.implementation.progress = StageProgress(status: .inReview, startedOn: begin)
        }
        return c
    }

    /// Marks a stage done (before `reached`), in progress (at it) or not started.
    private func set(_ c: inout Cooperation, _ section: StageSection, reached: Int, index: Int, started: CalendarDate,
                     done: CalendarDate?, rng: inout SplitMix64) {
        if reached > index {
            c.setProgress(StageProgress(status: .done, startedOn: started, completedOn: done ?? started.adding(days: 14)), of: section)
        } else if reached == index {
            c.setProgress(StageProgress(status: rng.chance(60) ? .draft : .inReview, startedOn: min(started, referenceDate)), of: section)
        }
    }

    private func regionParty(_ region: Region, _ rng: inout SplitMix64) -> Party {
        var p = Party.region(region, headName: personName(&rng), address: "Jalan \(rng.pick(["Ir. H. Juanda", "Pahlawan", "Merdeka", "Pemuda", "Veteran", "Sudirman"])) Nomor \(rng.int(in: 1...120)), \(DemoGenerator.bareName(region))")
        // "Wali Kota Bogor", not "Wali Kota Kota Bogor".
        let bare = DemoGenerator.bareName(region)
        p.representative.title = "\(region.level.headTitle) \(region.level == .provinsi ? region.name : bare)"
        return p
    }

    /// "Bogor" for Kota Bogor and Kabupaten Bogor: the name without its level.
    static func bareName(_ region: Region) -> String {
        for prefix in ["Kabupaten ", "Kota ", "Provinsi "] where region.name.hasPrefix(prefix) { return String(region.name.dropFirst(prefix.count)) }
        return region.name
    }

    private func personName(_ rng: inout SplitMix64) -> String {
        "\(rng.pick(DemoTopics.firstNames)) \(rng.pick(DemoTopics.lastNames))"
    }

    /// "180/12/KB/2025": classification code, running number, document type, year.
    private func letterNumber(_ type: String, _ year: Int, _ rng: inout SplitMix64) -> String {
        "\(rng.pick(DemoTopics.letterCodes))/\(rng.int(in: 1...450))/\(type)/\(year)"
    }

    private func five(_ n: Int) -> String {
        let s = String(n)
        return s.count >= 5 ? s : String(repeating: "0", count: 5 - s.count) + s
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
