/// Where each row of the home list is, found by the cooperation's id: by binary search when the
/// rows are in id order (the index's order, as a store lists them), else through a dictionary.
/// At 100,000 rows the dictionary alone was 7 MB that the usual list does not need (issue 19, memory).
struct RowPositions: Sendable {
    /// Nil when the rows are in strictly increasing id order.
    private var byID: [String: Int]?

    init() { byID = [:] }

    /// The positions of `items`, in their order.
    init(of items: [ListedCooperation]) {
        let sorted = items.withUnsafeBufferPointer { r in
            r.indices.dropFirst().allSatisfy { r[$0 - 1].id < r[$0].id }
        }
        if sorted {
            byID = nil
        } else {
            var at: [String: Int] = [:]
            at.reserveCapacity(items.count)
            for (i, item) in items.enumerated() { at[item.id] = i }
            byID = at
        }
    }

    /// The position of `id` among `items` (the array these positions were made of).
    func position(of id: String, in items: [ListedCooperation]) -> Int? {
        if let byID { return byID[id] }
        return items.withUnsafeBufferPointer { r in
            var low = 0, high = r.count
            while low < high {
                let mid = (low + high) / 2
                if r[mid].id < id { low = mid + 1 } else { high = mid }
            }
            return low < r.count && r[low].id == id ? low : nil
        }
    }

    /// Whether the positions are found by binary search (for tests).
    var searchesInOrder: Bool { byID == nil }
}
