import Foundation

/// The cooperation as the tree of its JSON encoding, typed: what `FieldPath.tree(of:)` gives as
/// dictionaries, arrays and NSNull, built by `FieldTreeEncoder` without writing and reading JSON
/// text and read without dynamic casts (issue 19: the required-field check of the workflow was
/// a tenth of a DOCX export). `FieldPath.isFilled(in:)` answers the same on either form.
public indirect enum FieldTree: Sendable, Equatable {
    case null
    case string(String)
    /// A number or a yes/no.
    case scalar
    case array([FieldTree])
    case object([String: FieldTree])

    /// The tree of `value`'s encoding; an empty object when it cannot be encoded (as the JSON
    /// form gives an empty dictionary then).
    public init<T: Encodable>(encoding value: T) {
        self = (try? FieldTreeEncoder.tree(of: value)) ?? .object([:])
    }

    /// The tree as far as `paths` reach: each of them gives the same values on it as on the
    /// whole tree (`FieldTreeEncoder`), and the rest is never encoded.
    public init<T: Encodable>(encoding value: T, reaching paths: [FieldPath]) {
        let reach = Reach(paths: paths)
        self = (try? FieldTreeEncoder.tree(of: value, reach: reach.everything ? nil : reach)) ?? .object([:])
    }

    /// Jangkauan: the parts of a tree that a set of field paths can get to, as a tree of its
    /// own: keys, any key (`*`), the elements of a list (`[n]`, `[*]`), and where a path ends
    /// (everything below is wanted there). Built once per encoding and only read after.
    final class Reach {
        var everything = false
        var keys: [String: Reach] = [:]
        var anyKey: Reach?
        var elements: Reach?

        init() {}

        init(paths: [FieldPath]) {
            for path in paths { add(path.components[...]) }
        }

        private func add(_ components: ArraySlice<FieldPath.Component>) {
            guard let first = components.first else { everything = true; return }
            let next: Reach
            switch first {
            case .key("*"): next = anyKey ?? Reach(); anyKey = next
            case .key(let k): next = keys[k] ?? Reach(); keys[k] = next
            case .index, .each: next = elements ?? Reach(); elements = next
            }
            next.add(components.dropFirst())
        }

        /// What is wanted below the key `key` of an object; nil when no path goes there.
        func below(key: String) -> Reach? {
            if everything { return self }
            return Reach.union(keys[key], anyKey)
        }

        static func union(_ a: Reach?, _ b: Reach?) -> Reach? {
            guard let a else { return b }
            guard let b else { return a }
            let both = Reach()
            both.everything = a.everything || b.everything
            both.keys = a.keys.merging(b.keys) { x, y in union(x, y)! }
            both.anyKey = union(a.anyKey, b.anyKey)
            both.elements = union(a.elements, b.elements)
            return both
        }
    }

    /// Whether a reached value counts as filled (`FieldPath.isFilled(value:)` of the JSON form).
    var isFilled: Bool {
        switch self {
        case .null: false
        case .string(let s): !s.trimmedWhitespaceAndNewlines().isEmpty
        case .scalar: true
        case .array(let a): !a.isEmpty
        case .object(let d): !d.isEmpty
        }
    }
}

extension FieldPath {
    /// `values(in:)` on the typed tree: the same values, in the same order.
    public func values(in tree: FieldTree) -> [FieldTree] {
        var current: [FieldTree] = [tree]
        for c in components {
            var next: [FieldTree] = []
            for node in current {
                switch c {
                case .key(let k):
                    if case .object(let dict) = node {
                        if k == "*" { next.append(contentsOf: dict.keys.sorted().compactMap { dict[$0] }) }
                        else if let v = dict[k], v != .null { next.append(v) }
                    }
                case .index(let i):
                    if case .array(let array) = node, i < array.count { next.append(array[i]) }
                case .each:
                    if case .array(let array) = node { next.append(contentsOf: array) }
                }
            }
            current = next
        }
        return current
    }

    /// `isFilled(in:)` on the typed tree.
    public func isFilled(in tree: FieldTree) -> Bool {
        if components.contains(.each) {
            for (i, c) in components.enumerated() where c == .each {
                let list = FieldPath(components: Array(components[..<i])).values(in: tree)
                if list.isEmpty || list.contains(where: { if case .array(let a) = $0 { a.isEmpty } else { true } }) { return false }
            }
            let found = values(in: tree)
            return !found.isEmpty && found.allSatisfy(\.isFilled)
        }
        guard let v = values(in: tree).first else { return false }
        return v.isFilled
    }
}
