import MufakatDomain

/// Baris beranda: every row of the home list, in the list's (id) order, as the items it was made
/// from, their `RowFacts` and the shared `RowWords`. A `CooperationSummary` is made when a row is
/// read (the rows on screen, a test), never kept for every row (issue 19, memory).
struct HomeRows: RandomAccessCollection, Sendable {
    let items: [ListedCooperation]
    let facts: [RowFacts]
    let words: RowWords?

    init() { items = []; facts = []; words = nil }

    init(items: [ListedCooperation], facts: [RowFacts], words: RowWords) {
        self.items = items; self.facts = facts; self.words = words
    }

    var startIndex: Int { 0 }
    var endIndex: Int { facts.count }

    subscript(p: Int) -> CooperationSummary {
        CooperationSummary(listed: items[p], facts: facts[p], words: words!)
    }

    /// The id of row `p`, without making its summary.
    func id(_ p: Int) -> String { items[p].id }
}
