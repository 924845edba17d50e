import Foundation

/// Tata letak sinkronisasi: which files of a store travel through git, and which item of the
/// store a path belongs to (the unit a merge decides on).
public enum SyncLayout {
    /// Only the data travels: cooperations and their history, mappings and theirs, meetings,
    /// the profile and the archived files (`files/<sha256>`, named by their bytes). Everything else of the store (index, locks, drafts, exports, quarantine,
    /// `store.json` with its machine-specific creator, temp files) stays on the machine.
    public static let gitignore = """
    # Ditulis oleh `mufakat sync init`: hanya data yang ikut sinkronisasi (lihat docs/format.md).
    /*
    !/.gitignore
    !/profile.json
    !/cooperations/
    !/history/
    !/mappings/
    !/mapping-history/
    !/meetings/
    !/files/
    .*.tmp-*
    *.tmp-*
    *.bak

    """

    /// The branch of a region: `daerah/32.71`.
    public static func branch(region: String) -> String { "daerah/\(region)" }

    /// What a path of the tree is.
    enum Item: Hashable, Comparable {
        case cooperation(String)
        case mapping(String)
        case meeting(String)
        case profile
        /// An archived file, `files/<sha256>`: content-addressed, so only ever added.
        case archivedFile(String)
        case gitignore
        case other(String)

        var label: String {
            switch self {
            case .cooperation(let id): return ServiceText.current.sync.itemCooperation(id)
            case .mapping(let r): return ServiceText.current.sync.itemMapping(r)
            case .meeting(let id): return ServiceText.current.sync.itemMeeting(id)
            case .profile: return ServiceText.current.sync.itemProfile
            case .archivedFile(let sha): return ServiceText.current.sync.itemArchivedFile(String(sha.prefix(12)))
            case .gitignore: return ".gitignore"
            case .other(let p): return ServiceText.current.sync.itemOther(p)
            }
        }
    }

    static func item(of path: String) -> Item {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func stem(_ name: String) -> String? { name.hasSuffix(".json") ? String(name.dropLast(5)) : nil }
        switch (parts.first, parts.count) {
        case ("cooperations", 2): if let id = stem(parts[1]) { return .cooperation(id) }
        case ("history", 3): return .cooperation(parts[1])
        case ("mappings", 2): if let r = stem(parts[1]) { return .mapping(r) }
        case ("mapping-history", 3): return .mapping(parts[1])
        case ("meetings", 2): if let id = stem(parts[1]) { return .meeting(id) }
        case ("profile.json", 1): return .profile
        case ("files", 2): return .archivedFile(parts[1])
        case (".gitignore", 1): return .gitignore
        default: break
        }
        return .other(path)
    }

    /// Whether the path is a history file (append-only).
    static func isHistory(_ path: String) -> Bool { path.hasPrefix("history/") || path.hasPrefix("mapping-history/") }

    /// The revision number of a history path ("history/x/000004.json" -> 4; side names -> nil).
    static func revision(of path: String) -> Int? {
        guard isHistory(path), let name = path.split(separator: "/").last, name.hasSuffix(".json") else { return nil }
        let stem = name.dropLast(5)
        guard !stem.isEmpty, stem.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(stem)
    }

    /// "history/x/000004.json" + "1a2b3c4d" -> "history/x/000004-1a2b3c4d.json".
    static func sideName(_ path: String, tag: String) -> String {
        String(path.dropLast(5)) + "-" + tag + ".json"
    }
}
