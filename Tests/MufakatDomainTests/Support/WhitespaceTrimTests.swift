import Foundation
import Testing
@testable import MufakatDomain

/// Issue 19: the domain, the naskah builders and the services trim without NSString; the result
/// must be Foundation's, always.
@Suite struct WhitespaceTrimTests {
    static let samples: [String] = [
        "", " ", "\t", "\n", " \n\t ", "abc", " abc", "abc ", "  a b  ", "\ta\t", "\n a \n", "\r\nPasal 1\r\n",
        "\u{0B}x\u{0C}", "\u{1C}x\u{1F}", "\u{A0}Pasal\u{A0}", "\u{2003}x\u{3000}", "\u{85}x\u{2028}", "\u{2029}y\u{FEFF}",
        "\u{200B}z\u{200B}", " \u{301}e ", "e\u{301} ", " 🇮🇩 ", "\u{1680}k\u{205F}", "  (1) Para Pihak  ", "a\n",
    ]

    @Test func everyASCIIScalarIsTrimmedAsFoundationTrimsIt() {
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(value)!
            let s = "\(scalar)x\(scalar)"
            #expect(s.trimmedWhitespace() == s.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
            #expect(s.trimmedWhitespaceAndNewlines() == s.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
        }
    }

    @Test func stringsAndSubstringsGiveFoundationsResult() {
        for s in Self.samples {
            #expect(s.trimmedWhitespace() == s.trimmingCharacters(in: .whitespaces), "\(s.unicodeScalars.map(\.value))")
            #expect(s.trimmedWhitespaceAndNewlines() == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(s.unicodeScalars.map(\.value))")
            let sub = ("<" + s + ">").dropFirst().dropLast()
            #expect(sub.trimmedWhitespace() == sub.trimmingCharacters(in: .whitespaces))
            #expect(sub.trimmedWhitespaceAndNewlines() == sub.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test func theScalarsOfTheResultAreFoundations() {
        // Compared scalar by scalar: `==` on String would call " \u{301}" and "\u{301}" different
        // anyway, but a canonical-equivalence slip must not pass either.
        for s in Self.samples {
            #expect(Array(s.trimmedWhitespace().unicodeScalars) == Array(s.trimmingCharacters(in: .whitespaces).unicodeScalars))
        }
    }

    @Test func linesAreFoundationsComponents() {
        let texts = ["", "\n", "a", "a\nb", "a\r\nb\r\n", "\n\nx\n", "é\u{301}\nñ \n\u{2028}z", "1. satu\n2. dua\n\n{daftar:list}", "\n\u{301}x", "\r\r\n", "\r\n\n", "a\r", "\r"] + Self.samples
        for text in texts {
            let ours = text.linesAtLineFeeds(), theirs = text.components(separatedBy: "\n")
            #expect(ours.map { Array($0.unicodeScalars) } == theirs.map { Array($0.unicodeScalars) }, "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Punctuation is decided by the scalar's general category; Foundation's set holds the same
    /// scalars over the whole Basic Multilingual Plane, but for three Balinese marks of Unicode 16
    /// that the standard library knows and Foundation's older tables do not.
    @Test func punctuationIsFoundationsSet() {
        var differ: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WhitespaceTrim.isPunctuation(scalar) != CharacterSet.punctuationCharacters.contains(scalar) { differ.append(value) }
        }
        #expect(Set(differ).isSubset(of: [0x1B4E, 0x1B4F, 0x1B7F]), "\(differ.prefix(20).map { String($0, radix: 16) })")
        for s in Self.samples + ["(Bogor)", "\"Bandung,\"", "—Kota—", "«x»", "a.b.", "...", "¿Qué?"] {
            #expect(Array(s.trimmedPunctuation().unicodeScalars) == Array(s.trimmingCharacters(in: .punctuationCharacters).unicodeScalars), "\(s)")
        }
    }
}
