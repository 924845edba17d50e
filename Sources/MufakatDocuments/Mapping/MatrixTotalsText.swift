import MufakatDomain

/// Jumlah P/K dan celah sebagai teks: printed under the matrix and the matches on the terminal.
public enum MatrixTotalsText {
    /// Per-row and per-column P/K totals; rows of an affair only offered are marked.
    public static func render(_ matrix: MappingMatrix) -> String {
        guard matrix.rowCount > 0, matrix.columnCount > 0 else { return "" }
        var lines = ["", "Jumlah P/K per \(matrix.isTransposed ? "daerah" : "urusan") (P: potensi, K: kebutuhan):"]
        for r in 0..<matrix.rowCount {
            let t = matrix.rowTotal(r)
            guard t.offers + t.needs > 0 else { continue }
            lines.append("  \(matrix.rowLabel(r)): \(t.text)" + (!matrix.isTransposed && t.isOfferOnly ? "  [hanya potensi: tidak ada peserta yang membutuhkan]" : ""))
        }
        lines.append("Jumlah P/K per \(matrix.isTransposed ? "urusan" : "daerah"):")
        for c in 0..<matrix.columnCount {
            let t = matrix.columnTotal(c)
            guard t.offers + t.needs > 0 else { continue }
            lines.append("  \(matrix.columnLabel(c)): \(t.text)" + (matrix.isTransposed && t.isOfferOnly ? "  [hanya potensi: tidak ada peserta yang membutuhkan]" : ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The two gap sections.
    public static func gaps(_ gaps: [MappingGap], catalogues: Catalogues) -> String {
        var lines: [String] = []
        for (side, title) in [(MappingGap.Side.need, MappingGaps.needTitle), (.offer, MappingGaps.offerTitle)] {
            let list = gaps.filter { $0.side == side }
            lines.append("")
            lines.append("\(title) (\(list.count)):")
            if list.isEmpty { lines.append("  (tidak ada)") }
            for g in list {
                lines.append("  - \(g.affairCode) \(catalogues.affairs[g.affairCode]?.name ?? ""): \(catalogues.regions[g.regionCode]?.fullName ?? g.regionCode): \(g.text)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
