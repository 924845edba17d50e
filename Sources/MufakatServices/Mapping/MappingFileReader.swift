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
                ? "berkas tidak dapat dibaca; periksa izin berkas (pemiliknya, hak baca)."
                : "berkas tidak ditemukan; periksa nama dan foldernya."
            throw MappingServiceError.unreadableFile(path: url.path, problem: problem)
        }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || !looksLikeJSON(data) {
            guard let bundleReader else {
                throw MappingServiceError.unreadableFile(path: url.path, problem: "bukan berkas JSON pemetaan, dan pembaca bundel belum tersedia pada versi ini.")
            }
            let mappings = try bundleReader(url)
            guard !mappings.isEmpty else {
                throw MappingServiceError.unreadableFile(path: url.path, problem: "bundel ini tidak memuat pemetaan daerah; ekspor ulang dengan `mufakat bundle export` setelah pemetaan diisi.")
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
    public static func parseJSON(_ data: Data, path: String) throws -> [RegionMapping] {
        // The common case, one region's mapping object, is decoded straight from the bytes: the
        // general path below goes through JSONSerialization and back, ~8 ms a file on Linux (4 s
        // for the 546 files of a national meeting). Any other shape, and any error, takes it.
        if let bare = try? JSONDecoder().decode(BareMapping.self, from: data), !bare.hasOtherShape {
            return [bare.mapping]
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw MappingServiceError.unreadableFile(path: path, problem: "JSON tidak sah: periksa tanda kurung, koma dan tanda petik (berkas mungkin terpotong).")
        }
        func decode(_ value: Any, at place: String) throws -> RegionMapping {
            // JSONSerialization traps (it does not throw) on a number or a string at the top:
            // `{"format":"mufakat-revisi","mapping":5}` must be a message, never a crash.
            guard value is [String: Any], JSONSerialization.isValidJSONObject(value) else {
                throw MappingServiceError.unreadableFile(path: path, problem: "\(place)bukan objek pemetaan: kolom pemetaan harus berupa objek { ... } dengan 'regionCode' dan 'entries'.")
            }
            let bytes = try JSONSerialization.data(withJSONObject: value)
            do { return try JSONDecoder().decode(RegionMapping.self, from: bytes) } catch let error as DecodingError {
                throw MappingServiceError.unreadableFile(path: path, problem: "\(place)bukan pemetaan yang sah: \(describe(error))")
            }
        }
        func single(_ dict: [String: Any], at place: String) throws -> RegionMapping {
            // The store's own file (`mappings/<region>.json`) keeps the mapping under "mapping".
            if dict["format"] as? String == "mufakat-revisi", let doc = dict["mapping"] ?? dict["document"] { return try decode(doc, at: place) }
            return try decode(dict, at: place)
        }
        if let list = object as? [Any] {
            return try list.enumerated().map { i, item in
                guard let dict = item as? [String: Any] else {
                    throw MappingServiceError.unreadableFile(path: path, problem: "unsur ke-\(i + 1) bukan objek pemetaan.")
                }
                return try single(dict, at: "unsur ke-\(i + 1) ")
            }
        }
        guard let dict = object as? [String: Any] else {
            throw MappingServiceError.unreadableFile(path: path, problem: "isi berkas bukan objek JSON pemetaan.")
        }
        if let list = dict["mappings"] as? [Any] {
            return try parseJSON(try JSONSerialization.data(withJSONObject: list), path: path)
        }
        guard dict["regionCode"] != nil || dict["mapping"] != nil || dict["document"] != nil else {
            throw MappingServiceError.unreadableFile(path: path, problem: "tidak ada kolom 'regionCode'; berkas ini bukan pemetaan daerah.")
        }
        return [try single(dict, at: "")]
    }

    /// One mapping object with `regionCode`, neither a revision envelope nor {"mappings": [...]}.
    private struct BareMapping: Decodable {
        let mapping: RegionMapping
        let hasOtherShape: Bool

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: Decoder) throws {
            let keys = try decoder.container(keyedBy: Key.self)
            hasOtherShape = !keys.contains(Key(stringValue: "regionCode")) || keys.contains(Key(stringValue: "mappings"))
                || keys.contains(Key(stringValue: "document")) || keys.contains(Key(stringValue: "mapping"))
            mapping = try RegionMapping(from: decoder)
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func place(_ path: [CodingKey]) -> String {
            path.reduce("") { text, key in
                if let i = key.intValue { return text + "[\(i)]" }
                return text.isEmpty ? key.stringValue : text + "." + key.stringValue
            }
        }
        switch error {
        case let .keyNotFound(key, ctx): return "kolom '\(place(ctx.codingPath + [key]))' tidak ada"
        case let .typeMismatch(_, ctx): return "kolom '\(place(ctx.codingPath))' berjenis salah"
        case let .valueNotFound(_, ctx): return "kolom '\(place(ctx.codingPath))' kosong"
        case let .dataCorrupted(ctx): return "kolom '\(place(ctx.codingPath))': \(ctx.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
