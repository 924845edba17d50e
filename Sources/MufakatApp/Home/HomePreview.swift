import MufakatDomain
import MufakatServices
import MufakatStore

/// Layar pertama: the home list's first rows of a large store, read from the records of
/// `index.bin` (version 2) before the whole list is (issue 19). Every record's next date comes
/// from its list facts and the rulebook's deadlines, without decoding its entry; the records
/// are put in the list's default order (next date, then id), and only the first `limit` of
/// them are decoded and made into rows, exactly as the whole list makes them. The shell shows
/// these rows with a "Memuat" line at once and reads the whole list right after that frame.
public struct HomePreview: Sendable, Hashable {
    /// The first rows in the default order (next date ascending, undated last, ties by id).
    public var rows: [CooperationSummary]
    /// What they were made from, in the same order (the home list is loaded with them).
    public var items: [ListedCooperation]
    /// How many cooperations the index lists (its header, corrected by the log).
    public var total: Int

    /// The preview of `rows`; nil when a record has no list facts (an entry written before the
    /// index kept them) or a row's entry does not read: the caller reads the whole list instead.
    public static func make(from records: IndexRows, context: ShellContext, limit: Int) -> HomePreview? {
        let today = context.today
        let rules = context.rulebook.reminders
        let widest = rules.expiryDays.max() ?? 90
        let t = today.dayNumber
        // Half-yearly evaluation due dates of this year (see `Reminder.all`).
        let firstHalf = Day(year: today.year, month: 6, day: 30)?.dayNumber
        let secondHalf = Day(year: today.year, month: 12, day: 31)?.dayNumber
        var keys: [Int64] = []
        keys.reserveCapacity(records.count)
        var unknown = false
        records.forEach { row in
            let f = row.facts
            guard f.known else { unknown = true; return }
            var next: Int? = nil
            func consider(_ day: Int?) { if let day, next.map({ day < $0 }) ?? true { next = day } }
            if row.status != .ended {
                let signed = row.status == .active
                if signed, let expiry = row.expiryDate?.dayNumber, expiry - t <= widest { consider(expiry) }
                if f.offerAwaitingAnswer, let letter = f.offerLetterDay {
                    consider(f.offerDeadlineDay ?? CalendarDate(dayNumber: letter).adding(days: rules.offerResponseDays).dayNumber)
                }
                if let asked = f.earliestCouncilRequestDay {
                    consider(CalendarDate(dayNumber: asked).adding(days: rules.dprdDecisionDays).dayNumber)
                }
                if signed, rules.evaluationsPerYear > 0, let start = f.startDay, start <= t {
                    guard let done = f.evaluations(in: today.year) else { unknown = true; return }
                    if done < rules.evaluationsPerYear { consider(done == 0 && today.month <= 6 ? firstHalf : secondHalf) }
                }
                if next == nil { next = row.expiryDate?.dayNumber }
            }
            // Next day (undated last), then the id order the records are in.
            let day = Int64(clamping: next ?? Int(Int32.max))
            keys.append((day << 32) | Int64(keys.count))
        }
        guard !unknown else { return nil }
        keys.sort()
        let plan = StagePlan(context.rulebook)
        let text = AppText.current
        var rows: [CooperationSummary] = []
        rows.reserveCapacity(min(limit, keys.count))
        // The chosen records are found by a second pass (rows are not kept for every record).
        let chosen = keys.prefix(limit).map { Int($0 & 0xFFFF_FFFF) }
        var place: [Int: Int] = [:]
        for (i, seq) in chosen.enumerated() { place[seq] = i }
        var items = [ListedCooperation?](repeating: nil, count: chosen.count)
        var seq = 0
        records.forEach { row in
            defer { seq += 1 }
            guard let i = place[seq] else { return }
            items[i] = row.entry().flatMap(ListedCooperation.init(entry:))
        }
        var listed: [ListedCooperation] = []
        var words = RowWords(context: context, plan: plan, text: text)
        for item in items {
            guard let item else { return nil }
            let reminders = Reminder.all(for: item, context: context)
            let facts = RowFacts(listed: item, today: context.today, plan: plan, reminders: reminders, affair: words.affair(item.affairCode))
            rows.append(CooperationSummary(listed: item, facts: facts, words: words))
            listed.append(item)
        }
        return HomePreview(rows: rows, items: listed, total: keys.count)
    }
}
