/// Baris yang tampil: the home list's rows after its filters and search, kept as positions into
/// the sorted rows instead of copies of them. Filtering 100,000 rows by the first letter of a
/// search copied every matching row (80 ms); now it lists their positions.
struct VisibleRows: RandomAccessCollection, Sendable {
    /// Every row, in the list's order.
    let rows: [CooperationSummary]
    /// Positions in `rows` of the rows shown, in order; nil when every row is shown.
    let positions: [Int]?

    init(rows: [CooperationSummary] = [], positions: [Int]? = nil) {
        self.rows = rows; self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions?.count ?? rows.count }
    subscript(i: Int) -> CooperationSummary { rows[position(i)] }

    /// Where the `i`-th shown row is in `rows`.
    func position(_ i: Int) -> Int { positions?[i] ?? i }
}
