import Foundation

/// Jalur isian: a dotted path into the cooperation JSON, as the rulebook names required fields
/// and findings name the field they concern: "proposal.background", "parties[1].regionCode",
/// "agreement.signing.signatories[*].person.name". Array indexes are 0-based; `[*]` means
/// every element (and at least one).
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
        /// `[*]`: every element of an array.
        case each
    }

    public let components: [Component]

    public init(components: [Component]) { self.components = components }

    /// Parses a path; nil when it is not well formed (empty segment, bad bracket, bad index).
    public init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        // Every path the rulebook and the program write is ASCII: read as bytes (issue 19: by
        // characters, the workflow's paths were a tenth of its check in a DOCX export).
        switch FieldPath.asciiComponents(text) {
        case .parsed(let components): self.components = components; return
        case .malformed: return nil
        case .notASCII: break
        }
        var out: [Component] = []
        for segment in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(segment)
            let nameEnd = rest.firstIndex(of: "[") ?? rest.endIndex
            let name = rest[..<nameEnd]
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "*" }) else { return nil }
            out.append(.key(String(name)))
            rest = rest[nameEnd...]
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                if inside == "*" || inside.isEmpty { out.append(.each) }
                else if let i = Int(inside), i >= 0 { out.append(.index(i)) }
                else { return nil }
                rest = rest[rest.index(after: close)...]
            }
        }
        components = out
    }

    private enum ASCIIParse { case parsed([Component]), malformed, notASCII }

    /// `init?(_:)` on ASCII text, byte by byte: the same components, or the same refusal. An
    /// ASCII letter or digit is exactly what `Character.isLetter`/`isNumber` accept below 0x80.
    private static func asciiComponents(_ text: String) -> ASCIIParse {
        var text = text
        return text.withUTF8 { bytes -> ASCIIParse in
            for b in bytes where b >= 0x80 { return .notASCII }
            var out: [Component] = []
            var i = 0
            let n = bytes.count
            while true {
                // One segment: a name, then any number of [..].
                let nameStart = i
                while i < n, bytes[i] != UInt8(ascii: "."), bytes[i] != UInt8(ascii: "[") {
                    let c = bytes[i]
                    let allowed = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
                        || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "*")
                    guard allowed else {
                        // A bracket closing or another byte in the name: refused as by characters.
                        return .malformed
                    }
                    i += 1
                }
                guard i > nameStart else { return .malformed }
                out.append(.key(String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]), as: UTF8.self)))
                while i < n, bytes[i] == UInt8(ascii: "[") {
                    var close = i + 1
                    while close < n, bytes[close] != UInt8(ascii: "]") { close += 1 }
                    guard close < n else { return .malformed }
                    let inside = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<close])
                    if inside.isEmpty || (inside.count == 1 && inside[0] == UInt8(ascii: "*")) {
                        out.append(.each)
                    } else if let index = Int(String(decoding: inside, as: UTF8.self)), index >= 0 {
                        out.append(.index(index))
                    } else {
                        return .malformed
                    }
                    i = close + 1
                }
                if i == n { return .parsed(out) }
                // After a name and its brackets only a dot may follow.
                guard bytes[i] == UInt8(ascii: ".") else { return .malformed }
                i += 1
            }
        }
    }

    public var description: String {
        var s = ""
        for c in components {
            switch c {
            case .key(let k): s += s.isEmpty ? k : ".\(k)"
            case .index(let i): s += "[\(i)]"
            case .each: s += "[*]"
            }
        }
        return s
    }

    /// The path with one more key / index appended.
    public func appending(_ key: String) -> FieldPath { FieldPath(components: components + [.key(key)]) }
    public func appending(index: Int) -> FieldPath { FieldPath(components: components + [.index(index)]) }

    // MARK: Reading values

    /// The cooperation as a JSON tree (dictionaries, arrays, strings, numbers, NSNull), the form
    /// in which paths are resolved. Encode once and resolve many paths against it.
    public static func tree(of cooperation: Cooperation) -> Any {
        guard let data = try? JSONEncoder().encode(cooperation),
              let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [String: Any]() }
        return tree
    }

    /// The values the path reaches in `tree` (several for `[*]`); empty when it reaches nothing
    /// (a missing optional, an index out of range).
    public func values(in tree: Any) -> [Any] {
        var current: [Any] = [tree]
        for c in components {
            var next: [Any] = []
            for node in current {
                switch c {
                case .key(let k):
                    if let dict = node as? [String: Any] {
                        if k == "*" { next.append(contentsOf: dict.keys.sorted().compactMap { dict[$0] }) }
                        else if let v = dict[k], !(v is NSNull) { next.append(v) }
                    }
                case .index(let i):
                    if let array = node as? [Any], i < array.count { next.append(array[i]) }
                case .each:
                    if let array = node as? [Any] { next.append(contentsOf: array) }
                }
            }
            current = next
        }
        return current
    }

    /// The single value at the path, nil when it reaches none.
    public func value(in tree: Any) -> Any? { values(in: tree).first }

    /// Whether the field is filled: non-blank text, a number or yes/no, a non-empty list or
    /// record. With `[*]` the list must be non-empty and every element filled.
    public func isFilled(in tree: Any) -> Bool {
        if components.contains(.each) {
            // Each `[*]` level must have at least one element: check the prefix up to it.
            for (i, c) in components.enumerated() where c == .each {
                let list = FieldPath(components: Array(components[..<i])).values(in: tree)
                if list.isEmpty || list.contains(where: { ($0 as? [Any])?.isEmpty ?? true }) { return false }
            }
            let found = values(in: tree)
            return !found.isEmpty && found.allSatisfy(FieldPath.isFilled(value:))
        }
        guard let v = value(in: tree) else { return false }
        return FieldPath.isFilled(value: v)
    }

    public func isFilled(in cooperation: Cooperation) -> Bool { isFilled(in: FieldPath.tree(of: cooperation)) }

    static func isFilled(value: Any) -> Bool {
        switch value {
        case is NSNull: false
        case let s as String: !s.trimmedWhitespaceAndNewlines().isEmpty
        case let a as [Any]: !a.isEmpty
        case let d as [String: Any]: !d.isEmpty
        default: true
        }
    }
}
