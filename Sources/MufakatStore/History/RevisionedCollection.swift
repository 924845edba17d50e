import Foundation

/// One kind of revisioned document in the store: the current files in `currentFolder`
/// (`cooperations/`, `mappings/`) and the immutable revisions under `historyRoot/<key>/`.
///
/// A save writes the current file first (the commit point), then the same bytes as the new
/// history file. A process killed between the two leaves the current file one revision ahead
/// of the history, and `recover` completes the history from it. An interrupted bundle import
/// can leave history files ahead of the current file; `recover` rolls the current file forward
/// when they continue the chain and moves them to quarantine when they do not. Nothing is ever
/// deleted.
struct RevisionedCollection<D: StoredDocument> {
    let root: URL
    let currentFolder: URL
    let historyRoot: URL

    /// The same folders as path strings, absolute and relative to the store (for messages):
    /// `check-store` names 20,000 files at 10,000 cooperations, and building and standardising a
    /// URL for each cost as much as reading it (issue 19).
    let currentFolderPath: String
    let historyRootPath: String
    let currentFolderRelative: String
    let historyRootRelative: String

    init(root: URL, currentFolderName: String, historyFolderName: String) {
        self.root = root
        currentFolder = root.appendingPathComponent(currentFolderName)
        historyRoot = root.appendingPathComponent(historyFolderName)
        currentFolderPath = currentFolder.path
        historyRootPath = historyRoot.path
        currentFolderRelative = Quarantine.relativePath(of: currentFolder, in: root)
        historyRootRelative = Quarantine.relativePath(of: historyRoot, in: root)
    }

    var quarantine: Quarantine { Quarantine(root: root) }

    func currentURL(_ key: String) -> URL { currentFolder.appendingPathComponent("\(key).json", isDirectory: false) }
    func historyFolder(_ key: String) -> URL { historyRoot.appendingPathComponent(key) }
    func historyURL(_ key: String, _ revision: Int) -> URL {
        historyFolder(key).appendingPathComponent(RevisionedCollection.fileName(revision), isDirectory: false)
    }

    /// `currentURL(key).path`, `historyFolder(key).path`, `historyURL(key, n).path` without URLs,
    /// and the same relative to the store (`relative(historyURL(key, n))`). `key` must be valid.
    func currentPath(_ key: String) -> String { currentFolderPath + "/" + key + ".json" }
    func historyFolderPath(_ key: String) -> String { historyRootPath + "/" + key }
    func historyPath(_ key: String, _ revision: Int) -> String { historyRootPath + "/" + key + "/" + Self.fileName(revision) }
    func currentRelative(_ key: String) -> String { currentFolderRelative + "/" + key + ".json" }
    func historyRelative(_ key: String, _ revision: Int) -> String { historyRootRelative + "/" + key + "/" + Self.fileName(revision) }

    /// "000012.json": zero-padded so that a folder listing sorts in revision order.
    static func fileName(_ revision: Int) -> String {
        let digits = String(revision)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".json"
    }

    /// Revision number of a history file name, nil for anything else.
    static func revisionNumber(_ name: String) -> Int? {
        guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
        let stem = name.dropLast(5)
        guard !stem.isEmpty, stem.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(stem), n > 0 else { return nil }
        return n
    }

    func relative(_ url: URL) -> String { Quarantine.relativePath(of: url, in: root) }

    func validate(_ key: String) throws(StoreError) {
        guard D.isValidKey(key) else { throw StoreError.invalidID(itemKind: D.itemKind, id: key) }
    }

    /// Keys of all current files (valid names only).
    func keys() throws(StoreError) -> [String] {
        try POSIX.listFolder(currentFolder).compactMap { name in
            guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
            let key = String(name.dropLast(5))
            return D.isValidKey(key) ? key : nil
        }.sorted()
    }

    /// Revision numbers present in `history/<key>/`, ascending.
    func revisionNumbers(_ key: String) throws(StoreError) -> [Int] {
        try POSIX.listFolder(atPath: historyFolderPath(key)).compactMap(RevisionedCollection.revisionNumber).sorted()
    }

    /// Reads and decodes a file; nil when it does not exist.
    func read(_ url: URL) throws(StoreError) -> (DocumentDecoding.Decoded<D>, Data)? {
        guard let data = try POSIX.readFile(url) else { return nil }
        let decoded: DocumentDecoding.Decoded<D> = try DocumentDecoding.decodeRevision(data, path: relative(url))
        return (decoded, data)
    }

    func stored(_ decoded: DocumentDecoding.Decoded<D>, data: Data) -> StoredRevision<D> {
        var info = decoded.record.info
        info.sha256 = DocumentDecoding.sha256(data)
        return StoredRevision(document: decoded.record.document, info: info, migratedFrom: decoded.migratedFrom)
    }

    /// The current revision of `key`. Throws `.notFound`, `.damaged` (not yet quarantined) or `.newerVersion`.
    func load(_ key: String) throws(StoreError) -> StoredRevision<D> {
        try validate(key)
        guard let (decoded, data) = try read(currentURL(key)) else {
            throw StoreError.notFound(itemKind: D.itemKind, id: key)
        }
        try checkKey(decoded.record, key: key, url: currentURL(key))
        return stored(decoded, data: data)
    }

    func checkKey(_ record: RevisionRecord<D>, key: String, url: URL) throws(StoreError) {
        if record.document.storeKey != key {
            throw StoreError.damaged(path: relative(url), reason: StoreText.current.files.idMismatch(record.document.storeKey, key), quarantinedTo: nil)
        }
    }

    /// One revision from history.
    func revision(_ key: String, _ number: Int) throws(StoreError) -> StoredRevision<D> {
        try validate(key)
        let url = historyURL(key, number)
        guard let (decoded, data) = try read(url) else {
            let numbers = try revisionNumbers(key)
            if !POSIX.exists(currentURL(key)) && numbers.isEmpty {
                throw StoreError.notFound(itemKind: D.itemKind, id: key)
            }
            // The newest revision may only be in the current file (a save cut short).
            if let current = try? load(key), current.revision == number { return current }
            throw StoreError.revisionNotFound(itemKind: D.itemKind, id: key, revision: number)
        }
        if decoded.record.revision != number {
            throw StoreError.damaged(path: relative(url), reason: StoreText.current.files.revisionMismatch(decoded.record.revision, number), quarantinedTo: nil)
        }
        return stored(decoded, data: data)
    }

    /// Metadata of every revision, oldest first. Unreadable revisions are skipped (check reports them).
    func history(_ key: String) throws(StoreError) -> [RevisionInfo] {
        try validate(key)
        var infos: [RevisionInfo] = []
        for n in try revisionNumbers(key) {
            if let r = try? revision(key, n) { infos.append(r.info) }
        }
        if let current = try? load(key), !infos.contains(where: { $0.revision == current.revision }) {
            infos.append(current.info)
        }
        if infos.isEmpty && !POSIX.exists(currentURL(key)) { throw StoreError.notFound(itemKind: D.itemKind, id: key) }
        return infos.sorted { $0.revision < $1.revision }
    }

    // MARK: - Writing (callers hold the store lock)

    /// A finished repair, for the report.
    struct Repair: Sendable, Hashable {
        var key: String
        var message: String
    }

    typealias Head = (decoded: DocumentDecoding.Decoded<D>, data: Data)

    /// Brings `key` back to a consistent state (see the type's comment) and returns its head.
    /// A damaged current file is quarantined and rebuilt from the newest readable revision.
    /// Costs a read of the current file and two `stat`s when nothing needs repair.
    func recover(_ key: String, notes: inout [QuarantineNote], repairs: inout [Repair]) throws(StoreError) -> Head? {
        // Built when needed: a URL per key costs a `stat` (issue 19).
        var currentFile: URL { currentURL(key) }
        var head: Head?
        do throws(StoreError) {
            if let data = try POSIX.readFile(atPath: currentPath(key)) {
                let h = (try DocumentDecoding.decodeRevision(data, path: currentRelative(key), as: D.self), data)
                try checkKey(h.0.record, key: key, url: currentFile)
                head = (h.0, h.1)
            }
        } catch {
            guard case let .damaged(_, reason, _) = error else { throw error }
            notes.append(try quarantine.move(currentFile, reason: reason))
            head = nil
        }
        let headRevision = head?.decoded.record.revision ?? 0

        // History ahead of the current file: roll forward along a valid chain, quarantine the rest.
        let mayBeAhead = head == nil ? POSIX.exists(atPath: historyFolderPath(key)) : POSIX.exists(atPath: historyPath(key, headRevision + 1))
        if mayBeAhead {
            let ahead = try revisionNumbers(key).filter { $0 > headRevision }
            var tip = head
            var tipRevision = headRevision
            var tipSHA: String? = head.map { DocumentDecoding.sha256($0.data) }
            for n in ahead {
                let url = historyURL(key, n)
                let next = try? read(url)
                let continues = next.map { next in
                    next.0.record.revision == n && next.0.record.document.storeKey == key && n == tipRevision + 1
                        && next.0.record.previousSHA256 == (tipRevision == 0 ? nil : tipSHA)
                } ?? false
                guard continues, let next else {
                    // Keep the file that does not continue the chain out of the way; never delete it.
                    if POSIX.exists(url) {
                        notes.append(try quarantine.move(url, reason: StoreText.current.files.chainBroken(n, tipRevision)))
                    }
                    continue
                }
                tip = (next.0, next.1)
                tipRevision = n
                tipSHA = DocumentDecoding.sha256(next.1)
            }
            if tipRevision > headRevision, let tip {
                try POSIX.makeFolder(currentFolder)
                try AtomicFile.write(tip.data, to: currentFile)
                repairs.append(Repair(key: key, message: head == nil
                    ? StoreText.current.files.currentRebuilt(relative(currentFile), tipRevision)
                    : StoreText.current.files.currentAdvanced(relative(currentFile), headRevision, tipRevision)))
                head = tip
            }
        }

        // Current file one revision ahead of history (a save cut short after its commit): complete history.
        if let head {
            let n = head.decoded.record.revision
            if !POSIX.exists(atPath: historyPath(key, n)) {
                let url = historyURL(key, n)
                try POSIX.makeFolder(historyFolder(key))
                try AtomicFile.create(head.data, at: url)
                repairs.append(Repair(key: key, message: StoreText.current.files.historyCompleted(n, relative(url))))
            }
        }
        return head
    }

    /// Saves a new revision of `document`, which must have started from `basedOn` (nil: a new item).
    /// Returns the new revision's metadata and the bytes written.
    func save(_ document: D, basedOn: Int?, author: Author, restoredFrom: Int? = nil,
              durability: AtomicFile.Durability = .durable, pause: (() -> Void)? = nil,
              notes: inout [QuarantineNote], repairs: inout [Repair]) throws(StoreError) -> (info: RevisionInfo, data: Data) {
        var warnings: [String] = []
        return try save(document, basedOn: basedOn, author: author, restoredFrom: restoredFrom, durability: durability,
                        pause: pause, notes: &notes, repairs: &repairs, warnings: &warnings)
    }

    /// `save`, also returning what went wrong after the commit point (the save still stands).
    func save(_ document: D, basedOn: Int?, author: Author, restoredFrom: Int? = nil,
              durability: AtomicFile.Durability = .durable, pause: (() -> Void)? = nil,
              notes: inout [QuarantineNote], repairs: inout [Repair], warnings: inout [String]) throws(StoreError) -> (info: RevisionInfo, data: Data) {
        let key = document.storeKey
        try validate(key)
        if let problem = document.rangeProblems.first {
            // Never write a revision that the next read would have to quarantine (issue 20).
            throw StoreError.invalidInput(path: relative(currentURL(key)), problem: StoreText.current.files.valueOutOfRange(problem.problem))
        }
        // A folder planted as a symlink would carry the new revision out of the store (issue 20).
        for folder in [currentFolder, historyRoot, historyFolder(key)] where POSIX.isSymlink(folder) {
            throw StoreError.io(operation: .write, path: folder.path, code: ELOOP)
        }
        let head = try recover(key, notes: &notes, repairs: &repairs)
        if let head {
            let h = head.decoded.record
            if basedOn != h.revision {
                throw StoreError.conflict(ConflictInfo(itemKind: D.itemKind, id: key, basedOn: basedOn, current: h.revision,
                                                       savedAt: h.savedAt, savedBy: h.savedBy))
            }
        } else if basedOn != nil {
            throw StoreError.notFound(itemKind: D.itemKind, id: key)
        } else if POSIX.exists(historyFolder(key)), try !revisionNumbers(key).isEmpty {
            // History without a readable revision to rebuild from: do not start a second chain.
            throw StoreError.damaged(path: relative(historyFolder(key)), reason: StoreText.current.files.historyUnreadable, quarantinedTo: nil)
        }
        let revision = (head?.decoded.record.revision ?? 0) + 1
        // The chain links history files; the current file is only a copy of the newest one.
        var previous: String?
        if let head {
            let prevData = (try? POSIX.readFile(historyURL(key, head.decoded.record.revision))) ?? nil
            previous = DocumentDecoding.sha256(prevData ?? head.data)
        }
        let record = RevisionRecord(revision: revision, previousSHA256: previous, savedAt: StoreClock.now(), savedBy: author,
                                    restoredFrom: restoredFrom, document: document)
        let data = try encode(record, key: key)
        try POSIX.makeFolder(currentFolder)
        do {
            try AtomicFile.write(data, to: currentURL(key), durability: durability)
        } catch {
            // The rename is the commit point. When it happened and only the folder sync failed,
            // the new revision is current: report it saved, with the warning, never "not saved"
            // (the next save would otherwise conflict with the person's own save; issue 20).
            guard case .io(.sync, _, _) = error, (try? POSIX.readFile(currentURL(key))) == data else { throw error }
            warnings.append(StoreText.current.files.syncUnconfirmed(revision, key, error.cause))
        }
        pause?()
        AtomicFile.removeStaleTemps(in: historyFolder(key))
        do {
            try POSIX.makeFolder(historyFolder(key))
            try AtomicFile.create(data, at: historyURL(key, revision), durability: durability)
        } catch {
            // After the commit point: the save stands; `recover` copies the current file into
            // history at the next save, load or check-store.
            warnings.append(StoreText.current.files.historyCopyFailed(revision, key, error.cause))
        }
        var info = record.info
        info.sha256 = DocumentDecoding.sha256(data)
        return (info, data)
    }

    func encode(_ record: RevisionRecord<D>, key: String) throws(StoreError) -> Data {
        do {
            return try StoreJSON.encode(record)
        } catch {
            throw StoreError.invalidInput(path: relative(currentURL(key)), problem: StoreText.current.files.notEncodable("\(error)"))
        }
    }
}
