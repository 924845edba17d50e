import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// Contoh kerja sama: a handful of cooperations at different stages, so a new officer can try
/// every screen (used by "muat contoh" on the welcome screen and by `mufakat --demo`).
public enum ExampleCooperations {
    /// How many generated cooperations "muat contoh" adds.
    public static let generatedCount = 12

    /// Saves the demo generator's cooperations plus a few of the own region at telling stages
    /// (and a profile when there is none); returns how many were saved.
    public static func load(into repository: any CooperationRepository, context: ShellContext) throws -> Int {
        let profile = repository.loadProfile() ?? defaultProfile
        if repository.loadProfile() == nil { try repository.saveProfile(profile) }
        var count = 0
        let generated = DemoGenerator(seed: 1, referenceDate: context.today).cooperations(count: generatedCount)
        // One walked example of every kind (Nota, KSDPK, KSDPL, KSDLL, KSDD wajib, an ended KSDD).
        let walked = WalkedExamples.all(referenceDate: context.today, catalogues: context.catalogues)
        for var c in make(profile: profile, context: context) + walked + Array(generated) {
            var n = 2
            let base = c.id
            while repository.contains(id: c.id) { c.id = "\(base)-\(n)"; n += 1 }
            _ = try repository.save(c, basedOn: nil)
            count += 1
        }
        return count
    }

    static let defaultProfile = RegionProfile(
        regionCode: "32.71", unitName: "Bagian Kerja Sama Sekretariat Daerah Kota Bogor",
        head: Person(name: "Dedie A. Rachim", title: "Wali Kota Bogor"),
        unitHead: Person(name: "Rudi Hartono", title: "Kepala Bagian Kerja Sama"),
        address: "Jalan Ir. H. Juanda Nomor 10, Bogor", city: "Bogor")

    static func make(profile: RegionProfile, context: ShellContext) -> [Cooperation] {
        let regions = context.catalogues.regions
        let today = context.today
        guard let own = regions[profile.regionCode] else { return [] }
        var first = own.party(headName: profile.head.name, address: profile.address)
        if !profile.head.title.isEmpty { first.representative.title = profile.head.title }
        let neighbours = regions.members(ofProvince: own.provinceCode).filter { $0.code != own.code && $0.autonomous }
        let partnerA = neighbours.first ?? regions.all.first { $0.code != own.code && $0.autonomous }!
        let partnerB = neighbours.dropFirst().first ?? partnerA

        // 1. KSDD sukarela waiting for the partner's answer.
        var transport = Cooperation(id: "contoh-angkutan-\(Cooperation.slug(partnerA.name))",
                                    title: "Contoh: Angkutan Perkotaan Terpadu \(own.name) dan \(partnerA.name)",
                                    kind: .ksddSukarela, parties: [first, partnerA.party()], partiesBordering: true,
                                    affairCode: "2.15", subAffairID: "angkutan-perkotaan-perdesaan")
        transport.proposal = ProposalStage(progress: StageProgress(status: .done, startedOn: today.adding(days: -60), completedOn: today.adding(days: -30)),
                                           initiatingAgency: "Dinas Perhubungan", date: today.adding(days: -60),
                                           background: "Mobilitas harian warga melintasi batas kedua daerah.", purpose: "Menyelenggarakan angkutan perkotaan terpadu.",
                                           goals: "Waktu tempuh berkurang dan layanan terjangkau.", object: "Layanan angkutan perkotaan lintas batas.",
                                           scope: ["Penetapan trayek", "Pembagian subsidi", "Pengawasan layanan"], form: "Penyelenggaraan bersama",
                                           expectedBenefit: "Layanan angkutan lebih efisien.", durationYears: 5)
        transport.offer.progress = StageProgress(status: .inReview, startedOn: today.adding(days: -20))
        transport.offer.letterNumber = "551/12/Kerja Sama/\(today.year)"
        transport.offer.letterDate = today.adding(days: -20)
        transport.offer.addressee = partnerA.headTitle

        // 2. A running KSDPK that expires within two months.
        var water = Cooperation(id: "contoh-air-minum-pihak-ketiga", title: "Contoh: Pengelolaan Air Minum dengan PT Tirta Pakuan Lestari",
                                kind: .ksdpk, parties: [first, Party(type: .thirdParty, name: "PT Tirta Pakuan Lestari", legalForm: .badanUsahaSwasta,
                                                                      representative: Person(name: "Sari Wulandari", title: "Direktur Utama"), address: "Jalan Pajajaran Nomor 18, Bogor")],
                                affairCode: "1.03", burdensPublic: false)
        for section in [StageSection.proposal, .offer, .memorandum, .agreement, .financing] {
            water.setProgress(StageProgress(status: .done, completedOn: today.adding(days: -1800)), of: section)
        }
        water.councilApproval.progress = StageProgress(status: .skipped, skipReason: "Pembiayaan sudah dianggarkan.")
        water.implementation.progress = StageProgress(status: .inReview, startedOn: today.adding(days: -1790))
        water.agreement.signing = Signing(date: today.adding(days: -1790), place: "Bogor", numbers: ["690/1/Kerja Sama", "01/PKS/TC"])
        water.agreement.startDate = today.adding(days: -1790)
        water.agreement.durationYears = 5
        if let amount = Rupiah(250_000_000) {
            water.financing.lines = [FinancingLine(budgetYear: today.year, partyIndex: 0, amount: amount, budgeted: true)]
        }

        // 3. A KSDD wajib with two neighbours, just proposed.
        var waste = Cooperation(id: "contoh-persampahan-regional", title: "Contoh: Pengelolaan Sampah Regional",
                                kind: .ksddWajib, parties: [first, partnerA.party(), partnerB.party()], partiesBordering: true,
                                affairCode: "1.03")
        waste.proposal.progress = StageProgress(status: .draft, startedOn: today.adding(days: -5))
        waste.proposal.initiatingAgency = "Dinas Lingkungan Hidup"

        // 4. An ended cooperation, ready to be renewed.
        var ended = Cooperation(id: "contoh-pariwisata-berakhir", title: "Contoh: Promosi Pariwisata Bersama",
                                kind: .ksddSukarela, parties: [first, partnerA.party()], affairCode: "3.26", burdensPublic: false)
        for section in [StageSection.proposal, .offer, .memorandum, .agreement, .financing, .implementation] {
            ended.setProgress(StageProgress(status: .done), of: section)
        }
        ended.councilApproval.progress = StageProgress(status: .skipped)
        ended.agreement.signing = Signing(date: today.adding(days: -2000), place: "Bogor")
        ended.agreement.durationYears = 5
        if let amount = Rupiah(100_000_000) {
            ended.financing.lines = [FinancingLine(budgetYear: today.year - 5, partyIndex: 0, amount: amount, budgeted: true)]
        }
        ended.ended = EndRecord(ground: .termExpired, date: today.adding(days: -175))
        return [transport, water, waste, ended]
    }
}
