import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The mapping matrix as a grid: labels and cells looked up by index, nothing copied, so a
/// frame shows the window on screen of a 32 × 552 matrix at the cost of that window only.
struct MatrixGridSource: GridSource {
    let matrix: MappingMatrix
    /// Characters of text in one cell (column headers are cut into pieces of this width).
    let textWidth: Int

    var rowCount: Int { matrix.rowCount }
    var columnCount: Int { matrix.columnCount }

    func rowHeader(_ row: Int) -> String { matrix.rowLabel(row) }

    func columnHeader(_ column: Int) -> [String] {
        if matrix.isTransposed {
            let a = matrix.affairs[column]
            return [a.code] + Self.pieces(a.name, width: textWidth)
        }
        let r = matrix.regions[column]
        let name = Self.pieces(r.shortName, width: textWidth)
        // Only a name that a kabupaten and a kota share (Bogor, Bekasi, Malang) and a province
        // need the level word; every other region gets all the header's lines for its name.
        return r.level == .provinsi || Self.sharedShortNames.contains(r.shortName) ? [Self.levelWord(r)] + name : name
    }

    /// Short names carried by more than one kabupaten/kota, from the catalogue (once).
    static let sharedShortNames: Set<String> = {
        var count: [String: Int] = [:]
        for r in Catalogues.shared.regions.all where r.autonomous && r.level != .provinsi { count[r.shortName, default: 0] += 1 }
        return Set(count.filter { $0.value > 1 }.keys)
    }()

    func cell(row: Int, column: Int) -> GridCell {
        let c = matrix.cell(row: row, column: column)
        return GridCell(c.kind == .empty ? "·" : c.symbol, role: Self.role(c.kind))
    }

    static func role(_ kind: MatrixCellKind) -> StyleRole {
        switch kind {
        case .empty: .muted
        case .listed: .normal
        case .offer: .cellOffer
        case .need: .cellNeed
        case .both: .cellBoth
        case .planned: .cellPlanned
        }
    }

    /// "Kab", "Kota", "Prov": tells Kabupaten Bogor from Kota Bogor in a narrow header.
    static func levelWord(_ r: Region) -> String {
        switch r.level {
        case .provinsi: "Prov"
        case .kota: "Kota"
        default: "Kab"
        }
    }

    /// "Raja Ampat" in lines of `width` characters for the column header: whole words stacked
    /// where they fit ("Raja", "Ampat"); a word longer than the cell is never cut across lines but
    /// abbreviated by one rule, its first letters and a full stop ("Tasikmalaya" → "Tasi."), as the
    /// legend says; the full name is on the cursor line.
    static func pieces(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count <= width { current += " " + word; continue }
            if !current.isEmpty { out.append(current); current = "" }
            current = word.count > width ? String(word.prefix(max(1, width - 1))) + "." : String(word)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
