/// Sumber dana of a financing line.
public enum FundingSource: String, Codable, Sendable, CaseIterable {
    /// APBD of the party itself.
    case apbd
    /// APBN: the state budget (may help a KSDD wajib, PP 28/2018 Pasal 12).
    case apbn
    /// APBD of another region.
    case apbdLain = "apbd-lain"
    /// Funds of the third party (KSDPK).
    case pihakKetiga = "pihak-ketiga"
    /// Other lawful, non-binding sources.
    case lainnya

    public var label: String {
        switch self {
        case .apbd: "APBD"
        case .apbn: "APBN"
        case .apbdLain: "APBD daerah lain"
        case .pihakKetiga: "Dana pihak ketiga"
        case .lainnya: "Sumber lain yang sah"
        }
    }
}

/// Pembiayaan: the financing plan, per budget year and per party (PP 28/2018 Pasal 7, 12, 20).
public struct FinancingStage: Codable, Sendable, Hashable {
    public var progress: StageProgress
    public var lines: [FinancingLine]
    /// Hasil kerja sama: how results are taken in (money to the kas daerah, goods as assets).
    public var resultsHandling: String

    public init(progress: StageProgress = StageProgress(), lines: [FinancingLine] = [], resultsHandling: String = "") {
        self.progress = progress; self.lines = lines; self.resultsHandling = resultsHandling
    }

    /// Whether any line charged to a party's own APBD is not yet budgeted (one of the DPRD
    /// triggers). APBN, another region's APBD, third-party and other money never count.
    public var hasUnbudgetedLine: Bool { lines.contains(where: \.needsCouncilApproval) }

    /// Lines of party `index` charged to its own APBD and not yet budgeted.
    public func unbudgetedOwnAPBDLines(party index: Int) -> [FinancingLine] {
        lines.filter { $0.partyIndex == index && $0.needsCouncilApproval }
    }

    /// Total of all lines; nil on overflow.
    public var total: Rupiah? { Rupiah.sum(lines.map(\.amount)) }

    public func total(forYear year: Int) -> Rupiah? { Rupiah.sum(lines.filter { $0.budgetYear == year }.map(\.amount)) }
    public func total(forParty index: Int) -> Rupiah? { Rupiah.sum(lines.filter { $0.partyIndex == index }.map(\.amount)) }
    public var years: [Int] { Array(Set(lines.map(\.budgetYear))).sorted() }
}

/// One line of the financing plan.
public struct FinancingLine: Codable, Sendable, Hashable {
    /// Tahun anggaran.
    public var budgetYear: Int
    /// Index into `Cooperation.parties`.
    public var partyIndex: Int
    public var amount: Rupiah
    public var source: FundingSource
    /// Sudah dianggarkan dalam APBD tahun berjalan.
    public var budgeted: Bool
    /// Kode perencanaan: urusan.bidang.program.kegiatan, e.g. "2.15.02.2.01"; only for money
    /// that passes through an APBD (`needsPlanningCode`).
    public var planningCode: String
    /// Uraian.
    public var description: String

    /// Whether the line counts for the DPRD gate: charged to the party's own APBD and not yet
    /// budgeted in the running year (PP 28/2018 Pasal 6 ayat (2)).
    public var needsCouncilApproval: Bool { source == .apbd && !budgeted }

    public init(budgetYear: Int, partyIndex: Int, amount: Rupiah, source: FundingSource = .apbd,
                budgeted: Bool = false, planningCode: String = "", description: String = "") {
        self.budgetYear = budgetYear; self.partyIndex = partyIndex; self.amount = amount; self.source = source
        self.budgeted = budgeted; self.planningCode = planningCode; self.description = description
    }

    /// Whether the line must carry an APBD planning code: a company's own investment, APBN or
    /// other money is not planned in the region's budget.
    public var needsPlanningCode: Bool { source.isRegionalBudget }

    /// Sets where the money comes from; a planning code is dropped once the money no longer
    /// passes through an APBD.
    public mutating func take(from source: FundingSource) {
        self.source = source
        if !source.isRegionalBudget { planningCode = "" }
    }

    /// Charges the line to party `index` of `parties`. A source still at the old party's default
    /// follows the new party (a ministry pays from the APBN, a company from its own money), and a
    /// planning code copied from a region's line is dropped once the money no longer passes
    /// through an APBD. A source the officer chose is kept.
    public mutating func assign(party index: Int, of parties: [Party]) {
        let oldDefault = parties.indices.contains(partyIndex) ? FundingSource.default(for: parties[partyIndex].type) : nil
        partyIndex = index
        guard parties.indices.contains(index), oldDefault == nil || source == oldDefault else { return }
        source = FundingSource.default(for: parties[index].type)
        if !source.isRegionalBudget { planningCode = "" }
    }
}
