import Foundation
import Testing
import MufakatDomain
@testable import MufakatDomain

/// The builders' byte upper-casing and replacing against the Foundation calls they stand for.
@Suite struct ASCIITextTests {
    static let texts: [String] = {
        var out = ["", "a", "Pemerintah Kota Bogor", "dinas pekerjaan umum dan penataan ruang", "i ı İ", "straße", "é\u{301}", "x\r\ny",
                   "agreement.signing.signatories[0].person", ".person.person", ".persons", "person", "..person", "Provinsi Jawa Barat",
                   "Provinsi Provinsi ", "Daerah Khusus Ibukota", "\u{7F}\t~"]
        out.append(String((0..<128).map { Character(UnicodeScalar(UInt8($0))) }))
        out.append(String((1..<128).map { Character(UnicodeScalar(UInt8($0))) }))
        out += ["ab\0cd", "\0", "ab\0"]
        out += Catalogues.shared.regions.all.map(\.name)
        return out
    }()

    @Test func upperCasesAsIndonesianFoundation() {
        for text in Self.texts {
            #expect(Array(ASCIIText.uppercased(text).unicodeScalars) == Array(text.uppercased(with: Locale(identifier: "id_ID")).unicodeScalars),
                    "\(text.debugDescription)")
        }
    }

    @Test func replacesAsFoundation() {
        for text in Self.texts {
            for (target, replacement) in [(".person", ".powerOfAttorney"), ("Provinsi ", ""), ("aa", "a"), ("ß", "ss")] {
                #expect(Array(ASCIIText.replacing(target, with: replacement, in: text).unicodeScalars)
                        == Array(text.replacingOccurrences(of: target, with: replacement).unicodeScalars), "\(text.debugDescription) \(target)")
            }
        }
    }

    /// The byte search finds what Foundation's `range(of:)` finds for ASCII needles, forwards,
    /// from a position and backwards, in text with other scripts around the matches.
    @Test func rangeIsFoundations() {
        let texts = ["<w:p><w:pPr><w:pStyle w:val=\"x\"/></w:pPr></w:p>", "", "/", "a/>b/>", "é<w:p><w:pPr>ü<w:p><w:pPr>", "<w:p><w:p", "🇮🇩/> —/>"]
        for text in texts {
            for needle in ["/>", "<w:p><w:pPr>", "x", "<"] {
                #expect(ASCIIText.range(of: needle, in: text) == text.range(of: needle), "\(text) \(needle)")
                #expect(ASCIIText.range(of: needle, in: text, backwards: true) == text.range(of: needle, options: .backwards), "\(text) \(needle)")
                for from in text.indices where text.unicodeScalars.indices.contains(from) {
                    #expect(ASCIIText.range(of: needle, in: text, from: from) == text[from...].range(of: needle), "\(text) \(needle)")
                }
            }
        }
    }
}
