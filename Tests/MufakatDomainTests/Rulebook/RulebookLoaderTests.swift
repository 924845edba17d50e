import Testing
@testable import MufakatDomain

@Suite struct RulebookLoaderTests {
    @Test func bundledRulebookLoads() throws {
        let rb = try RulebookLoader.load()
        #expect(rb.stages(for: .ksddSukarela).map(\.id) == ["usulan", "penawaran", "kb", "pembiayaan", "dprd", "pks", "pelaksanaan"])
        #expect(rb.kind(.ksdpl)?.allowed == true)
        #expect(rb.reminders.expiryDays == [90, 60, 30, 7])
        #expect(rb.duration.maxYears == 5)
    }

    @Test func syntaxErrorsCarryTheirLine() {
        let text = "[rulebook]\nname = \"x\"\nformat_version = = 1\n"
        do { _ = try RulebookLoader.parse(text, file: "r.toml"); Issue.record("no error") }
        catch { #expect(error.line == 3); #expect(error.file == "r.toml") }
    }

    @Test func missingKeysAreLocated() throws {
        var text = try #require(RulebookLoader.bundledText())
        text = text.replacingOccurrences(of: "name = \"Penawaran\"\n", with: "")
        do { _ = try RulebookLoader.parse(text, file: "r.toml"); Issue.record("no error") }
        catch {
            #expect(error.problem.contains("name"), "\(error)")
            let lines = text.components(separatedBy: "\n")
            let line = try #require(error.line)
            #expect(lines[line - 1].contains("[[stage]]") || lines[line - 1].contains("id = \"penawaran\""))
        }
    }
}
