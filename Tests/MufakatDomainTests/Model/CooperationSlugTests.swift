import Testing
@testable import MufakatDomain

/// The id made from a title names the cooperation's files and its exported naskah
/// (`<id>-kb.docx`), so it is cut between words, never inside one (issue 18: "…-pemrosesa-kb.docx").
@Suite struct CooperationSlugTests {
    @Test func shortTitlesKeepEveryWord() {
        #expect(Cooperation.slug("KS 2026/001") == "ks-2026-001")
        #expect(Cooperation.slug("Pengelolaan Sampah Regional") == "pengelolaan-sampah-regional")
    }

    @Test func longTitlesAreCutBetweenWords() {
        let title = "Kerja Sama Pengelolaan Sampah Regional Legok Nangka dan Pembangunan Tempat Pemrosesan Akhir Terpadu"
        let id = Cooperation.slug(title)
        #expect(id.count <= 64)
        #expect(Cooperation.isValidID(id))
        #expect(!id.hasSuffix("-"))
        // Every part is a whole word of the title.
        let words = Set(title.lowercased().split(separator: " ").map(String.init))
        for part in id.split(separator: "-") { #expect(words.contains(String(part)), "'\(part)' is cut") }
        #expect(id == "kerja-sama-pengelolaan-sampah-regional-legok-nangka-dan")
    }

    @Test func oneWordLongerThanTheLimitIsStillCut() {
        let id = Cooperation.slug(String(repeating: "a", count: 100))
        #expect(id.count == 64)
    }
}
