import Foundation

/// What kind of value a field of the cooperation JSON holds.
public enum FieldKind: Sendable, Equatable {
    case text
    case integer
    case number
    case bool
    /// "YYYY-MM-DD".
    case date
    /// Whole rupiah.
    case money
    /// One of fixed values (an enumeration's raw values).
    case choice([String])
    case object
    case list
    /// A record with free keys (custom stages, custom answers).
    case map
}

/// The shape of a Codable model: every field path it knows, its kind, and which are optional.
/// Derived from the model itself by a probing decoder, so a new field is known without a list
/// to maintain. Used to check the rulebook's field paths, to describe decoding errors of a
/// cooperation, and to check a rulebook file's keys against the `Rulebook` types.
public struct ModelSchema: Sendable {
    /// Normalized paths ("parties[].regionCode", "customStages.*.answers.*") to kinds; "" is the root.
    public let kinds: [String: FieldKind]
    /// Normalized paths of keys that may be left out (optionals).
    public let optional: Set<String>

    /// The schema of `Cooperation` (the cooperation JSON).
    public static let cooperation = ModelSchema(probing: Cooperation.self)
    /// The schema of `Rulebook` (the rulebook TOML keys).
    public static let rulebook = ModelSchema(probing: Rulebook.self)

    public init<T: Decodable>(probing type: T.Type) {
        let recorder = SchemaRecorder()
        _ = try? T(from: ProbeDecoder(recorder: recorder, path: "", depth: 0))
        kinds = recorder.kinds
        optional = recorder.optional
    }

    /// The keys directly inside the object at normalized `path` ("" = root, "stage[]").
    public func keys(of path: String) -> [String] {
        let prefix = path.isEmpty ? "" : path + "."
        return kinds.keys.compactMap { k -> String? in
            guard k.hasPrefix(prefix) else { return nil }
            let rest = k.dropFirst(prefix.count)
            guard !rest.isEmpty, !rest.contains("."), !rest.hasSuffix("[]") else { return nil }
            return String(rest)
        }.sorted()
    }

    /// The kind of the field at `path`, nil when the model has no such field.
    public func kind(of path: FieldPath) -> FieldKind? {
        var key = ""
        for c in path.components {
            switch c {
            case .key(let k):
                let direct = key.isEmpty ? k : "\(key).\(k)"
                let wildcard = key.isEmpty ? "*" : "\(key).*"
                if kinds[direct] != nil { key = direct }
                else if kinds[wildcard] != nil { key = wildcard }
                else { return nil }
            case .index, .each:
                guard kinds[key] == .list else { return nil }
                key += "[]"
            }
        }
        return kinds[key]
    }

    public func kind(of path: String) -> FieldKind? { FieldPath(path).flatMap { kind(of: $0) } }

    /// Whether the model has a field at `path`.
    public func contains(_ path: String) -> Bool { kind(of: path) != nil }

    /// The field paths directly below `path` (for suggestions when a rulebook names a wrong one).
    public func children(of path: String) -> [String] {
        let prefix = path.isEmpty ? "" : path + "."
        return kinds.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains(".") && !$0.dropFirst(prefix.count).isEmpty && !$0.hasSuffix("[]") }
            .sorted()
    }
}

// MARK: Probe

private final class SchemaRecorder {
    var kinds: [String: FieldKind] = [:]
    var optional: Set<String> = []
    func record(_ path: String, _ kind: FieldKind) {
        if kinds[path] == nil || kinds[path] == .object { kinds[path] = kind }
    }
}

private struct ProbeError: Error {}

private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

private func caseValues<C: CaseIterable>(_ type: C.Type) -> (first: Any?, raw: [String]) {
    let all = Array(type.allCases)
    return (all.first, all.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String })
}

/// Decodes a value of any Decodable type from nothing, taking every optional and one element of
/// every list, and records the path and kind of every field it is asked for.
private func probe<T: Decodable>(_ type: T.Type, recorder: SchemaRecorder, path: String, depth: Int) throws -> T {
    if T.self == CalendarDate.self, let d = CalendarDate(year: 2000, month: 1, day: 1) as? T {
        recorder.record(path, .date); return d
    }
    if T.self == Rupiah.self, let r = Rupiah.zero as? T { recorder.record(path, .money); return r }
    if let cases = T.self as? any CaseIterable.Type {
        let (first, raw) = caseValues(cases)
        if let value = first as? T { recorder.record(path, .choice(raw)); return value }
    }
    guard depth < 40 else { throw ProbeError() }
    return try T(from: ProbeDecoder(recorder: recorder, path: path, depth: depth + 1))
}

private struct ProbeDecoder: Decoder {
    let recorder: SchemaRecorder
    let path: String
    let depth: Int
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        // A dictionary's keys accept any string; a struct's CodingKeys refuse "*".
        recorder.record(path, Key(stringValue: "*") != nil ? .map : .object)
        return KeyedDecodingContainer(ProbeKeyed<Key>(recorder: recorder, path: path, depth: depth))
    }
    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        recorder.record(path, .list)
        return ProbeUnkeyed(recorder: recorder, path: path + "[]", depth: depth)
    }
    func singleValueContainer() throws -> SingleValueDecodingContainer {
        ProbeSingle(recorder: recorder, path: path, depth: depth)
    }
}

private struct ProbeKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let recorder: SchemaRecorder
    let path: String
    let depth: Int
    var codingPath: [CodingKey] { [] }
    var allKeys: [Key] { [Key(stringValue: "*")].compactMap { $0 } }
    // Only optional fields are asked for with `contains` / `decodeNil` (decodeIfPresent).
    func contains(_ key: Key) -> Bool { recorder.optional.insert(join(path, key.stringValue)); return true }
    func decodeNil(forKey key: Key) throws -> Bool { recorder.optional.insert(join(path, key.stringValue)); return false }
    private func leaf<T>(_ key: Key, _ kind: FieldKind, _ value: T) -> T { recorder.record(join(path, key.stringValue), kind); return value }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { leaf(key, .bool, false) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { leaf(key, .text, "") }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { leaf(key, .number, 0) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { leaf(key, .number, 0) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { leaf(key, .integer, 0) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { leaf(key, .integer, 0) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { leaf(key, .integer, 0) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { leaf(key, .integer, 0) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { leaf(key, .integer, 0) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { leaf(key, .integer, 0) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { leaf(key, .integer, 0) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { leaf(key, .integer, 0) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { leaf(key, .integer, 0) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { leaf(key, .integer, 0) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try probe(T.self, recorder: recorder, path: join(path, key.stringValue), depth: depth)
    }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ProbeDecoder(recorder: recorder, path: join(path, key.stringValue), depth: depth + 1).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try ProbeDecoder(recorder: recorder, path: join(path, key.stringValue), depth: depth + 1).unkeyedContainer()
    }
    func superDecoder() throws -> Decoder { ProbeDecoder(recorder: recorder, path: path, depth: depth + 1) }
    func superDecoder(forKey key: Key) throws -> Decoder { ProbeDecoder(recorder: recorder, path: join(path, key.stringValue), depth: depth + 1) }
}

private struct ProbeUnkeyed: UnkeyedDecodingContainer {
    let recorder: SchemaRecorder
    /// The element path ("parties[]").
    let path: String
    let depth: Int
    var codingPath: [CodingKey] { [] }
    var count: Int? { 1 }
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= 1 }

    init(recorder: SchemaRecorder, path: String, depth: Int) { self.recorder = recorder; self.path = path; self.depth = depth }

    mutating func decodeNil() throws -> Bool { false }
    private mutating func leaf<T>(_ kind: FieldKind, _ value: T) -> T { recorder.record(path, kind); currentIndex += 1; return value }
    mutating func decode(_ type: Bool.Type) throws -> Bool { leaf(.bool, false) }
    mutating func decode(_ type: String.Type) throws -> String { leaf(.text, "") }
    mutating func decode(_ type: Double.Type) throws -> Double { leaf(.number, 0) }
    mutating func decode(_ type: Float.Type) throws -> Float { leaf(.number, 0) }
    mutating func decode(_ type: Int.Type) throws -> Int { leaf(.integer, 0) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { leaf(.integer, 0) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { leaf(.integer, 0) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { leaf(.integer, 0) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { leaf(.integer, 0) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { leaf(.integer, 0) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { leaf(.integer, 0) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { leaf(.integer, 0) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { leaf(.integer, 0) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { leaf(.integer, 0) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        return try probe(T.self, recorder: recorder, path: path, depth: depth)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return try ProbeDecoder(recorder: recorder, path: path, depth: depth + 1).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        currentIndex += 1
        return try ProbeDecoder(recorder: recorder, path: path, depth: depth + 1).unkeyedContainer()
    }
    mutating func superDecoder() throws -> Decoder { ProbeDecoder(recorder: recorder, path: path, depth: depth + 1) }
}

private struct ProbeSingle: SingleValueDecodingContainer {
    let recorder: SchemaRecorder
    let path: String
    let depth: Int
    var codingPath: [CodingKey] { [] }
    func decodeNil() -> Bool { false }
    private func leaf<T>(_ kind: FieldKind, _ value: T) -> T { recorder.record(path, kind); return value }
    func decode(_ type: Bool.Type) throws -> Bool { leaf(.bool, false) }
    func decode(_ type: String.Type) throws -> String { leaf(.text, "") }
    func decode(_ type: Double.Type) throws -> Double { leaf(.number, 0) }
    func decode(_ type: Float.Type) throws -> Float { leaf(.number, 0) }
    func decode(_ type: Int.Type) throws -> Int { leaf(.integer, 0) }
    func decode(_ type: Int8.Type) throws -> Int8 { leaf(.integer, 0) }
    func decode(_ type: Int16.Type) throws -> Int16 { leaf(.integer, 0) }
    func decode(_ type: Int32.Type) throws -> Int32 { leaf(.integer, 0) }
    func decode(_ type: Int64.Type) throws -> Int64 { leaf(.integer, 0) }
    func decode(_ type: UInt.Type) throws -> UInt { leaf(.integer, 0) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { leaf(.integer, 0) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { leaf(.integer, 0) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { leaf(.integer, 0) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { leaf(.integer, 0) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try probe(T.self, recorder: recorder, path: path, depth: depth) }
}
