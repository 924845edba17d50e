import MufakatDomain

/// Penghemat memori indeks: makes the entries of a listing share one copy of the values that
/// repeat from cooperation to cooperation (stage statuses, gate conditions, evaluation dates,
/// party and region lists, affair names) instead of keeping one per entry (issue 19: at 100,000
/// cooperations the listing kept in memory was about 1.4 KB per cooperation, and a stage
/// dictionary alone about 400 bytes). The entries are equal to the ones given: only their
/// storage is shared (Swift's collections are copied on write).
struct EntryInterner {
    private var stages = Set<[String: StageStatus]>()
    private var lists = Set<[String]>()
    private var dates = Set<[CalendarDate]>()
    private var words = Set<String>()

    mutating func share(_ e: inout IndexEntry) {
        e.parties = shared(e.parties)
        e.regionCodes = shared(e.regionCodes)
        if e.affairName.utf8.count > 15 { e.affairName = words.insert(e.affairName).memberAfterInsert }
        guard var p = e.progress else { return }
        e.progress = nil  // the progress is changed in place, not copied
        p.stages = stages.insert(p.stages).memberAfterInsert
        p.conditions = shared(p.conditions)
        if !p.evaluationDates.isEmpty { p.evaluationDates = dates.insert(p.evaluationDates).memberAfterInsert }
        e.progress = p
    }

    private mutating func shared(_ list: [String]) -> [String] {
        list.isEmpty ? list : lists.insert(list).memberAfterInsert
    }
}
