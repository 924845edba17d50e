#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain
import ZIPFoundation

/// What a bundle holds, read without a store: the newest revision of every item whose chain is
/// whole, and the entries that were refused.
public struct BundleContents: Sendable {
    public var manifest: BundleManifest
    public var cooperations: [StoredCooperation]
    public var mappings: [StoredMapping]
    public var rejected: [BundleRejection]
}

/// Reading bundles (`mufakat bundle export`) with the same screening as an import: entry paths,
/// links, sizes and hash chains. Used by the import and by anyone who only wants to look inside
/// (a facilitator reading the mappings of many regions' bundles).
public enum BundleReader {
    /// Everything readable in the bundle at `url`.
    public static func contents(of url: URL) throws(StoreError) -> BundleContents {
        var rejected: [BundleRejection] = []
        let content = try readEntries(url, rejected: &rejected)
        func items<D: StoredDocument>(_ files: [String: ItemFiles], as: D.Type) -> [StoredRevision<D>] {
            var out: [StoredRevision<D>] = []
            for (key, item) in files.sorted(by: { $0.key < $1.key }) {
                switch verify(item, key: key, as: D.self) {
                case let .failure(r): rejected.append(r)
                case let .success(chain):
                    let data = item.history[chain.last]!
                    if let decoded = try? DocumentDecoding.decodeRevision(data, path: key, as: D.self) {
                        var info = decoded.record.info
                        info.sha256 = DocumentDecoding.sha256(data)
                        out.append(StoredRevision(document: decoded.record.document, info: info, migratedFrom: decoded.migratedFrom))
                    }
                }
            }
            return out
        }
        let cooperations = items(content.cooperations, as: Cooperation.self)
        let mappings = items(content.mappings, as: RegionMapping.self)
        guard let manifest = content.manifest else { throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundleEntries.manifestMissing) }
        return BundleContents(manifest: manifest, cooperations: cooperations, mappings: mappings, rejected: rejected)
    }

    /// The region mappings in a bundle (newest revision of each).
    public static func mappings(in url: URL) throws(StoreError) -> [RegionMapping] {
        try contents(of: url).mappings.map(\.mapping)
    }

    /// Checks an item's chain inside the bundle: revisions 1...N present, readable, each linked
    /// to the one before, and the current file equal to revision N.
    static func verify<D: StoredDocument>(_ bundle: ItemFiles, key: String, as: D.Type) -> Result<(hashes: [Int: String], last: Int), BundleRejection> {
        let prefix = D.self == Cooperation.self ? "history" : "mapping-history"
        func reject(_ reason: String) -> Result<(hashes: [Int: String], last: Int), BundleRejection> {
            .failure(BundleRejection(path: "\(prefix)/\(key)/", reason: reason))
        }
        let t = StoreText.current.bundleEntries
        guard let last = bundle.history.keys.max() else { return reject(t.noHistory(D.itemKind)) }
        var hashes: [Int: String] = [:]
        for n in 1...last {
            guard let data = bundle.history[n] else { return reject(t.revisionMissing(n)) }
            let decoded: DocumentDecoding.Decoded<D>
            do { decoded = try DocumentDecoding.decodeRevision(data, path: "\(prefix)/\(key)/\(RevisionedCollection<D>.fileName(n))") } catch {
                return reject(error.description)
            }
            let r = decoded.record
            if r.revision != n || r.document.storeKey != key {
                return reject(t.revisionMismatch(n, r.revision, r.document.storeKey))
            }
            if r.previousSHA256 != (n == 1 ? nil : hashes[n - 1]) {
                return reject(t.chainBroken(n, n - 1))
            }
            hashes[n] = DocumentDecoding.sha256(data)
        }
        if let current = bundle.current, current != bundle.history[last] {
            return reject(t.currentDiffers(last))
        }
        return .success((hashes, last))
    }

    struct Content {
        /// Set once the manifest has been read (always set in what `readEntries` returns).
        var manifest: BundleManifest?
        /// key -> (current file, history files by revision)
        var cooperations: [String: ItemFiles] = [:]
        var mappings: [String: ItemFiles] = [:]
        /// Archived files by SHA-256, each already checked against its name.
        var files: [String: Data] = [:]
        /// The exact bytes of `manifest.json` and `manifest.sig`, and the SHA-256 of every other entry read.
        var manifestData: Data?
        var signatureData: Data?
        var entryHashes: [String: String] = [:]
    }

    struct ItemFiles {
        var current: Data?
        var history: [Int: Data] = [:]
    }

    /// Reads and screens every entry; rejected entries are appended to `rejected`.
    static func readEntries(_ url: URL, rejected: inout [BundleRejection]) throws(StoreError) -> Content {
        guard POSIX.isRegularFile(url) else {
            throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundle.notFound)
        }
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundle.notAZip)
        }
        var content = Content()
        var manifest: BundleManifest?
        var count = 0
        var total: Int64 = 0
        for entry in archive {
            count += 1
            if count > BundlePathPolicy.maxEntries {
                throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundle.tooManyEntries(BundlePathPolicy.maxEntries))
            }
            let path = entry.path
            let place: BundlePathPolicy.Place
            switch BundlePathPolicy.classify(path) {
            case let .failure(rejection): rejected.append(rejection); continue
            case let .success(p): place = p
            }
            if entry.type == .symlink {
                rejected.append(BundleRejection(path: path, reason: StoreText.current.bundleEntries.symlink))
                continue
            }
            if case .folder = place { continue }
            if entry.type == .directory {
                rejected.append(BundleRejection(path: path, reason: StoreText.current.bundleEntries.folderNotFile))
                continue
            }
            let limit = BundlePathPolicy.sizeLimit(of: place)
            if entry.uncompressedSize > UInt64(limit) {
                rejected.append(BundleRejection(path: path, reason: StoreText.current.bundleEntries.tooLarge(entry.uncompressedSize, limit)))
                continue
            }
            // Never trust the declared size: stop reading past the limit (a zip bomb).
            var data = Data()
            var tooBig = false
            var spill: SpillFile?
            do {
                _ = try archive.extract(entry) { chunk in
                    let size = (spill?.size ?? 0) + data.count + chunk.count
                    if size > limit { tooBig = true; throw CocoaError(.fileReadTooLarge) }
                    data.append(chunk)
                    // Large entries go to disk as they are read, not into memory: 64 entries of
                    // 16 MiB once took 1 GB (issue 20).
                    if data.count >= SpillFile.threshold {
                        if spill == nil { spill = try SpillFile() }
                        try spill?.append(data)
                        data.removeAll(keepingCapacity: true)
                    }
                }
                if let file = spill {
                    try file.append(data)
                    data = try file.mapped()
                }
            } catch {
                spill?.discard()
                rejected.append(BundleRejection(path: path, reason: tooBig ? StoreText.current.bundleEntries.tooLargeUnpacked(limit) : StoreText.current.bundleEntries.cannotUnzip))
                continue
            }
            total += Int64(data.count)
            if total > BundlePathPolicy.maxTotalSize {
                throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundle.tooLarge(BundlePathPolicy.maxTotalSize))
            }
            switch place {
            case .manifest, .signature, .folder: break
            default: content.entryHashes[path] = DocumentDecoding.sha256(data)
            }
            switch place {
            case .signature:
                content.signatureData = data
            case .manifest:
                content.manifestData = data
                manifest = try? StoreClock.decoder().decode(BundleManifest.self, from: data)
                if manifest == nil, let probe = try? JSONDecoder().decode(JSONValue.self, from: data),
                   let v = probe["version"]?.intValue, v > BundleManifest.currentVersion {
                    throw StoreError.newerVersion(path: url.path, found: v, supported: BundleManifest.currentVersion)
                }
            case let .current(kind, key):
                if kind == .cooperation { content.cooperations[key, default: ItemFiles()].current = data }
                else { content.mappings[key, default: ItemFiles()].current = data }
            case let .history(kind, key, revision):
                if kind == .cooperation { content.cooperations[key, default: ItemFiles()].history[revision] = data }
                else { content.mappings[key, default: ItemFiles()].history[revision] = data }
            case let .archiveFile(sha):
                if DocumentDecoding.sha256(data) == sha { content.files[sha] = data }
                else { rejected.append(BundleRejection(path: path, reason: StoreText.current.bundleEntries.archiveHashMismatch)) }
            case .folder:
                break
            }
        }
        guard let manifest, manifest.format == BundleManifest.formatName else {
            throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundle.noManifest)
        }
        if manifest.version > BundleManifest.currentVersion {
            throw StoreError.newerVersion(path: url.path, found: manifest.version, supported: BundleManifest.currentVersion)
        }
        content.manifest = manifest
        return content
    }

}

/// A bundle entry being extracted to disk. Once complete it is memory-mapped and unlinked: the
/// bytes stay readable through the mapping (page cache the kernel can reclaim), and nothing is
/// left behind even when the process is killed after the unlink.
final class SpillFile {
    /// Entries up to this size stay in memory.
    static let threshold = 256 << 10
    let url: URL
    private var fd: Int32
    private(set) var size = 0

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(".mufakat-bundle.tmp-\(getpid())-\(POSIX.randomToken())")
        fd = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, POSIX.fileMode)
        if fd < 0 { throw CocoaError(.fileWriteUnknown) }
    }

    func append(_ data: Data) throws {
        let descriptor = fd
        let failed = data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return false }
            var offset = 0
            while offset < raw.count {
                #if canImport(Glibc)
                let n = Glibc.write(descriptor, base + offset, raw.count - offset)
                #else
                let n = Darwin.write(descriptor, base + offset, raw.count - offset)
                #endif
                if n < 0 { if errno == EINTR { continue }; return true }
                offset += n
            }
            return false
        }
        if failed { discard(); throw CocoaError(.fileWriteUnknown) }
        size += data.count
    }

    /// The whole entry, mapped; the file is removed.
    func mapped() throws -> Data {
        defer { discard() }
        return try Data(contentsOf: url, options: .alwaysMapped)
    }

    func discard() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(url.path)
    }

    deinit { discard() }
}
