/// An `Encoder` that builds a `FieldTree`: the shape `JSONEncoder` would write (keyed containers
/// as objects, unkeyed as arrays, nil as null, a value that asks for no container as an empty
/// object), and like it refuses a number JSON cannot hold (NaN, infinity).
///
/// Given a `Reach`, it leaves out every value no path of it can get to (issue 19: the workflow
/// encoded the whole cooperation to look at its required fields, a tenth of a DOCX export).
/// Whatever a path reaches, and everything below where a path ends, is as before; a list on
/// the way keeps its length. A left-out value is not encoded at all, so a number JSON cannot
/// hold in it is not refused (a cooperation has none).
struct FieldTreeEncoder {
    static func tree<T: Encodable>(of value: T, reach: FieldTree.Reach? = nil) throws -> FieldTree {
        let node = Node()
        try value.encode(to: NodeEncoder(node: node, codingPath: [], reach: reach))
        return node.tree
    }

    /// A value being encoded; containers fill it after they are handed out.
    final class Node {
        enum Kind { case unset, leaf, object, array }
        private var kind = Kind.unset
        private var leaf = FieldTree.null
        private var object: [String: Node] = [:]
        private var array: [Node] = []

        var count: Int { kind == .array ? array.count : 0 }

        var tree: FieldTree {
            switch kind {
            case .unset: .object([:])
            case .leaf: leaf
            case .object: .object(object.mapValues(\.tree))
            case .array: .array(array.map(\.tree))
            }
        }

        func set(_ value: FieldTree) { kind = .leaf; leaf = value }

        func objectChild(_ key: String) -> Node {
            makeObject()
            let child = Node()
            object[key] = child
            return child
        }

        func arrayChild() -> Node {
            makeArray()
            let child = Node()
            array.append(child)
            return child
        }

        func makeObject() { if kind != .object { kind = .object; object = [:] } }
        func makeArray() { if kind != .array { kind = .array; array = [] } }
    }

    struct IndexKey: CodingKey {
        let intValue: Int?
        let stringValue: String
        init(_ i: Int) { intValue = i; stringValue = "Index \(i)" }
        init?(intValue: Int) { self.init(intValue) }
        init?(stringValue: String) { return nil }
    }

    struct NodeEncoder: Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        /// What below `node` is wanted; nil for everything.
        let reach: FieldTree.Reach?
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.makeObject()
            return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath, reach: reach))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.makeArray()
            return Unkeyed(node: node, codingPath: codingPath, reach: reach)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node, codingPath: codingPath, reach: reach) }
    }

    static func leaf<T: Encodable>(_ value: T, into node: Node, codingPath: [any CodingKey], reach: FieldTree.Reach?) throws {
        switch value {
        case let s as String: node.set(.string(s))
        case let d as Double where !d.isFinite: throw nonFinite(d, codingPath)
        case let f as Float where !f.isFinite: throw nonFinite(f, codingPath)
        default: try value.encode(to: NodeEncoder(node: node, codingPath: codingPath, reach: reach))
        }
    }

    static func nonFinite(_ value: Any, _ codingPath: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "bilangan tidak terhingga"))
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]
        let reach: FieldTree.Reach?

        /// The child for `key` and what is wanted below it; nil when no path gets there.
        func child(_ key: Key) -> (node: Node, reach: FieldTree.Reach?)? { child(named: key.stringValue) }

        private func child(named name: String) -> (node: Node, reach: FieldTree.Reach?)? {
            guard let reach else { return (node.objectChild(name), nil) }
            guard let below = reach.below(key: name) else { return nil }
            return (node.objectChild(name), below.everything ? nil : below)
        }

        /// Out of reach, a container or encoder writes into a node nothing holds.
        private static var nowhere: (node: Node, reach: FieldTree.Reach?) { (Node(), FieldTree.Reach()) }

        mutating func encodeNil(forKey key: Key) throws { child(key)?.node.set(.null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { child(key)?.node.set(.scalar) }
        mutating func encode(_ value: String, forKey key: Key) throws { child(key)?.node.set(.string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            guard let c = child(key) else { return }
            guard value.isFinite else { throw nonFinite(value, codingPath + [key]) }
            c.node.set(.scalar)
        }
        mutating func encode(_ value: Float, forKey key: Key) throws {
            guard let c = child(key) else { return }
            guard value.isFinite else { throw nonFinite(value, codingPath + [key]) }
            c.node.set(.scalar)
        }
        mutating func encode(_ value: Int, forKey key: Key) throws { child(key)?.node.set(.scalar) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { child(key)?.node.set(.scalar) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            guard let c = child(key) else { return }
            try leaf(value, into: c.node, codingPath: codingPath + [key], reach: c.reach)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let c = child(key) ?? Self.nowhere
            c.node.makeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(node: c.node, codingPath: codingPath + [key], reach: c.reach))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let c = child(key) ?? Self.nowhere
            c.node.makeArray()
            return Unkeyed(node: c.node, codingPath: codingPath + [key], reach: c.reach)
        }
        mutating func superEncoder() -> any Encoder {
            let c = child(named: "super") ?? Self.nowhere
            return NodeEncoder(node: c.node, codingPath: codingPath, reach: c.reach)
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let c = child(key) ?? Self.nowhere
            return NodeEncoder(node: c.node, codingPath: codingPath + [key], reach: c.reach)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        let reach: FieldTree.Reach?
        var count: Int { node.count }

        /// The next element and what is wanted in it. A list keeps every element, so that its
        /// length and positions stay; an element no path enters is left null.
        func next() -> (node: Node, reach: FieldTree.Reach?, wanted: Bool) {
            let child = node.arrayChild()
            guard let reach else { return (child, nil, true) }
            guard let below = reach.elements else { return (child, FieldTree.Reach(), false) }
            return (child, below.everything ? nil : below, true)
        }

        mutating func encodeNil() throws { next().node.set(.null) }
        mutating func encode(_ value: Bool) throws { next().node.set(.scalar) }
        mutating func encode(_ value: String) throws {
            let n = next()
            n.node.set(n.wanted ? .string(value) : .null)
        }
        mutating func encode(_ value: Int) throws { next().node.set(.scalar) }
        mutating func encode(_ value: Double) throws {
            let n = next()
            guard n.wanted else { n.node.set(.null); return }
            guard value.isFinite else { throw nonFinite(value, codingPath + [IndexKey(count - 1)]) }
            n.node.set(.scalar)
        }
        mutating func encode<T: Encodable>(_ value: T) throws {
            let key = IndexKey(count)
            let n = next()
            guard n.wanted else { n.node.set(.null); return }
            try leaf(value, into: n.node, codingPath: codingPath + [key], reach: n.reach)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let key = IndexKey(count)
            let n = next()
            n.node.makeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(node: n.node, codingPath: codingPath + [key], reach: n.reach))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let key = IndexKey(count)
            let n = next()
            n.node.makeArray()
            return Unkeyed(node: n.node, codingPath: codingPath + [key], reach: n.reach)
        }
        mutating func superEncoder() -> any Encoder {
            let key = IndexKey(count)
            let n = next()
            return NodeEncoder(node: n.node, codingPath: codingPath + [key], reach: n.reach)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        let reach: FieldTree.Reach?

        mutating func encodeNil() throws { node.set(.null) }
        mutating func encode(_ value: Bool) throws { node.set(.scalar) }
        mutating func encode(_ value: String) throws { node.set(.string(value)) }
        mutating func encode(_ value: Int) throws { node.set(.scalar) }
        mutating func encode(_ value: Int64) throws { node.set(.scalar) }
        mutating func encode(_ value: Int8) throws { node.set(.scalar) }
        mutating func encode(_ value: Int16) throws { node.set(.scalar) }
        mutating func encode(_ value: Int32) throws { node.set(.scalar) }
        mutating func encode(_ value: UInt) throws { node.set(.scalar) }
        mutating func encode(_ value: UInt8) throws { node.set(.scalar) }
        mutating func encode(_ value: UInt16) throws { node.set(.scalar) }
        mutating func encode(_ value: UInt32) throws { node.set(.scalar) }
        mutating func encode(_ value: UInt64) throws { node.set(.scalar) }
        mutating func encode(_ value: Double) throws {
            guard value.isFinite else { throw nonFinite(value, codingPath) }
            node.set(.scalar)
        }
        mutating func encode(_ value: Float) throws {
            guard value.isFinite else { throw nonFinite(value, codingPath) }
            node.set(.scalar)
        }
        mutating func encode<T: Encodable>(_ value: T) throws { try leaf(value, into: node, codingPath: codingPath, reach: reach) }
    }
}
