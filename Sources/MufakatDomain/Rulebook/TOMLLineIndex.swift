/// Where each table and key of a TOML text sits: maps structural paths such as "stage[2]"
/// (the third `[[stage]]`, 0-based) or "stage[2].field[0].path" to 1-based line numbers.
/// TOMLKit keeps no source positions, so the rulebook checker reads them from the text itself.
struct TOMLLineIndex {
    private(set) var lines: [String: Int] = [:]

    init(text: String) {
        var counters: [String: Int] = [:]
        var table = ""
        var depth = 0
        var multiline: String? = nil

        func resolve(_ components: [String]) -> String {
            var path = ""
            for comp in components {
                let candidate = path.isEmpty ? comp : "\(path).\(comp)"
                if let n = counters[candidate] { path = "\(candidate)[\(n - 1)]" } else { path = candidate }
            }
            return path
        }

        for (i, raw) in text.components(separatedBy: "\n").enumerated() {
            let lineNo = i + 1
            var rest = Substring(raw)
            if let delimiter = multiline {
                guard let end = rest.range(of: delimiter) else { continue }
                multiline = nil
                rest = rest[end.upperBound...]
                Self.scan(rest, depth: &depth, multiline: &multiline)
                continue
            }
            if depth > 0 {
                Self.scan(rest, depth: &depth, multiline: &multiline)
                continue
            }
            let trimmed = rest.trimmedWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[[") {
                guard let close = trimmed.range(of: "]]") else { continue }
                let name = Self.components(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close.lowerBound])
                guard let last = name.last else { continue }
                let parent = resolve(Array(name.dropLast()))
                let key = parent.isEmpty ? last : "\(parent).\(last)"
                let n = counters[key, default: 0]
                counters[key] = n + 1
                table = "\(key)[\(n)]"
                if lines[key] == nil { lines[key] = lineNo }
                lines[table] = lineNo
            } else if trimmed.hasPrefix("[") {
                guard let close = trimmed.firstIndex(of: "]") else { continue }
                table = resolve(Self.components(trimmed[trimmed.index(after: trimmed.startIndex)..<close]))
                lines[table] = lineNo
            } else if let eq = Self.equalsSign(in: rest) {
                let key = Self.components(rest[..<eq]).joined(separator: ".")
                let path = table.isEmpty ? key : "\(table).\(key)"
                if lines[path] == nil { lines[path] = lineNo }
                Self.scan(rest[rest.index(after: eq)...], depth: &depth, multiline: &multiline)
            }
        }
    }

    /// The line of `path`, else of the nearest enclosing table or key that has one.
    func line(for path: String) -> Int? {
        var p = path
        while !p.isEmpty {
            if let l = lines[p] { return l }
            if p.hasSuffix("]"), let open = p.lastIndex(of: "[") {
                p = String(p[..<open])
            } else if let dot = p.lastIndex(of: ".") {
                p = String(p[..<dot])
            } else {
                return nil
            }
        }
        return nil
    }

    /// Dotted name components, without quotes and spaces.
    private static func components(_ s: Substring) -> [String] {
        s.split(separator: ".").map {
            $0.trimmedWhitespace().trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }.filter { !$0.isEmpty }
    }

    /// The `=` of a key line, outside quoted keys.
    private static func equalsSign(in s: Substring) -> Substring.Index? {
        var quote: Character? = nil
        for i in s.indices {
            let c = s[i]
            if let q = quote { if c == q { quote = nil } ; continue }
            if c == "\"" || c == "'" { quote = c } else if c == "=" { return i } else if c == "#" { return nil }
        }
        return nil
    }

    /// Follows brackets and strings through a value so multi-line arrays and strings are skipped.
    private static func scan(_ s: Substring, depth: inout Int, multiline: inout String?) {
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "#" { return }
            if c == "\"" || c == "'" {
                let triple = String(repeating: String(c), count: 3)
                if s[i...].hasPrefix(triple) {
                    let after = s.index(i, offsetBy: 3)
                    guard let end = s[after...].range(of: triple) else { multiline = triple; return }
                    i = end.upperBound
                    continue
                }
                var j = s.index(after: i)
                while j < s.endIndex, s[j] != c {
                    if c == "\"", s[j] == "\\" { j = s.index(after: j); if j == s.endIndex { break } }
                    j = s.index(after: j)
                }
                i = j < s.endIndex ? s.index(after: j) : j
                continue
            }
            if c == "[" || c == "{" { depth += 1 } else if c == "]" || c == "}" { depth = max(0, depth - 1) }
            i = s.index(after: i)
        }
    }
}

import Foundation
