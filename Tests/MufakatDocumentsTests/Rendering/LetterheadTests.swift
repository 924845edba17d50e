import Foundation
import Testing
import MufakatDomain
@testable import MufakatDocuments

/// Kop surat (issue 15): a letter signed by the head of region carries the office letterhead
/// ("WALI KOTA BOGOR") with the profile's lambang, and its tembusan never stands alone on a page.
@Suite struct LetterheadTests {
    /// A valid 2×3 PNG (RGBA), small enough to read in a test.
    static let png: Data = {
        let base64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEklEQVR4nGNgYGD4z8DAwMDAAAAJAAFp3Hc3AAAAAElFTkSuQmCC"
        return Data(base64Encoded: base64)!
    }()

    static func letterhead(logo: Data?) -> Letterhead {
        var l = Fixtures.bogorLetterhead
        l.logo = logo
        return l
    }

    static func offer(logo: Data? = nil, kind: DocumentKind = .penawaran) throws -> Naskah {
        try NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: letterhead(logo: logo)).build(kind, for: Fixtures.bogorRaya)
    }

    @Test func pngHeaderIsRead() {
        #expect(PNGImage(Self.png) == PNGImage(Self.png))
        #expect(PNGImage(Self.png)?.width == 2 && PNGImage(Self.png)?.height == 3)
        #expect(PNGImage(Data("GIF89a not a png at all...".utf8)) == nil)
    }

    @Test func headOfRegionLettersCarryTheOfficeLetterhead() throws {
        let naskah = try Self.offer()
        guard case .letterhead(let l)? = naskah.blocks.first else { Issue.record("tanpa kop: \(naskah.blocks.first.map { "\($0)" } ?? "-")"); return }
        #expect(l.names.map(\.plain) == ["WALI KOTA BOGOR"])
        // Kop naskah dinas jabatan: no address lines, and no unit letterhead.
        #expect(l.details.isEmpty)
        #expect(!PlainTextRenderer().render(naskah).contains("PEMERINTAH KOTA BOGOR"))
        #expect(l.logo == nil)
        // The rule and its basis are data.
        let rule = try #require(Fixtures.rulebook.letterhead)
        #expect(rule.headOffice && rule.basis.contains("Permendagri 1/2023"))
    }

    @Test func withoutTheRuleTheUnitLetterheadStays() throws {
        // A rulebook without [letterhead]: the government's letterhead with its address.
        var toml = try #require(RulebookLoader.bundledText())
        let start = try #require(toml.range(of: "[letterhead]"))
        let end = try #require(toml.range(of: "to_confirm = true", range: start.upperBound..<toml.endIndex))
        toml.removeSubrange(start.lowerBound..<end.upperBound)
        let rulebook = try RulebookLoader.parse(toml, file: "tanpa-kop.toml")
        #expect(rulebook.letterhead == nil)
        let naskah = try NaskahBuilder(rulebook: rulebook, letterhead: Fixtures.bogorLetterhead).build(.penawaran, for: Fixtures.bogorRaya)
        guard case .letterhead(let l)? = naskah.blocks.first else { Issue.record("tanpa kop"); return }
        #expect(l.names.first?.plain == "PEMERINTAH KOTA BOGOR")
        #expect(!l.details.isEmpty)
    }

    @Test(arguments: [Paper.a4, Paper.f4])
    func logoIsEmbeddedInTheDocx(_ paper: Paper) throws {
        let naskah = try Self.offer(logo: Self.png)
        guard case .letterhead(let l)? = naskah.blocks.first else { Issue.record("tanpa kop"); return }
        #expect(l.logo?.pixels == PNGImage(Self.png))
        let docx = try DocxInspector(DocxRenderer(page: PageSetup(paper: paper)).render(naskah))
        #expect(docx.parts["word/media/lambang.png"] == Self.png)
        let types = String(decoding: docx.parts["[Content_Types].xml"]!, as: UTF8.self)
        #expect(types.contains("Extension=\"png\" ContentType=\"image/png\""))
        let rels = String(decoding: docx.parts["word/_rels/document.xml.rels"]!, as: UTF8.self)
        #expect(rels.contains("Id=\"rId6\"") && rels.contains("Target=\"media/lambang.png\""))
        let doc = try #require(docx.parse("word/document.xml"), "document.xml tidak sah")
        #expect(doc.first("a:blip")?["r:embed"] == "rId6")
        // 25 mm high, width by the image's proportions (2:3).
        #expect(doc.first("wp:extent")?["cy"] == "900000")
        #expect(doc.first("wp:extent")?["cx"] == "600000")
        // The picture comes before the office name.
        let text = String(decoding: docx.parts["word/document.xml"]!, as: UTF8.self)
        let picture = try #require(text.range(of: "<w:drawing>")), name = try #require(text.range(of: "WALI KOTA BOGOR"))
        #expect(picture.lowerBound < name.lowerBound)
    }

    @Test func withoutALogoTheDocxHasNoImage() throws {
        let docx = try DocxInspector(DocxRenderer().render(try Self.offer()))
        #expect(!docx.entries.contains { $0.hasPrefix("word/media/") })
        #expect(!String(decoding: docx.parts["word/document.xml"]!, as: UTF8.self).contains("<w:drawing>"))
        #expect(!String(decoding: docx.parts["[Content_Types].xml"]!, as: UTF8.self).contains("png"))
    }

    /// The signature block keeps with the tembusan: its last row and the paragraphs up to the
    /// last copy but one carry "keep with next", so the copies never open a page on their own.
    @Test(arguments: [DocumentKind.penawaran, .dprd])
    func tembusanStaysWithTheSignature(_ kind: DocumentKind) throws {
        let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook).build(kind, for: kind == .dprd ? Fixtures.legokNangka : Fixtures.bogorRaya)
        let xml = String(decoding: try DocxInspector(DocxRenderer().render(naskah)).parts["word/document.xml"]!, as: UTF8.self)
        let copies = try #require(xml.range(of: "Tembusan:"), "\(kind): tanpa tembusan")
        let tableStart = try #require(xml.range(of: "<w:tbl>", options: .backwards, range: xml.startIndex..<copies.lowerBound))
        let signature = xml[tableStart.lowerBound..<copies.lowerBound]
        let lastRow = try #require(signature.range(of: "<w:tr>", options: .backwards))
        let tail = signature[lastRow.lowerBound...]
        let paragraphs = tail.components(separatedBy: "<w:p>").dropFirst()
        #expect(!paragraphs.isEmpty)
        for p in paragraphs { #expect(p.contains("<w:keepNext/>"), "\(kind): tanpa keepNext: \(p.prefix(160))") }
        // "Tembusan:" and every copy but the last keep with the next line.
        let after = xml[copies.lowerBound...]
        let copyParagraphs = after.components(separatedBy: "<w:p>")
        let count = naskah.blocks.compactMap { if case .copies(let items) = $0 { items.count } else { nil } }.first ?? 0
        #expect(count > 0)
        let head = xml[..<copies.lowerBound].components(separatedBy: "<w:p>").last ?? ""
        #expect(head.contains("<w:keepNext/>"), "\(kind): 'Tembusan:' tanpa keepNext")
        for p in copyParagraphs.dropFirst().prefix(count - 1) { #expect(p.contains("<w:keepNext/>"), "\(kind): \(p.prefix(160))") }
    }

    /// Under three signatures side by side a NIP never breaks between its groups: it is one
    /// unbreakable line, set smaller when the column is narrow.
    @Test(arguments: [Paper.a4, Paper.f4])
    func nipUnderASignatureIsOneLine(_ paper: Paper) throws {
        let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook).build(.pks, for: Fixtures.legokNangka)
        let xml = String(decoding: try DocxInspector(DocxRenderer(page: PageSetup(paper: paper)).render(naskah)).parts["word/document.xml"]!, as: UTF8.self)
        let nips = xml.components(separatedBy: ">NIP").dropFirst().map { String($0.prefix(30)) }
        #expect(nips.count >= 3, "\(nips)")  // the naskah and its annex are signed
        for nip in nips { #expect(!nip.prefix(25).contains(" "), "NIP dapat terpotong: \(nip)") }
        #expect(xml.contains("<w:sz w:val=\"") )
    }

    /// No line of a paragraph stands alone at the top or the foot of a page.
    @Test func widowAndOrphanControlIsTheDefault() throws {
        let styles = try #require(try DocxInspector(DocxRenderer().render(try Self.offer(kind: .pembiayaan))).parse("word/styles.xml"))
        #expect(styles.first("w:widowControl") != nil)
    }
}
