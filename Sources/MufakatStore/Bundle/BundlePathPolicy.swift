import Foundation
import MufakatDomain

/// What a bundle entry's path may be. Entry names are never used as file paths as they are:
/// only the id and revision number taken from an allowed pattern are, after validation. Anything
/// else is rejected with a reason, so a hostile bundle cannot write outside the store.
public enum BundlePathPolicy {
    /// Largest entry accepted, uncompressed (a cooperation is a few kilobytes).
    public static let maxEntrySize = 16 << 20
    /// Largest archived file (`files/<sha256>`) accepted, uncompressed: above the rulebook's
    /// limit (50 MB by default) so a region that raised it can still exchange its files.
    public static let maxArchiveEntrySize = 256 << 20
    /// Most entries accepted in one bundle.
    public static let maxEntries = 500_000
    /// Most bytes accepted in one bundle, uncompressed.
    public static let maxTotalSize: Int64 = 4 << 30

    /// An allowed entry.
    public enum Place: Sendable, Hashable {
        case manifest
        /// `manifest.sig`: the signature of `manifest.json`.
        case signature
        case folder
        case current(kind: BundleItemKind, key: String)
        case history(kind: BundleItemKind, key: String, revision: Int)
        /// An archived file, named by the SHA-256 of its bytes.
        case archiveFile(sha256: String)
    }

    /// The size limit of an entry at `place`.
    public static func sizeLimit(of place: Place) -> Int {
        if case .archiveFile = place { return maxArchiveEntrySize }
        return maxEntrySize
    }

    /// Classifies `path`; `.failure` carries the reason for rejecting it (interface language).
    public static func classify(_ path: String) -> Result<Place, BundleRejection> {
        func reject(_ reason: String) -> Result<Place, BundleRejection> { .failure(BundleRejection(path: path, reason: reason)) }
        let t = StoreText.current.bundleEntries
        if path.isEmpty { return reject(t.emptyName) }
        if path.utf8.count > 512 { return reject(t.nameTooLong) }
        if path.hasPrefix("/") { return reject(t.absolutePath) }
        if path.contains("\\") { return reject(t.backslash) }
        if path.contains("\0") || path.unicodeScalars.contains(where: { $0.value < 0x20 }) { return reject(t.controlCharacter) }
        if path.count >= 2, path.dropFirst().first == ":" { return reject(t.drivePath) }
        let isFolder = path.hasSuffix("/")
        let parts = (isFolder ? String(path.dropLast()) : path).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.contains("..") { return reject(t.dotDot) }
        if parts.contains(where: { $0.isEmpty || $0 == "." }) { return reject(t.emptyPart) }
        if isFolder {
            let allowedRoots = ["cooperations", "history", "mappings", "mapping-history", "files"]
            if parts.count == 1 && allowedRoots.contains(parts[0]) { return .success(.folder) }
            if parts.count == 2 && parts[0] == "history" && Cooperation.isValidKey(parts[1]) { return .success(.folder) }
            if parts.count == 2 && parts[0] == "mapping-history" && RegionMapping.isValidKey(parts[1]) { return .success(.folder) }
            return reject(t.folderNotInBundle)
        }
        if parts == ["manifest.json"] { return .success(.manifest) }
        if parts == [BundleSigning.signatureEntry] { return .success(.signature) }
        func key(_ name: String) -> String? { name.hasSuffix(".json") ? String(name.dropLast(5)) : nil }
        switch (parts.count, parts[0]) {
        case (2, "files"):
            if CooperationStore.isArchiveName(parts[1]) { return .success(.archiveFile(sha256: parts[1])) }
            return reject(t.archiveName)
        case (2, "cooperations"):
            if let k = key(parts[1]), Cooperation.isValidKey(k) { return .success(.current(kind: .cooperation, key: k)) }
            return reject(t.cooperationName)
        case (2, "mappings"):
            if let k = key(parts[1]), RegionMapping.isValidKey(k) { return .success(.current(kind: .mapping, key: k)) }
            return reject(t.mappingName)
        case (3, "history"):
            if Cooperation.isValidKey(parts[1]), let rev = RevisionedCollection<Cooperation>.revisionNumber(parts[2]) {
                return .success(.history(kind: .cooperation, key: parts[1], revision: rev))
            }
            return reject(t.historyName)
        case (3, "mapping-history"):
            if RegionMapping.isValidKey(parts[1]), let rev = RevisionedCollection<RegionMapping>.revisionNumber(parts[2]) {
                return .success(.history(kind: .mapping, key: parts[1], revision: rev))
            }
            return reject(t.mappingHistoryName)
        default:
            return reject(t.fileNotInBundle)
        }
    }
}

/// An entry a bundle import refused, and why.
public struct BundleRejection: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "'\(path)': \(reason)" }
}

/// Jenis isi bundel.
public enum BundleItemKind: String, Sendable, Hashable, Codable {
    case cooperation = "kerja-sama"
    case mapping = "pemetaan"

    var label: String { self == .cooperation ? StoreText.current.opening.itemCooperation : StoreText.current.opening.itemMapping }
}
