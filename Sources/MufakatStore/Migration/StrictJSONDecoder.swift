import Foundation

/// Pembaca JSON ketat: a faster `Decoder` for the store's own revision files, used before
/// Foundation's `JSONDecoder` and never instead of it.
///
/// It reads a strict subset of JSON (the one `StoreJSON` writes): UTF-8 without a byte-order
/// mark, integers without fraction or exponent, no duplicate keys, dates only as
/// "YYYY-MM-DDTHH:MM:SSZ", and no `Double`, `Float`, `Data`, `URL` or `Decimal` values. For any
/// input it does not take, or any value a type refuses, it throws `Unsupported` and the caller
/// decodes the same bytes with `JSONDecoder` — which then gives the value or the error message
/// it always gave. Whatever it does take decodes to the value `JSONDecoder` gives
/// (`StrictJSONDecoderTests` compares both on demo stores and on damaged copies).
///
/// Why: `check-store` decodes every revision, and `JSONDecoder` builds a dictionary of `String`
/// keys for each object it opens; this one scans the bytes once into a flat list of values and
/// finds a key by comparing its bytes (issue 19).
public enum StrictJSONDecoder {
    /// The input or a value is outside what this decoder reads; decode with `JSONDecoder`.
    struct Unsupported: Error {}

    /// Decodes `T` from `data`; throws `Unsupported` (or a type's own error) when it cannot.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let tree = try Tree(data)
        return try T(from: Reader(tree: tree, node: 0))
    }

    /// Decodes `T` from `bytes` as `decode(_:from:)` does, without copying them first.
    public static func decode<T: Decodable>(_ type: T.Type, fromBytes bytes: [UInt8]) throws -> T {
        let tree = try Tree(bytes: bytes)
        return try T(from: Reader(tree: tree, node: 0))
    }

    /// One JSON value: its kind, its bytes (a string's without quotes) and, for an object or an
    /// array, its number of members and the index of the node after its last member.
    struct Node {
        enum Kind: UInt8 { case object, array, string, escapedString, number, bool, null }
        var kind: Kind
        var start: Int32
        var end: Int32
        var count: Int32 = 0
        var next: Int32 = 0
    }

    /// The bytes and their values in document order (an object's members as key, value, key…).
    final class Tree {
        let bytes: [UInt8]
        let nodes: [Node]

        convenience init(_ data: Data) throws {
            // Copied as one block: `[UInt8](data)` walks `Data`'s iterator byte by byte (issue 19).
            try self.init(bytes: data.withUnsafeBytes { Array($0.bindMemory(to: UInt8.self)) })
        }

        init(bytes: [UInt8]) throws {
            var parser = Parser(bytes: bytes)
            try parser.run()
            self.bytes = parser.bytes
            nodes = parser.nodes
        }

        /// The value node of `key` in the object at `object`, nil when absent.
        func member(_ object: Int, _ key: String) -> Int? {
            let count = Int(nodes[object].count)
            var k = object + 1
            var key = key
            return key.withUTF8 { want -> Int? in
                bytes.withUnsafeBufferPointer { p -> Int? in
                    for _ in 0..<count {
                        let n = nodes[k]
                        if Int(n.end - n.start) == want.count,
                           want.count == 0 || memcmp(p.baseAddress! + Int(n.start), want.baseAddress!, want.count) == 0 {
                            return k + 1
                        }
                        k = Int(nodes[k + 1].next)
                    }
                    return nil
                }
            }
        }

        func string(_ node: Int) throws -> String {
            let n = nodes[node]
            switch n.kind {
            case .string:
                guard let s = String(validating: bytes[Int(n.start)..<Int(n.end)], as: UTF8.self) else { throw Unsupported() }
                return s
            case .escapedString:
                return try unescaped(Int(n.start), Int(n.end))
            default:
                throw Unsupported()
            }
        }

        private func unescaped(_ start: Int, _ end: Int) throws -> String {
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var i = start
            while i < end {
                let c = bytes[i]
                guard c == UInt8(ascii: "\\") else { out.append(c); i += 1; continue }
                guard let next = JSONScan.unescape(bytes, at: i, end: end, into: &out) else { throw Unsupported() }
                i = next
            }
            guard let s = String(validating: out, as: UTF8.self) else { throw Unsupported() }
            return s
        }

        func integer<I: FixedWidthInteger>(_ node: Int, _ type: I.Type) throws -> I {
            let n = nodes[node]
            guard n.kind == .number else { throw Unsupported() }
            var i = Int(n.start)
            let negative = bytes[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            var v: Int64 = 0
            while i < Int(n.end) { v = v * 10 + Int64(bytes[i] - 0x30); i += 1 }   // at most 18 digits: no overflow
            if negative { v = -v }
            guard let out = I(exactly: v) else { throw Unsupported() }
            return out
        }

        func bool(_ node: Int) throws -> Bool {
            let n = nodes[node]
            guard n.kind == .bool else { throw Unsupported() }
            return bytes[Int(n.start)] == UInt8(ascii: "t")
        }

        /// "YYYY-MM-DDTHH:MM:SSZ" with a real calendar day, years 1900–2999; else Foundation's.
        func date(_ node: Int) throws -> Date {
            let n = nodes[node]
            guard n.kind == .string, n.end - n.start == 20 else { throw Unsupported() }
            let s = Int(n.start)
            func num(_ at: Int, _ len: Int) throws -> Int {
                var v = 0
                for k in (s + at)..<(s + at + len) {
                    let c = bytes[k]
                    guard c >= 0x30, c <= 0x39 else { throw Unsupported() }
                    v = v * 10 + Int(c - 0x30)
                }
                return v
            }
            guard bytes[s + 4] == UInt8(ascii: "-"), bytes[s + 7] == UInt8(ascii: "-"), bytes[s + 10] == UInt8(ascii: "T"),
                  bytes[s + 13] == UInt8(ascii: ":"), bytes[s + 16] == UInt8(ascii: ":"), bytes[s + 19] == UInt8(ascii: "Z") else { throw Unsupported() }
            let year = try num(0, 4), month = try num(5, 2), day = try num(8, 2)
            let hour = try num(11, 2), minute = try num(14, 2), second = try num(17, 2)
            guard (1900...2999).contains(year), (1...12).contains(month), day >= 1, hour < 24, minute < 60, second < 60 else { throw Unsupported() }
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard day <= monthDays[month - 1] else { throw Unsupported() }
            // Days since 1970-01-01 (proleptic Gregorian), as `CalendarDate.dayNumber`.
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            let days = era * 146097 + doe - 719468
            return Date(timeIntervalSince1970: Double(days * 86400 + hour * 3600 + minute * 60 + second))
        }

        /// `T` from `node`: the scalars and `Date` here, other types through their `init(from:)`.
        func value<T: Decodable>(_ type: T.Type, _ node: Int) throws -> T {
            if T.self == String.self { return try string(node) as! T }
            if T.self == Int.self { return try integer(node, Int.self) as! T }
            if T.self == Bool.self { return try bool(node) as! T }
            if T.self == Date.self { return try date(node) as! T }
            if T.self == Int64.self { return try integer(node, Int64.self) as! T }
            // Foundation decodes these its own way (or from non-integer numbers): leave them to it.
            if T.self == Double.self || T.self == Float.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
                throw Unsupported()
            }
            return try T(from: Reader(tree: self, node: node))
        }
    }

    /// Scans the bytes once into `nodes`, refusing what is not strict JSON.
    struct Parser {
        let bytes: [UInt8]
        var nodes: [Node] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() throws {
            guard bytes.count < Int(Int32.max) else { throw Unsupported() }
            nodes.reserveCapacity(bytes.count / 16)
            var i = 0
            let bytes = self.bytes
            try bytes.withUnsafeBufferPointer { b in
                i = skipSpace(b, 0)
                try parseValue(b, &i, depth: 0)
                i = skipSpace(b, i)
            }
            guard i == bytes.count else { throw Unsupported() }
        }

        private func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
            var i = start
            while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
            return i
        }

        private mutating func parseValue(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, depth: Int) throws {
            guard i < b.count, depth < 256 else { throw Unsupported() }
            switch b[i] {
            case UInt8(ascii: "{"):
                let me = nodes.count
                nodes.append(Node(kind: .object, start: Int32(i), end: 0))
                i = skipSpace(b, i + 1)
                var count: Int32 = 0
                if i < b.count, b[i] == UInt8(ascii: "}") {
                    i += 1
                } else {
                    while true {
                        guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw Unsupported() }
                        try parseString(b, &i)
                        try checkKey(b, nodes[nodes.count - 1])
                        i = skipSpace(b, i)
                        guard i < b.count, b[i] == UInt8(ascii: ":") else { throw Unsupported() }
                        i = skipSpace(b, i + 1)
                        try parseValue(b, &i, depth: depth + 1)
                        count += 1
                        i = skipSpace(b, i)
                        guard i < b.count else { throw Unsupported() }
                        if b[i] == UInt8(ascii: ",") { i = skipSpace(b, i + 1); continue }
                        guard b[i] == UInt8(ascii: "}") else { throw Unsupported() }
                        i += 1
                        break
                    }
                }
                nodes[me].count = count
                nodes[me].end = Int32(i)
                nodes[me].next = Int32(nodes.count)
                try checkUniqueKeys(me)
            case UInt8(ascii: "["):
                let me = nodes.count
                nodes.append(Node(kind: .array, start: Int32(i), end: 0))
                i = skipSpace(b, i + 1)
                var count: Int32 = 0
                if i < b.count, b[i] == UInt8(ascii: "]") {
                    i += 1
                } else {
                    while true {
                        try parseValue(b, &i, depth: depth + 1)
                        count += 1
                        i = skipSpace(b, i)
                        guard i < b.count else { throw Unsupported() }
                        if b[i] == UInt8(ascii: ",") { i = skipSpace(b, i + 1); continue }
                        guard b[i] == UInt8(ascii: "]") else { throw Unsupported() }
                        i += 1
                        break
                    }
                }
                nodes[me].count = count
                nodes[me].end = Int32(i)
                nodes[me].next = Int32(nodes.count)
            case UInt8(ascii: "\""):
                try parseString(b, &i)
            case UInt8(ascii: "t"): try literal(b, &i, "true", .bool)
            case UInt8(ascii: "f"): try literal(b, &i, "false", .bool)
            case UInt8(ascii: "n"): try literal(b, &i, "null", .null)
            default:
                // An integer: -?(0|[1-9][0-9]*), at most 18 digits; anything else is Foundation's.
                let start = i
                if b[i] == UInt8(ascii: "-") { i += 1 }
                let digits = i
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
                let n = i - digits
                guard n >= 1, n <= 18, n == 1 || b[digits] != 0x30 else { throw Unsupported() }
                if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") { throw Unsupported() }
                nodes.append(Node(kind: .number, start: Int32(start), end: Int32(i), next: Int32(nodes.count + 1)))
            }
        }

        private mutating func literal(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ word: StaticString, _ kind: Node.Kind) throws {
            let n = word.utf8CodeUnitCount
            guard i + n <= b.count else { throw Unsupported() }
            for k in 0..<n where b[i + k] != word.utf8Start[k] { throw Unsupported() }
            nodes.append(Node(kind: kind, start: Int32(i), end: Int32(i + n), next: Int32(nodes.count + 1)))
            i += n
        }

        /// A string from its opening quote: the node holds the bytes between the quotes. Control
        /// characters are refused here; UTF-8 and escapes are checked when the string is read.
        private mutating func parseString(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws {
            let start = i + 1
            var j = start
            var escaped = false
            while true {
                guard j < b.count else { throw Unsupported() }
                let c = b[j]
                if c == UInt8(ascii: "\"") { break }
                if c < 0x20 { throw Unsupported() }
                if c == UInt8(ascii: "\\") {
                    escaped = true
                    j += 2
                    continue
                }
                j += 1
            }
            nodes.append(Node(kind: escaped ? .escapedString : .string, start: Int32(start), end: Int32(j), next: Int32(nodes.count + 1)))
            i = j + 1
        }

        /// A key is compared by its bytes and listed by `allKeys` without a chance to throw: it
        /// must be a string without escapes, in valid UTF-8.
        private func checkKey(_ b: UnsafeBufferPointer<UInt8>, _ key: Node) throws {
            guard key.kind == .string else { throw Unsupported() }
            let range = Int(key.start)..<Int(key.end)
            if !b[range].allSatisfy({ $0 < 0x80 }), String(validating: b[range], as: UTF8.self) == nil { throw Unsupported() }
        }

        /// Foundation's reading of an object with a key twice is not this decoder's to guess.
        private func checkUniqueKeys(_ object: Int) throws {
            let count = Int(nodes[object].count)
            guard count > 1 else { return }
            var keys: [Int] = []
            keys.reserveCapacity(count)
            var k = object + 1
            for _ in 0..<count {
                let key = nodes[k]
                guard key.kind == .string else { throw Unsupported() }
                for other in keys where sameBytes(nodes[other], key) { throw Unsupported() }
                keys.append(k)
                k = Int(nodes[k + 1].next)
            }
        }

        private func sameBytes(_ a: Node, _ b: Node) -> Bool {
            let n = Int(a.end - a.start)
            guard n == Int(b.end - b.start) else { return false }
            return bytes.withUnsafeBufferPointer { p in memcmp(p.baseAddress! + Int(a.start), p.baseAddress! + Int(b.start), n) == 0 }
        }
    }

    /// The `Decoder` at one node; small enough to travel in an existential without allocating.
    struct Reader: Decoder {
        let tree: Tree
        let node: Int
        var codingPath: [CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard tree.nodes[node].kind == .object else { throw Unsupported() }
            return KeyedDecodingContainer(Keyed<Key>(tree: tree, node: node))
        }

        func unkeyedContainer() throws -> UnkeyedDecodingContainer {
            guard tree.nodes[node].kind == .array else { throw Unsupported() }
            return Unkeyed(tree: tree, node: node)
        }

        func singleValueContainer() throws -> SingleValueDecodingContainer { Single(tree: tree, node: node) }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let tree: Tree
        let node: Int
        var codingPath: [CodingKey] { [] }

        var allKeys: [Key] {
            var keys: [Key] = []
            var k = node + 1
            for _ in 0..<Int(tree.nodes[node].count) {
                // (Every key was checked while parsing: `string` cannot fail here.)
                if let s = try? tree.string(k), let key = Key(stringValue: s) { keys.append(key) }
                k = Int(tree.nodes[k + 1].next)
            }
            return keys
        }

        func contains(_ key: Key) -> Bool { tree.member(node, key.stringValue) != nil }

        private func at(_ key: Key) throws -> Int {
            guard let v = tree.member(node, key.stringValue) else { throw Unsupported() }
            return v
        }

        func decodeNil(forKey key: Key) throws -> Bool { tree.nodes[try at(key)].kind == .null }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let v = try at(key)
            guard tree.nodes[v].kind != .null else { throw Unsupported() }
            return try tree.value(T.self, v)
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let v = tree.member(node, key.stringValue), tree.nodes[v].kind != .null else { return nil }
            return try tree.value(T.self, v)
        }

        func decode(_ type: String.Type, forKey key: Key) throws -> String { try tree.string(at(key)) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try tree.bool(at(key)) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { throw Unsupported() }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw Unsupported() }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try tree.integer(at(key), Int.self) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try tree.integer(at(key), Int8.self) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try tree.integer(at(key), Int16.self) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try tree.integer(at(key), Int32.self) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try tree.integer(at(key), Int64.self) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try tree.integer(at(key), UInt.self) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try tree.integer(at(key), UInt8.self) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try tree.integer(at(key), UInt16.self) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try tree.integer(at(key), UInt32.self) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try tree.integer(at(key), UInt64.self) }

        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            guard let v = tree.member(node, key.stringValue), tree.nodes[v].kind != .null else { return nil }
            return try tree.string(v)
        }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            guard let v = tree.member(node, key.stringValue), tree.nodes[v].kind != .null else { return nil }
            return try tree.integer(v, Int.self)
        }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            guard let v = tree.member(node, key.stringValue), tree.nodes[v].kind != .null else { return nil }
            return try tree.bool(v)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try Reader(tree: tree, node: at(key)).container(keyedBy: NestedKey.self)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            try Reader(tree: tree, node: at(key)).unkeyedContainer()
        }

        func superDecoder() throws -> Decoder { throw Unsupported() }
        func superDecoder(forKey key: Key) throws -> Decoder { throw Unsupported() }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let tree: Tree
        let node: Int
        var codingPath: [CodingKey] { [] }
        var count: Int? { Int(tree.nodes[node].count) }
        var currentIndex = 0
        /// The node of the member at `currentIndex`.
        private var position: Int

        init(tree: Tree, node: Int) {
            self.tree = tree; self.node = node; position = node + 1
        }

        var isAtEnd: Bool { currentIndex >= Int(tree.nodes[node].count) }

        private mutating func take() throws -> Int {
            guard !isAtEnd else { throw Unsupported() }
            let v = position
            position = Int(tree.nodes[v].next)
            currentIndex += 1
            return v
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { throw Unsupported() }
            if tree.nodes[position].kind == .null { _ = try take(); return true }
            return false
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            guard !isAtEnd, tree.nodes[position].kind != .null else { throw Unsupported() }
            // The position moves on only once the member is read (as Foundation's does).
            let v = try tree.value(T.self, position)
            _ = try take()
            return v
        }

        mutating func decode(_ type: String.Type) throws -> String { try decode(String.self as Any.Type, String.self) }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try decode(Bool.self as Any.Type, Bool.self) }
        mutating func decode(_ type: Double.Type) throws -> Double { throw Unsupported() }
        mutating func decode(_ type: Float.Type) throws -> Float { throw Unsupported() }
        mutating func decode(_ type: Int.Type) throws -> Int { try decode(Int.self as Any.Type, Int.self) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try decode(Int8.self as Any.Type, Int8.self) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try decode(Int16.self as Any.Type, Int16.self) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try decode(Int32.self as Any.Type, Int32.self) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try decode(Int64.self as Any.Type, Int64.self) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try decode(UInt.self as Any.Type, UInt.self) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decode(UInt8.self as Any.Type, UInt8.self) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decode(UInt16.self as Any.Type, UInt16.self) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decode(UInt32.self as Any.Type, UInt32.self) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decode(UInt64.self as Any.Type, UInt64.self) }

        /// A scalar member through `Tree.value` (the label keeps it apart from `decode(_:)`).
        private mutating func decode<T: Decodable>(_ marker: Any.Type, _ type: T.Type) throws -> T {
            guard !isAtEnd, tree.nodes[position].kind != .null else { throw Unsupported() }
            let v = try tree.value(T.self, position)
            _ = try take()
            return v
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            guard !isAtEnd else { throw Unsupported() }
            let c = try Reader(tree: tree, node: position).container(keyedBy: NestedKey.self)
            _ = try take()
            return c
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            guard !isAtEnd else { throw Unsupported() }
            let c = try Reader(tree: tree, node: position).unkeyedContainer()
            _ = try take()
            return c
        }

        mutating func superDecoder() throws -> Decoder { throw Unsupported() }
    }

    struct Single: SingleValueDecodingContainer {
        let tree: Tree
        let node: Int
        var codingPath: [CodingKey] { [] }

        func decodeNil() -> Bool { tree.nodes[node].kind == .null }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            guard tree.nodes[node].kind != .null else { throw Unsupported() }
            return try tree.value(T.self, node)
        }

        func decode(_ type: String.Type) throws -> String { try tree.string(node) }
        func decode(_ type: Bool.Type) throws -> Bool { try tree.bool(node) }
        func decode(_ type: Double.Type) throws -> Double { throw Unsupported() }
        func decode(_ type: Float.Type) throws -> Float { throw Unsupported() }
        func decode(_ type: Int.Type) throws -> Int { try tree.integer(node, Int.self) }
        func decode(_ type: Int8.Type) throws -> Int8 { try tree.integer(node, Int8.self) }
        func decode(_ type: Int16.Type) throws -> Int16 { try tree.integer(node, Int16.self) }
        func decode(_ type: Int32.Type) throws -> Int32 { try tree.integer(node, Int32.self) }
        func decode(_ type: Int64.Type) throws -> Int64 { try tree.integer(node, Int64.self) }
        func decode(_ type: UInt.Type) throws -> UInt { try tree.integer(node, UInt.self) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try tree.integer(node, UInt8.self) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try tree.integer(node, UInt16.self) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try tree.integer(node, UInt32.self) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try tree.integer(node, UInt64.self) }
    }
}
