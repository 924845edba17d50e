import MufakatDomain
import MufakatServices
import MufakatStore

/// Rekapitulasi pembiayaan: totals per budget year, per party and overall, each party's share in
/// percent, and whether the plan opens the DPRD gate. Integer arithmetic only.
struct FinancingSummary: Sendable {
    var overall: Rupiah?
    var perYear: [(year: Int, total: Rupiah?)]
    var perParty: [(name: String, total: Rupiah?, permille: Int?)]
    var unbudgeted: Int
    /// The DPRD gate as the rulebook words it now.
    var gate: String?
    var gateOpen: Bool

    init(_ c: Cooperation, analysis: EditorAnalysis) {
        let plan = c.financing
        overall = plan.total
        perYear = plan.years.map { ($0, plan.total(forYear: $0)) }
        let partyIndices = Array(Set(plan.lines.map(\.partyIndex))).sorted()
        perParty = partyIndices.map { i in
            let name = i < c.parties.count ? CooperationEditor.shortName(c.parties[i].name) : AppText.current.editor.partyNumber(i + 1)
            let t = plan.total(forParty: i)
            var share: Int? = nil
            if let t, let all = plan.total, all.value > 0 { share = Self.permille(t.value, of: all.value) }
            return (name, t, share)
        }
        unbudgeted = plan.lines.filter { !$0.budgeted }.count
        let dprd = analysis.workflow.stages.first { $0.section == .councilApproval }
        gate = dprd?.gate?.reason
        gateOpen = dprd?.gate?.isOpen ?? false
    }

    /// part / whole in tenths of a percent, rounded half up.
    static func permille(_ part: Int64, of whole: Int64) -> Int {
        var p = part, w = whole
        while p > Int64.max / 2000 || w > Int64.max / 2 { p /= 10; w /= 10 }
        guard w > 0 else { return 0 }
        return Int((p * 1000 + w / 2) / w)
    }

    static func percent(_ permille: Int?) -> String {
        guard let p = permille else { return "-" }
        return "\(p / 10),\(p % 10)%"
    }

    /// The summary as lines, for the table page and the review.
    var lines: [String] {
        var out: [String] = []
        let t = AppText.current.editor
        out.append(t.overallTotal(overall?.figures))
        if !perYear.isEmpty {
            out.append(t.perYear + perYear.map { "\($0.year) Rp\($0.total?.grouped ?? "-")" }.joined(separator: " · "))
        }
        if !perParty.isEmpty {
            out.append(t.perParty + perParty.map { "\($0.name) Rp\($0.total?.grouped ?? "-") (\(Self.percent($0.permille)))" }.joined(separator: " · "))
        }
        if let gate { out.append(t.dprdApproval(gate)) }
        return out
    }
}
