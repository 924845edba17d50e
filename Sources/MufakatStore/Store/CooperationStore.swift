#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

/// Penyimpanan kerja sama: a folder of plain JSON files holding every cooperation with its
/// revisions, the region mappings, the own region's profile, drafts and edit locks
/// (layout in docs/format.md).
///
/// Safe for several processes at once: saves are serialised by a `flock` and refused when
/// they started from an old revision; every write is atomic and durable. Within one process
/// the instance may be shared between tasks.
public final class CooperationStore: @unchecked Sendable {
    /// How to open a store.
    public struct Options: Sendable {
        /// Open without writing anything (no repairs, no index rewrite, saves refused).
        public var readOnly: Bool
        /// Create the folder and `store.json` when missing (ignored when read-only).
        public var createIfMissing: Bool
        /// Who is saving (user@host, pid); the running process by default, looked up only when
        /// something is saved (issue 19: the account look-up read three system files and tried
        /// the name-service socket twice on every open, read-only ones included).
        public var author: Author {
            get { givenAuthor ?? Author.current }
            set { givenAuthor = newValue }
        }
        private var givenAuthor: Author?
        /// Test hook: sleep this long inside a save, between the commit of the current file and
        /// the history write, to widen the window for crash and conflict tests. From
        /// `MUFAKAT_STORE_TEST_PAUSE_MS`; 0 in normal use.
        public var testPauseMilliseconds: Int
        /// Smallest `index.log` that is folded into `index.json` (tests lower it).
        var indexCompactionMinimumBytes = 256 << 10

        public init(readOnly: Bool = false, createIfMissing: Bool = true, author: Author? = nil,
                    testPauseMilliseconds: Int = Int(ProcessEnvironment.value("MUFAKAT_STORE_TEST_PAUSE_MS") ?? "") ?? 0) {
            self.readOnly = readOnly; self.createIfMissing = createIfMissing; self.givenAuthor = author
            self.testPauseMilliseconds = testPauseMilliseconds
        }
    }

    /// The store folder.
    public let root: URL
    /// Whether writes are refused; `readOnlyReason` says why.
    public let isReadOnly: Bool
    public let readOnlyReason: String?
    /// Why the store is read-only, as a value (for advice on the screens); nil when writable.
    public private(set) var readOnlyCause: ReadOnlyCause?

    /// What made a store read-only.
    public enum ReadOnlyCause: Sendable, Equatable {
        /// Opened so on purpose (reading commands, `.readOnly`).
        case requested
        /// `store.json` was written by a newer Mufakat.
        case newerVersion(found: Int)
        /// The folder cannot be written (errno of the probe: EACCES, EROFS, ENOSPC...).
        case notWritable(code: Int32)
    }
    /// The manifest (`store.json`) as read or created.
    public let manifest: StoreManifest
    let options: Options
    let storeLock: StoreLock
    let cooperationFiles: RevisionedCollection<Cooperation>
    let mappingFiles: RevisionedCollection<RegionMapping>
    let index: StoreIndex
    let editLocks: EditLocks
    var quarantine: Quarantine { Quarantine(root: root) }

    private let mutex = NSLock()
    private var pendingNotices: [StoreNotice] = []
    /// The last listing, keyed by the stamps of the index files and the folder.
    /// One array in id order, no dictionary beside it: a save replaces its entry in place.
    private var indexCache: (key: [Int64], listing: CachedListing, verified: Bool)?

    private init(root: URL, readOnlyReason: String?, manifest: StoreManifest, options: Options, notices: [StoreNotice]) {
        self.root = root
        self.isReadOnly = readOnlyReason != nil
        self.readOnlyReason = readOnlyReason
        self.manifest = manifest
        self.options = options
        storeLock = StoreLock(root: root)
        cooperationFiles = RevisionedCollection(root: root, currentFolderName: "cooperations", historyFolderName: "history")
        mappingFiles = RevisionedCollection(root: root, currentFolderName: "mappings", historyFolderName: "mapping-history")
        var index = StoreIndex(root: root)
        index.compactionMinimumBytes = options.indexCompactionMinimumBytes
        index.trustsJSON = readOnlyReason != nil
        self.index = index
        editLocks = EditLocks(root: root)
        pendingNotices = notices
    }

    /// How a command may open a store (issue 20: reading commands never create one).
    public enum OpenMode: Sendable {
        /// Saving commands (`import`, `demo`, the interface): create the store when missing.
        case createIfMissing
        /// Commands that write into an existing store only (`restore`, `bundle import` into a
        /// named store): a missing store is an error naming the path.
        case mustExist
        /// Reading commands (`list`, `show`, `export`, `check-store --read-only`): never
        /// create or change anything; a missing store is an error naming the path.
        case readOnly
    }

    /// Opens the store at `url` in `mode`. A folder that exists but holds neither `store.json`
    /// nor any store folder is refused in `.mustExist` and `.readOnly` (a typo of `--store`
    /// pointing at an empty folder must not become a store).
    public static func open(at url: URL, mode: OpenMode) throws(StoreError) -> CooperationStore {
        switch mode {
        case .createIfMissing: return try open(at: url, options: Options())
        case .mustExist, .readOnly:
            let root = POSIX.standardized(url)
            if POSIX.isFolder(root), !POSIX.exists(root.appendingPathComponent("store.json", isDirectory: false)) {
                let known: Set<String> = ["cooperations", "history", "mappings", "mapping-history", "index.json", "index.bin", "meetings"]
                let entries = (try? POSIX.listFolder(root)) ?? []
                if !entries.contains(where: known.contains) {
                    throw StoreError.invalidInput(path: root.path, problem: StoreText.current.files.notAStore)
                }
            }
            return try open(at: url, options: Options(readOnly: mode == .readOnly, createIfMissing: false))
        }
    }

    /// Opens (and on first use creates, with owner-only permissions) the store at `url`.
    public static func open(at url: URL, readOnly: Bool = false) throws(StoreError) -> CooperationStore {
        try open(at: url, options: Options(readOnly: readOnly))
    }

    /// Opens the store at `url`. A store written by a newer Mufakat, or a folder that cannot
    /// be written, opens read-only with the reason in `readOnlyReason`.
    public static func open(at url: URL, options: Options) throws(StoreError) -> CooperationStore {
        let root = POSIX.standardized(url)
        var notices: [StoreNotice] = []
        let manifestURL = root.appendingPathComponent("store.json", isDirectory: false)
        if !POSIX.exists(root) {
            if options.readOnly || !options.createIfMissing {
                throw StoreError.invalidInput(path: root.path, problem: StoreText.current.files.storeMissing(root.path))
            }
            try POSIX.makeFolder(root)
        }
        guard POSIX.isFolder(root) else { throw StoreError.notAFolder(path: root.path) }

        var readOnlyReason: String? = options.readOnly ? StoreText.current.opening.openedReadOnly : nil
        var cause: ReadOnlyCause? = options.readOnly ? .requested : nil
        var manifest: StoreManifest?
        if let data = try POSIX.readFile(manifestURL, limit: 1 << 20) {
            // The manifest as the store writes it, of this format and version: read without
            // `JSONDecoder` (its first use was half of opening a store, issue 19). Anything else
            // takes the checks below, which give the same manifest or the message.
            if let quick = StoreManifest.read(data), quick.format == StoreManifest.formatName, quick.version <= StoreManifest.currentVersion {
                manifest = quick
            } else {
                do throws(StoreError) {
                    let probe = try DocumentDecoding.decodePlain(JSONValue.self, from: data, path: "store.json")
                    guard probe["format"]?.stringValue == StoreManifest.formatName else {
                        throw StoreError.invalidInput(path: manifestURL.path, problem: StoreText.current.opening.notAStore(StoreManifest.formatName))
                    }
                    let version = probe["version"]?.intValue ?? 0
                    if version > StoreManifest.currentVersion {
                        readOnlyReason = StoreError.newerVersion(path: "store.json", found: version, supported: StoreManifest.currentVersion).description
                        cause = .newerVersion(found: version)
                        manifest = try? StoreClock.decoder().decode(StoreManifest.self, from: data)
                        if manifest == nil {
                            manifest = StoreManifest(createdAt: StoreClock.now(), createdBy: options.author)
                            manifest?.version = version
                        }
                    } else {
                        manifest = try DocumentDecoding.decodePlain(StoreManifest.self, from: data, path: "store.json")
                        // Older store versions are lifted here when there are any (none yet: version 1 is the first).
                    }
                } catch {
                    guard case let .damaged(_, reason, _) = error else { throw error }
                    if readOnlyReason == nil {
                        let note = try Quarantine(root: root).move(manifestURL, reason: reason)
                        notices.append(StoreNotice(kind: .quarantined, message: note.message))
                    } else {
                        throw StoreError.damaged(path: manifestURL.path, reason: reason, quarantinedTo: nil)
                    }
                }
            }
        } else {
            let entries = try POSIX.listFolder(root).filter { !$0.hasPrefix(".") }
            let known: Set<String> = ["cooperations", "history", "mappings", "mapping-history", "index.json", "index.bin", "index.log",
                                      "quarantine", "drafts", "mapping-drafts", "locks", "profile.json", "store.lock", "files"]
            if !entries.isEmpty && !entries.contains(where: known.contains) {
                throw StoreError.invalidInput(path: root.path, problem: StoreText.current.files.folderNotEmpty)
            }
        }

        // Can we write here at all? (read-only mount, folder of another user, full disk)
        if readOnlyReason == nil {
            if let code = POSIX.folderWriteFails(root) {
                readOnlyReason = StoreError.ioMessage(operation: .write, path: root.path, code: code)
                cause = .notWritable(code: code)
            }
        }

        if manifest == nil {
            let created = StoreManifest(createdAt: StoreClock.now(), createdBy: options.author)
            if readOnlyReason == nil {
                try writeJSON(created, to: manifestURL)
                for folder in ["cooperations", "history", "mappings", "mapping-history"] {
                    try POSIX.makeFolder(root.appendingPathComponent(folder))
                }
                let index = StoreIndex(root: root)
                if !POSIX.exists(index.snapshotURL) { try index.writeSnapshot([], stamp: index.folderStamp()) }
            }
            manifest = created
        }
        if let readOnlyReason, !options.readOnly {
            notices.append(StoreNotice(kind: .readOnly, message: "Penyimpanan '\(root.path)' dibuka hanya-baca: \(readOnlyReason)"))
        }
        let store = CooperationStore(root: root, readOnlyReason: readOnlyReason, manifest: manifest!, options: options, notices: notices)
        store.readOnlyCause = readOnlyReason == nil ? nil : (cause ?? .requested)
        if readOnlyReason == nil {
            AtomicFile.removeStaleTemps(in: root, olderThan: AtomicFile.staleAtOpenSeconds)
            // The store's own bundle-signing key, made once (read-only commands such as `bundle export` use it).
            BundleSigning.ensureKey(root)
        }
        store.checkAtOpen()
        return store
    }

    // MARK: - Notices

    /// Takes what the store noticed since the last call (each notice is returned once).
    public func takeNotices() -> [StoreNotice] {
        mutex.lock(); defer { mutex.unlock() }
        let out = pendingNotices
        pendingNotices = []
        return out
    }

    func notice(_ n: StoreNotice) {
        mutex.lock(); pendingNotices.append(n); mutex.unlock()
    }

    func notice(quarantined notes: [QuarantineNote]) {
        for note in notes { notice(StoreNotice(kind: .quarantined, message: note.message)) }
    }

    func notice<D>(repairs: [RevisionedCollection<D>.Repair]) {
        for r in repairs { notice(StoreNotice(kind: .repaired, message: "\(D.itemKind.capitalizedFirst) '\(r.key)': \(r.message).")) }
    }

    /// Everything in `quarantine/`, with its note.
    public func quarantined() -> [QuarantineNote] { quarantine.notes() }

    // MARK: - Internals shared by the extensions

    func requireWritable() throws(StoreError) {
        if let readOnlyReason { throw StoreError.readOnly(reason: readOnlyReason) }
    }

    /// Runs `body` under the store's exclusive lock, refusing when read-only.
    func writing<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try requireWritable()
        return try storeLock.exclusive(body)
    }

    func pauseHook() -> (() -> Void)? {
        let ms = options.testPauseMilliseconds
        guard ms > 0 else { return nil }
        return { usleep(useconds_t(ms) * 1000) }
    }

    /// The cached listing; `verified` when every file's mtime was checked against it. Nil when
    /// only the stamps are kept (`keepListingStampsOnly`): the caller then reads the index again.
    func cachedIndex(for key: [Int64]) -> (entries: [IndexEntry], verified: Bool)? {
        mutex.lock(); defer { mutex.unlock() }
        guard let cache = indexCache, cache.key == key, case .entries(let sorted) = cache.listing else { return nil }
        return (sorted, cache.verified)
    }

    /// The cached listing's stamps (either form); `verified` as in `cachedIndex`.
    func cachedStamps(for key: [Int64]) -> (listing: CachedListing, verified: Bool)? {
        mutex.lock(); defer { mutex.unlock() }
        guard let cache = indexCache, cache.key == key else { return nil }
        return (cache.listing, cache.verified)
    }

    func setCachedIndex(_ entries: [IndexEntry], key: [Int64], verified: Bool = true) {
        let sorted = StoreIndex.isStrictlySorted(entries) ? entries : entries.sorted { $0.id < $1.id }
        mutex.lock(); indexCache = (key, .entries(sorted), verified); mutex.unlock()
    }

    func markCachedIndexVerified(key: [Int64]) {
        mutex.lock(); if indexCache?.key == key { indexCache?.verified = true }; mutex.unlock()
    }

    /// Keeps of the cached listing only each cooperation's id, file stamp and revision (what
    /// opening and saving check against), and lets the entries go. For the interface, which has
    /// made its own list from them: at 100,000 cooperations the entries were 65 MB that nothing
    /// read again (issue 19, memory). A later `list()` reads the index again.
    public func keepListingStampsOnly() {
        mutex.lock(); defer { mutex.unlock() }
        guard var cache = indexCache, case .entries(let sorted) = cache.listing else { return }
        indexCache = nil
        cache.listing = .stamps(sorted.map { ListedStamp(id: $0.id, fileStamp: $0.fileStamp, revision: $0.revision) })
        indexCache = cache
    }

    /// The stamp of `id` in this process's listing, when that listing still describes the index
    /// and the folder on disk (its key is current).
    func currentCachedEntry(id: String) -> ListedStamp? {
        let key = indexCacheKey()
        mutex.lock(); defer { mutex.unlock() }
        guard let cache = indexCache, cache.key == key else { return nil }
        return cache.listing.stamp(of: id)
    }

    func invalidateCachedIndex() {
        mutex.lock(); indexCache = nil; mutex.unlock()
    }

    /// Puts one saved entry into the cached listing when the cache described the store just
    /// before the save (`before`); constant time, so a save does not pay for the listing.
    func updateCachedIndex(_ entry: IndexEntry, before: [Int64], after: [Int64]) {
        mutex.lock(); defer { mutex.unlock() }
        guard var cache = indexCache, cache.key == before else { indexCache = nil; return }
        indexCache = nil  // the array is now uniquely referenced by `cache`: changed in place, not copied
        cache.key = after
        cache.listing.put(entry)
        indexCache = cache
    }

    static func writeJSON<T: Encodable>(_ value: T, to url: URL, durability: AtomicFile.Durability = .durable) throws(StoreError) {
        let data: Data
        do { data = try StoreJSON.encode(value) } catch {
            throw StoreError.invalidInput(path: url.path, problem: StoreText.current.files.notEncodable("\(error)"))
        }
        try AtomicFile.write(data, to: url, durability: durability)
    }

    func relative(_ url: URL) -> String { Quarantine.relativePath(of: url, in: root) }
}
