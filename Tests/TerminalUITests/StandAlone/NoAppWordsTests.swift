import Foundation
import Testing

/// The toolkit stands alone: no string literal in Sources/TerminalUI carries a word of the
/// application's catalogue of toolkit words (Sources/MufakatApp/App/InterfaceStrings.swift,
/// the Indonesian words the app installs). The list is read from that file, so a word added to
/// the catalogue is checked here without touching the test.
@Suite struct NoAppWordsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Files allowed to hold a catalogue word. None: the TOML syntax check shared with the
    /// rulebook reader (Theme/TOMLSyntaxCheck.swift, a symbolic link) words its problems in
    /// English, and each user supplies its own language.
    static let knownExceptions: Set<String> = []

    static func literals(in source: String) -> [String] {
        var out: [String] = []
        for line in source.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
            // Interpolations (`\(key)`, `\(x.label)`) are code, not words: they are skipped.
            var inside = false, escaped = false, current = "", depth = 0
            for ch in line {
                if depth > 0 {
                    if ch == "(" { depth += 1 } else if ch == ")" { depth -= 1 }
                } else if inside {
                    if escaped { escaped = false; if ch == "(" { depth = 1 } else { current.append(ch) } } else if ch == "\\" { escaped = true } else if ch == "\"" {
                        inside = false; out.append(current); current = ""
                    } else { current.append(ch) }
                } else if ch == "\"" { inside = true }
            }
        }
        return out
    }

    static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count >= 3 }
    }

    static func catalogueWords() throws -> Set<String> {
        let file = try String(contentsOf: root.appendingPathComponent("Sources/MufakatApp/App/InterfaceStrings.swift"), encoding: .utf8)
        // The catalogue is the `indonesian` value, from its declaration to the closing `}()`.
        let start = try #require(file.range(of: "static let indonesian"))
        let end = try #require(file.range(of: "}()", range: start.upperBound..<file.endIndex))
        let app = String(file[start.lowerBound..<end.lowerBound])
        let english = try String(contentsOf: root.appendingPathComponent("Sources/TerminalUI/Core/TerminalStrings.swift"), encoding: .utf8)
        // The Indonesian words of the TOML syntax check (MufakatDomain), which the app installs for themes.
        let toml = try String(contentsOf: root.appendingPathComponent("Sources/MufakatDomain/Rulebook/TOMLSyntaxWords.swift"), encoding: .utf8)
        // Words both languages use (TOML, TERM, bold, Ctrl...) are names, not Indonesian.
        let shared = Set(literals(in: english).flatMap(words))
        // Its codes ("tooLarge", "@eof") are identifiers, and TOML's own words are names.
        let tomlWords = literals(in: toml).filter { $0.range(of: #"^@?[A-Za-z]+$"#, options: .regularExpression) == nil }.flatMap(words)
        let tomlNames: Set<String> = ["true", "false", "escape", "unicode", "ascii", "non", "uxxxx"]
        return Set(literals(in: app).flatMap(words) + tomlWords).subtracting(shared).subtracting(tomlNames)
    }

    @Test func theCatalogueIsReadAndHasWords() throws {
        let words = try Self.catalogueWords()
        #expect(words.contains("tidak"))
        #expect(words.contains("layar"))
        #expect(words.count > 40)
        #expect(words.contains("petik") && words.contains("kunci"), "the TOML syntax words are read")
        // The scanner finds a catalogue word in a literal, so the check below can fail.
        #expect(Self.literals(in: "let s = \"Layar terlalu kecil\"").flatMap(Self.words).contains { words.contains($0) })
    }

    @Test func noCatalogueWordInTheToolkit() throws {
        let words = try Self.catalogueWords()
        let folder = Self.root.appendingPathComponent("Sources/TerminalUI")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 20)
        var found: [String] = []
        for file in files {
            let relative = String(file.path.dropFirst(folder.path.count + 1))
            if Self.knownExceptions.contains(relative) { continue }
            let source = try String(contentsOf: file, encoding: .utf8)
            for literal in Self.literals(in: source) where Self.words(literal).contains(where: words.contains) {
                found.append("\(relative): \"\(literal)\"")
            }
        }
        #expect(found.isEmpty, "Indonesian words in the toolkit:\n\(found.joined(separator: "\n"))")
    }
}
