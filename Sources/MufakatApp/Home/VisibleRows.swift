/// Baris yang tampil: the home list's rows after its sort, filters and search, kept as positions
/// into the rows (in the list's id order) instead of copies of them. Filtering 100,000 rows by the
/// first letter of a search copied every matching row (80 ms); now it lists their positions, and
/// the sorted order itself is a list of positions rather than a second array of rows (issue 19,
/// memory).
struct VisibleRows: RandomAccessCollection, Sendable {
    /// Every row, in the list's (id) order.
    let rows: HomeRows
    /// Positions in `rows` of the rows shown, in the order shown; nil when every row is shown in
    /// the order of `rows`.
    let positions: [Int32]?

    init(rows: HomeRows = HomeRows(), positions: [Int32]? = nil) {
        self.rows = rows; self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions?.count ?? rows.count }
    subscript(i: Int) -> CooperationSummary { rows[position(i)] }

    /// Where the `i`-th shown row is in `rows`.
    func position(_ i: Int) -> Int { positions.map { Int($0[i]) } ?? i }

    /// The id of the `i`-th shown row, without making its summary.
    func id(_ i: Int) -> String { rows.id(position(i)) }
}
