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

    @Test func meaningProblemsInEnglish() {
        var t = bundled
        t = replacing(t, "after = [\"kb\", \"pembiayaan\", \"dprd\"]", "after = [\"kb\", \"pembiayaan\", \"dprdd\"]")
        t = replacing(t, "when_any = [\"membebani-masyarakat\",", "when_any = [\"membebani-rakyat\",")
        t = replacing(t, "path = \"proposal.background\"", "path = \"proposal.backgroud\"")
        t = replacing(t, "id = \"urusan-absolut\"\nseverity = \"error\"", "id = \"urusan-absolut\"\nseverity = \"fatal\"")
        t = replacing(t, "message = \"Kode daerah '{kode}' pada {pihak}", "message = \"Kode daerah '{kode}' pada {kota}")
        t = replacing(t, "[[rule]]\nid = \"pihak-ganda\"", "[[rule]]\nid = \"pihak-kembar\"")
        let problems = DisplayLanguage.$override.withValue(.english) { RulebookChecker.check(t, file: "broken.toml") }
        let text = problems.map(\.message).joined(separator: "\n")
        #expect(text.contains("the stage 'dprdd' does not exist; existing stages:"), "\(text)")
        #expect(text.contains("the condition 'membebani-rakyat' is unknown to the program; choices:"), "\(text)")
        #expect(text.contains("the field path 'proposal.backgroud' does not exist in the cooperation data; perhaps you mean 'proposal.background'"), "\(text)")
        #expect(text.contains("unknown severity 'fatal'; choose error, warning or info"), "\(text)")
        #expect(text.contains("the placeholders {kota} are not filled by the program for this rule"), "\(text)")
        #expect(text.contains("the rule 'pihak-ganda' is used by the program but missing"), "\(text)")
        #expect(text.contains("the placeholders in message_en ({kode}, {pihak}) differ from those in message ({kode}, {kota})"), "\(text)")
        #expect(text.contains("the rule 'pihak-kembar' is unknown to the program and will not be used"), "\(text)")
        for word in ["tidak ", "tahapan ", "syarat ", "jalur isian", "penanda ", "aturan ", "pilihan"] {
            #expect(!text.contains(word), "Indonesian '\(word)' left in: \(text)")
        }
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
