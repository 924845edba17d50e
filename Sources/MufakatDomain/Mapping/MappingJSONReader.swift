import Foundation

/// A mapping file that cannot be taken in: the file and what is wrong, in Indonesian.
public struct MappingFileProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let problem: String
    public init(path: String, problem: String) { self.path = path; self.problem = problem }
    public var description: String { "\(path): \(problem)" }
}

/// Membaca JSON pemetaan: the mappings in a JSON file given to `mapping import`: one mapping,
/// the store's revision envelope (`{"format":"mufakat-revisi","mapping":{...}}`), a list of
/// mappings, or `{"mappings":[...]}`.
///
/// Replaces the old reader's round trip through `JSONSerialization.data(withJSONObject:)`, which
/// aborts the process ("Top-level object was not NSArray or NSDictionary") when the value under
/// "mapping" is a number or a string (issue 20). Every value here is checked to be an object
/// before it is decoded, and each mapping passes the same `ValueLimits` gate as the store.
public enum MappingJSONReader {
    /// The revision envelope's version this program reads (`StoredDocument.currentFormatVersion`
    /// in the Store; the Domain cannot see it).
    static let knownRevisionFormatVersion = 1

    public static func parse(_ data: Data, path: String) throws(MappingFileProblem) -> [RegionMapping] {
        // The common case, one bare mapping, decodes straight from the bytes (fast: no tree).
        if let bare = try? JSONDecoder().decode(BareMapping.self, from: data), !bare.hasOtherShape {
            try check(bare.mapping, at: "", path: path)
            return [bare.mapping]
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            throw MappingFileProblem(path: path, problem: "JSON tidak sah (\((error as NSError).localizedDescription)); periksa tanda kurung, koma, dan tanda petik.")
        }
        return try mappings(in: object, path: path, depth: 0)
    }

    private static func mappings(in object: Any, path: String, depth: Int) throws(MappingFileProblem) -> [RegionMapping] {
        if let list = object as? [Any] {
            var out: [RegionMapping] = []
            for (i, item) in list.enumerated() {
                guard let dict = item as? [String: Any] else {
                    throw MappingFileProblem(path: path, problem: "unsur ke-\(i + 1) bukan objek pemetaan { ... }.")
                }
                out.append(try single(dict, at: "unsur ke-\(i + 1) ", path: path))
            }
            return out
        }
        guard let dict = object as? [String: Any] else {
            throw MappingFileProblem(path: path, problem: "isi berkas bukan objek JSON pemetaan { ... }.")
        }
        if let list = dict["mappings"] {
            guard depth == 0, list is [Any] else {
                throw MappingFileProblem(path: path, problem: "kolom 'mappings' harus berupa daftar [ ... ] berisi pemetaan daerah.")
            }
            return try mappings(in: list, path: path, depth: depth + 1)
        }
        guard dict["regionCode"] != nil || dict["mapping"] != nil || dict["document"] != nil else {
            throw MappingFileProblem(path: path, problem: "tidak ada kolom 'regionCode'; berkas ini bukan pemetaan daerah.")
        }
        return [try single(dict, at: "", path: path)]
    }

    private static func single(_ dict: [String: Any], at place: String, path: String) throws(MappingFileProblem) -> RegionMapping {
        if dict["format"] as? String == "mufakat-revisi" {
            if let version = dict["formatVersion"] {
                guard let n = version as? Int, n >= 1 else {
                    throw MappingFileProblem(path: path, problem: "\(place)kolom 'formatVersion' bernilai \(version); seharusnya bilangan bulat mulai dari 1.")
                }
                guard n <= knownRevisionFormatVersion else {
                    throw MappingFileProblem(path: path, problem: "\(place)berkas revisi versi \(n), lebih baru dari yang dikenal program ini (\(knownRevisionFormatVersion)); perbarui Mufakat sebelum mengimpornya.")
                }
            }
            let key = dict["mapping"] != nil ? "mapping" : "document"
            guard let inner = dict[key] else {
                throw MappingFileProblem(path: path, problem: "\(place)berkas revisi tanpa kolom 'mapping'.")
            }
            guard let doc = inner as? [String: Any] else {
                throw MappingFileProblem(path: path, problem: "\(place)kolom '\(key)' harus berupa objek pemetaan { ... }, bukan \(kind(of: inner)).")
            }
            return try decode(doc, at: place, path: path)
        }
        return try decode(dict, at: place, path: path)
    }

    private static func decode(_ dict: [String: Any], at place: String, path: String) throws(MappingFileProblem) -> RegionMapping {
        let mapping: RegionMapping
        do {
            let bytes = try JSONSerialization.data(withJSONObject: dict)
            mapping = try JSONDecoder().decode(RegionMapping.self, from: bytes)
        } catch let error as DecodingError {
            throw MappingFileProblem(path: path, problem: "\(place)bukan pemetaan yang sah: \(describe(error))")
        } catch {
            throw MappingFileProblem(path: path, problem: "\(place)bukan pemetaan yang sah: \(error)")
        }
        try check(mapping, at: place, path: path)
        return mapping
    }

    private static func check(_ mapping: RegionMapping, at place: String, path: String) throws(MappingFileProblem) {
        if let problem = ValueLimits.problems(in: mapping).first {
            throw MappingFileProblem(path: path, problem: "\(place)kolom '\(problem.path)': \(problem.problem).")
        }
    }

    private static func kind(of value: Any) -> String {
        switch value {
        case is String: "teks"
        case is [Any]: "daftar"
        case is NSNull: "null"
        default: "bilangan atau nilai lain"
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
}
