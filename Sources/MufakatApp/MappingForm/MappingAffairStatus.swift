import MufakatDomain
import MufakatServices
import MufakatStore

/// Keadaan isian urusan: what a region's mapping says about one affair, as the list shows it.
enum MappingFill: Sendable, Equatable {
    /// Kosong: nothing offered, nothing needed.
    case empty
    /// Potensi: the region offers something.
    case offer
    /// Kebutuhan: the region needs something.
    case need
    /// Keduanya: it offers and needs.
    case both
    /// Terisi tanpa potensi/kebutuhan: a kind (e.g. KSDD wajib), a partner, a priority, a year or
    /// a plan is filled, but neither an offer nor a need; it is not empty.
    case filled

    init(_ entries: [MappingEntry]) {
        let offers = entries.contains(where: \.hasOffer), needs = entries.contains(where: \.hasNeed)
        let filled = entries.contains {
            $0.intendedKind != nil || !$0.partnerRegions.isEmpty || !$0.partnerThirdParties.isEmpty || $0.priority != nil
                || $0.targetYear != nil || $0.plannedCooperation != nil
        }
        self = offers && needs ? .both : offers ? .offer : needs ? .need : filled ? .filled : .empty
    }

    var label: String {
        switch self {
        case .empty: txt.fillEmpty
        case .offer: txt.fillOffer
        case .need: txt.fillNeed
        case .both: txt.fillBoth
        case .filled: txt.fillFilled
        }
    }

    /// A symbol that reads without colour (NO_COLOR): ▲ offers, ▼ needs, ◆ both.
    var symbol: String {
        switch self {
        case .empty: "·"
        case .offer: "▲"
        case .need: "▼"
        case .both: "◆"
        case .filled: "●"
        }
    }
}

/// Baris urusan: one affair of the catalogue with the state of the region's entry for it.
struct MappingAffairStatus: Sendable, Equatable {
    let code: String
    let name: String
    /// Nil for an entry whose code is not in the catalogue.
    let group: AffairGroup?
    let fill: MappingFill
    let priority: MappingPriority?
    let kind: CooperationKind?
    let targetYear: Int?
    /// Entries for the affair (more than one when sub-affairs are mapped separately).
    let entryCount: Int
    /// Lengkap: offer or need, candidate partners, kind, priority and target year are all given.
    let complete: Bool
    let errors: Int
    let warnings: Int
    let notices: Int

    var hasEntry: Bool { entryCount > 0 }
    var hasFindings: Bool { errors + warnings > 0 }

    init(code: String, name: String, group: AffairGroup?, entries: [MappingEntry], findings: [MappingFinding]) {
        self.code = code; self.name = name; self.group = group
        fill = MappingFill(entries)
        let first = entries.first
        priority = first?.priority; kind = first?.intendedKind; targetYear = first?.targetYear
        entryCount = entries.count
        complete = !entries.isEmpty && entries.allSatisfy(Self.isComplete)
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.filter { $0.severity == .warning }.count
        notices = findings.filter { $0.severity == .notice }.count
    }

    static func isComplete(_ e: MappingEntry) -> Bool {
        (e.hasOffer || e.hasNeed) && (!e.partnerRegions.isEmpty || !e.partnerThirdParties.isEmpty)
            && e.intendedKind != nil && e.priority != nil && e.targetYear != nil
    }

    /// "lengkap", "sebagian" or "" (nothing yet).
    var completeness: String { complete ? txt.complete : hasEntry ? txt.partial : "" }

    /// "✗2" for errors, "!1" for warnings only, "" when clean; reads without colour.
    var findingMark: String {
        if errors > 0 { return "✗\(errors)" }
        if warnings > 0 { return "!\(warnings)" }
        return ""
    }

    /// Statuses of the 32 affairs in catalogue order (grouped as in urusan.csv), then any entry
    /// whose code the catalogue does not know, so the officer can see and remove it.
    static func all(for mapping: RegionMapping, findings: [MappingFinding], catalogues: Catalogues) -> [MappingAffairStatus] {
        var out: [MappingAffairStatus] = []
        for group in AffairGroup.allCases {
            for affair in catalogues.affairs.inGroup(group) {
                out.append(MappingAffairStatus(code: affair.code, name: affair.name, group: group,
                                               entries: mapping.entries(forAffair: affair.code),
                                               findings: findings.filter { $0.affairCode == affair.code }))
            }
        }
        var unknown: [String] = []
        for e in mapping.sortedEntries where catalogues.affairs[e.affairCode] == nil && !unknown.contains(e.affairCode) {
            unknown.append(e.affairCode)
        }
        for code in unknown {
            out.append(MappingAffairStatus(code: code, name: txt.unknownAffair, group: nil,
                                           entries: mapping.entries(forAffair: code),
                                           findings: findings.filter { $0.affairCode == code }))
        }
        return out
    }
}

extension AffairGroup {
    /// Short heading for narrow screens.
    var shortTitle: String {
        switch self {
        case .wajibPelayananDasar: txt.groupShortBasic
        case .wajibNonPelayananDasar: txt.groupShortNonBasic
        case .pilihan: txt.groupShortChoice
        }
    }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
