/// Perincian: names joined as Indonesian writes a list in a sentence or a title.
public enum IndonesianList {
    /// "A", "A dan B", "A, B, dan C" (never "A dan B dan C").
    public static func join(_ items: [String], conjunction: String = "dan") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return "\(items[0]) \(conjunction) \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + ", \(conjunction) " + items[items.count - 1]
        }
    }
}
