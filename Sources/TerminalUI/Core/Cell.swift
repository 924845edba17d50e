/// One screen cell: a grapheme cluster, the columns it takes, and its role.
///
/// A wide grapheme (CJK, most emoji) occupies its own cell plus a *continuation* cell to its right
/// (width 0, empty grapheme) so that column arithmetic stays exact and a diff never splits it.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    /// 1 for ordinary cells, 2 for the first half of a wide grapheme, 0 for the continuation half.
    public var width: UInt8
    public var role: StyleRole

    public init(grapheme: String = " ", width: UInt8 = 1, role: StyleRole = .normal) {
        self.grapheme = grapheme; self.width = width; self.role = role
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
    static func continuation(role: StyleRole) -> Cell { Cell(grapheme: "", width: 0, role: role) }
}
