import Foundation
import Testing
import MufakatDomain
@testable import MufakatDocuments

@Suite struct DocxRendererTests {
    static let expectedParts = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml",
                                "word/settings.xml", "word/fontTable.xml", "word/footer1.xml"]

    static var documents: [(String, Naskah)] {
        Fixtures.all.flatMap { name, cooperation, letterhead -> [(String, Naskah)] in
            let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: letterhead)
            return DocumentKind.allCases.compactMap { kind in
                (try? builder.build(kind, for: cooperation)).map { ("\(name)/\(kind.rawValue)", $0) }
            }
        }
    }

    @Test func everyPartIsThereInOrderAndWellFormed() throws {
        for (name, naskah) in Self.documents {
            let docx = try DocxInspector(DocxRenderer().render(naskah))
            #expect(docx.entries == Self.expectedParts, "\(name)")
            for part in docx.entries {
                #expect(docx.parse(part) != nil, "\(name): \(part) bukan XML yang sah")
            }
        }
    }

    @Test(arguments: [(Paper.a4, 11906, 16838), (Paper.f4, 12189, 18709)])
    func pageSizeAndMarginsAreAsChosen(paper: Paper, width: Int, height: Int) throws {
        let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook).build(.kb, for: Fixtures.bogorRaya)
        let setup = PageSetup(paper: paper, marginTop: 20, marginRight: 15, marginBottom: 25, marginLeft: 40)
        let doc = try #require(DocxInspector(DocxRenderer(page: setup).render(naskah)).parse("word/document.xml"))
        let size = try #require(doc.first("w:pgSz"))
        #expect(size["w:w"] == String(width))
        #expect(size["w:h"] == String(height))
        let margins = try #require(doc.first("w:pgMar"))
        #expect(margins["w:top"] == "1134")
        #expect(margins["w:right"] == "850")
        #expect(margins["w:bottom"] == "1417")
        #expect(margins["w:left"] == "2268")
        #expect(doc.first("w:footerReference")?["r:id"] == "rId3")
        #expect(doc.all("w:sectPr").count == 1)
        #expect(doc.first("w:titlePg") == nil, "halaman pertama naskah bernomor")
    }

    @Test(arguments: Typeface.allCases)
    func typefaceIsTheDocumentDefault(typeface: Typeface) throws {
        let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook).build(.kb, for: Fixtures.bogorRaya)
        let docx = try DocxInspector(DocxRenderer(page: PageSetup(typeface: typeface, fontSize: 11)).render(naskah))
        let styles = try #require(docx.parse("word/styles.xml"))
        let fonts = try #require(styles.first("w:rFonts"))
        #expect(fonts["w:ascii"] == typeface.fontName)
        #expect(fonts["w:hAnsi"] == typeface.fontName)
        #expect(styles.first("w:sz")?["w:val"] == "22")
        #expect(docx.parse("word/fontTable.xml")?.first("w:font")?["w:name"] == typeface.fontName)
    }

    @Test func stylesExistAndAreUsed() throws {
        let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook).build(.pks, for: Fixtures.bogorRaya)
        let docx = try DocxInspector(DocxRenderer().render(naskah))
        let styles = try #require(docx.parse("word/styles.xml"))
        let defined = Set(styles.all("w:style").compactMap { $0["w:styleId"] })
        for id in ["Normal", "Title", "Heading1", "BodyText", "ArticleNumber", "ArticleHeading", "DocumentNumber", "ListText", "Signature", "Footer"] {
            #expect(defined.contains(id), "gaya \(id) tidak ada")
        }
        let doc = try #require(docx.parse("word/document.xml"))
        let used = Set(doc.all("w:pStyle").compactMap { $0["w:val"] })
        #expect(used.isSubset(of: defined), "gaya dipakai tetapi tidak didefinisikan: \(used.subtracting(defined))")
        for id in ["Title", "ArticleNumber", "ArticleHeading", "BodyText", "ListText", "Signature"] {
            #expect(used.contains(id), "gaya \(id) tidak dipakai")
        }
        // Body text is justified; article numbers literal, never Word numbering.
        #expect(doc.all("w:numPr").isEmpty)
        #expect(docx.parts["word/numbering.xml"] == nil)
        #expect(styles.elements.contains { $0.name == "w:jc" && $0.attributes["w:val"] == "both" })
        let footer = try #require(docx.parse("word/footer1.xml"))
        #expect(footer.all("w:instrText").isEmpty == false)
        #expect(footer.text.isEmpty == false)
    }

    @Test func signatureBlocksAreABorderlessTableSideBySide() throws {
        let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook).build(.kb, for: Fixtures.legokNangka)
        let doc = try #require(DocxInspector(DocxRenderer().render(naskah)).parse("word/document.xml"))
        // The last table of the KB is the signature grid: three columns, no borders.
        let grids = doc.elements.enumerated().filter { $0.element.name == "w:tblGrid" }.map(\.offset)
        let last = try #require(grids.last)
        let columns = doc.elements[last...].prefix { $0.name != "w:tr" }.filter { $0.name == "w:gridCol" }
        #expect(columns.count == 3)
        let borders = doc.elements[..<last].last { $0.name == "w:insideV" }
        #expect(borders?.attributes["w:val"] == "nil")
    }

    @Test func documentTextInOrderEqualsThePlainTextRendering() throws {
        for (name, naskah) in Self.documents {
            let docx = try DocxInspector(DocxRenderer().render(naskah))
            let wide = PlainTextRenderer(width: 3_000).render(naskah)
            #expect(contentWords(docx.words()) == contentWords(wide), "\(name)")
            // At 80 columns the words are the same, though tables and signatures interleave lines.
            let narrow = PlainTextRenderer().render(naskah)
            #expect(contentWords(docx.words()).sorted() == contentWords(narrow).sorted(), "\(name)")
        }
    }

    @Test func bytesAreIdenticalAcrossRuns() throws {
        for (name, naskah) in Self.documents {
            let a = try DocxRenderer().render(naskah)
            let b = try DocxRenderer().render(naskah)
            #expect(a == b, "\(name)")
        }
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead)
        let first = try DocxRenderer(page: PageSetup(paper: .f4)).render(builder.build(.pks, for: Fixtures.bogorRaya))
        let second = try DocxRenderer(page: PageSetup(paper: .f4)).render(builder.build(.pks, for: Fixtures.bogorRaya))
        #expect(first == second)
        #expect(Fingerprint.sha256(first) == Fingerprint.sha256(second))
    }

    @Test func missingValuesAreMarkedVisibly() throws {
        let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead).build(.pks, for: Fixtures.parkirPakuan)
        #expect(!naskah.missingFields.isEmpty)
        let doc = try #require(DocxInspector(DocxRenderer().render(naskah)).parse("word/document.xml"))
        #expect(doc.text.contains("[BELUM DIISI: Tanggal penandatanganan Perjanjian Kerja Sama]"))
        #expect(doc.all("w:highlight").count >= naskah.missingFields.count)
    }

    @Test func xmlIsEscapedAndUnicodeKept() throws {
        var c = Fixtures.bogorRaya
        c.title = "Angkutan <Terpadu> & \"Cepat\" — Bogor–Raya ✓ 日本"
        c.memorandum.considerations = ["bahwa kontrol\u{0007} dibuang"]
        let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook).build(.kb, for: c)
        let docx = try DocxInspector(DocxRenderer().render(naskah))
        let doc = try #require(docx.parse("word/document.xml"))
        #expect(doc.text.contains("Angkutan <Terpadu> & \"Cepat\" — Bogor–Raya ✓ 日本"))
        #expect(doc.text.contains("kontrol dibuang") || doc.text.contains("kontroldibuang"))
        #expect(docx.parse("docProps/core.xml") != nil)
    }
}
