/// The keys every list shares for moving its highlight (↑ ↓ PgUp PgDn Home End), in one place
/// so that lists, tables and pickers all move the same way and stop at the ends.
public enum ListCursor {
    /// True for a key that moves a list's highlight.
    public static func moves(_ key: Key) -> Bool {
        switch key {
        case .up, .down, .pageUp, .pageDown, .home, .end: true
        default: false
        }
    }

    /// The highlight after `key` in a list of `count` rows (`page` rows for PgUp/PgDn); always a
    /// valid row, 0 for an empty list.
    public static func move(_ index: Int, count: Int, key: Key, page: Int = 10) -> Int {
        let last = max(0, count - 1)
        switch key {
        case .up: return max(0, min(last, index - 1))
        case .down: return max(0, min(last, index + 1))
        case .pageUp: return max(0, min(last, index - page))
        case .pageDown: return max(0, min(last, index + page))
        case .home: return 0
        case .end: return last
        default: return index
        }
    }
}
