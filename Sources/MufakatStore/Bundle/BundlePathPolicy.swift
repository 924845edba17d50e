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

    /// Classifies `path`; `.failure` carries the Indonesian reason for rejecting it.
    public static func classify(_ path: String) -> Result<Place, BundleRejection> {
        func reject(_ reason: String) -> Result<Place, BundleRejection> { .failure(BundleRejection(path: path, reason: reason)) }
        if path.isEmpty { return reject("nama entri kosong") }
        if path.utf8.count > 512 { return reject("nama entri terlalu panjang") }
        if path.hasPrefix("/") { return reject("jalur mutlak (diawali '/') akan menulis di luar penyimpanan") }
        if path.contains("\\") { return reject("jalur memakai '\\\\'; bundel Mufakat hanya memakai '/'") }
        if path.contains("\0") || path.unicodeScalars.contains(where: { $0.value < 0x20 }) { return reject("nama entri berisi karakter kendali") }
        if path.count >= 2, path.dropFirst().first == ":" { return reject("jalur dengan huruf drive akan menulis di luar penyimpanan") }
        let isFolder = path.hasSuffix("/")
        let parts = (isFolder ? String(path.dropLast()) : path).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.contains("..") { return reject("jalur memuat '..' dan akan keluar dari penyimpanan") }
        if parts.contains(where: { $0.isEmpty || $0 == "." }) { return reject("jalur memuat bagian kosong atau '.'") }
        if isFolder {
            let allowedRoots = ["cooperations", "history", "mappings", "mapping-history", "files"]
            if parts.count == 1 && allowedRoots.contains(parts[0]) { return .success(.folder) }
            if parts.count == 2 && parts[0] == "history" && Cooperation.isValidKey(parts[1]) { return .success(.folder) }
            if parts.count == 2 && parts[0] == "mapping-history" && RegionMapping.isValidKey(parts[1]) { return .success(.folder) }
            return reject("folder ini bukan bagian bundel Mufakat")
        }
        if parts == ["manifest.json"] { return .success(.manifest) }
        if parts == [BundleSigning.signatureEntry] { return .success(.signature) }
        func key(_ name: String) -> String? { name.hasSuffix(".json") ? String(name.dropLast(5)) : nil }
        switch (parts.count, parts[0]) {
        case (2, "files"):
            if CooperationStore.isArchiveName(parts[1]) { return .success(.archiveFile(sha256: parts[1])) }
            return reject("nama berkas arsip tidak sah (files/<SHA-256 heksadesimal huruf kecil>)")
        case (2, "cooperations"):
            if let k = key(parts[1]), Cooperation.isValidKey(k) { return .success(.current(kind: .cooperation, key: k)) }
            return reject("nama berkas kerja sama tidak sah (huruf kecil, angka dan '-', diakhiri .json)")
        case (2, "mappings"):
            if let k = key(parts[1]), RegionMapping.isValidKey(k) { return .success(.current(kind: .mapping, key: k)) }
            return reject("nama berkas pemetaan tidak sah (kode wilayah, diakhiri .json)")
        case (3, "history"):
            if Cooperation.isValidKey(parts[1]), let rev = RevisionedCollection<Cooperation>.revisionNumber(parts[2]) {
                return .success(.history(kind: .cooperation, key: parts[1], revision: rev))
            }
            return reject("nama berkas riwayat tidak sah (history/<id>/<revisi>.json)")
        case (3, "mapping-history"):
            if RegionMapping.isValidKey(parts[1]), let rev = RevisionedCollection<RegionMapping>.revisionNumber(parts[2]) {
                return .success(.history(kind: .mapping, key: parts[1], revision: rev))
            }
            return reject("nama berkas riwayat pemetaan tidak sah (mapping-history/<kode>/<revisi>.json)")
        default:
            return reject("berkas ini bukan bagian bundel Mufakat")
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

    var label: String { self == .cooperation ? "kerja sama" : "pemetaan" }
}
