import Foundation

/// Penulis XLSX: writes a `Workbook` as an Office Open XML spreadsheet (ECMA-376) that Excel,
/// LibreOffice and WPS open: shared strings, styles, frozen header panes, column widths,
/// filter buttons and print titles. The same workbook always gives the same bytes.
public enum XlsxWriter {
    /// The XLSX file as bytes.
    public static func data(_ workbook: Workbook) throws -> Data {
        var strings = SharedStrings()
        let names = uniqueSheetNames(workbook.sheets.map(\.name))
        var parts: [(String, String)] = []
        var sheetXML: [String] = []
        for sheet in workbook.sheets { sheetXML.append(worksheet(sheet, strings: &strings)) }

        parts.append(("[Content_Types].xml", contentTypes(sheetCount: workbook.sheets.count)))
        parts.append(("_rels/.rels", rootRels))
        parts.append(("docProps/app.xml", app(names)))
        parts.append(("docProps/core.xml", core(workbook)))
        parts.append(("xl/workbook.xml", workbookXML(workbook, names: names)))
        parts.append(("xl/_rels/workbook.xml.rels", workbookRels(sheetCount: workbook.sheets.count)))
        parts.append(("xl/styles.xml", styles))
        parts.append(("xl/sharedStrings.xml", strings.xml))
        for (i, xml) in sheetXML.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", xml)) }
        return try SpreadsheetPackage.zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// Writes the XLSX file atomically (temporary file, then rename).
    public static func write(_ workbook: Workbook, to url: URL) throws {
        try data(workbook).write(to: url, options: .atomic)
    }

    // MARK: Parts

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func uniqueSheetNames(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.map { raw in
            let base = SpreadsheetXML.sheetName(raw)
            var name = base
            var n = 2
            while !seen.insert(name.lowercased()).inserted {
                let suffix = " (\(n))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            return name
        }
    }

    static func contentTypes(sheetCount: Int) -> String {
        var s = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        s += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        s += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        s += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for i in 1...max(sheetCount, 1) where i <= sheetCount {
            s += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        s += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        s += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        s += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        s += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return s + "</Types>"
    }

    static let rootRels = header + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
    </Relationships>
    """

    static func app(_ names: [String]) -> String {
        var s = header + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        s += "<Application>Mufakat</Application>"
        s += "<TitlesOfParts><vt:vector size=\"\(names.count)\" baseType=\"lpstr\">"
        for n in names { s += "<vt:lpstr>\(SpreadsheetXML.escape(n))</vt:lpstr>" }
        return s + "</vt:vector></TitlesOfParts></Properties>"
    }

    static func core(_ wb: Workbook) -> String {
        header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(SpreadsheetXML.escape(wb.title))</dc:title><dc:creator>\(SpreadsheetXML.escape(wb.creator))</dc:creator>"
            + "<dc:language>id-ID</dc:language></cp:coreProperties>"
    }

    static func workbookXML(_ wb: Workbook, names: [String]) -> String {
        var s = header + "<workbook xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\">"
        s += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (i, n) in names.enumerated() { s += "<sheet name=\"\(SpreadsheetXML.escape(n))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>" }
        s += "</sheets>"
        var defined: [String] = []
        for (i, sheet) in wb.sheets.enumerated() {
            let q = SpreadsheetXML.escape(SpreadsheetXML.quotedSheet(names[i]))
            if sheet.autoFilter && !sheet.rows.isEmpty && sheet.columnCount > 0 {
                let last = SpreadsheetXML.columnName(sheet.columnCount - 1)
                defined.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">\(q)!$A$\(sheet.filterRow + 1):$\(last)$\(sheet.rows.count)</definedName>")
            }
            if sheet.repeatFrozenWhenPrinting && (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
                var ranges: [String] = []
                if sheet.frozenColumns > 0 { ranges.append("\(q)!$A:$\(SpreadsheetXML.columnName(sheet.frozenColumns - 1))") }
                if sheet.frozenRows > 0 { ranges.append("\(q)!$1:$\(sheet.frozenRows)") }
                defined.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">\(ranges.joined(separator: ","))</definedName>")
            }
        }
        if !defined.isEmpty { s += "<definedNames>" + defined.joined() + "</definedNames>" }
        return s + "</workbook>"
    }

    static func workbookRels(sheetCount: Int) -> String {
        var s = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 0..<sheetCount {
            s += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        s += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        s += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return s + "</Relationships>"
    }

    static func worksheet(_ sheet: Worksheet, strings: inout SharedStrings) -> String {
        var s = header + "<worksheet xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\">"
        s += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        let cols = sheet.columnCount
        let lastRef = cols > 0 && !sheet.rows.isEmpty ? SpreadsheetXML.reference(row: sheet.rows.count - 1, column: cols - 1) : "A1"
        s += "<dimension ref=\"A1\(lastRef == "A1" ? "" : ":" + lastRef)\"/>"
        s += "<sheetViews><sheetView workbookViewId=\"0\">"
        let fr = sheet.frozenRows, fc = sheet.frozenColumns
        if fr > 0 || fc > 0 {
            let topLeft = SpreadsheetXML.reference(row: fr, column: fc)
            let pane = fr > 0 && fc > 0 ? "bottomRight" : fr > 0 ? "bottomLeft" : "topRight"
            var attrs = ""
            if fc > 0 { attrs += " xSplit=\"\(fc)\"" }
            if fr > 0 { attrs += " ySplit=\"\(fr)\"" }
            s += "<pane\(attrs) topLeftCell=\"\(topLeft)\" activePane=\"\(pane)\" state=\"frozen\"/>"
            s += "<selection pane=\"\(pane)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        }
        s += "</sheetView></sheetViews>"
        s += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            s += "<cols>"
            // Runs of equal widths become one <col> element (a 552-column matrix stays small).
            var i = 0
            let widths = sheet.columnWidths
            while i < widths.count {
                var j = i
                while j + 1 < widths.count && widths[j + 1] == widths[i] { j += 1 }
                s += "<col min=\"\(i + 1)\" max=\"\(j + 1)\" width=\"\(format(widths[i]))\" customWidth=\"1\"/>"
                i = j + 1
            }
            s += "</cols>"
        }
        s += "<sheetData>"
        let letters = (0..<cols).map(SpreadsheetXML.columnName)
        for (r, row) in sheet.rows.enumerated() {
            let rowNumber = String(r + 1)
            s += "<row r=\"\(r + 1)\""
            if let h = sheet.rowHeights[r] ?? estimatedHeight(row, widths: sheet.columnWidths) {
                s += " ht=\"\(format(h))\" customHeight=\"1\""
            }
            s += ">"
            for (c, cell) in row.enumerated() {
                let style = styleAttributes[cell.style.rawValue]
                switch cell.value {
                case .empty:
                    if cell.style != .normal { s += "<c r=\"" + letters[c] + rowNumber + "\"" + style + "/>" }
                case .text(let text):
                    let index = strings.index(of: text)
                    s += "<c r=\"" + letters[c] + rowNumber + "\"" + style + " t=\"s\"><v>" + String(index) + "</v></c>"
                case .number(let n):
                    s += "<c r=\"" + letters[c] + rowNumber + "\"" + style + "><v>" + String(n) + "</v></c>"
                }
            }
            s += "</row>"
        }
        s += "</sheetData>"
        if sheet.autoFilter && cols > 0 && !sheet.rows.isEmpty {
            s += "<autoFilter ref=\"\(SpreadsheetXML.reference(row: sheet.filterRow, column: 0)):\(SpreadsheetXML.reference(row: sheet.rows.count - 1, column: cols - 1))\"/>"
        }
        s += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        s += "<pageSetup paperSize=\"9\" orientation=\"\(sheet.landscape ? "landscape" : "portrait")\" fitToWidth=\"\(sheet.fitToWidth)\" fitToHeight=\"0\"/>"
        s += headerFooter(sheet)
        return s + "</worksheet>"
    }

    /// The printed header (the title, centred and bold) and footer (the legend across the
    /// page; without one, "Halaman X dari Y" on the right).
    /// "&" is doubled, since Excel reads it as a code.
    static func headerFooter(_ sheet: Worksheet) -> String {
        func code(_ text: String) -> String { XMLText.escape(text.replacingOccurrences(of: "&", with: "&&")) }
        var out = "<headerFooter>"
        if let title = sheet.printTitle, !title.isEmpty { out += "<oddHeader>&amp;C&amp;\"-,Bold\"" + code(title) + "</oddHeader>" }
        if let footer = sheet.printFooter, !footer.isEmpty {
            // The legend takes the whole footer line (page numbers would run into it).
            out += "<oddFooter>&amp;L&amp;8" + code(footer) + "</oddFooter>"
        } else {
            out += "<oddFooter>&amp;R&amp;8Halaman &amp;P dari &amp;N</oddFooter>"
        }
        return out + "</headerFooter>"
    }

    /// Default column width of a sheet without a <col> entry, in characters.
    static let defaultColumnWidth = 8.43

    /// A height that shows every line of the row's wrapped texts (15 points a line), or nil
    /// when one line is enough.
    static func estimatedHeight(_ row: [SpreadsheetCell], widths: [Double]) -> Double? {
        var lines = 1
        for (c, cell) in row.enumerated() where cell.style.wraps && cell.style != .headerVertical {
            guard case .text(let text) = cell.value, !text.isEmpty else { continue }
            // Bold header text runs wider; keep a margin of about one character.
            let width = max(1, (c < widths.count ? widths[c] : defaultColumnWidth) - 1) * (cell.style == .header ? 0.9 : 1)
            var n = 0
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                n += max(1, Int((Double(paragraph.count) / width).rounded(.up)))
            }
            lines = max(lines, n)
        }
        return lines > 1 ? Double(lines) * 15 : nil
    }

    /// ` s="N"` for each style (empty for the default), built once.
    static let styleAttributes: [String] = CellStyle.allCases.map { $0 == .normal ? "" : " s=\"\($0.rawValue)\"" }

    static func format(_ d: Double) -> String {
        d == d.rounded() ? String(Int(d)) : String(format: "%.2f", d)
    }

    /// Fonts, fills, borders and the cell formats in `CellStyle` order.
    static let styles: String = {
        var s = header + "<styleSheet xmlns=\"\(mainNS)\">"
        s += "<fonts count=\"3\">"
        s += "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        s += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        s += "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        s += "</fonts>"
        // 0 none, 1 gray125 (both required first), 2 header grey, 3 offer, 4 need, 5 both, 6 planned, 7 listed.
        let colours = ["D9D9D9", "C6EFCE", "FFD8A8", "BDD7EE", "D9C3E9", "EDEDED"]
        s += "<fills count=\"\(2 + colours.count)\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        for c in colours { s += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(c)\"/><bgColor indexed=\"64\"/></patternFill></fill>" }
        s += "</fills>"
        s += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        s += "<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right><top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>"
        s += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        let xfs: [String] = CellStyle.allCases.map { style in
            switch style {
            case .normal: "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            case .header: "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            case .headerVertical: "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"bottom\" textRotation=\"90\" wrapText=\"1\"/></xf>"
            case .wrap: "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            case .money: "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
            case .centered: "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>"
            case .title: "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            case .bold: "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            case .label: "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\"/></xf>"
            case .offer, .need, .both, .planned, .listed:
                "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"\(3 + style.rawValue - CellStyle.offer.rawValue)\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
            }
        }
        s += "<cellXfs count=\"\(xfs.count)\">" + xfs.joined() + "</cellXfs>"
        s += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return s + "</styleSheet>"
    }()
}

/// The shared string table: each distinct text stored once, cells refer to it by index.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private(set) var ordered: [String] = []
    private(set) var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let i = indices[text] { return i }
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var s = XlsxWriter.header + "<sst xmlns=\"\(XlsxWriter.mainNS)\" count=\"\(references)\" uniqueCount=\"\(ordered.count)\">"
        for t in ordered {
            let preserve = t.first?.isWhitespace == true || t.last?.isWhitespace == true || t.contains("\n")
            s += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            s += SpreadsheetXML.escape(t)
            s += "</t></si>"
        }
        return s + "</sst>"
    }
}
