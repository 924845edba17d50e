import MufakatDomain

/// Fakta daftar: what the home list needs of one cooperation to place it in its default order
/// (by the next date) and to know whether it raises a reminder, kept in each record of
/// `index.bin` (version 2, bytes 56–79) so that the first screen needs no entry decoded
/// (issue 19). Only dates and counts are kept, nothing that depends on today or on the
/// rulebook: the reader combines them with its rulebook's deadlines on its own day.
public struct ListFacts: Sendable, Hashable {
    /// Day numbers (days from 1970-01-01); nil when the date is absent.
    public var startDay: Int?
    public var offerLetterDay: Int?
    /// The answer deadline the offer states.
    public var offerDeadlineDay: Int?
    /// The earliest date a DPRD approval still undecided was asked for, and how many are.
    public var earliestCouncilRequestDay: Int?
    public var councilRequests: Int
    /// The year of the latest evaluation and how many evaluations that year had (at most 255).
    public var lastEvaluationYear: Int?
    public var evaluationsInLastYear: Int
    public var offerAwaitingAnswer: Bool
    /// Whether the entry carried its `progress` (an entry written before it did has no facts).
    public var known: Bool

    static let none = Int32.min

    public init(entry e: IndexEntry) {
        startDay = e.startDate?.dayNumber
        offerLetterDay = e.offerDate?.dayNumber
        known = e.progress != nil
        let p = e.progress
        offerDeadlineDay = p?.offerResponseDeadline?.dayNumber
        offerAwaitingAnswer = p?.offerAwaitingAnswer ?? false
        let requests = p?.councilRequests ?? []
        councilRequests = min(requests.count, 255)
        earliestCouncilRequestDay = requests.map(\.requestedOn.dayNumber).min()
        let dates = p?.evaluationDates ?? []
        let last = dates.map(\.year).max()
        lastEvaluationYear = last
        evaluationsInLastYear = min(255, dates.filter { $0.year == last }.count)
    }

    init(record b: UnsafeRawBufferPointer, at r: Int) {
        func day(_ at: Int) -> Int? { let v = b.i32(r + at); return v == Self.none ? nil : Int(v) }
        startDay = day(56)
        offerLetterDay = day(60)
        offerDeadlineDay = day(64)
        earliestCouncilRequestDay = day(68)
        lastEvaluationYear = day(72)
        evaluationsInLastYear = Int(b[r + 76])
        councilRequests = Int(b[r + 77])
        let flags = b[r + 78]
        offerAwaitingAnswer = flags & 1 != 0
        known = flags & 2 != 0
    }

    func append(to records: inout [UInt8]) {
        func day(_ v: Int?) { records.appendLE(UInt32(bitPattern: v.map { Int32(clamping: $0) } ?? Self.none)) }
        day(startDay); day(offerLetterDay); day(offerDeadlineDay); day(earliestCouncilRequestDay); day(lastEvaluationYear)
        records.append(UInt8(evaluationsInLastYear))
        records.append(UInt8(councilRequests))
        records.append((offerAwaitingAnswer ? 1 : 0) | (known ? 2 : 0))
        records.append(0)
    }

    /// How many evaluations were recorded in `year`; nil when the facts cannot tell (a year
    /// before the latest evaluation's: the entry must be read).
    public func evaluations(in year: Int) -> Int? {
        guard let last = lastEvaluationYear else { return 0 }
        if year == last { return evaluationsInLastYear }
        return year > last ? 0 : nil
    }
}
