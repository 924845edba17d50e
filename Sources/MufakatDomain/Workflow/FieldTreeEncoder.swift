/// An `Encoder` that builds a `FieldTree`: the shape `JSONEncoder` would write (keyed containers
/// as objects, unkeyed as arrays, nil as null, a value that asks for no container as an empty
/// object), and like it refuses a number JSON cannot hold (NaN, infinity).
struct FieldTreeEncoder {
    static func tree<T: Encodable>(of value: T) throws -> FieldTree {
        let node = Node()
        try value.encode(to: NodeEncoder(node: node, codingPath: []))
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
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.makeObject()
            return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.makeArray()
            return Unkeyed(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }
    }

    static func leaf<T: Encodable>(_ value: T, into node: Node, codingPath: [any CodingKey]) throws {
        switch value {
        case let s as String: node.set(.string(s))
        case let d as Double where !d.isFinite: throw nonFinite(d, codingPath)
        case let f as Float where !f.isFinite: throw nonFinite(f, codingPath)
        default: try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
        }
    }

    static func nonFinite(_ value: Any, _ codingPath: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "bilangan tidak terhingga"))
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.objectChild(key.stringValue).set(.null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { node.objectChild(key.stringValue).set(.scalar) }
        mutating func encode(_ value: String, forKey key: Key) throws { node.objectChild(key.stringValue).set(.string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            guard value.isFinite else { throw nonFinite(value, codingPath + [key]) }
            node.objectChild(key.stringValue).set(.scalar)
        }
        mutating func encode(_ value: Float, forKey key: Key) throws {
            guard value.isFinite else { throw nonFinite(value, codingPath + [key]) }
            node.objectChild(key.stringValue).set(.scalar)
        }
        mutating func encode(_ value: Int, forKey key: Key) throws { node.objectChild(key.stringValue).set(.scalar) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { node.objectChild(key.stringValue).set(.scalar) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try leaf(value, into: node.objectChild(key.stringValue), codingPath: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = node.objectChild(key.stringValue)
            child.makeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = node.objectChild(key.stringValue)
            child.makeArray()
            return Unkeyed(node: child, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.objectChild("super"), codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: node.objectChild(key.stringValue), codingPath: codingPath + [key]) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int { node.count }

        mutating func encodeNil() throws { node.arrayChild().set(.null) }
        mutating func encode(_ value: Bool) throws { node.arrayChild().set(.scalar) }
        mutating func encode(_ value: String) throws { node.arrayChild().set(.string(value)) }
        mutating func encode(_ value: Int) throws { node.arrayChild().set(.scalar) }
        mutating func encode(_ value: Double) throws {
            guard value.isFinite else { throw nonFinite(value, codingPath + [IndexKey(count)]) }
            node.arrayChild().set(.scalar)
        }
        mutating func encode<T: Encodable>(_ value: T) throws {
            let key = IndexKey(count)
            try leaf(value, into: node.arrayChild(), codingPath: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let key = IndexKey(count)
            let child = node.arrayChild()
            child.makeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let key = IndexKey(count)
            let child = node.arrayChild()
            child.makeArray()
            return Unkeyed(node: child, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder {
            let key = IndexKey(count)
            return NodeEncoder(node: node.arrayChild(), codingPath: codingPath + [key])
        }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

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
        mutating func encode<T: Encodable>(_ value: T) throws { try leaf(value, into: node, codingPath: codingPath) }
    }
}
