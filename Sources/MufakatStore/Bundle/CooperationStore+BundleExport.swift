import Foundation
import MufakatDomain
import ZIPFoundation

/// What an export wrote.
public struct BundleExportResult: Sendable, Hashable, Codable {
    public var file: String
    public var cooperations: Int
    public var mappings: Int
    public var revisions: Int
    public var bytes: Int64
    /// Items left out of a whole-store export, each with why (a file of a newer Mufakat, a
    /// damaged file): one such file no longer fails the whole export (issue 20).
    public var skipped: [String] = []
    /// Archived files carried (`files/<sha256>`).
    public var archivedFiles: Int?
}

extension CooperationStore {
    /// Writes one bundle file (a zip with `manifest.json` and the store's own layout:
    /// `cooperations/`, `history/`, `mappings/`, `mapping-history/`) holding the cooperations
    /// `ids` (all when nil) and, when `includeMappings`, every mapping, each with its full history.
    /// The file is written to a temp name next to `url` and renamed when complete.
    @discardableResult
    public func exportBundle(to url: URL, ids: [String]? = nil, includeMappings: Bool = true) throws(StoreError) -> BundleExportResult {
        // The bundle replaces only a regular file, never a symlink, FIFO or device (issue 20).
        if let refused = SafeOutput.refusal(SafeOutput.existing(at: url.path), path: url.path) { throw refused }
        let keys: [String]
        if let ids {
            for id in ids where !contains(id: id) {
                if !Cooperation.isValidID(id) { throw StoreError.invalidID(itemKind: Cooperation.itemKind, id: id) }
                throw StoreError.notFound(itemKind: Cooperation.itemKind, id: id)
            }
            keys = Array(Set(ids)).sorted()
        } else {
            keys = try cooperationFiles.keys()
        }
        let mappingKeys = includeMappings ? try mappingFiles.keys() : []

        // Collect every file first (under the shared lock) so the bundle is one consistent state.
        var files: [(path: String, data: Data)] = []
        var items: [BundleManifest.Item] = []
        var revisions = 0
        var skipped: [String] = []
        let wholeStore = ids == nil
        var archived = 0
        try storeLock.shared { () throws(StoreError) -> Void in
            for key in keys {
                do throws(StoreError) {
                    let (item, itemFiles) = try bundleFiles(cooperationFiles, key: key, currentPrefix: "cooperations", historyPrefix: "history", kind: .cooperation)
                    items.append(item); files += itemFiles; revisions += item.revisions
                } catch {
                    guard wholeStore, Self.isSkippable(error) else { throw error }
                    skipped.append("\(Cooperation.itemKind) '\(key)' dilewati: \(error.description)")
                }
            }
            // The archived files every carried revision names (once each).
            var shas = Set<String>()
            for (path, data) in files where path.hasPrefix("history/") {
                guard let decoded: DocumentDecoding.Decoded<Cooperation> = try? DocumentDecoding.decodeRevision(data, path: path) else { continue }
                for file in decoded.record.document.archivedFiles { shas.insert(file.sha256) }
            }
            for sha in shas.sorted() {
                guard let url = self.archiveFileURL(sha256: sha),
                      let data = try POSIX.readFile(url, limit: Self.maxArchiveFileBytes) else {
                    throw StoreError.invalidInput(path: "files/\(sha)", problem: StoreText.current.bundleEntries.archiveFileMissing)
                }
                guard DocumentDecoding.sha256(data) == sha else {
                    throw StoreError.invalidInput(path: "files/\(sha)", problem: StoreText.current.bundleEntries.archiveFileChanged)
                }
                files.append(("files/\(sha)", data)); archived += 1
            }
            for key in mappingKeys {
                do throws(StoreError) {
                    let (item, itemFiles) = try bundleFiles(mappingFiles, key: key, currentPrefix: "mappings", historyPrefix: "mapping-history", kind: .mapping)
                    items.append(item); files += itemFiles; revisions += item.revisions
                } catch {
                    guard Self.isSkippable(error) else { throw error }
                    skipped.append("\(RegionMapping.itemKind) '\(key)' dilewati: \(error.description)")
                }
            }
        }
        var manifest = BundleManifest(format: BundleManifest.formatName, version: BundleManifest.currentVersion,
                                      storeVersion: StoreManifest.currentVersion, createdAt: StoreClock.now(),
                                      createdBy: options.author, items: items)
        // Signed with this store's key: the manifest lists every entry's SHA-256, the signature covers the manifest.
        let signingKey = BundleSigning.key(root, create: !isReadOnly)
        if let signingKey {
            manifest.files = files.reduce(into: [:]) { $0[$1.path] = DocumentDecoding.sha256($1.data) }
            manifest.signer = BundleSigning.Signer(publicKey: signingKey.publicKey.rawRepresentation.base64EncodedString(),
                                                   region: ((try? profile()) ?? nil)?.regionCode ?? self.manifest.regionCode)
        }
        let manifestData: Data
        var signatureData: Data?
        do {
            manifestData = try StoreJSON.encode(manifest)
            if let signingKey { signatureData = try BundleSigning.sign(manifestData, with: signingKey) }
        } catch {
            throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundleEntries.manifestFailed("\(error)"))
        }

        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(AtomicFile.tempName(for: url.lastPathComponent))
        do {
            let archive = try Archive(url: temp, accessMode: .create)
            let signature = signatureData.map { [(BundleSigning.signatureEntry, $0)] } ?? []
            for (path, data) in [("manifest.json", manifestData)] + signature + files {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), permissions: 0o600,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch {
            try? POSIX.removeFile(temp)
            if let e = error as? StoreError { throw e }
            let code = (error as NSError).domain == NSPOSIXErrorDomain ? Int32((error as NSError).code) : EIO
            throw StoreError.io(operation: .write, path: url.path, code: code)
        }
        // Make the zip durable before it replaces anything; look again at what it replaces.
        if let refused = SafeOutput.refusal(SafeOutput.existing(at: url.path), path: url.path) {
            try? POSIX.removeFile(temp)
            throw refused
        }
        try AtomicFile.commit(temp, to: url)
        let cooperationCount = items.filter { $0.kind == .cooperation }.count
        return BundleExportResult(file: url.path, cooperations: cooperationCount, mappings: items.count - cooperationCount, revisions: revisions,
                                  bytes: StoreIndex.fileSize(url) ?? 0, skipped: skipped, archivedFiles: archived == 0 ? nil : archived)
    }

    /// Errors that leave one item out of a whole-store export instead of failing it.
    static func isSkippable(_ error: StoreError) -> Bool {
        switch error {
        case .newerVersion, .damaged: true
        default: false
        }
    }

    private func bundleFiles<D: StoredDocument>(_ collection: RevisionedCollection<D>, key: String, currentPrefix: String,
                                                historyPrefix: String, kind: BundleItemKind) throws(StoreError) -> (BundleManifest.Item, [(path: String, data: Data)]) {
        guard let current = try POSIX.readFile(collection.currentURL(key)) else { throw StoreError.notFound(itemKind: D.itemKind, id: key) }
        let decoded: DocumentDecoding.Decoded<D> = try DocumentDecoding.decodeRevision(current, path: relative(collection.currentURL(key)))
        var files: [(path: String, data: Data)] = [("\(currentPrefix)/\(key).json", current)]
        let head = decoded.record.revision
        for n in try collection.revisionNumbers(key) where n <= head {
            if let data = try POSIX.readFile(collection.historyURL(key, n)) {
                files.append(("\(historyPrefix)/\(key)/\(RevisionedCollection<D>.fileName(n))", data))
            }
        }
        if !files.contains(where: { $0.path.hasSuffix("/" + RevisionedCollection<D>.fileName(head)) }) {
            // The newest revision is only in the current file (a save cut short): carry it as history too.
            files.append(("\(historyPrefix)/\(key)/\(RevisionedCollection<D>.fileName(head))", current))
        }
        let title = (decoded.record.document as? Cooperation)?.title
        return (BundleManifest.Item(kind: kind, id: key, title: title, revisions: head, headSHA256: DocumentDecoding.sha256(current)), files)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
