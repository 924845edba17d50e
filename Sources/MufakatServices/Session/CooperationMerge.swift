import Foundation
import MufakatDomain
import MufakatStore

/// Penggabungan per isian: a three-way merge of two versions of one cooperation saved from the
/// same base (a save conflict in the screens, a conflict left by a sync). It compares base, mine
/// and theirs answer by answer:
/// - an answer only one side changed takes that side's value (an answer the officer never touched
///   keeps the other side's change);
/// - an answer both sides changed to different values is a `Conflict`, decided per field by
///   `choices` (mine when not given).
/// Objects are compared key by key, lists row by row when all three have the same rows; a list
/// whose length changed on both sides is one answer. Pure: no I/O.
public enum CooperationMerge {
    public enum Side: String, Sendable, Codable, Equatable { case mine, theirs }

    /// One answer changed on both sides.
    public struct Conflict: Sendable, Equatable {
        /// "proposal.background", "financing.lines[1].amount" (as `CooperationDiff` names them).
        public var path: String
        public var base: String
        public var mine: String
        public var theirs: String
    }

    public struct Result: Sendable, Equatable {
        /// The merged cooperation (conflicts decided by the choices, else mine).
        public var cooperation: Cooperation
        /// Answers both changed: the officer's question.
        public var conflicts: [Conflict]
        /// Answers only they changed: taken from theirs.
        public var takenFromTheirs: [String]
        /// Answers only I changed: kept from mine.
        public var keptFromMine: [String]
    }

    public enum MergeError: Error, CustomStringConvertible {
        case unreadable(String)
        public var description: String {
            switch self { case .unreadable(let why): ServiceText.current.session.mergeUnreadable(why) }
        }
    }

    /// Merges `mine` and `theirs` from `base` (nil when the base is unknown: every answer the two
    /// differ in is then a conflict).
    public static func merge(base: Cooperation?, mine: Cooperation, theirs: Cooperation,
                             choices: [String: Side] = [:]) throws(MergeError) -> Result {
        let b = try base.map { c throws(MergeError) in try tree(c) }
        let m = try tree(mine), t = try tree(theirs)
        var walk = Walk(choices: choices)
        let merged = walk.merge(b, known: b != nil, m, t, path: "")
        let cooperation: Cooperation
        do {
            let data = try JSONEncoder().encode(merged ?? .object([:]))
            cooperation = try JSONDecoder().decode(Cooperation.self, from: data)
        } catch {
            throw .unreadable("\(error)")
        }
        return Result(cooperation: cooperation, conflicts: walk.conflicts, takenFromTheirs: walk.theirs, keptFromMine: walk.mine)
    }

    static func tree(_ c: Cooperation) throws(MergeError) -> JSONValue {
        do { return try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(c)) } catch { throw .unreadable("\(error)") }
    }

    struct Walk {
        let choices: [String: Side]
        var conflicts: [Conflict] = []
        var theirs: [String] = []
        var mine: [String] = []

        /// `known`: whether `base` is the base (absent when nil) or the base is unknown.
        mutating func merge(_ base: JSONValue?, known: Bool, _ m: JSONValue?, _ t: JSONValue?, path: String) -> JSONValue? {
            if m == t { return m }
            if known {
                if m == base { theirs += CooperationMerge.changedPaths(base, t, path: path); return t }
                if t == base { mine += CooperationMerge.changedPaths(base, m, path: path); return m }
            }
            // Both changed: look inside when the shapes allow it.
            switch (m, t) {
            case let (.object(mo)?, .object(to)?):
                var bo: [String: JSONValue]? = nil
                if case .object(let x)? = base { bo = x }
                let inner = known && bo != nil
                var out: [String: JSONValue] = [:]
                for key in Set(mo.keys).union(to.keys).union(bo.map { Array($0.keys) } ?? []).sorted() {
                    let child = path.isEmpty ? key : "\(path).\(key)"
                    if let v = merge(bo?[key], known: inner, mo[key], to[key], path: child) { out[key] = v }
                }
                return .object(out)
            case let (.array(ma)?, .array(ta)?) where ma.count == ta.count:
                var ba: [JSONValue]? = nil
                if case .array(let x)? = base, x.count == ma.count { ba = x }
                if known && ba == nil { break }
                return .array(ma.indices.map { i in merge(ba?[i], known: ba != nil, ma[i], ta[i], path: "\(path)[\(i)]") ?? .null })
            default:
                break
            }
            conflicts.append(Conflict(path: path, base: known ? CooperationMerge.display(base) : ServiceText.current.session.unknown,
                                      mine: CooperationMerge.display(m), theirs: CooperationMerge.display(t)))
            return choices[path] == .theirs ? t : m
        }

    }

    /// The paths of the answers that differ between `a` and `b`, as deep as both have the same shape.
    static func changedPaths(_ a: JSONValue?, _ b: JSONValue?, path: String) -> [String] {
        if a == b { return [] }
        switch (a, b) {
        case let (.object(x)?, .object(y)?):
            return Set(x.keys).union(y.keys).sorted().flatMap { k in changedPaths(x[k], y[k], path: path.isEmpty ? k : "\(path).\(k)") }
        case let (.array(x)?, .array(y)?) where x.count == y.count:
            return x.indices.flatMap { i in changedPaths(x[i], y[i], path: "\(path)[\(i)]") }
        default:
            return [path.isEmpty ? "(seluruhnya)" : path]
        }
    }

    /// A short text of an answer for the question ("(kosong)", "ya", "3 baris"), in the
    /// interface language.
    public static func display(_ value: JSONValue?) -> String {
        let t = ServiceText.current.session
        guard let value else { return t.valueEmpty }
        switch value {
        case .null: return t.valueEmpty
        case .bool(let b): return b ? t.valueYes : t.valueNo
        case .int(let i): return String(i)
        case .double(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .string(let s): return s.isEmpty ? t.valueEmpty : s
        case .array(let a): return a.isEmpty ? t.valueEmpty : t.valueRows(a.count)
        case .object(let o):
            let parts = o.keys.sorted().compactMap { k -> String? in
                if case .string(let s)? = o[k], !s.isEmpty { return s }
                return nil
            }
            return parts.isEmpty ? t.valueFields(o.count) : parts.prefix(3).joined(separator: " · ")
        }
    }
}
