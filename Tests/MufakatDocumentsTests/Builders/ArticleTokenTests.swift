import Testing
@testable import MufakatDocuments

/// Clause tokens read on the bytes of ASCII lines against the character reading they replace:
/// the same names, kinds and positions.
@Suite struct ArticleTokenTests {
    static let pieces = ["{", "}", ":", "list", "nama", "nama_pihak", "pihak2", "X", " ", "\r\n", "\r", "\n", "{hak_kewajiban}",
                         "{daftar:list}", "{a:b}", "{:list}", "{}", "{{x}}", "Pasal", "(1)", "_", "9", "{nama:list:x}", "{Nama}"]

    @Test func asciiLinesGiveTheCharacterTokens() throws {
        var state: UInt64 = 42
        func next() -> Int { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int(state >> 33) }
        var lines = ["", "tanpa token", "{nama_pihak}", "Para Pihak {a} dan {b:list}.", "{x", "x}", "{daftar:list}\r\n{lain}"]
        for _ in 0..<20_000 { lines.append((0..<(1 + next() % 10)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined()) }
        for line in lines {
            let fast = try #require(ArticleText.asciiTokens(in: line))
            let slow = ArticleText.characterTokens(in: line)
            #expect(fast.map(\.name) == slow.map(\.name), "\(line.debugDescription)")
            #expect(fast.map(\.isList) == slow.map(\.isList), "\(line.debugDescription)")
            #expect(fast.map { $0.range.lowerBound.utf16Offset(in: line) } == slow.map { $0.range.lowerBound.utf16Offset(in: line) })
            #expect(fast.map { $0.range.upperBound.utf16Offset(in: line) } == slow.map { $0.range.upperBound.utf16Offset(in: line) })
            #expect(fast.map(\.range) == slow.map(\.range))
        }
        #expect(ArticleText.asciiTokens(in: "{nama} – {b}") == nil)
        #expect(ArticleText.tokens(in: "{nama} – {b}").map(\.name) == ["nama", "b"])
    }
}
