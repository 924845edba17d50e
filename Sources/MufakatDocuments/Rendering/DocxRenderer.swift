import Foundation
import MufakatDomain

/// DOCX written directly as WordprocessingML: real styles (title, headings, body, article
/// number and heading), justified body text, the chosen paper and margins and typeface,
/// "Halaman X dari Y" and the paraf box (one cell per party) in the footer, a "DRAF" mark in
/// the header of a draft, signature blocks as a borderless table, table columns as wide as
/// their longest unbreakable token, page breaks as "page break before" on the next paragraph,
/// and literal article and paragraph numbers (never Word auto-numbering, which breaks when
/// documents are edited).
///
/// Deterministic: parts in a fixed order, the document's own date (or none) in the package
/// metadata, fixed ZIP timestamps, and entries stored without compression, so the same naskah
/// and page setup give the same bytes on every machine.
public struct DocxRenderer: Sendable {
    public var page: PageSetup

    public init(page: PageSetup = PageSetup()) { self.page = page }

    /// 2020-01-01T00:00:00Z: the fixed time written into the package.
    public static let fixedDate = Date(timeIntervalSince1970: 1_577_836_800)
    static let fixedTimestamp = "2020-01-01T00:00:00Z"

    public func render(_ naskah: Naskah) throws -> Data {
        var zip = StoredZip(capacity: 96 * 1024)
        for (path, text) in parts(naskah) { try zip.add(path, text) }
        if let logo = DocxRenderer.logo(of: naskah) { try zip.add(DocxRenderer.logoPart, logo.png) }
        return try zip.finish()
    }

    /// The lambang of the letterhead, when the naskah has one (placed once, at its letterhead).
    static func logo(of naskah: Naskah) -> LetterheadImage? {
        for case .letterhead(let l) in naskah.blocks { if let logo = l.logo { return logo } }
        return nil
    }

    /// The package path of the lambang image, and its relationship id in document.xml.rels.
    static let logoPart = "word/media/lambang.png"
    static let logoRelationship = "rId6"

    /// The package parts in the order they are written (the lambang image, binary, follows them).
    func parts(_ naskah: Naskah) -> [(String, String)] {
        let logo = DocxRenderer.logo(of: naskah) != nil
        return [
            ("[Content_Types].xml", contentTypes(draft: naskah.isDraft, logo: logo)),
            ("_rels/.rels", packageRels),
            ("docProps/core.xml", core(naskah.title, date: naskah.date)),
            ("docProps/app.xml", app),
            ("word/_rels/document.xml.rels", documentRels(draft: naskah.isDraft, logo: logo)),
            ("word/document.xml", document(naskah)),
            ("word/styles.xml", styles(lineSpacing: DocxRenderer.isLetter(naskah.kind) ? 240 : 276)),
            ("word/settings.xml", settings),
            ("word/fontTable.xml", fontTable),
            ("word/footer1.xml", footer(naskah)),
        ] + (naskah.isDraft ? [("word/header1.xml", draftHeader)] : [])
    }

    // MARK: Package

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let rNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let wpNS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let aNS = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let picNS = "http://schemas.openxmlformats.org/drawingml/2006/picture"

    func contentTypes(draft: Bool, logo: Bool = false) -> String {
        let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return DocxRenderer.header
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + (logo ? "<Default Extension=\"png\" ContentType=\"image/png\"/>" : "")
            + "<Override PartName=\"/word/document.xml\" ContentType=\"\(wml).document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(wml).styles+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(wml).settings+xml\"/>"
            + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"\(wml).fontTable+xml\"/>"
            + "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(wml).footer+xml\"/>"
            + (draft ? "<Override PartName=\"/word/header1.xml\" ContentType=\"\(wml).header+xml\"/>" : "")
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>"
    }

    var packageRels: String {
        DocxRenderer.header
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(DocxRenderer.rNS)/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(DocxRenderer.rNS)/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    func documentRels(draft: Bool, logo: Bool = false) -> String {
        DocxRenderer.header
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(DocxRenderer.rNS)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(DocxRenderer.rNS)/settings\" Target=\"settings.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(DocxRenderer.rNS)/footer\" Target=\"footer1.xml\"/>"
            + "<Relationship Id=\"rId4\" Type=\"\(DocxRenderer.rNS)/fontTable\" Target=\"fontTable.xml\"/>"
            + (draft ? "<Relationship Id=\"rId5\" Type=\"\(DocxRenderer.rNS)/header\" Target=\"header1.xml\"/>" : "")
            + (logo ? "<Relationship Id=\"\(DocxRenderer.logoRelationship)\" Type=\"\(DocxRenderer.rNS)/image\" Target=\"media/lambang.png\"/>" : "")
            + "</Relationships>"
    }

    /// Core properties; created and modified carry the document's own date, and are left out
    /// when it has none (never an invented date).
    func core(_ title: String, date: CalendarDate? = nil) -> String {
        let stamp = date.map { $0.iso + "T00:00:00Z" }
        return DocxRenderer.header
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(title))</dc:title>"
            + "<dc:creator>Mufakat</dc:creator>"
            + "<cp:lastModifiedBy>Mufakat</cp:lastModifiedBy>"
            + "<dc:language>id-ID</dc:language>"
            + (stamp.map { "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\($0)</dcterms:created>"
                    + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\($0)</dcterms:modified>" } ?? "")
            + "</cp:coreProperties>"
    }

    var app: String {
        DocxRenderer.header
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Mufakat</Application></Properties>"
    }

    var settings: String {
        DocxRenderer.header
            + "<w:settings xmlns:w=\"\(DocxRenderer.wNS)\">"
            + "<w:zoom w:percent=\"100\"/>"
            + "<w:defaultTabStop w:val=\"567\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"id-ID\"/>"
            + "</w:settings>"
    }

    var fontTable: String {
        let f = page.typeface
        return DocxRenderer.header
            + "<w:fonts xmlns:w=\"\(DocxRenderer.wNS)\">"
            + "<w:font w:name=\"\(f.fontName)\"><w:charset w:val=\"00\"/><w:family w:val=\"\(f.family)\"/><w:pitch w:val=\"variable\"/></w:font>"
            + "</w:fonts>"
    }

    /// A field (PAGE, NUMPAGES) with "1" as its cached result.
    private func field(_ instruction: String) -> String {
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>1</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }

    /// The footer: the paraf box (one cell per party, when the naskah has one) on the right,
    /// then the page-number line ("Halaman {halaman} dari {jumlah}") with PAGE and NUMPAGES fields.
    func footer(_ naskah: Naskah) -> String {
        var pageLine = ""
        var rest = Substring(naskah.pageNumber)
        while let open = rest.firstIndex(of: "{") {
            let text = String(rest[..<open])
            if !text.isEmpty { pageLine += run(text, bold: false) }
            guard let close = rest[open...].firstIndex(of: "}") else { rest = rest[open...]; break }
            switch rest[rest.index(after: open)..<close] {
            case "halaman": pageLine += field("PAGE")
            case "jumlah": pageLine += field("NUMPAGES")
            default: pageLine += run(String(rest[open...close]), bold: false)
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pageLine += run(String(rest), bold: false) }
        return DocxRenderer.header
            + "<w:ftr xmlns:w=\"\(DocxRenderer.wNS)\" xmlns:r=\"\(DocxRenderer.rNS)\">"
            + initialsBox(naskah.initials)
            + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
            + pageLine
            + "</w:p></w:ftr>"
    }

    /// Kotak paraf: a ruled table on the right of the footer, a label row ("PIHAK PERTAMA")
    /// over an empty row tall enough for an initial.
    func initialsBox(_ labels: [String]) -> String {
        guard !labels.isEmpty else { return "" }
        let cell = 1531 // 2.7 cm
        let edge = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\""
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(edge)/>" }.joined()
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(cell * labels.count)\" w:type=\"dxa\"/><w:jc w:val=\"right\"/>"
            + "<w:tblBorders>\(borders)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            + "</w:tblPr><w:tblGrid>" + labels.map { _ in "<w:gridCol w:w=\"\(cell)\"/>" }.joined() + "</w:tblGrid>"
        let small = max(6, page.fontSize - 4)
        out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        for label in labels {
            out += "<w:tc><w:tcPr><w:tcW w:w=\"\(cell)\" w:type=\"dxa\"/></w:tcPr>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>\(run("Paraf " + label, bold: false, size: small))</w:p></w:tc>"
        }
        out += "</w:tr><w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"454\" w:hRule=\"exact\"/></w:trPr>"
        for _ in labels {
            out += "<w:tc><w:tcPr><w:tcW w:w=\"\(cell)\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr></w:p></w:tc>"
        }
        return out + "</w:tr></w:tbl>"
    }

    /// The header of a draft: "DRAF", bold, on the right of every page.
    var draftHeader: String {
        DocxRenderer.header
            + "<w:hdr xmlns:w=\"\(DocxRenderer.wNS)\" xmlns:r=\"\(DocxRenderer.rNS)\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr>"
            + "<w:r><w:rPr><w:b/><w:bCs/><w:color w:val=\"C00000\"/><w:spacing w:val=\"40\"/><w:sz w:val=\"\(page.fontSize * 2 + 8)\"/><w:szCs w:val=\"\(page.fontSize * 2 + 8)\"/></w:rPr>"
            + "<w:t>\(Naskah.draftMark)</w:t></w:r>"
            + "</w:p></w:hdr>"
    }

    // MARK: Styles

    /// Style ids and the names Word shows. Built-in styles keep their English names so Word maps
    /// them to its own; Mufakat's own styles are named in Indonesian.
    static let styleNames: [(id: String, name: String)] = [
        ("Normal", "Normal"), ("Title", "Title"), ("Heading1", "heading 1"), ("BodyText", "Body Text"),
        ("DocumentNumber", "Nomor Naskah"), ("ArticleNumber", "Nomor Pasal"), ("ArticleHeading", "Judul Pasal"),
        ("ListText", "Rincian"), ("TableText", "Isi Tabel"), ("Signature", "Tanda Tangan"),
        ("Letterhead", "Kop Surat"), ("LetterheadDetail", "Kop Surat Rincian"), ("Footer", "footer"),
    ]

    /// Letters keep to single spacing so that they fit on their first page.
    static func isLetter(_ kind: DocumentKind) -> Bool { kind == .penawaran || kind == .dprd }

    /// `lineSpacing` in 240ths of a line (240 single, 276 = 1.15).
    func styles(lineSpacing: Int) -> String {
        let font = XMLText.escape(page.typeface.fontName)
        let size = page.fontSize * 2
        func style(_ id: String, _ name: String, basedOn: String? = "Normal", next: String? = nil,
                   pPr: String = "", rPr: String = "") -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
                + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "")
                + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "")
                + "<w:qFormat/>"
                + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")
                + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")
                + "</w:style>"
        }
        let bold = "<w:b/><w:bCs/>"
        let small = "<w:sz w:val=\"\(size - 4)\"/><w:szCs w:val=\"\(size - 4)\"/>"
        let large = "<w:sz w:val=\"\(size + 4)\"/><w:szCs w:val=\"\(size + 4)\"/>"
        return DocxRenderer.header
            + "<w:styles xmlns:w=\"\(DocxRenderer.wNS)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
            + "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/><w:lang w:val=\"id-ID\" w:eastAsia=\"id-ID\" w:bidi=\"ar-SA\"/>"
            + "</w:rPr></w:rPrDefault>"
            // Widow and orphan control: never one line of a paragraph alone at the top or foot of a page.
            + "<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after=\"0\" w:line=\"\(lineSpacing)\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
            + style("Title", "Title", next: "BodyText", pPr: "<w:keepNext/><w:keepLines/><w:jc w:val=\"center\"/>", rPr: bold)
            + style("Heading1", "heading 1", next: "BodyText",
                    pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/>", rPr: bold)
            + style("BodyText", "Body Text", pPr: "<w:spacing w:after=\"120\"/><w:jc w:val=\"both\"/>")
            + style("DocumentNumber", "Nomor Naskah", pPr: "<w:keepNext/><w:jc w:val=\"center\"/>")
            + style("ArticleNumber", "Nomor Pasal", next: "ArticleHeading",
                    pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"0\"/><w:jc w:val=\"center\"/>", rPr: bold)
            + style("ArticleHeading", "Judul Pasal", next: "ListText",
                    pPr: "<w:keepNext/><w:keepLines/><w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/>", rPr: bold)
            + style("ListText", "Rincian", pPr: "<w:spacing w:after=\"60\"/><w:jc w:val=\"both\"/>")
            + style("TableText", "Isi Tabel", pPr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>", rPr: small)
            + style("Signature", "Tanda Tangan", pPr: "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>")
            + style("Letterhead", "Kop Surat", pPr: "<w:keepNext/><w:jc w:val=\"center\"/>", rPr: bold + large)
            + style("LetterheadDetail", "Kop Surat Rincian", pPr: "<w:keepNext/><w:jc w:val=\"center\"/>", rPr: small)
            + style("Footer", "footer", pPr: "<w:jc w:val=\"center\"/>", rPr: small)
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>"
    }

    // MARK: Document

    func document(_ naskah: Naskah) -> String {
        // Written into one string from its first byte: the body joined to the opening and the
        // section after it was copied twice more, a seventh of rendering a PKS (issue 19).
        var body = DocxRenderer.header
            + "<w:document xmlns:w=\"\(DocxRenderer.wNS)\" xmlns:r=\"\(DocxRenderer.rNS)\""
            + " xmlns:wp=\"\(DocxRenderer.wpNS)\" xmlns:a=\"\(DocxRenderer.aNS)\" xmlns:pic=\"\(DocxRenderer.picNS)\"><w:body>"
        body.reserveCapacity(64 << 10)
        var breakPending = false
        for (i, block) in naskah.blocks.enumerated() {
            if case .pageBreak = block { breakPending = true; continue }
            let x: String
            if case .signatures(let g) = block, i + 1 < naskah.blocks.count, case .copies = naskah.blocks[i + 1] {
                // The tembusan never goes to a page of its own: the signature block keeps with it.
                x = signatures(g, keepWithNext: true) + "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/><w:keepNext/><w:spacing w:after=\"0\"/></w:pPr></w:p>"
            } else if case .signatures = block {
                x = xml(block)
            } else if i + 1 < naskah.blocks.count, case .signatures = naskah.blocks[i + 1] {
                // A naskah never starts a page with only signatures: the closing article's last
                // paragraph (or the closing sentence) keeps with the signature block.
                x = DocxRenderer.keepingLastParagraphWithNext(xml(block))
            } else {
                x = xml(block)
            }
            body += breakPending ? DocxRenderer.breakingBefore(x) : x
            breakPending = false
        }
        let (w, h) = page.sheet
        let isLetter = DocxRenderer.isLetter(naskah.kind)
        let margins = "<w:pgMar w:top=\"\(PageSetup.twips(mm: page.marginTop))\" w:right=\"\(PageSetup.twips(mm: page.marginRight))\""
            + " w:bottom=\"\(PageSetup.twips(mm: page.marginBottom))\" w:left=\"\(PageSetup.twips(mm: page.marginLeft))\""
            + " w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/>"
        // A draft's mark stands on every page, the first page of a letter included.
        let headers = naskah.isDraft
            ? "<w:headerReference w:type=\"default\" r:id=\"rId5\"/>" + (isLetter ? "<w:headerReference w:type=\"first\" r:id=\"rId5\"/>" : "")
            : ""
        let sect = "<w:sectPr>" + headers + "<w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
            + "<w:pgSz w:w=\"\(w)\" w:h=\"\(h)\"" + (page.landscape ? " w:orient=\"landscape\"" : "") + "/>" + margins
            + "<w:pgNumType w:start=\"1\"/><w:cols w:space=\"708\"/>"
            // A letter's first page carries no page number.
            + (isLetter ? "<w:titlePg/>" : "")
            + "<w:docGrid w:linePitch=\"360\"/></w:sectPr>"
        body += sect
        body += "</w:body></w:document>"
        return body
    }

    static let indentStep = 567

    /// `xml` starting on a new page: its first paragraph gets "page break before"; a block that
    /// starts with a table gets a page-breaking paragraph of its own (Word ignores the property
    /// inside a table cell). Never an empty paragraph holding a break character.
    static func breakingBefore(_ xml: String) -> String {
        let start = "<w:p><w:pPr>"
        guard xml.hasPrefix(start) else {
            return "<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:after=\"0\"/></w:pPr></w:p>" + xml
        }
        // pPr children in schema order: pStyle, keepNext, keepLines, pageBreakBefore.
        var head = xml.index(xml.startIndex, offsetBy: start.count)
        for element in ["<w:pStyle ", "<w:keepNext/>", "<w:keepLines/>"] where xml[head...].hasPrefix(element) {
            head = ASCIIText.range(of: "/>", in: xml, from: head)!.upperBound
        }
        return String(xml[..<head]) + "<w:pageBreakBefore/>" + String(xml[head...])
    }

    /// `xml` with "keep with next" on its last paragraph (when it ends in a paragraph).
    static func keepingLastParagraphWithNext(_ xml: String) -> String {
        // Searched on the bytes: Foundation's search was a twentieth of rendering a PKS (issue 19).
        guard xml.hasSuffix("</w:p>"), let start = ASCIIText.range(of: "<w:p><w:pPr>", in: xml, backwards: true) else { return xml }
        var head = start.upperBound
        if xml[head...].hasPrefix("<w:pStyle ") { head = ASCIIText.range(of: "/>", in: xml, from: head)!.upperBound }
        if xml[head...].hasPrefix("<w:keepNext/>") { return xml }
        return String(xml[..<head]) + "<w:keepNext/>" + String(xml[head...])
    }

    func xml(_ block: Block) -> String {
        switch block {
        case .letterhead(let l):
            var out = l.logo.map(logoParagraph) ?? ""
            out += l.names.enumerated().map { i, name in
                // The office letterhead has no address lines: its name closes the letterhead.
                paragraph("Letterhead", spacingAfter: l.details.isEmpty && i == l.names.count - 1 ? 360 : nil, runs: runs(name))
            }.joined()
            for (i, line) in l.details.enumerated() {
                let last = i == l.details.count - 1
                out += paragraph("LetterheadDetail",
                                 border: last ? "<w:pBdr><w:bottom w:val=\"thickThinSmallGap\" w:sz=\"24\" w:space=\"4\" w:color=\"auto\"/></w:pBdr>" : "",
                                 spacingAfter: last ? 240 : nil, runs: runs(line))
            }
            return out
        case .title(let lines):
            return lines.enumerated().map { i, line in
                paragraph("Title", spacingAfter: i == lines.count - 1 ? 240 : nil, runs: runs(line))
            }.joined()
        case .numbers(let lines):
            return lines.enumerated().map { i, line in
                paragraph("DocumentNumber", spacingAfter: i == lines.count - 1 ? 240 : nil, runs: runs(line))
            }.joined()
        case .paragraph(let p):
            return paragraph("BodyText", keepNext: p.keepWithNext, left: p.indent * DocxRenderer.indentStep,
                             alignment: p.alignment == .justified ? nil : p.alignment, runs: runs(p.text))
        case .heading(let t):
            return paragraph("Heading1", runs: runs(t))
        case .list(let items):
            return list(items, base: 0, keepNext: false, closing: true)
        case .article(let a):
            return paragraph("ArticleNumber", runs: runs(RichText("Pasal \(a.number)")))
                + paragraph("ArticleHeading", runs: runs(a.heading))
                + list(a.items, base: 0, keepNext: false, closing: true)
        case .table(let t):
            return table(t) + gap
        case .signatures(let g):
            return signatures(g) + gap
        case .copies(let items):
            // Small and tight, kept together: the copies should not push a letter onto a new page.
            let small = max(8, page.fontSize - 2)
            let h = hang(for: BuildContext.numbered(items))
            var out = paragraph("BodyText", keepNext: true, spacingBefore: 120, spacingAfter: 0, runs: runs(RichText("Tembusan:"), size: small))
            for (n, item) in items.enumerated() {
                out += paragraph("ListText", keepNext: n < items.count - 1, left: h, hanging: h, spacingAfter: 0,
                                 runs: run("\(n + 1).", bold: false, size: small) + "<w:r><w:tab/></w:r>" + runs(item, size: small))
            }
            return out
        case .pageBreak:
            // Set on the next block by `document` (page break before).
            return ""
        }
    }

    /// An empty paragraph after a table: keeps two tables from merging and gives the blank line
    /// the plain-text rendering has.
    private var gap: String { "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/><w:spacing w:after=\"0\"/></w:pPr></w:p>" }

    /// Hanging indent wide enough for the widest marker of a list ("(10)" needs more than "a.").
    private func hang(for items: [ListItem]) -> Int {
        let widest = items.compactMap(\.marker).map(\.count).max() ?? 0
        switch widest {
        case 0: return 0
        case ...2: return 425
        case 3: return 567
        default: return 709
        }
    }

    /// `closing`: the list ends a block, so its last paragraph gets the space after a body paragraph.
    private func list(_ items: [ListItem], base: Int, keepNext: Bool, closing: Bool) -> String {
        let h = hang(for: items)
        var out = ""
        for (n, item) in items.enumerated() {
            let lastOfBlock = closing && n == items.count - 1
            var r = ""
            if let marker = item.marker {
                r += run(marker, bold: false) + "<w:r><w:tab/></w:r>"
            }
            r += runs(item.text)
            out += paragraph("ListText", keepNext: keepNext, left: base + h, hanging: item.marker == nil ? 0 : h,
                             spacingAfter: lastOfBlock && item.children.isEmpty ? 120 : nil, runs: r)
            if !item.children.isEmpty {
                out += list(item.children, base: base + h, keepNext: keepNext, closing: lastOfBlock)
            }
        }
        return out
    }

    private func paragraph(_ style: String, keepNext: Bool = false, border: String = "", left: Int = 0, hanging: Int = 0,
                           alignment: Alignment? = nil, spacingBefore: Int? = nil, spacingAfter: Int? = nil, runs: String) -> String {
        var pPr = "<w:pStyle w:val=\"\(style)\"/>"
        if keepNext { pPr += "<w:keepNext/>" }
        pPr += border
        if spacingBefore != nil || spacingAfter != nil {
            pPr += "<w:spacing" + (spacingBefore.map { " w:before=\"\($0)\"" } ?? "") + (spacingAfter.map { " w:after=\"\($0)\"" } ?? "") + "/>"
        }
        if left > 0 || hanging > 0 {
            pPr += "<w:ind w:left=\"\(left)\"" + (hanging > 0 ? " w:hanging=\"\(hanging)\"" : "") + "/>"
        }
        if let alignment { pPr += "<w:jc w:val=\"\(jc(alignment))\"/>" }
        return "<w:p><w:pPr>\(pPr)</w:pPr>\(runs)</w:p>"
    }

    private func jc(_ a: Alignment) -> String {
        switch a {
        case .left: "left"
        case .center: "center"
        case .right: "right"
        case .justified: "both"
        }
    }

    private func run(_ text: String, bold: Bool, underline: Bool = false, missing: Bool = false, size: Int? = nil) -> String {
        var rPr = ""
        if bold || missing { rPr += "<w:b/><w:bCs/>" }
        if missing { rPr += "<w:color w:val=\"C00000\"/>" }
        if let size { rPr += "<w:sz w:val=\"\(size * 2)\"/><w:szCs w:val=\"\(size * 2)\"/>" }
        if missing { rPr += "<w:highlight w:val=\"yellow\"/>" }
        if underline { rPr += "<w:u w:val=\"single\"/>" }
        // Non-breaking hyphens of a numeric date are their own element.
        let content = ASCIITypography.protect(text).map(XMLText.textElements(asciiProtected:))
            ?? XMLText.textElements(Typography.protectCharacters(text))
        return "<w:r>" + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>") + content + "</w:r>"
    }

    /// Runs of rich text; a missing value is printed as its marker, bold red on yellow.
    private func runs(_ text: RichText, bold: Bool = false, underline: Bool = false, size: Int? = nil) -> String {
        text.spans.map { span in
            switch span {
            case .text(let t, let b): run(t, bold: b || bold, underline: underline, size: size)
            case .missing(let f): run(f.marker, bold: true, missing: true, size: size)
            }
        }.joined()
    }

    // MARK: Tables

    private func widths(_ weights: [Int], total: Int) -> [Int] {
        let sum = max(1, weights.reduce(0, +))
        var out = weights.map { total * $0 / sum }
        if !out.isEmpty { out[out.count - 1] += total - out.reduce(0, +) }
        return out
    }

    private func tableStart(widths: [Int], borders: Bool) -> String {
        let edge = borders ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"" : "w:val=\"nil\""
        let b = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(edge)/>" }.joined()
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblBorders>\(b)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"\(borders ? 85 : 0)\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            + "</w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    }

    /// Estimated width in twips of `text` set at `points`: an average letter of a book face is
    /// about 0.6 em (Bookman is wide), bold a little wider; generous on purpose, since a
    /// column too narrow breaks a word.
    func estimatedWidth(_ text: String, points: Int, bold: Bool) -> Int {
        let em = Double(points * 20)
        let factor = (page.typeface == .arial ? 0.6 : 0.68) * (bold ? 1.1 : 1.0)
        let units = DocxRenderer.widthUnitsOfBytes(text) ?? DocxRenderer.widthUnits(text)
        return Int((units * em * factor).rounded(.up))
    }

    /// The width of `text` in average letters, character by character.
    static func widthUnits(_ text: String) -> Double {
        var units = 0.0
        for ch in text {
            if ch.isUppercase { units += 1.2 } else if ch == "." || ch == "," || ch == ":" || ch == "(" || ch == ")" || ch == "1" { units += 0.55 }
            else { units += 1.0 }
        }
        return units
    }

    /// `widthUnits` on the UTF-8 bytes, for ASCII text with the non-breaking spaces and hyphens
    /// `Typography.protect` puts in (issue 19): each byte or each of those two is one character,
    /// counted the same and in the same order. Nil for any other text (and a CR, which joins the
    /// LF after it into one character).
    static func widthUnitsOfBytes(_ text: String) -> Double? {
        var units = 0.0
        var utf8 = text.utf8.makeIterator()
        while let b = utf8.next() {
            switch b {
            case 0x41...0x5A: units += 1.2
            case 0x2E, 0x2C, 0x3A, 0x28, 0x29, 0x31: units += 0.55
            case 0x0D: return nil
            case 0x00..<0x80: units += 1.0
            case 0xC2:
                guard utf8.next() == 0xA0 else { return nil }
                units += 1.0
            case 0xE2:
                guard utf8.next() == 0x80, utf8.next() == 0x91 else { return nil }
                units += 1.0
            default: return nil
            }
        }
        return units
    }

    /// Column widths from the content: each column at least as wide as its longest unbreakable
    /// token (a word, an amount, a date: "Anggaran" never breaks as "Anggar/an"), at most its
    /// longest cell, sharing the rest of the text width by what each still wants. When even the
    /// tokens do not fit, the widths follow them proportionally (the best a fixed page allows).
    func contentWidths(_ t: Table, total: Int) -> [Int] {
        let n = t.columns.count
        let grid = t.style == .grid
        let points = grid ? page.fontSize - 2 : page.fontSize
        let padding = grid ? 85 * 2 + 90 : 85 + 90
        var minW = Array(repeating: padding + 200, count: n)
        var maxW = minW
        let rows: [(cells: [RichText], bold: Bool)] = (t.header.isEmpty ? [] : [(t.header, true)]) + t.rows.map { ($0.cells, $0.emphasised) }
        for row in rows {
            for (c, cell) in row.cells.enumerated() where c < n {
                let text = Typography.protect(cell.plain)
                let longest = text.split(separator: " ").map { estimatedWidth(String($0), points: points, bold: row.bold) }.max() ?? 0
                minW[c] = max(minW[c], longest + padding)
                maxW[c] = max(maxW[c], estimatedWidth(text, points: points, bold: row.bold) + padding)
            }
        }
        // A column left empty on purpose (the indent before "LAMPIRAN : ...") keeps its weight's share.
        let weightSum = max(1, t.columns.map(\.weight).reduce(0, +))
        for c in 0..<n where rows.allSatisfy({ c >= $0.cells.count || $0.cells[c].plain.isEmpty }) {
            minW[c] = max(minW[c], total * t.columns[c].weight / weightSum)
            maxW[c] = minW[c]
        }
        let sumMin = minW.reduce(0, +), sumMax = maxW.reduce(0, +)
        if sumMin >= total {
            return widths(minW, total: total)
        }
        if t.style == .plain, sumMax > total, let fitted = plainWidths(t, minW: minW, maxW: maxW, total: total) { return fitted }
        if sumMax <= total {
            // Everything fits on one line: the spare width goes by the builder's weights.
            let spare = widths(t.columns.map(\.weight), total: total - sumMax)
            return (0..<n).map { maxW[$0] + spare[$0] }
        }
        let wants = (0..<n).map { maxW[$0] - minW[$0] }
        let extra = widths(wants, total: total - sumMin)
        return (0..<n).map { minW[$0] + extra[$0] }
    }

    /// A table without rules ("Tanggal penandatanganan : ...", "LAMPIRAN : SURAT WALI KOTA BOGOR")
    /// is a label and its value: a cell no wider than half the text stands on one line, an
    /// empty indent column yields its width first, and the long values share what is left.
    /// Nil when even that does not fit (the general sharing applies).
    func plainWidths(_ t: Table, minW: [Int], maxW: [Int], total: Int) -> [Int]? {
        let n = t.columns.count
        let rows = (t.header.isEmpty ? [] : [t.header]) + t.rows.map(\.cells)
        let empty = (0..<n).filter { c in rows.allSatisfy { c >= $0.count || $0[c].plain.isEmpty } }
        let short = (0..<n).filter { !empty.contains($0) && maxW[$0] <= total / 2 }
        let long = (0..<n).filter { !empty.contains($0) && !short.contains($0) }
        let indentFloor = 400
        var w = minW
        for c in short { w[c] = maxW[c] }
        for c in empty { w[c] = indentFloor }
        var left = total - w.reduce(0, +)
        guard left >= 0 else { return nil }
        // The long values first, up to one line each, by what each still wants.
        let wants = long.map { maxW[$0] - minW[$0] }
        let wanted = wants.reduce(0, +)
        let give = min(left, wanted)
        if give > 0 {
            let shares = widths(wants, total: give)
            for (i, c) in long.enumerated() { w[c] += shares[i] }
            left -= give
        }
        // Then the indents, up to their weight's share; the rest to the last column.
        let weightSum = max(1, t.columns.map(\.weight).reduce(0, +))
        for c in empty where left > 0 {
            let add = min(left, max(0, total * t.columns[c].weight / weightSum - w[c]))
            w[c] += add; left -= add
        }
        if left > 0 { w[(long.last ?? n - 1)] += left }
        return w
    }

    private func table(_ t: Table) -> String {
        let ws = contentWidths(t, total: page.textWidth)
        let grid = t.style == .grid
        let style = grid ? "TableText" : "BodyText"
        var out = tableStart(widths: ws, borders: grid)
        func row(_ cells: [RichText], header: Bool, bold: Bool) -> String {
            var r = "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
            for (c, width) in ws.enumerated() {
                let cell = c < cells.count ? cells[c] : RichText()
                let align: Alignment = header ? .center : t.columns[c].alignment
                r += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                    + (header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" : "")
                    + "</w:tcPr>"
                    + paragraph(style, alignment: align, spacingAfter: 0, runs: runs(cell, bold: bold || header))
                    + "</w:tc>"
            }
            return r + "</w:tr>"
        }
        if !t.header.isEmpty { out += row(t.header, header: true, bold: true) }
        for r in t.rows { out += row(r.cells, header: false, bold: r.emphasised) }
        return out + "</w:tbl>"
    }

    /// A NIP line under a signature ("NIP 19750303 200003 2 001").
    static func isNIP(_ cell: RichText, in row: SignatureGrid.Row) -> Bool {
        row.kind == .detail && cell.missingFields.isEmpty && cell.plain.hasPrefix("NIP ")
    }

    /// The lambang centred above the letterhead's names, as an inline picture.
    func logoParagraph(_ logo: LetterheadImage) -> String {
        let cy = Int((logo.heightMM * 36_000).rounded()), cx = Int((logo.widthMM * 36_000).rounded())
        return "<w:p><w:pPr><w:pStyle w:val=\"Letterhead\"/><w:keepNext/><w:spacing w:after=\"60\"/></w:pPr><w:r><w:drawing>"
            + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/>"
            + "<wp:docPr id=\"1\" name=\"Lambang\"/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic><a:graphicData uri=\"\(DocxRenderer.picNS)\"><pic:pic>"
            + "<pic:nvPicPr><pic:cNvPr id=\"1\" name=\"lambang.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(DocxRenderer.logoRelationship)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
            + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    }

    /// The signature grid as a borderless table whose rows stay on one page; `keepWithNext`
    /// keeps its last row with what follows (the tembusan).
    private func signatures(_ g: SignatureGrid, keepWithNext: Bool = false) -> String {
        let ws = widths(Array(repeating: 1, count: g.columns), total: page.textWidth)
        var out = tableStart(widths: ws, borders: false)
        for (i, row) in g.rows.enumerated() {
            let last = i == g.rows.count - 1
            out += "<w:tr><w:trPr><w:cantSplit/>" + (row.kind == .space ? "<w:trHeight w:val=\"1300\" w:hRule=\"atLeast\"/>" : "") + "</w:trPr>"
            // The size that fits the longest NIP of the row (digits are about 0.56 em wide).
            let longest = row.cells.filter { DocxRenderer.isNIP($0, in: row) }.map(\.plain.count).max() ?? 0
            let room = (ws.min() ?? 0) - 85
            let nipSize: Int? = longest > 0 && Double(longest * page.fontSize * 20) * 0.56 > Double(room)
                ? max(8, Int(Double(room) / (Double(longest * 20) * 0.56))) : nil
            for (c, width) in ws.enumerated() {
                var cell = c < row.cells.count ? row.cells[c] : RichText()
                var size: Int? = nil
                if DocxRenderer.isNIP(cell, in: row) {
                    // "NIP 19750303 200003 2 001" is one unbreakable line; in narrow columns the
                    // row's NIPs are set one size smaller together rather than broken.
                    cell = RichText(cell.plain.replacingOccurrences(of: " ", with: "\u{00A0}"))
                    size = nipSize
                }
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                    + paragraph("Signature", keepNext: !last || keepWithNext, spacingBefore: i == 0 ? 240 : nil,
                                runs: runs(cell, underline: row.kind == .name, size: size))
                    + "</w:tc>"
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl>"
    }
}
