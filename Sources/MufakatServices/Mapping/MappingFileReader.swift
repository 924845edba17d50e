import Foundation
import MufakatDomain

/// Membaca berkas pemetaan: takes the mappings out of a file handed to `mapping import`:
/// a bundle from `mufakat bundle export`, a mapping JSON (`mappings/<region>.json`, bare or in
/// its revision envelope), or a JSON list of mappings.
public enum MappingFileReader {
    /// Reads bundles; set by the store layer once bundles exist (kept as a hook so this file
    /// does not depend on the bundle format).
    public typealias BundleReader = @Sendable (URL) throws -> [RegionMapping]

    public static func read(_ url: URL, bundleReader: BundleReader? = nil) throws -> [MappingService.Incoming] {
        let name = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            let problem = FileManager.default.fileExists(atPath: url.path)
                ? ServiceText.current.mapping.fileUnreadable
                : ServiceText.current.mapping.fileNotFound
            throw MappingServiceError.unreadableFile(path: url.path, problem: problem)
        }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || !looksLikeJSON(data) {
            guard let bundleReader else {
                throw MappingServiceError.unreadableFile(path: url.path, problem: ServiceText.current.mapping.notMappingJSON)
            }
            let mappings = try bundleReader(url)
            guard !mappings.isEmpty else {
                throw MappingServiceError.unreadableFile(path: url.path, problem: ServiceText.current.mapping.noMappingInBundle)
            }
            let revisions = MappingBundles.revisions(url)
            return mappings.map {
                MappingService.Incoming(mapping: $0, source: name, revision: revisions[$0.regionCode]?.revision,
                                        savedAt: revisions[$0.regionCode]?.savedAt)
            }
        }
        return try parseJSON(data, path: url.path).map { MappingService.Incoming(mapping: $0, source: name) }
    }

    static func looksLikeJSON(_ data: Data) -> Bool {
        var bytes = data.prefix(64)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// Mappings from JSON text: one mapping, a revision envelope, a list, or {"mappings": [...]}.
    /// Mappings from JSON text: one mapping, a revision envelope, a list, or {"mappings": [...]}.
    /// The domain's reader checks every value's range; it never traps on a number or a string
    /// where an object belongs (`{"format":"mufakat-revisi","mapping":5}` once crashed the import).
    public static func parseJSON(_ data: Data, path: String) throws -> [RegionMapping] {
        do { return try MappingJSONReader.parse(data, path: path) } catch {
            throw MappingServiceError.unreadableFile(path: error.path, problem: error.problem)
        }
    }
}
