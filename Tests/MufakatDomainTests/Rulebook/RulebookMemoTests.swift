import Testing
@testable import MufakatDomain

/// Issue 19: a rulebook is parsed once per process while its text is unchanged.
@Suite struct RulebookMemoTests {
    @Test func theSameTextIsParsedOnce() throws {
        let memo = ParsedRulebookMemo()
        let text = try #require(RulebookLoader.bundledText())
        let first = try RulebookLoader.parse(text, file: "r.toml", memo: memo)
        #expect(memo.misses == 1)
        let second = try RulebookLoader.parse(text, file: "r.toml", memo: memo)
        #expect(memo.misses == 1)
        #expect(second.stages(for: .ksdpl).map(\.id) == first.stages(for: .ksdpl).map(\.id))
        // A changed text is parsed again, and its own content is what comes back.
        let changed = text.replacingOccurrences(of: "max_years = 5", with: "max_years = 4")
        #expect(changed != text)
        #expect(try RulebookLoader.parse(changed, file: "r.toml", memo: memo).duration.maxYears == 4)
        #expect(memo.misses == 2)
    }

    @Test func aFailingTextIsNotRemembered() {
        let memo = ParsedRulebookMemo()
        let text = "[rulebook]\nname = \"x\"\nformat_version = = 1\n"
        for _ in 0..<2 {
            do { _ = try RulebookLoader.parse(text, file: "r.toml", memo: memo); Issue.record("no error") }
            catch { #expect(error.line == 3) }
        }
        #expect(memo.misses == 2)
    }
}
