import Testing
@testable import MufakatDocuments
import MufakatDomain

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

    /// `item` as it read every line by characters before its ASCII road.
    static func referenceItem(_ line: String) -> (numeric: Bool, text: String)? {
        let t = line.trimmedWhitespace()
        guard let dot = t.firstIndex(of: "."), dot > t.startIndex else { return nil }
        let marker = t[..<dot]
        let rest = t[t.index(after: dot)...]
        guard rest.first == " " else { return nil }
        let numeric = marker.allSatisfy { $0.isASCII && $0.isNumber } && marker.count <= 3
        let letter = marker.count <= 2 && marker.allSatisfy { $0.isASCII && $0.isLowercase }
        guard numeric || letter else { return nil }
        return (numeric, rest.trimmedWhitespace())
    }

    @Test func listItemsReadAsByCharacters() {
        let pieces = ["1", "12", "1234", "a", "ab", "abc", "B", ".", ". ", " ", "  ", "\t", "\r", "x", "é", "2.", "b. ", "Pasal", "(1)"]
        var state: UInt64 = 7
        func next() -> Int { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int(state >> 33) }
        var lines = ["1. Satu", "a. huruf", "ab. dua", "abc. tiga", "1234. empat", ". kosong", "1.tanpa spasi", "1.", "  2.  isi  ", "é. bukan"]
        for _ in 0..<20_000 { lines.append((0..<(1 + next() % 6)).map { _ in pieces[next() % pieces.count] }.joined()) }
        var found = 0
        for line in lines {
            let fast = ArticleText.item(line), slow = Self.referenceItem(line)
            #expect(fast?.numeric == slow?.numeric && fast?.text == slow?.text, "\(line.debugDescription)")
            if slow != nil { found += 1 }
        }
        #expect(found > 1_000)
    }

    /// The byte test that lets `oneLine` return a text untouched finds every line break and tab
    /// a character reading finds, among them CR LF, U+0085, U+2028 and U+2029.
    @Test func aLineBreakIsNeverMissedByTheByteTest() {
        let pieces = ["a", " ", "é", "\n", "\r", "\r\n", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{2027}",
                      "\u{A8}", "\u{C5}", "€", "\u{301}", "x"]
        var state: UInt64 = 11
        func next() -> Int { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int(state >> 33) }
        var breaking = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + next() % 6)).map { _ in pieces[next() % pieces.count] }.joined()
            let byCharacters = text.contains { $0.isNewline || $0 == "\t" }
            if byCharacters { breaking += 1; #expect(RichText.mayBreakLine(text), "\(text.debugDescription)") }
            #expect(RichText.oneLine(text) == (byCharacters ? text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ") : text))
        }
        #expect(breaking > 1_000)
        #expect(!RichText.mayBreakLine("Pihak Kesatu – Kota Bogor €"))
    }
}
