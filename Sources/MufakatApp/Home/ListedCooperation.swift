import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// Kerja sama dalam daftar: what the home list and its reminders need of one cooperation. Made
/// from the cooperation itself, or from its line in the store's index without decoding its file,
/// so that opening a store of 100,000 cooperations reads the index, not 100,000 files.
public struct ListedCooperation: Sendable, Hashable, Identifiable {
    // The stored properties are in order of size, so that no padding lies between them: a list
    // of 100,000 keeps one of these for every cooperation (issue 19, memory: 160 → 136 bytes).
    public var id: String
    public var title: String
    public var affairCode: String
    public var partyNames: [String]
    public var revision: Int
    /// Stage statuses, gate conditions and reminder facts.
    public var progress: IndexProgress
    // The dates in four bytes each (`CalendarDate.pack`): 136 → 128 bytes a cooperation.
    private var expiryDay: Int32
    private var startDay: Int32
    private var offerLetterDay: Int32
    public var kind: CooperationKind
    public var isEnded: Bool
    /// The agreement (or the Nota Kesepakatan) is signed and the cooperation has not ended (what
    /// the index calls "berlaku"; an ended cooperation shows and reminds nothing of its signing).
    public var isSigned: Bool

    public var expiryDate: MufakatDomain.CalendarDate? {
        get { CalendarDate.unpack(expiryDay) }
        set { expiryDay = CalendarDate.pack(newValue) }
    }
    /// When the agreement runs from (its start date, else its signing date).
    public var startDate: MufakatDomain.CalendarDate? {
        get { CalendarDate.unpack(startDay) }
        set { startDay = CalendarDate.pack(newValue) }
    }
    public var offerLetterDate: MufakatDomain.CalendarDate? {
        get { CalendarDate.unpack(offerLetterDay) }
        set { offerLetterDay = CalendarDate.pack(newValue) }
    }

    public init(cooperation c: Cooperation, revision: Int) {
        id = c.id
        title = c.title
        partyNames = c.parties.map(\.name)
        affairCode = c.affairCode
        kind = c.kind
        self.revision = revision
        isEnded = c.ended != nil
        isSigned = c.ended == nil && (c.agreement.progress.status == .done || c.agreement.signing.date != nil
            || (c.kind == .notaKesepakatan && (c.memorandum.progress.status == .done || c.memorandum.signing.date != nil)))
        expiryDay = CalendarDate.pack(c.renewedExpiryDate)
        startDay = CalendarDate.pack(c.agreement.startDate ?? c.agreement.signing.date)
        offerLetterDay = CalendarDate.pack(c.offer.letterDate)
        progress = IndexProgress(cooperation: c)
    }

    public init(stored: StoredCooperation) { self.init(cooperation: stored.cooperation, revision: stored.revision) }

    /// The home list of a store, from its index: no file is decoded, except one whose index line
    /// predates `IndexEntry.progress`. A file that cannot be read is left out (the store's notices say why).
    /// `trustingIndex`: without a `stat` per file (the first frame; see `StoreSession.entriesTrustingIndex`).
    public static func all(in repository: any CooperationRepository, trustingIndex: Bool = false) throws(StoreError) -> [ListedCooperation] {
        let entries = if trustingIndex, let session = repository as? StoreSession { try session.entriesTrustingIndex() }
            else { try repository.entries() }
        // Reserved once: growing an array of 100,000 items doubled and copied it 17 times, and the
        // fresh pages it touched were a fifth of start-up (issue 19).
        var out: [ListedCooperation] = []
        out.reserveCapacity(entries.count)
        for entry in entries {
            if let item = ListedCooperation(entry: entry) ?? (try? repository.load(id: entry.id)).map(ListedCooperation.init(stored:)) {
                out.append(item)
            }
        }
        return out
    }

    /// From the index; nil when the entry was written before the index kept `progress`.
    public init?(entry e: IndexEntry) {
        guard let progress = e.progress else { return nil }
        id = e.id
        title = e.title
        partyNames = e.parties
        affairCode = e.affairCode
        kind = e.kind
        revision = e.revision
        isEnded = e.status == .ended
        isSigned = e.status == .active
        expiryDay = CalendarDate.pack(e.expiryDate)
        startDay = CalendarDate.pack(e.startDate)
        offerLetterDay = CalendarDate.pack(e.offerDate)
        self.progress = progress
    }

    /// Keadaan on `today`: ended, signed and past its (renewed) term, signed, or in progress.
    func status(on today: MufakatDomain.CalendarDate) -> CooperationStatus {
        if isEnded { return .ended }
        guard isSigned else { return .inProgress }
        if let expiry = expiryDate, expiry < today { return .expired }
        return .active
    }

    /// Index of the current stage (`StagePlan.currentStage`, the one rule) and the kind's stages.
    func firstOpenStage(_ plan: StagePlan) -> (index: Int, stages: [StagePlan.Step]) {
        (plan.currentStage(kind: kind, progress: progress), plan.steps(for: kind))
    }
}
