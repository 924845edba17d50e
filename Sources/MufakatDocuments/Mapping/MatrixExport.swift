import MufakatDomain

/// Keluaran matriks pemetaan: the matrix as a spreadsheet (matrix, details, legend), as CSV rows
/// and as plain text for a terminal.
public enum MatrixExport {
    /// The CSV rows: exactly `matrix.textRows()`, label column first.
    public static func csvRows(_ matrix: MappingMatrix) -> [[String]] { matrix.textRows() }

    /// Column headers of the details sheet.
    public static let detailHeaders = [
        "Kode Daerah", "Daerah", "Provinsi", "Kode Urusan", "Urusan", "Sub-urusan", "Potensi", "Kebutuhan",
        "Calon Mitra Daerah", "Calon Mitra Pihak Ketiga", "Jenis Kerja Sama", "Prioritas", "Tahun Target",
        "Tercantum dalam RPJMD", "Tahun RKPD", "Anggaran Indikatif (Rp)", "Rencana Kerja Sama", "Catatan",
        "Petugas Penghubung", "Kontak",
    ]

    /// The workbook: "Matriks" (frozen labels, coloured symbols), "Rincian" (one row per entry,
    /// with filters) and "Keterangan" (legend, meeting, filter).
    public static func workbook(_ matrix: MappingMatrix, catalogues: Catalogues, meeting: Meeting? = nil,
                                generatedOn: CalendarDate? = nil) -> Workbook {
        let title = "MATRIKS PEMETAAN URUSAN PEMERINTAHAN YANG DAPAT DIKERJASAMAKAN" + (meeting.map { " – \($0.title)" } ?? "")
        var matrixSheet = matrixSheet(matrix)
        matrixSheet.printTitle = title
        matrixSheet.printFooter = legendLine
        var detailSheet = detailSheet(matrix, catalogues: catalogues)
        detailSheet.printTitle = "RINCIAN " + title
        return Workbook(sheets: [matrixSheet, detailSheet,
                          legendSheet(matrix, catalogues: catalogues, meeting: meeting, generatedOn: generatedOn)],
                 title: meeting.map { "Matriks Pemetaan Urusan – \($0.title)" } ?? "Matriks Pemetaan Urusan Kerja Sama Daerah",
                 creator: meeting?.facilitatorAgency.isEmpty == false ? meeting!.facilitatorAgency : "Mufakat")
    }

    /// The legend as one printed line under the matrix.
    /// (Short: Excel prints at most 255 characters in a footer.)
    static let legendLine = "Keterangan: P = potensi; K = kebutuhan; PK = potensi dan kebutuhan; * = tercantum dalam RPJMD/RKPD"
        + " (R bila tanpa potensi/kebutuhan); ? = dipetakan tanpa potensi/kebutuhan; kosong = tidak dipetakan"

    static func matrixSheet(_ matrix: MappingMatrix) -> Worksheet {
        var rows: [[SpreadsheetCell]] = []
        rows.reserveCapacity(matrix.rowCount + 1)
        var head: [SpreadsheetCell] = [.text(matrix.cornerLabel, .header)]
        let headerStyle: CellStyle = matrix.isTransposed ? .header : .headerVertical
        for c in 0..<matrix.columnCount { head.append(.text(matrix.columnLabel(c), headerStyle)) }
        rows.append(head)
        for r in 0..<matrix.rowCount {
            var row: [SpreadsheetCell] = [.text(matrix.rowLabel(r), .label)]
            row.reserveCapacity(matrix.columnCount + 1)
            for c in 0..<matrix.columnCount {
                let cell = matrix.cell(row: r, column: c)
                row.append(cell.kind == .empty ? SpreadsheetCell(.empty, style: .centered)
                                               : .text(cell.symbol, MappingLabels.cellStyle(cell.kind)))
            }
            rows.append(row)
        }
        let columnWidth: Double = matrix.isTransposed ? 14 : 6
        return Worksheet(name: "Matriks", rows: rows,
                         columnWidths: [matrix.isTransposed ? 44 : 60] + Array(repeating: columnWidth, count: matrix.columnCount),
                         frozenRows: 1, frozenColumns: 1,
                         rowHeights: matrix.isTransposed ? [0: 60] : [0: 150])
    }

    /// One row per mapping entry behind the matrix (same regions, affairs and priority filter).
    public static func detailRows(_ matrix: MappingMatrix, catalogues: Catalogues) -> [[SpreadsheetCell]] {
        var rows: [[SpreadsheetCell]] = [detailHeaders.map { .text($0, .header) }]
        for (ri, region) in matrix.regions.enumerated() {
            let mapping = matrix.mappings[ri]
            let province = catalogues.regions[region.provinceCode]?.name ?? region.provinceCode
            for (ai, affair) in matrix.affairs.enumerated() {
                for index in matrix.cell(affair: ai, region: ri).entryIndices {
                    let e = mapping.entries[index]
                    rows.append([
                        .text(region.code, .centered), .text(region.fullName, .wrap), .text(province, .wrap),
                        .text(affair.code, .centered), .text(affair.name, .wrap), .text(MappingLabels.subAffair(e, catalogues), .wrap),
                        .text(e.offer, .wrap), .text(e.need, .wrap),
                        .text(MappingLabels.partners(e, catalogues), .wrap), .text(MappingLabels.thirdParties(e), .wrap),
                        .text(e.intendedKind?.label ?? "", .wrap), .text(e.priority?.label ?? "", .centered),
                        e.targetYear.map { .number(Int64($0), .centered) } ?? SpreadsheetCell(.empty, style: .centered),
                        .text(e.inRPJMD ? "Ya" : "Tidak", .centered),
                        e.rkpdYear.map { .number(Int64($0), .centered) } ?? SpreadsheetCell(.empty, style: .centered),
                        e.indicativeBudget.map { .number($0.value, .money) } ?? SpreadsheetCell(.empty, style: .money),
                        .text(e.plannedCooperation ?? "", .wrap), .text(e.notes, .wrap),
                        .text(MappingLabels.contact(mapping), .wrap), .text(MappingLabels.contactMeans(mapping), .wrap),
                    ])
                }
            }
        }
        return rows
    }

    static func detailSheet(_ matrix: MappingMatrix, catalogues: Catalogues) -> Worksheet {
        Worksheet(name: "Rincian", rows: detailRows(matrix, catalogues: catalogues),
                  // Narrow enough, with wrapping, to print on two landscape A4 pages across at a
                  // readable size; the region columns repeat on each page.
                  columnWidths: [7, 18, 14, 7, 18, 18, 26, 26, 20, 18, 12, 9, 7, 9, 7, 15, 24, 20, 20, 18],
                  frozenRows: 1, frozenColumns: 2, autoFilter: true, landscape: true, fitToWidth: 2)
    }

    static func legendSheet(_ matrix: MappingMatrix, catalogues: Catalogues, meeting: Meeting?, generatedOn: CalendarDate?) -> Worksheet {
        var rows: [[SpreadsheetCell]] = [[.text("MATRIKS PEMETAAN URUSAN PEMERINTAHAN YANG DAPAT DIKERJASAMAKAN", .title)]]
        if let meeting {
            rows.append([.text("Rapat", .bold), .text(meeting.title)])
            rows.append([.text("Tingkat", .bold), .text(meeting.level.label)])
            if let d = meeting.date { rows.append([.text("Tanggal", .bold), .text(IndonesianDate.long(d))]) }
            if !meeting.place.isEmpty { rows.append([.text("Tempat", .bold), .text(meeting.place)]) }
            if !meeting.facilitator.name.isEmpty {
                rows.append([.text("Fasilitator", .bold), .text([meeting.facilitator.name, meeting.facilitator.title].filter { !$0.isEmpty }.joined(separator: ", "))])
            }
        }
        let filter = matrix.filter.description(regions: catalogues.regions)
        rows.append([.text("Saringan", .bold), .text(filter.isEmpty ? "Tanpa saringan" : filter)])
        rows.append([.text("Jumlah daerah", .bold), .number(Int64(matrix.regions.count))])
        rows.append([.text("Jumlah urusan", .bold), .number(Int64(matrix.affairs.count))])
        if let generatedOn { rows.append([.text("Disusun", .bold), .text(IndonesianDate.long(generatedOn))]) }
        rows.append([])
        rows.append([.text("Simbol", .header), .text("Arti", .header)])
        for kind in MatrixCellKind.legend {
            rows.append([.text(kind.symbol, MappingLabels.cellStyle(kind)), .text(kind.label, .wrap)])
        }
        rows.append([.text("(kosong)", .centered), .text(MatrixCellKind.empty.label, .wrap)])
        rows.append([])
        rows.append([.text("Dasar hukum", .bold), .text("PP 28/2018 Pasal 5; Permendagri 22/2020 (identifikasi dan pemetaan urusan pemerintahan)")])
        return Worksheet(name: "Keterangan", rows: rows, columnWidths: [18, 90], repeatFrozenWhenPrinting: false, landscape: false)
    }

    /// Plain text for a terminal or a text file: region codes as column heads, then a key.
    public static func plainText(_ matrix: MappingMatrix, catalogues: Catalogues) -> String {
        let labelWidth = min(44, max(matrix.cornerLabel.count, (0..<matrix.rowCount).map { matrix.rowLabel($0).count }.max() ?? 0))
        func pad(_ s: String, _ w: Int) -> String {
            s.count >= w ? String(s.prefix(w)) : s + String(repeating: " ", count: w - s.count)
        }
        let heads: [String] = (0..<matrix.columnCount).map {
            matrix.isTransposed ? matrix.affairs[$0].code : matrix.regions[$0].code
        }
        let w = max(3, (heads.map(\.count).max() ?? 0)) + 1
        var out = "Matriks Pemetaan Urusan Kerja Sama Daerah\n"
        let filter = matrix.filter.description(regions: catalogues.regions)
        if !filter.isEmpty { out += "Saringan: \(filter)\n" }
        var head = pad(matrix.cornerLabel, labelWidth) + " " + heads.map { pad($0, w) }.joined()
        while head.last == " " { head.removeLast() }
        out += "\n" + head + "\n"
        for r in 0..<matrix.rowCount {
            var line = pad(matrix.rowLabel(r), labelWidth) + " "
            for c in 0..<matrix.columnCount {
                let s = matrix.cell(row: r, column: c).symbol
                line += pad(s.isEmpty ? "·" : s, w)
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        out += "\nKeterangan: P = potensi; K = kebutuhan; PK = potensi dan kebutuhan; * = sudah tercantum dalam RPJMD/RKPD"
            + " (R bila tanpa potensi/kebutuhan); ? = dipetakan tanpa potensi/kebutuhan; · = tidak dipetakan\n"
        out += matrix.isTransposed ? "Urusan:\n" : "Daerah:\n"
        for c in 0..<matrix.columnCount { out += "  " + matrix.columnLabel(c) + "\n" }
        return out
    }
}
