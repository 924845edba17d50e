import Testing
@testable import MufakatDocuments

/// The byte road for ASCII text (`ASCIITypography`, `XMLText.textElements(asciiProtected:)`)
/// against the character road it replaces for such text: the same protected text and the same
/// run elements, byte for byte.
@Suite struct ASCIITypographyTests {
    /// Pieces that exercise every rule: dates long and numeric, NIPs, cited numbers, amounts,
    /// punctuation around words, markup, control characters, CR LF, empty words.
    static let pieces = [
        " ", " ", " ", "-", "20", "1", "2024", "11", "2018", "November", "Mei", "Desember", "NIP", "19750303", "200003",
        "2", "001", "Nomor", "Tahun", "Pasal", "ayat", "huruf", "Rp", "(2)", "(20", "2024),", "20-11-2024", "1-1-2026.",
        "(5-12-2025)", "2-3-4", "12-13-20245", "Rp1.000", "1.000.000,00", "&", "<b>", "\"kutip\"", "a", "Bogor", "\r\n",
        "\t", "\u{7}", "\u{7F}", ".", ",", ":", ";", "nip", "(", ")",
    ]

    static func samples(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        var out = ["", " ", "-", "tanpa", "20 November 2024", "NIP 19750303 200003 2 001", "Pasal 6 ayat (2) huruf a",
                   "Rp 1.000", "pada 20-11-2024.", "Nomor 28 Tahun 2018", "x  y", " awal", "akhir "]
        for _ in 0..<count {
            let n = 1 + next() % 12
            out.append((0..<n).map { _ in pieces[next() % pieces.count] }.joined())
        }
        return out
    }

    @Test func protectsASCIIAsTheCharacterRoadDoes() throws {
        for text in Self.samples(count: 20_000) {
            let bytes = try #require(ASCIITypography.protect(text))
            let expected = Typography.protectCharacters(text)
            #expect(bytes == Array(expected.utf8), "\(text.debugDescription)")
        }
    }

    @Test func writesTheSameRunElements() throws {
        for text in Self.samples(count: 5_000) {
            let bytes = try #require(ASCIITypography.protect(text))
            #expect(XMLText.textElements(asciiProtected: bytes) == XMLText.textElements(Typography.protectCharacters(text)),
                    "\(text.debugDescription)")
        }
    }

    /// Table widths: the byte count of average letters is the character count, for protected
    /// ASCII text and for its words.
    @Test func widthsOnTheBytesAreTheCharacters() throws {
        for text in Self.samples(count: 5_000) {
            let protected = Typography.protect(text)
            for piece in [protected] + protected.split(separator: " ").map(String.init) {
                if let units = DocxRenderer.widthUnitsOfBytes(piece) {
                    #expect(units == DocxRenderer.widthUnits(piece), "\(piece.debugDescription)")
                } else {
                    #expect(piece.utf8.contains(0x0D), "\(piece.debugDescription)")
                }
            }
        }
        #expect(DocxRenderer.widthUnitsOfBytes("Anggaran – 2024") == nil)
        #expect(DocxRenderer.widthUnitsOfBytes("Rp\u{00A0}1.000") == DocxRenderer.widthUnits("Rp\u{00A0}1.000"))
    }

    @Test func leavesOtherTextToTheCharacterRoad() {
        #expect(ASCIITypography.protect("20 November 2024 – Bogor") == nil)
        #expect(ASCIITypography.protect("é") == nil)
        #expect(Typography.protect("20 November 2024 – Bogor") == "20\u{00A0}November\u{00A0}2024 – Bogor")
        #expect(Typography.protect("20 November 2024") == "20\u{00A0}November\u{00A0}2024")
        #expect(Typography.protect("pada 20-11-2024") == "pada 20\u{2011}11\u{2011}2024")
    }
}
