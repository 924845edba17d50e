import Foundation
import TOMLKit

/// A rulebook that cannot be used: the file, the line when known, and what is wrong.
public struct RulebookError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let problem: String
    public init(file: String, line: Int?, problem: String) {
        self.file = file; self.line = line; self.problem = problem
    }
    public var description: String {
        if let line { return "\(file) baris \(line): \(problem)" }
        return "\(file): \(problem)"
    }
}

/// Reads rulebook files.
public enum RulebookLoader {
    /// The text of the bundled default rulebook.
    public static func bundledText() -> String? {
        BundledData.text("rulebook.toml")
    }

    /// The bundled rulebook: its compiled form when the file is the one it was compiled from (by
    /// the file's identity, without reading it), else parsed from its text (nil when it cannot be
    /// read or has errors). What `Rulebook.bundled` holds.
    static func loadBundled(compiled: (any CompiledRulebookCache)? = RulebookLoader.compiledCache) -> Rulebook? {
        let identity = BundledData.path("rulebook.toml").flatMap(RulebookFileIdentity.init(path:))
        if let compiled, let identity, let known = compiled.rulebook(forFile: identity) { return known }
        guard let text = bundledText(), let rulebook = try? parse(text, file: "rulebook.toml", memo: .shared, compiled: compiled) else { return nil }
        if let compiled, let identity { compiled.remember(rulebook, file: identity) }
        return rulebook
    }

    /// Parses rulebook TOML text. Syntax errors carry their line; structural errors name the key.
    /// The last text parsed is remembered: a command that checks a rulebook and then loads it, or
    /// loads the bundled one twice, parses it once per process (issue 19: 30% of a DOCX export).
    public static func parse(_ text: String, file: String) throws(RulebookError) -> Rulebook {
        try parse(text, file: file, memo: .shared)
    }

    static func parse(_ text: String, file: String, memo: ParsedRulebookMemo,
                      compiled: (any CompiledRulebookCache)? = RulebookLoader.compiledCache) throws(RulebookError) -> Rulebook {
        if let known = memo.rulebook(for: text, file: file) { return known }
        // A text parsed by an earlier process comes from the compiled cache (issue 19); only a
        // rulebook without errors is ever kept there, so errors are always reported by a parse.
        if let compiled, let known = compiled.rulebook(forSource: text) {
            memo.remember(known, text: text, file: file)
            return known
        }
        let rulebook = try parseUncached(text, file: file)
        memo.remember(rulebook, text: text, file: file)
        compiled?.remember(rulebook, source: text)
        return rulebook
    }

    static func parseUncached(_ text: String, file: String) throws(RulebookError) -> Rulebook {
        // toml++ aborts the process on some malformed texts; it only sees checked ones.
        if let problem = TOMLSyntaxCheck.firstProblem(in: text) {
            throw RulebookError(file: file, line: problem.line, problem: "sintaks TOML salah (kolom \(problem.column)): \(problem.problem.indonesian)")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw RulebookError(file: file, line: error.source.begin.line, problem: "sintaks TOML salah: \(error.description)")
        } catch {
            throw RulebookError(file: file, line: nil, problem: "sintaks TOML salah: \(error)")
        }
        do {
            return try TOMLDecoder().decode(Rulebook.self, from: table)
        } catch let error as DecodingError {
            let (path, what) = describe(error)
            throw RulebookError(file: file, line: locate(path: path, in: text), problem: "\(what) (kunci: \(path.isEmpty ? "akar berkas" : path))")
        } catch {
            throw RulebookError(file: file, line: nil, problem: "\(error)")
        }
    }

    /// Loads the bundled rulebook, or the file at `path` when given.
    public static func load(path: String? = nil) throws(RulebookError) -> Rulebook {
        if let path {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw RulebookError(file: path, line: nil, problem: "berkas tidak dapat dibaca; periksa nama dan izin berkas")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw RulebookError(file: path, line: nil, problem: "berkas bukan teks UTF-8")
            }
            return try parse(text, file: path)
        }
        // The bundled rulebook is parsed once per process, whoever asks first (the store's index
        // orders stages by `Rulebook.bundled`; a command loads it here): not twice under two names.
        if let bundled = Rulebook.bundled { return bundled }
        guard let text = bundledText() else {
            throw RulebookError(file: "rulebook.toml", line: nil, problem: "rulebook bawaan tidak ditemukan dalam paket program; pasang ulang Mufakat")
        }
        return try parse(text, file: "rulebook.toml (bawaan)")
    }

    /// Indonesian description of a decoding error and the dotted key path it concerns.
    static func describe(_ error: DecodingError) -> (String, String) {
        func join(_ path: [CodingKey]) -> String {
            path.map { key in key.intValue.map { "[\($0 + 1)]" } ?? key.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            // The missing key is located at its table: some decoders repeat the key in the path.
            var container = ctx.codingPath
            if container.last?.stringValue == key.stringValue { container.removeLast() }
            return (join(container), "kunci '\(key.stringValue)' wajib ada tetapi tidak ditemukan")
        case .typeMismatch(let type, let ctx):
            return (join(ctx.codingPath), "jenis nilai salah; seharusnya \(typeName(type))")
        case .valueNotFound(let type, let ctx):
            return (join(ctx.codingPath), "nilai kosong; seharusnya \(typeName(type))")
        case .dataCorrupted(let ctx):
            return (join(ctx.codingPath), ctx.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "teks dalam tanda petik"
        case is Int.Type: "bilangan bulat"
        case is Bool.Type: "true atau false"
        case is [String].Type: "daftar teks"
        case is [Int].Type: "daftar bilangan"
        default: "\(type)"
        }
    }

    /// Best-effort line of a key path like "stage[3].field[2].label" in the TOML text: walks the
    /// array-of-tables headers, then finds the key below the last header.
    static func locate(path: String, in text: String) -> Int? {
        let lines = text.components(separatedBy: "\n")
        var searchFrom = 0
        var tablePrefix = ""
        for component in path.split(separator: ".") {
            var name = String(component)
            var index: Int? = nil
            if let open = name.firstIndex(of: "["), let close = name.firstIndex(of: "]") {
                index = Int(name[name.index(after: open)..<close])
                name = String(name[..<open])
            }
            let header = tablePrefix.isEmpty ? name : "\(tablePrefix).\(name)"
            if let index {
                var seen = 0
                var found: Int? = nil
                for i in searchFrom..<lines.count where lines[i].trimmedWhitespace() == "[[\(header)]]" {
                    seen += 1
                    if seen == index { found = i; break }
                }
                guard let f = found else { return searchFrom > 0 ? searchFrom + 1 : nil }
                searchFrom = f
                tablePrefix = header
            } else {
                if let i = (searchFrom..<lines.count).first(where: { lines[$0].trimmedWhitespace() == "[\(header)]" }) {
                    searchFrom = i; tablePrefix = header; continue
                }
                if let i = (searchFrom..<lines.count).first(where: {
                    let t = lines[$0].trimmedWhitespace()
                    return t.hasPrefix(name + " ") || t.hasPrefix(name + "=")
                }) { return i + 1 }
                return searchFrom + 1
            }
        }
        return searchFrom + 1
    }
}

/// The rulebook last parsed in this process, by its text and file name (a rulebook that fails is
/// not remembered: its errors are reported each time).
final class ParsedRulebookMemo: @unchecked Sendable {
    static let shared = ParsedRulebookMemo()
    private let lock = NSLock()
    private var last: (text: String, file: String, rulebook: Rulebook)?
    /// How many texts were parsed for real (for tests).
    private(set) var misses = 0

    func rulebook(for text: String, file: String) -> Rulebook? {
        lock.lock(); defer { lock.unlock() }
        guard let last, last.file == file, last.text == text else { misses += 1; return nil }
        return last.rulebook
    }

    func remember(_ rulebook: Rulebook, text: String, file: String) {
        lock.lock(); last = (text, file, rulebook); lock.unlock()
    }
}
