import Foundation
import MufakatDocuments
import MufakatDomain

/// Rekapitulasi as text, DOCX and XLSX: the same figures on every road. Charts become bars of
/// block characters on a terminal and tables in the documents.
public enum DashboardExport {
    /// A bar of `width` cells at most for `value` out of `maximum`: full blocks, a partial block
    /// for the remainder (eighths), so it reads without colour.
    public static func bar(_ value: Int64, maximum: Int64, width: Int) -> String {
        guard maximum > 0, value > 0, width > 0 else { return "" }
        let eighths = max(1, Int((Double(value) / Double(maximum) * Double(width * 8)).rounded()))
        let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var out = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { out.append(partials[eighths % 8 - 1]) }
        return out
    }

    /// The dashboard as plain text lines (the command line without `--output`).
    public static func text(_ d: Dashboard, width: Int = 80) -> String {
        let t = ServiceText.current.dashboard
        var lines = [t.heading, t.asOf(IndonesianDate.long(d.generatedOn), d.total), ""]
        for g in d.groups {
            lines.append(g.title)
            let labelWidth = min(max(g.figures.map(\.label.count).max() ?? 0, 8), 28)
            let valueWidth = g.figures.map { Dashboard.format($0.value, unit: g.unit).count }.max() ?? 1
            let barWidth = max(width - labelWidth - valueWidth - 6, 4)
            if g.figures.isEmpty { lines.append(t.none) }
            for f in g.figures {
                let label = f.label.count > labelWidth ? String(f.label.prefix(labelWidth - 1)) + "…" : f.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                let value = Dashboard.format(f.value, unit: g.unit)
                lines.append("  \(label) \(String(repeating: " ", count: valueWidth - value.count))\(value) \(bar(f.value, maximum: g.maximum, width: barWidth))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// "Rekapitulasi Kerja Sama Daerah": one or two pages for the head of region, charts as tables.
    public static func naskah(_ d: Dashboard, regionName: String?) -> Naskah {
        var blocks: [Block] = [
            .title(["REKAPITULASI KERJA SAMA DAERAH"] + (regionName.map { [RichText($0.uppercased())] } ?? [])),
            .paragraph(Paragraph(RichText("Keadaan per \(IndonesianDate.long(d.generatedOn)): \(d.total) kerja sama tercatat dalam Mufakat."), alignment: .left)),
        ]
        for g in d.groups {
            blocks.append(.heading(RichText(g.title)))
            let total = g.figures.reduce(Int64(0)) { $0 &+ $1.value }
            var rows = g.figures.map { f -> Table.Row in
                let share = total > 0 && g.unit == .rupiah ? String(format: "%.0f%%", Double(f.value) / Double(total) * 100) : ""
                return Table.Row([RichText(f.label), RichText(Dashboard.format(f.value, unit: g.unit)), RichText(share)])
            }
            if rows.isEmpty { rows = [Table.Row(["(tidak ada)", "", ""])] }
            blocks.append(.table(Table(columns: [.init(weight: 56), .init(weight: 30, alignment: .right), .init(weight: 14, alignment: .right)],
                                       header: ["Uraian", g.unit == .rupiah ? "Jumlah" : "Kerja sama", g.unit == .rupiah ? "Bagian" : ""], rows: rows)))
        }
        return Naskah(kind: .ringkasan, title: "Rekapitulasi Kerja Sama Daerah", blocks: blocks)
    }

    /// The same figures as a workbook: one sheet of every group, one of the cooperations behind them.
    public static func workbook(_ d: Dashboard) -> Workbook {
        var rows: [[SpreadsheetCell]] = [[.text("Rekapitulasi Kerja Sama Daerah", .title)],
                                         [.text("Keadaan per \(IndonesianDate.long(d.generatedOn)); \(d.total) kerja sama")], [],
                                         [.text("Kelompok", .header), .text("Uraian", .header), .text("Nilai", .header), .text("Satuan", .header), .text("Kerja sama", .header)]]
        var detail: [[SpreadsheetCell]] = [[.text("Kelompok", .header), .text("Uraian", .header), .text("Id", .header), .text("Judul", .header)]]
        for g in d.groups {
            for f in g.figures {
                rows.append([.text(g.title, .wrap), .text(f.label, .wrap), .number(f.value, g.unit == .rupiah ? .money : .centered),
                             .text(g.unit == .rupiah ? "rupiah" : "kerja sama", .wrap), .number(Int64(f.ids.count), .centered)])
                for id in f.ids { detail.append([.text(g.title, .wrap), .text(f.label, .wrap), .text(id, .wrap), .text(d.titles[id] ?? "", .wrap)]) }
            }
        }
        return Workbook(sheets: [Worksheet(name: "Rekapitulasi", rows: rows, columnWidths: [40, 32, 20, 12, 12], frozenRows: 4),
                                 Worksheet(name: "Rincian", rows: detail, columnWidths: [40, 32, 28, 60], frozenRows: 1, autoFilter: true)],
                        title: "Rekapitulasi Kerja Sama Daerah")
    }

    /// Writes the dashboard to `url` as DOCX or XLSX (by its extension) through `OutputFile`.
    public static func write(_ d: Dashboard, to url: URL, regionName: String?) throws(DocumentServiceError) {
        let data: Data
        switch url.pathExtension.lowercased() {
        case "docx":
            do { data = try DocxRenderer().render(naskah(d, regionName: regionName)) } catch { throw .render(ServiceText.current.dashboard.notDocx("\(error)")) }
        case "xlsx":
            do { data = try XlsxWriter.data(workbook(d)) } catch { throw .render(ServiceText.current.dashboard.notXlsx("\(error)")) }
        default:
            throw .write(path: url.path, problem: ServiceText.current.dashboard.badExtension)
        }
        try OutputFile.write(data, to: url)
    }
}
