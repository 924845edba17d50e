import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// Perbedaan: which answers differ between two versions of a cooperation, by field path, so a
/// conflict dialog can show what would be kept or taken.
public struct FieldDifference: Sendable, Hashable {
    public var path: String
    public var mine: String
    public var theirs: String
}

public enum CooperationDiff {
    /// Differences in field-path order ("proposal.background", "parties[1].name").
    public static func differences(mine: Cooperation, theirs: Cooperation) -> [FieldDifference] {
        let a = flatten(mine), b = flatten(theirs)
        let keys = Set(a.keys).union(b.keys).sorted()
        return keys.compactMap { key in
            let x = a[key] ?? txt.empty, y = b[key] ?? txt.empty
            return x == y ? nil : FieldDifference(path: key, mine: x, theirs: y)
        }
    }

    static func flatten(_ c: Cooperation) -> [String: String] {
        guard let data = try? JSONEncoder().encode(c), let json = try? JSONDecoder().decode(JSONTree.self, from: data) else { return [:] }
        var out: [String: String] = [:]
        func walk(_ value: JSONTree, _ path: String) {
            switch value {
            case .object(let dict):
                for (k, v) in dict { walk(v, path.isEmpty ? k : "\(path).\(k)") }
            case .array(let array):
                for (i, v) in array.enumerated() { walk(v, "\(path)[\(i)]") }
            case .null: return
            case .string(let s): if !s.isEmpty { out[path] = s }
            case .bool(let b): out[path] = b ? txt.yes : txt.no
            case .number(let n): out[path] = n
            }
        }
        walk(json, "")
        return out
    }
}

/// Any JSON value, decoded strictly (a number is never taken for a boolean).
indirect enum JSONTree: Decodable {
    case object([String: JSONTree]), array([JSONTree]), string(String), number(String), bool(Bool), null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .number(String(i)) }
        else if let d = try? c.decode(Double.self) { self = .number(String(d)) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONTree].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONTree].self)) }
    }
}

/// The dialogs' words in the language in use.
private var txt: Catalogue<DialogsText> { AppText.current.dialogs }
