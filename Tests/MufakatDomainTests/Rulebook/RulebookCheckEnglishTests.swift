import Testing
@testable import MufakatDomain

/// Issue 17: what the rulebook check says follows the interface language (`DomainText.rulebookCheck`);
/// the file's own names ([[stage]], 'max_years') stay as written in the TOML file.
@Suite struct RulebookCheckEnglishTests {
    var bundled: String { RulebookLoader.bundledText() ?? "" }

    func replacing(_ text: String, _ old: String, _ new: String) -> String {
        #expect(text.contains(old), "fixture text not found: \(old)")
        guard let r = text.range(of: old) else { return text }
        return text.replacingCharacters(in: r, with: new)
    }

    var broken: String {
        var t = bundled
        t = replacing(t, "gate = \"dprd\"\n", "gate = \"dprd\"\nskip = true\n")          // unknown key
        t = replacing(t, "max_years = 5\n", "max_years = \"5\"\n")                      // wrong type
        t = replacing(t, "name = \"Penawaran\"\n", "")                                   // missing key
        t = replacing(t, "id = \"pembiayaan\"\nsection", "id = \"pks\"\nsection")       // duplicate id
        t += "\n[[rules]]\nid = \"salah-ketik\"\n"                                       // unknown section
        return t
    }

    @Test func structureProblemsInEnglish() {
        let t = broken
        let text = DisplayLanguage.$override.withValue(.english) {
            RulebookChecker.check(t, file: "broken.toml").map(\.description).joined(separator: "\n")
        }
        #expect(text.contains("unknown key 'skip' in this section; known keys:"), "\(text)")
        #expect(text.contains("the value of 'max_years' must be a whole number"), "\(text)")
        #expect(text.contains("the key 'name' is required but missing"), "\(text)")
        #expect(text.contains("the id 'pks' appears twice in [[stage]]; already used at line "), "\(text)")
        #expect(text.contains("unknown section 'rules'; known sections:"), "\(text)")
        #expect(text.contains("broken.toml line ") && text.contains("[[stage]] no. "), "\(text)")
        for word in [" baris ", " ke-", "tidak dikenal", "wajib ada", "harus ", "ganda"] {
            #expect(!text.contains(word), "Indonesian '\(word)' left in: \(text)")
        }
        let id = DisplayLanguage.$override.withValue(.indonesian) {
            RulebookChecker.check(t, file: "broken.toml").map(\.description).joined(separator: "\n")
        }
        #expect(id.contains("kunci 'skip' tidak dikenal di bagian ini") && id.contains("broken.toml baris "), "\(id)")
    }

    @Test func anUnreadableFileAndASyntaxErrorInEnglish() {
        DisplayLanguage.$override.withValue(.english) {
            let missing = RulebookChecker.check(path: "/nonexistent/rulebook.toml")
            #expect(missing.first?.message == "the file cannot be read; check its name and permissions")
            let syntax = RulebookChecker.check(replacing(bundled, "max_years = 5", "max_years = = 5"), file: "r.toml")
            #expect(syntax.first?.message.hasPrefix("TOML syntax error (column ") == true, "\(syntax)")
            #expect(syntax.first?.message.contains("sintaks") == false, "\(syntax)")
        }
    }
}
