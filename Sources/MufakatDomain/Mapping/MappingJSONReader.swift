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

    /// `rulebook`: whose messages to use (nil: the bundled rulebook).
    public static func parse(_ data: Data, path: String, rulebook: Rulebook? = nil) throws(MappingFileProblem) -> [RegionMapping] {
        let m = MappingMessages(rulebook: rulebook)
        // The common case, one bare mapping, decodes straight from the bytes (fast: no tree).
        if let bare = try? JSONDecoder().decode(BareMapping.self, from: data), !bare.hasOtherShape {
            try check(bare.mapping, at: "", path: path, m)
            return [bare.mapping]
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            throw MappingFileProblem(path: path, problem: m.text(.invalidJSON, ["sebab": (error as NSError).localizedDescription]))
        }
        return try mappings(in: object, path: path, depth: 0, m)
    }

    private static func mappings(in object: Any, path: String, depth: Int, _ m: MappingMessages) throws(MappingFileProblem) -> [RegionMapping] {
        if let list = object as? [Any] {
            var out: [RegionMapping] = []
            for (i, item) in list.enumerated() {
                guard let dict = item as? [String: Any] else {
                    throw MappingFileProblem(path: path, problem: m.text(.itemNotObject, ["nomor": "\(i + 1)"]))
                }
                out.append(try single(dict, at: m.text(.itemPlace, ["nomor": "\(i + 1)"]), path: path, m))
            }
            return out
        }
        guard let dict = object as? [String: Any] else {
            throw MappingFileProblem(path: path, problem: m.text(.notMappingObject))
        }
        if let list = dict["mappings"] {
            guard depth == 0, list is [Any] else {
                throw MappingFileProblem(path: path, problem: m.text(.mappingsNotList))
            }
            return try mappings(in: list, path: path, depth: depth + 1, m)
        }
        guard dict["regionCode"] != nil || dict["mapping"] != nil || dict["document"] != nil else {
            throw MappingFileProblem(path: path, problem: m.text(.noRegionCode))
        }
        return [try single(dict, at: "", path: path, m)]
    }

    private static func single(_ dict: [String: Any], at place: String, path: String, _ m: MappingMessages) throws(MappingFileProblem) -> RegionMapping {
        if dict["format"] as? String == "mufakat-revisi" {
            if let version = dict["formatVersion"] {
                guard let n = version as? Int, n >= 1 else {
                    throw MappingFileProblem(path: path, problem: place + m.text(.formatVersionInvalid, ["nilai": "\(version)"]))
                }
                guard n <= knownRevisionFormatVersion else {
                    throw MappingFileProblem(path: path, problem: place + m.text(.formatVersionNewer, ["versi": "\(n)", "versi_program": "\(knownRevisionFormatVersion)"]))
                }
            }
            let key = dict["mapping"] != nil ? "mapping" : "document"
            guard let inner = dict[key] else {
                throw MappingFileProblem(path: path, problem: place + m.text(.revisionWithoutMapping))
            }
            guard let doc = inner as? [String: Any] else {
                throw MappingFileProblem(path: path, problem: place + m.text(.revisionMappingNotObject, ["isian": key, "jenis": kind(of: inner, m)]))
            }
            return try decode(doc, at: place, path: path, m)
        }
        return try decode(dict, at: place, path: path, m)
    }

    private static func decode(_ dict: [String: Any], at place: String, path: String, _ m: MappingMessages) throws(MappingFileProblem) -> RegionMapping {
        let mapping: RegionMapping
        do {
            let bytes = try JSONSerialization.data(withJSONObject: dict)
            mapping = try JSONDecoder().decode(RegionMapping.self, from: bytes)
        } catch let error as DecodingError {
            throw MappingFileProblem(path: path, problem: place + m.text(.notAValidMapping, ["sebab": describe(error, m)]))
        } catch {
            throw MappingFileProblem(path: path, problem: place + m.text(.notAValidMapping, ["sebab": "\(error)"]))
        }
        try check(mapping, at: place, path: path, m)
        return mapping
    }

    private static func check(_ mapping: RegionMapping, at place: String, path: String, _ m: MappingMessages) throws(MappingFileProblem) {
        if let problem = ValueLimits.problems(in: mapping).first {
            throw MappingFileProblem(path: path, problem: place + m.text(.valueOutOfLimits, ["isian": MappingFieldLabel.label(problem.path), "masalah": problem.problem]))
        }
    }

    private static func kind(of value: Any, _ m: MappingMessages) -> String {
        switch value {
        case is String: m.text(.valueIsText)
        case is [Any]: m.text(.valueIsList)
        case is NSNull: m.text(.valueIsNull)
        default: m.text(.valueIsOther)
        }
    }

    static func describe(_ error: DecodingError, _ m: MappingMessages = MappingMessages()) -> String {
        func place(_ path: [CodingKey]) -> String {
            path.reduce("") { text, key in
                if let i = key.intValue { return text + "[\(i)]" }
                return text.isEmpty ? key.stringValue : text + "." + key.stringValue
            }
        }
        func label(_ path: [CodingKey]) -> String { MappingFieldLabel.label(place(path)) }
        switch error {
        case let .keyNotFound(key, ctx): return m.text(.fieldMissing, ["isian": label(ctx.codingPath + [key])])
        case let .typeMismatch(_, ctx): return m.text(.fieldWrongType, ["isian": label(ctx.codingPath)])
        case let .valueNotFound(_, ctx): return m.text(.fieldEmpty, ["isian": label(ctx.codingPath)])
        case let .dataCorrupted(ctx): return m.text(.fieldCorrupt, ["isian": label(ctx.codingPath), "sebab": ctx.debugDescription])
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
