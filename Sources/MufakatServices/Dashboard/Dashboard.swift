import Foundation
import MufakatDomain
import MufakatStore

/// Rekapitulasi kerja sama daerah: the figures the head of the cooperation unit reads at a
/// glance. Every figure carries the ids of the cooperations behind it, so a screen can list them.
public struct Dashboard: Sendable, Codable, Hashable {
    /// Satuan: what a group's values count.
    public enum Unit: String, Sendable, Codable, Hashable {
        /// Numbers of cooperations.
        case cooperations = "kerja-sama"
        /// Rupiah.
        case rupiah
    }

    /// One figure: a label, its value and the cooperations behind it.
    public struct Figure: Sendable, Codable, Hashable {
        public var label: String
        public var value: Int64
        public var ids: [String]
        public init(label: String, value: Int64, ids: [String]) { self.label = label; self.value = value; self.ids = ids }
    }

    /// A titled group of figures (one bar chart).
    public struct Group: Sendable, Codable, Hashable {
        public var id: String
        public var title: String
        public var unit: Unit
        public var figures: [Figure]
        public init(id: String, title: String, unit: Unit, figures: [Figure]) {
            self.id = id; self.title = title; self.unit = unit; self.figures = figures
        }
        public var maximum: Int64 { figures.map(\.value).max() ?? 0 }
    }

    public var generatedOn: CalendarDate
    public var total: Int
    public var groups: [Group]
    /// Titles of the cooperations by id (for lists behind a figure).
    public var titles: [String: String]

    public func group(_ id: String) -> Group? { groups.first { $0.id == id } }

    /// "12" for counts, "Rp1.500.000,00" for money.
    public static func format(_ value: Int64, unit: Unit) -> String {
        unit == .rupiah ? (Rupiah(value)?.figures ?? "\(value)") : "\(value)"
    }
}

/// Layanan rekapitulasi: computes the dashboard from the store (both the screen and
/// `mufakat rekap` call it).
public struct DashboardService: Sendable {
    public let rulebook: Rulebook
    public init(rulebook: Rulebook) { self.rulebook = rulebook }

    /// The dashboard of every cooperation in `session`.
    public func dashboard(session: any CooperationRepository, today: CalendarDate = .today()) throws(StoreError) -> Dashboard {
        let entries = try session.entries()
        let cooperations = try session.all().map(\.cooperation)
        return dashboard(cooperations, entries: entries, today: today)
    }

    /// The dashboard of `cooperations` (`entries` give status and stage; computed when absent).
    public func dashboard(_ cooperations: [Cooperation], entries: [IndexEntry], today: CalendarDate) -> Dashboard {
        let byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sorted = cooperations.sorted { $0.id < $1.id }
        var groups: [Dashboard.Group] = []
        let t = ServiceText.current.dashboard

        func counted(_ id: String, _ title: String, order: [String]? = nil, top: Int? = nil, _ keys: (Cooperation) -> [String]) -> Dashboard.Group {
            var ids: [String: [String]] = [:]
            for c in sorted { for k in Set(keys(c)) { ids[k, default: []].append(c.id) } }
            var labels = ids.keys.sorted { (ids[$0]!.count, $1) > (ids[$1]!.count, $0) }
            if let order { labels = order.filter { ids[$0] != nil } + labels.filter { !order.contains($0) } }
            var figures = labels.map { Dashboard.Figure(label: $0, value: Int64(ids[$0]!.count), ids: ids[$0]!) }
            // Long tails (affairs, partners) end in one "Lainnya" figure, so the summary stays one or two pages.
            if let top, figures.count > top + 1 {
                let rest = figures[top...]
                let restIDs = Array(Set(rest.flatMap(\.ids))).sorted()
                figures = Array(figures[..<top]) + [Dashboard.Figure(label: t.others(rest.count), value: Int64(restIDs.count), ids: restIDs)]
            }
            return Dashboard.Group(id: id, title: title, unit: .cooperations, figures: figures)
        }

        groups.append(counted("status", t.byStatus, order: CooperationStatus.stored.map(\.label)) { c in
            [(byID[c.id]?.status ?? Self.status(c, today: today)).label]
        })
        let stageOrder = [t.proposal, t.offer, t.memorandum, t.councilApproval, t.agreement, t.financing, t.implementation, t.customStage, t.allStagesDone]
        groups.append(counted("tahapan", t.byStage, order: stageOrder) { c in
            [Self.stageLabel(byID[c.id]?.currentStage, entryKnown: byID[c.id] != nil)]
        })
        groups.append(counted("jenis", t.byKind, order: CooperationKind.allCases.map(\.label)) { [$0.kind.label] })
        groups.append(counted("urusan", t.byAffair, top: 8) { c in
            [Catalogues.shared.affairs[c.affairCode]?.name ?? (c.affairCode.isEmpty ? t.notFilled : c.affairCode)]
        })
        groups.append(counted("mitra", t.byPartner, top: 8) { c in
            c.parties.dropFirst().map(\.name).filter { !$0.isEmpty }
        })

        // Ending soon: cumulative windows from the reminder tiers that fit 90/60/30.
        var ending: [Dashboard.Figure] = []
        for days in [30, 60, 90] {
            let ids = sorted.filter { c in
                guard c.ended == nil, let end = c.expiryDate else { return false }
                let left = today.days(until: end)
                return left >= 0 && left <= days
            }.map(\.id)
            ending.append(Dashboard.Figure(label: t.endingWithin(days), value: Int64(ids.count), ids: ids))
        }
        groups.append(Dashboard.Group(id: "berakhir", title: t.endingSoon, unit: .cooperations, figures: ending))

        // Evaluations due this year (at least N a budget year: what the PKS promises, never below the rulebook).
        var dueIDs: [String] = []
        for c in sorted where Self.isRunning(c, today: today) {
            let required = rulebook.evaluationsPerYear(for: c)
            let done = c.implementation.evaluations.filter { $0.date.year == today.year }.count
            if done < required { dueIDs.append(c.id) }
        }
        groups.append(Dashboard.Group(id: "evaluasi", title: t.evaluationsDue(today.year),
                                      unit: .cooperations, figures: [Dashboard.Figure(label: t.evaluationsIncomplete, value: Int64(dueIDs.count), ids: dueIDs)]))

        // Financing per year and per source.
        var perYear: [Int: (Int64, Set<String>)] = [:]
        var perSource: [FundingSource: (Int64, Set<String>)] = [:]
        for c in sorted where c.ended == nil {
            for line in c.financing.lines {
                let (y, yi) = perYear[line.budgetYear] ?? (0, [])
                perYear[line.budgetYear] = (y &+ line.amount.value, yi.union([c.id]))
                let (s, si) = perSource[line.source] ?? (0, [])
                perSource[line.source] = (s &+ line.amount.value, si.union([c.id]))
            }
        }
        groups.append(Dashboard.Group(id: "pembiayaan-tahun", title: t.financingPerYear, unit: .rupiah,
                                      figures: perYear.keys.sorted().map { Dashboard.Figure(label: "\($0)", value: perYear[$0]!.0, ids: perYear[$0]!.1.sorted()) }))
        groups.append(Dashboard.Group(id: "pembiayaan-sumber", title: t.financingPerSource, unit: .rupiah,
                                      figures: FundingSource.allCases.compactMap { s in perSource[s].map { Dashboard.Figure(label: s.label, value: $0.0, ids: $0.1.sorted()) } }))

        // Signed documents without a signed scan in the archive.
        let kinds = rulebook.signedScanKinds
        var noScan: [String: [String]] = [:]
        for c in sorted {
            for stage in c.signedStagesWithoutScan(scanKinds: kinds) { noScan[stage == "kb" ? t.kbWithoutScan : t.pksWithoutScan, default: []].append(c.id) }
        }
        groups.append(Dashboard.Group(id: "tanpa-pindaian", title: t.withoutScan, unit: .cooperations,
                                      figures: [t.kbWithoutScan, t.pksWithoutScan].map { Dashboard.Figure(label: $0, value: Int64(noScan[$0]?.count ?? 0), ids: noScan[$0] ?? []) }))

        return Dashboard(generatedOn: today, total: sorted.count, groups: groups,
                         titles: Dictionary(sorted.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a }))
    }

    static func isRunning(_ c: Cooperation, today: CalendarDate) -> Bool {
        guard c.ended == nil, c.agreement.signing.date != nil else { return false }
        if let end = c.expiryDate, end < today { return false }
        return true
    }

    static func status(_ c: Cooperation, today: CalendarDate) -> CooperationStatus {
        if c.ended != nil { return .ended }
        return c.agreement.signing.date != nil ? .active : .inProgress
    }

    static func stageLabel(_ section: StageSection?, entryKnown: Bool) -> String {
        let t = ServiceText.current.dashboard
        guard let section else { return t.allStagesDone }
        switch section {
        case .proposal: return t.proposal
        case .offer: return t.offer
        case .memorandum: return t.memorandum
        case .councilApproval: return t.councilApproval
        case .agreement: return t.agreement
        case .financing: return t.financing
        case .implementation: return t.implementation
        case .custom: return t.customStage
        }
    }
}
