import MufakatDomain
import MufakatServices
import TerminalUI

/// Fakta baris: what the home list works out for one cooperation beyond its index line (its
/// current stage, status and next date), in 16 bytes. The words the row shows (stage, affair,
/// label) are not kept per row: they are the same for thousands of rows and live once in
/// `RowWords`. A whole `CooperationSummary` is made only for the rows on screen (issue 19,
/// memory: at 100,000 cooperations the summaries kept for every row were 15 MB).
struct RowFacts: Sendable, Hashable {
    /// The next date that matters (`CooperationSummary.nextDate`).
    var nextDate: MufakatDomain.CalendarDate?
    /// Position of the first stage neither done nor skipped; the kind's stage count when all are.
    var stageIndex: Int16
    /// The affair, as a position in `RowWords.affairCodes`.
    var affair: UInt16
    var status: CooperationStatus
    /// What `nextDate` is (its short label); nil when there is no date.
    var nextLabel: Reminder.Kind?
    /// The kind's position in `CooperationKind.allCases`.
    var kindOrdinal: UInt8

    /// The facts of `c` on `context.today`, with its reminders already made; `affair` is the
    /// position of its affair in the list's `RowWords`.
    init(listed c: ListedCooperation, today: MufakatDomain.CalendarDate, plan: StagePlan, reminders: some Collection<Reminder>, affair: UInt16) {
        stageIndex = Int16(clamping: c.firstOpenStage(plan).index)
        self.affair = affair
        status = c.status(on: today)
        kindOrdinal = UInt8(RowWords.kindOrdinal(c.kind))
        // The first reminder with the earliest date (no array made per row).
        var first: Reminder? = nil
        for r in reminders { if let date = r.date, first.map({ date < $0.date! }) ?? true { first = r } }
        if let first, let date = first.date {
            nextDate = date; nextLabel = first.kind
        } else if let expiry = c.expiryDate, !c.isEnded {
            nextDate = expiry; nextLabel = .expiry
        } else {
            nextDate = nil; nextLabel = nil
        }
    }
}

/// Kata-kata baris: the words the home list's rows share (stage names of each kind, affair
/// names, the next date's labels), kept once for the whole list and looked up by the small
/// numbers of `RowFacts`.
struct RowWords: Sendable {
    /// Stage names of each kind (by `kindOrdinal`), then "all stages done" at the kind's stage count.
    let stageNames: [[String]]
    /// Where each kind's names start in one flat numbering of every (kind, stage) name, then the total.
    let stageOffsets: [Int]
    /// Affairs met in the list, in the order met, and their names (the code when the catalogue lacks it).
    private(set) var affairCodes: [String] = []
    private(set) var affairNames: [String] = []
    /// Short label of each `Reminder.Kind` (by its position in `allCases`).
    let labels: [String]
    /// Shown for a cooperation without a title.
    let untitled: String
    /// The kinds' and statuses' words in the list's language (full, as searched).
    let kindWords: [String]
    let statusWords: [String]
    private let catalogue: AffairCatalogue

    init(context: ShellContext, plan: StagePlan, text: Catalogue<AppText>, keepingAffairsOf old: RowWords? = nil) {
        var names: [[String]] = [], offsets: [Int] = [], total = 0
        for kind in CooperationKind.allCases {
            let stages = plan.steps(for: kind)
            names.append(stages.map { text.homeRows.stage($0.section, $0.displayName) } + [text.home.allStagesDone])
            offsets.append(total)
            total += stages.count + 1
        }
        stageNames = names; stageOffsets = offsets + [total]
        labels = Reminder.Kind.allCases.map { $0.shortLabel(text) }
        untitled = text.home.untitled
        kindWords = CooperationKind.allCases.map { text.homeRows.kind($0) }
        statusWords = CooperationStatus.allCases.map { text.homeRows.status($0) }
        catalogue = context.catalogues.affairs
        if let old {
            affairCodes = old.affairCodes
            affairNames = affairCodes.map { [catalogue] in catalogue[$0]?.name ?? $0 }
        }
    }

    private static let kinds = CooperationKind.allCases
    private static let statuses = CooperationStatus.allCases

    /// Read from one array made once: a search asks for every row (no array made per call).
    static func kindOrdinal(_ kind: CooperationKind) -> Int { kinds.firstIndex(of: kind) ?? 0 }

    static func statusOrdinal(_ status: CooperationStatus) -> Int { statuses.firstIndex(of: status) ?? 0 }

    /// The name of the row's current stage.
    func stageName(_ f: RowFacts) -> String {
        let names = stageNames[Int(f.kindOrdinal)]
        return names[min(max(0, Int(f.stageIndex)), names.count - 1)]
    }

    /// The row's stage in the flat numbering of every kind's stage names.
    func stageNumber(_ f: RowFacts) -> Int {
        let k = Int(f.kindOrdinal)
        return stageOffsets[k] + min(max(0, Int(f.stageIndex)), stageOffsets[k + 1] - stageOffsets[k] - 1)
    }

    func label(_ f: RowFacts) -> String { f.nextLabel.map { labels[Reminder.Kind.allCases.firstIndex(of: $0) ?? 0] } ?? "" }

    /// The position of `code` among the affairs, added when new (`known` speeds up a whole list).
    mutating func affair(_ code: String, known: inout [String: UInt16]) -> UInt16 {
        if let at = known[code] { return at }
        let at = affair(code)
        known[code] = at
        return at
    }

    /// The same without a lookup table (one saved row).
    mutating func affair(_ code: String) -> UInt16 {
        if let at = affairCodes.firstIndex(of: code) { return UInt16(at) }
        guard affairCodes.count < Int(UInt16.max) else { return UInt16.max }
        affairCodes.append(code)
        affairNames.append(catalogue[code]?.name ?? code)
        return UInt16(affairCodes.count - 1)
    }

    func affairName(_ f: RowFacts) -> String { affairNames.indices.contains(Int(f.affair)) ? affairNames[Int(f.affair)] : "" }
}
