import MufakatDomain

/// Cap berkas: what a process needs of one listed cooperation to notice that its file changed
/// behind its back (the file's modification time and the revision the index recorded).
public struct ListedStamp: Sendable, Hashable {
    public var id: String
    public var fileStamp: Int64
    public var revision: Int
}

/// The listing a store keeps in memory between calls: every index entry, or only their stamps
/// once the caller has made what it needs of the entries (`CooperationStore.keepListingStampsOnly`).
/// Both in id order.
enum CachedListing: Sendable {
    case entries([IndexEntry])
    case stamps([ListedStamp])

    /// The stamp of `id`, found by binary search.
    func stamp(of id: String) -> ListedStamp? {
        switch self {
        case .entries(let sorted):
            let at = StoreIndex.position(of: id, in: sorted)
            guard at < sorted.count, sorted[at].id == id else { return nil }
            return ListedStamp(id: id, fileStamp: sorted[at].fileStamp, revision: sorted[at].revision)
        case .stamps(let sorted):
            let at = Self.position(of: id, in: sorted, \.id)
            return at < sorted.count && sorted[at].id == id ? sorted[at] : nil
        }
    }

    /// Replaces or inserts the entry of a saved cooperation, in place when the array is not shared.
    mutating func put(_ entry: IndexEntry) {
        switch self {
        case .entries(var sorted):
            self = .stamps([])  // lets go of the reference, so `sorted` is changed in place
            let at = StoreIndex.position(of: entry.id, in: sorted)
            if at < sorted.count, sorted[at].id == entry.id { sorted[at] = entry } else { sorted.insert(entry, at: at) }
            self = .entries(sorted)
        case .stamps(var sorted):
            self = .stamps([])
            let stamp = ListedStamp(id: entry.id, fileStamp: entry.fileStamp, revision: entry.revision)
            let at = Self.position(of: entry.id, in: sorted, \.id)
            if at < sorted.count, sorted[at].id == entry.id { sorted[at] = stamp } else { sorted.insert(stamp, at: at) }
            self = .stamps(sorted)
        }
    }

    /// Whether every listed file still has the modification time recorded (one `stat` each).
    func filesMatch(folder: String) -> Bool {
        switch self {
        case .entries(let sorted): sorted.allSatisfy { POSIX.modificationTime(atPath: folder + $0.id + ".json") == $0.fileStamp }
        case .stamps(let sorted): sorted.allSatisfy { POSIX.modificationTime(atPath: folder + $0.id + ".json") == $0.fileStamp }
        }
    }

    /// The first position whose id is not less than `id` (binary search over any array in id order).
    static func position<T>(of id: String, in sorted: [T], _ key: (T) -> String) -> Int {
        sorted.withUnsafeBufferPointer { e in
            var low = 0, high = e.count
            while low < high {
                let mid = (low + high) / 2
                if key(e[mid]) < id { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }
}
