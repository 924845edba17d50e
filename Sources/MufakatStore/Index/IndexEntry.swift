import Foundation
import MufakatDomain

/// Ringkasan kerja sama: one line of `index.json`, enough to list, filter and search
/// cooperations without decoding their files.
public struct IndexEntry: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var kind: CooperationKind
    /// Party names in order ("Kota Bogor", "Kabupaten Bogor").
    public var parties: [String]
    /// Region codes of the region parties.
    public var regionCodes: [String]
    public var affairCode: String
    public var affairName: String
    /// The first stage not yet done or skipped, in the fixed order; nil when all are.
    public var currentStage: StageSection?
    public var currentStageStatus: StageStatus?
    public var status: CooperationStatus
    public var proposalDate: CalendarDate?
    public var offerDate: CalendarDate?
    /// Tanggal penandatanganan KB.
    public var memorandumSignedOn: CalendarDate?
    /// Tanggal penandatanganan PKS.
    public var agreementSignedOn: CalendarDate?
    public var startDate: CalendarDate?
    /// The day the cooperation stops running (`Cooperation.renewedExpiryDate`: the term with every renewal).
    public var expiryDate: CalendarDate?
    public var endedOn: CalendarDate?
    /// Numbers of the signed KB and PKS (one per party), for search.
    public var documentNumbers: [String]
    /// Total of the financing plan; nil when there is none or it overflows.
    public var totalFinancing: Rupiah?
    /// Whether a financing line is not yet budgeted in an APBD (a DPRD trigger).
    public var hasUnbudgetedFinancing: Bool
    public var revision: Int
    public var savedAt: Date
    public var savedBy: Author
    /// Modification time (ns) of `cooperations/<id>.json` when the entry was made.
    public var fileStamp: Int64
    /// Stage statuses, gate conditions and reminder facts, so that screens list a cooperation
    /// without decoding it; nil in an entry written before it existed.
    public var progress: IndexProgress?

    /// The stages in their fixed order, for the simple current-stage rule.
    public static let stageOrder: [StageSection] = [.proposal, .offer, .memorandum, .councilApproval, .agreement, .financing, .implementation]

    public init(cooperation c: Cooperation, info: RevisionInfo, fileStamp: Int64, affairs: AffairCatalogue? = nil) {
        id = c.id
        title = c.title
        kind = c.kind
        parties = c.parties.map(\.name)
        regionCodes = c.parties.compactMap(\.regionCode)
        affairCode = c.affairCode
        affairName = (affairs ?? Catalogues.shared.affairs)[c.affairCode]?.name ?? ""
        // The kind's own stages, in the bundled rulebook's order (a Nota Kesepakatan has no
        // offer; a KSDPL walks its own steps), else the fixed order of a KSDD.
        let stages = Rulebook.bundled?.stageSections(of: c.kind) ?? []
        let order = stages.isEmpty ? IndexEntry.stageOrder.map { (section: $0, customID: String?.none) } : stages
        let current = order.first { step in
            let s = c.progress(of: step.section, customID: step.customID).status
            return s != .done && s != .skipped
        }
        currentStage = current?.section
        currentStageStatus = current.map { c.progress(of: $0.section, customID: $0.customID).status }
        if c.ended != nil {
            status = .ended
        } else if c.agreement.progress.status == .done || c.agreement.signing.date != nil
                    || (c.kind == .notaKesepakatan && (c.memorandum.progress.status == .done || c.memorandum.signing.date != nil)) {
            status = .active
        } else {
            status = .inProgress
        }
        proposalDate = c.proposal.date
        offerDate = c.offer.letterDate
        memorandumSignedOn = c.memorandum.signing.date
        agreementSignedOn = c.agreement.signing.date
        startDate = c.agreement.startDate ?? c.agreement.signing.date
        expiryDate = c.renewedExpiryDate
        endedOn = c.ended?.date
        documentNumbers = (c.memorandum.signing.numbers + c.agreement.signing.numbers).filter { !$0.isEmpty }
        totalFinancing = c.financing.lines.isEmpty ? nil : c.financing.total
        hasUnbudgetedFinancing = c.financing.hasUnbudgetedLine
        revision = info.revision
        savedAt = info.savedAt
        savedBy = info.savedBy
        self.fileStamp = fileStamp
        progress = IndexProgress(cooperation: c)
    }

    /// Days until expiry from `today` (negative once expired); nil without an expiry date.
    public func daysUntilExpiry(from today: CalendarDate = .today()) -> Int? {
        expiryDate.map { today.days(until: $0) }
    }

    /// Whether the cooperation is running but its term has passed.
    public func isExpired(on today: CalendarDate = .today()) -> Bool {
        status == .active && (expiryDate.map { $0 < today } ?? false)
    }

    /// Whether `text` occurs (case- and accent-insensitive) in the id, title, parties, affair or numbers.
    public func matches(search text: String) -> Bool {
        matches(folded: IndexEntry.searchNeedle(text))
    }

    /// The search text folded once, for `matches(folded:)` over a whole list.
    public static func searchNeedle(_ text: String) -> [UInt8] { fold(text) }

    /// `matches(search:)` with the text already folded: no array of fields is built and no ASCII
    /// field is copied; each is compared in place, ignoring case (issue 19: `list --search`).
    public func matches(folded needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        func hit(_ s: String) -> Bool { IndexEntry.containsFolding(s, needle) }
        return hit(id) || hit(title) || hit(affairCode) || hit(affairName) || hit(kind.label)
            || parties.contains(where: hit) || regionCodes.contains(where: hit) || documentNumbers.contains(where: hit)
    }

    /// Whether folded `needle` occurs in `s` folded, reading an ASCII `s` in place.
    static func containsFolding(_ s: String, _ needle: [UInt8]) -> Bool {
        let inPlace = s.utf8.withContiguousStorageIfAvailable { h -> Bool? in
            for b in h where b >= 0x80 { return nil }  // accents: fold the slow way
            let n = needle.count
            guard n <= h.count else { return false }
            let first = needle[0]
            @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
            var i = 0
            while i <= h.count - n {
                if lower(h[i]) == first {
                    var j = 1
                    while j < n && lower(h[i + j]) == needle[j] { j += 1 }
                    if j == n { return true }
                }
                i += 1
            }
            return false
        }
        if let inPlace, let result = inPlace { return result }
        return contains(fold(s), needle)
    }

    /// Lowercase without accents, as bytes. ASCII text (nearly all Indonesian) takes a fast path.
    static func fold(_ s: String) -> [UInt8] {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        }
        return Array(s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased().utf8)
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        let first = needle[0]
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
