/// Rencana aksi: one row of the action plan annexed to a Nota Kesepakatan (PP 28/2018 Pasal 46:
/// "yang memuat rencana aksi pada lampirannya").
public struct ActionPlanItem: Codable, Sendable, Hashable {
    /// Kegiatan.
    public var activity: String
    /// Keluaran (output).
    public var output: String
    /// Penanggung jawab: the party carrying the activity (index into `Cooperation.parties`).
    public var partyIndex: Int
    /// Unit kerja penanggung jawab, e.g. "Direktorat Kesehatan Keluarga" (optional detail).
    public var unit: String
    /// Jadwal / waktu pelaksanaan, e.g. "Triwulan II 2026" or "2026–2027".
    public var timeline: String
    /// Sumber pendanaan: APBN for a ministry, APBD for a region, or another lawful source.
    public var funding: FundingSource

    public init(activity: String = "", output: String = "", partyIndex: Int = 0, unit: String = "",
                timeline: String = "", funding: FundingSource = .apbd) {
        self.activity = activity; self.output = output; self.partyIndex = partyIndex; self.unit = unit
        self.timeline = timeline; self.funding = funding
    }

    enum CodingKeys: String, CodingKey { case activity, output, partyIndex, unit, timeline, funding }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        activity = try c.decode(String.self, forKey: .activity)
        output = try c.decode(String.self, forKey: .output)
        partyIndex = try c.decode(Int.self, forKey: .partyIndex)
        unit = try c.decodeIfPresent(String.self, forKey: .unit) ?? ""
        timeline = try c.decode(String.self, forKey: .timeline)
        funding = try c.decode(FundingSource.self, forKey: .funding)
    }
}

extension ActionPlanItem {
    /// Hands the activity to party `index` of `parties`. A funding source still at the old
    /// party's default follows the new party (a ministry's activity is funded from the APBN, a
    /// region's from its APBD); one the officer chose is kept.
    public mutating func assign(party index: Int, of parties: [Party]) {
        let oldDefault = parties.indices.contains(partyIndex) ? FundingSource.default(for: parties[partyIndex].type) : nil
        partyIndex = index
        guard parties.indices.contains(index), oldDefault == nil || funding == oldDefault else { return }
        funding = FundingSource.default(for: parties[index].type)
    }
}

extension FundingSource {
    /// The source a party funds its own part from when nothing else is said: a region its APBD,
    /// a ministry or agency the APBN, a third party its own money.
    public static func `default`(for type: PartyType) -> FundingSource {
        switch type {
        case .region: .apbd
        case .ministry: .apbn
        case .thirdParty: .pihakKetiga
        case .foreign: .lainnya
        }
    }

    /// Whether money of this source passes through a regional budget (APBD), so that a line not
    /// yet budgeted needs the DPRD (PP 28/2018 Pasal 6 ayat (2)) and carries a planning code
    /// (Permendagri 90/2019). APBN, third-party and other money never does.
    public var isRegionalBudget: Bool { self == .apbd || self == .apbdLain }
}

extension Cooperation {
    /// The funding sources of party `index` for a Nota Kesepakatan: those of its rencana aksi
    /// rows, else the default for its type.
    public func fundingSources(ofParty index: Int) -> [FundingSource] {
        let fromPlan = memorandum.actionPlan.filter { $0.partyIndex == index }.map(\.funding)
        var seen: [FundingSource] = []
        for s in fromPlan where !seen.contains(s) { seen.append(s) }
        if !seen.isEmpty { return seen }
        guard index >= 0, index < parties.count else { return [] }
        return [FundingSource.default(for: parties[index].type)]
    }
}
