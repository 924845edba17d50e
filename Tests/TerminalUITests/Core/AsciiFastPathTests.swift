import Testing
@testable import TerminalUI

/// The printable-ASCII fast paths of `DisplayWidth.of`, `TextLayout.prefix` and `Buffer.write`
/// (issue 19, drawing at 200×60) give exactly what the grapheme-by-grapheme reading gives, on
/// text that mixes ASCII with combining marks, CR LF, control characters, DEL, wide characters,
/// emoji sequences and flags, where a wrong grapheme boundary would show.
@Suite(.englishToolkit) struct AsciiFastPathTests {
    static let pieces = ["a", "Z", "7", " ", "~", "\t", "\r", "\n", "\r\n", "\u{7F}", "\u{1B}", "é", "e", "\u{301}",
                         "漢", "🙂", "\u{FE0F}", "\u{200D}", "👩", "🇮", "🇩", "…", "•", "ñ"]

    /// Seeded strings: the same every run, so a failure can be replayed.
    static func samples() -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var out = ["", "abc", "e\u{301}x", "a\r\nb", "x\u{7F}y", "👩\u{200D}👩", "🇮🇩a", "a\u{FE0F}b", "\u{301}a"]
        for _ in 0..<1_500 {
            out.append((0..<(1 + next(14))).map { _ in pieces[next(pieces.count)] }.joined())
        }
        return out
    }

    /// The width of `text` read one `Character` at a time (what `of` did before the fast path).
    func referenceWidth(_ text: String) -> Int { text.reduce(0) { $0 + DisplayWidth.of($1) } }

    /// The prefix read one `Character` at a time (what `prefix` did before the fast path).
    func referencePrefix(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0, end = text.startIndex
        for i in text.indices {
            let w = DisplayWidth.of(text[i])
            if used + w > width { break }
            used += w
            end = text.index(after: i)
        }
        return String(text[..<end])
    }

    @Test func widthsEqualTheGraphemeReading() {
        for text in Self.samples() {
            #expect(DisplayWidth.of(text) == referenceWidth(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test func prefixesEqualTheGraphemeReading() {
        for text in Self.samples() {
            for width in [1, 2, 3, 5, 8, 40] {
                #expect(TextLayout.prefix(text, width: width) == referencePrefix(text, width: width),
                        "\(text.unicodeScalars.map { $0.value }) at \(width)")
            }
        }
    }

    /// Writing a whole text draws the same cells as writing its graphemes one by one (each a
    /// string of one `Character`, which the fast path never splits), inside the same clip.
    @Test func writesEqualGraphemeByGraphemeWrites() {
        for text in Self.samples() {
            for (x, clipX, clipWidth) in [(0, 0, 12), (2, 3, 6), (1, 0, 5)] {
                let clip = Rect(x: clipX, y: 0, width: clipWidth, height: 1)
                var whole = Buffer(width: 14, height: 1)
                whole.write(text, at: Point(x: x, y: 0), clip: clip)
                var single = Buffer(width: 14, height: 1)
                var at = x
                for ch in text {
                    at += single.write(String(ch), at: Point(x: at, y: 0), clip: clip)
                    if at >= clip.maxX { break }
                }
                #expect(whole == single, "\(text.unicodeScalars.map { $0.value }) at \(x) in \(clip)")
            }
        }
    }
}
