import Foundation
import MufakatDomain
import ZIPFoundation

/// Pembaca pemetaan dalam bundel: the region mappings a bundle carries (each region's current
/// revision), read without importing anything, so a facilitator can compare them with what the
/// meeting already holds. Entries are screened as `importBundle` screens them (paths, links,
/// sizes, a missing manifest).
public enum BundleMappingReader {
    public static func mappings(in url: URL) throws(StoreError) -> [RegionMapping] {
        try revisions(in: url).map(\.mapping)
    }

    /// The mappings with the revision each had in the sender's store and when it was saved, so
    /// an older bundle sent again is told from a newer one by revision, not only by date.
    public static func revisions(in url: URL) throws(StoreError) -> [(mapping: RegionMapping, revision: Int, savedAt: Date)] {
        guard POSIX.isRegularFile(url) else {
            throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundle.notFound)
        }
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundle.notAZip)
        }
        var manifest: BundleManifest?
        var current: [String: Data] = [:]
        var count = 0
        var total: Int64 = 0
        for entry in archive {
            count += 1
            if count > BundlePathPolicy.maxEntries {
                throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundle.tooManyEntries(BundlePathPolicy.maxEntries))
            }
            guard case let .success(place) = BundlePathPolicy.classify(entry.path), entry.type == .file else { continue }
            let wanted: Bool
            switch place {
            case .manifest: wanted = true
            case let .current(kind, _): wanted = kind == .mapping
            default: wanted = false
            }
            guard wanted, entry.uncompressedSize <= UInt64(BundlePathPolicy.maxEntrySize) else { continue }
            var data = Data()
            do {
                _ = try archive.extract(entry) { chunk in
                    if data.count + chunk.count > BundlePathPolicy.maxEntrySize { throw CocoaError(.fileReadTooLarge) }
                    data.append(chunk)
                }
            } catch {
                throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundleEntries.entryUnreadable(entry.path))
            }
            total += Int64(data.count)
            if total > BundlePathPolicy.maxTotalSize {
                throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundle.tooLarge(BundlePathPolicy.maxTotalSize))
            }
            switch place {
            case .manifest: manifest = try? StoreClock.decoder().decode(BundleManifest.self, from: data)
            case let .current(_, key): current[key] = data
            default: break
            }
        }
        guard let manifest, manifest.format == BundleManifest.formatName else {
            throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundle.noManifest)
        }
        if manifest.version > BundleManifest.currentVersion {
            throw StoreError.newerVersion(path: url.path, found: manifest.version, supported: BundleManifest.currentVersion)
        }
        var out: [(mapping: RegionMapping, revision: Int, savedAt: Date)] = []
        for key in current.keys.sorted() {
            let decoded = try DocumentDecoding.decodeRevision(current[key]!, path: "\(url.lastPathComponent): mappings/\(key).json", as: RegionMapping.self)
            guard decoded.record.document.regionCode == key else {
                throw StoreError.invalidInput(path: url.path, problem: StoreText.current.bundleEntries.mappingOfOtherRegion(key, decoded.record.document.regionCode))
            }
            out.append((decoded.record.document, decoded.record.revision, decoded.record.savedAt))
        }
        return out
    }
}
