/// Isi sel matriks: what a region's mapping says about one affair.
public enum MatrixCellKind: String, Codable, Sendable, CaseIterable {
    case empty = "kosong"
    /// Dipetakan, tetapi potensi dan kebutuhan belum diisi.
    case listed = "dipetakan"
    /// Potensi: the region offers something.
    case offer = "potensi"
    /// Kebutuhan: the region needs something.
    case need = "kebutuhan"
    /// Potensi dan kebutuhan.
    case both = "potensi-kebutuhan"
    /// Sudah direncanakan: already in the RPJMD or an RKPD year; the symbol still shows the
    /// offer or need ("P*", "K*", "PK*").
    case planned = "direncanakan"

    /// Symbol in the matrix: short, readable on a projector and in a spreadsheet cell.
    public var symbol: String {
        switch self {
        case .empty: ""
        case .listed: "?"
        case .offer: "P"
        case .need: "K"
        case .both: "PK"
        case .planned: "P*"
        }
    }

    /// Legend text.
    public var label: String {
        switch self {
        case .empty: "Tidak dipetakan"
        case .listed: "Dipetakan tanpa potensi/kebutuhan (W: ingin KSDD wajib; M: menyebut calon mitra; ?: belum diisi)"
        case .offer: "Potensi (dapat ditawarkan)"
        case .need: "Kebutuhan"
        case .both: "Potensi dan kebutuhan"
        case .planned: "Sudah tercantum dalam RPJMD/RKPD (tanda *: P*, K*, PK*; R bila tanpa potensi/kebutuhan)"
        }
    }

    /// The legend, in display order.
    public static let legend: [MatrixCellKind] = [.offer, .need, .both, .planned, .listed]
}

/// Sel matriks: the summary of one region's entries for one affair.
public struct MatrixCell: Sendable, Hashable {
    public let kind: MatrixCellKind
    public let hasOffer: Bool
    public let hasNeed: Bool
    public let planned: Bool
    /// Highest priority among the entries.
    public let priority: MappingPriority?
    /// Index of the entries in the region's mapping (for the detail view).
    public let entryIndices: [Int]
    /// The region wants the affair as KSDD wajib (shown "W" when it has no offer or need).
    public var wantsWajib = false
    /// The region names a candidate partner (shown "M" when it has no offer or need).
    public var namesPartner = false

    public static let empty = MatrixCell(kind: .empty, hasOffer: false, hasNeed: false, planned: false, priority: nil, entryIndices: [])

    public init(kind: MatrixCellKind, hasOffer: Bool, hasNeed: Bool, planned: Bool, priority: MappingPriority?, entryIndices: [Int]) {
        self.kind = kind; self.hasOffer = hasOffer; self.hasNeed = hasNeed; self.planned = planned
        self.priority = priority; self.entryIndices = entryIndices
    }

    /// Summarises entries (already filtered to one affair).
    public init(entries: [(index: Int, entry: MappingEntry)]) {
        guard !entries.isEmpty else { self = .empty; return }
        let offer = entries.contains { $0.entry.hasOffer }
        let need = entries.contains { $0.entry.hasNeed }
        let planned = entries.contains { $0.entry.isPlanned }
        let kind: MatrixCellKind = planned ? .planned : offer && need ? .both : offer ? .offer : need ? .need : .listed
        let priority = entries.compactMap(\.entry.priority).max { $0.weight < $1.weight }
        self.init(kind: kind, hasOffer: offer, hasNeed: need, planned: planned, priority: priority, entryIndices: entries.map(\.index))
        wantsWajib = entries.contains { $0.entry.intendedKind == .ksddWajib }
        namesPartner = entries.contains { !$0.entry.partnerRegions.isEmpty || !$0.entry.partnerThirdParties.isEmpty }
    }

    /// The symbol shown: P, K or PK, with "*" when the affair is already in the RPJMD/RKPD
    /// ("R" when planned without an offer or a need), so planning never hides the offer or need.
    public var symbol: String {
        if kind == .listed { return wantsWajib ? "W" : namesPartner ? "M" : kind.symbol }
        guard planned else { return kind.symbol }
        let base = hasOffer && hasNeed ? "PK" : hasOffer ? "P" : hasNeed ? "K" : ""
        return base.isEmpty ? "R" : base + "*"
    }
}

/// Saringan matriks: which regions and affairs the matrix shows.
public struct MatrixFilter: Sendable, Hashable {
    /// Only the province and the kab/kota inside it.
    public var provinceCode: String?
    /// Only the affairs of one group.
    public var group: AffairGroup?
    /// Only entries of this priority (cells of other priorities are shown empty).
    public var priority: MappingPriority?
    /// Hanya urusan yang dipetakan: only the affairs some shown region mapped.
    public var mappedOnly = false

    public init(provinceCode: String? = nil, group: AffairGroup? = nil, priority: MappingPriority? = nil, mappedOnly: Bool = false) {
        self.provinceCode = provinceCode; self.group = group; self.priority = priority; self.mappedOnly = mappedOnly
    }

    public static let none = MatrixFilter()

    /// "provinsi Jawa Barat, urusan pilihan, prioritas tinggi" for titles; empty without filters.
    public func description(regions: RegionCatalogue) -> String {
        var parts: [String] = []
        if let p = provinceCode { parts.append("Provinsi \(regions[p]?.name ?? p)") }
        if let group { parts.append(group.title) }
        if let priority { parts.append("prioritas \(priority.label.lowercased())") }
        if mappedOnly { parts.append("hanya urusan yang dipetakan") }
        return parts.joined(separator: ", ")
    }
}

/// Matriks pemetaan: affairs as rows, regions as columns (or the transpose), one cell per pair.
/// Built once from the imported mappings; views read it through `rowCount`, `columnCount` and
/// `cell(row:column:)`, which follow `isTransposed`.
public struct MappingMatrix: Sendable {
    /// Affairs shown, in catalogue order.
    public let affairs: [Affair]
    /// Regions shown (those with a mapping, after the filter), in catalogue order.
    public let regions: [Region]
    /// The mappings behind the columns, parallel to `regions`.
    public let mappings: [RegionMapping]
    public let filter: MatrixFilter
    /// Regions as rows and affairs as columns.
    public private(set) var isTransposed: Bool
    /// Row-major affairs × regions.
    private let cells: [MatrixCell]

    /// Builds the matrix. Mappings of unknown regions are left out (the validator reports them);
    /// entries with unknown affair codes are ignored likewise.
    public init(mappings: [RegionMapping], catalogues: Catalogues, filter: MatrixFilter = .none, transposed: Bool = false) {
        self.filter = filter
        isTransposed = transposed
        var byRegion: [String: RegionMapping] = [:]
        for m in mappings { byRegion[m.regionCode] = m }
        var shown: [(Region, RegionMapping)] = []
        for (code, m) in byRegion {
            guard let r = catalogues.regions[code] else { continue }
            if let p = filter.provinceCode, r.provinceCode != p { continue }
            shown.append((r, m))
        }
        shown.sort { MappingMatrix.catalogueOrder($0.0, $1.0) }
        regions = shown.map(\.0)
        self.mappings = shown.map(\.1)
        let mapped = Set(shown.flatMap { $0.1.entries.filter { filter.priority == nil || $0.priority == filter.priority }.map(\.affairCode) })
        affairs = catalogues.affairs.all.filter { (filter.group == nil || $0.group == filter.group) && (!filter.mappedOnly || mapped.contains($0.code)) }
        var affairIndex: [String: Int] = [:]
        for (i, a) in affairs.enumerated() { affairIndex[a.code] = i }

        let columns = shown.count
        var grid = [MatrixCell](repeating: .empty, count: affairs.count * columns)
        var buckets = [[(index: Int, entry: MappingEntry)]](repeating: [], count: affairs.count)
        for (col, (_, mapping)) in shown.enumerated() {
            for i in buckets.indices { buckets[i].removeAll(keepingCapacity: true) }
            for (i, e) in mapping.entries.enumerated() {
                guard let row = affairIndex[e.affairCode] else { continue }
                if let p = filter.priority, e.priority != p { continue }
                buckets[row].append((i, e))
            }
            for row in buckets.indices where !buckets[row].isEmpty {
                grid[row * columns + col] = MatrixCell(entries: buckets[row])
            }
        }
        cells = grid
    }

    /// Region codes sort as the catalogue lists them ("32" before "32.01" before "32.71").
    static func catalogueOrder(_ a: Region, _ b: Region) -> Bool {
        if a.provinceCode != b.provinceCode { return a.provinceCode < b.provinceCode }
        if (a.level == .provinsi) != (b.level == .provinsi) { return a.level == .provinsi }
        return a.code < b.code
    }

    /// The cell for an affair and a region, by their indices in `affairs` and `regions`.
    public func cell(affair: Int, region: Int) -> MatrixCell { cells[affair * regions.count + region] }

    /// The cell for codes, or nil when either is not shown.
    public func cell(affairCode: String, regionCode: String) -> MatrixCell? {
        guard let a = affairs.firstIndex(where: { $0.code == affairCode }),
              let r = regions.firstIndex(where: { $0.code == regionCode }) else { return nil }
        return cell(affair: a, region: r)
    }

    /// The same matrix with rows and columns swapped.
    public func transposed() -> MappingMatrix { var m = self; m.isTransposed.toggle(); return m }

    public var rowCount: Int { isTransposed ? regions.count : affairs.count }
    public var columnCount: Int { isTransposed ? affairs.count : regions.count }

    /// The cell at a displayed row and column.
    public func cell(row: Int, column: Int) -> MatrixCell {
        isTransposed ? cell(affair: column, region: row) : cell(affair: row, region: column)
    }

    /// "1.01 Pendidikan" or "32.71 Kota Bogor" for a displayed row.
    public func rowLabel(_ row: Int) -> String {
        isTransposed ? MappingMatrix.label(regions[row]) : MappingMatrix.label(affairs[row])
    }

    public func columnLabel(_ column: Int) -> String {
        isTransposed ? MappingMatrix.label(affairs[column]) : MappingMatrix.label(regions[column])
    }

    /// Title of the label column: "Urusan \ Daerah" or the transpose.
    public var cornerLabel: String { isTransposed ? "Daerah \\ Urusan" : "Urusan \\ Daerah" }

    public static func label(_ a: Affair) -> String { "\(a.code) \(a.name)" }
    public static func label(_ r: Region) -> String { "\(r.code) \(r.fullName)" }

    /// The entries behind a cell, for the detail view: the region's mapping and its entries.
    public func details(affair: Int, region: Int) -> (region: Region, mapping: RegionMapping, entries: [MappingEntry]) {
        let c = cell(affair: affair, region: region)
        let m = mappings[region]
        return (regions[region], m, c.entryIndices.map { m.entries[$0] })
    }

    /// How many cells of each kind an affair row holds (for totals).
    public func counts(affair: Int) -> [MatrixCellKind: Int] {
        var out: [MatrixCellKind: Int] = [:]
        for r in regions.indices { out[cell(affair: affair, region: r).kind, default: 0] += 1 }
        return out
    }

    /// The whole matrix as text rows (label column first), in the displayed orientation:
    /// what the CSV, the spreadsheet and the plain-text output write.
    public func textRows() -> [[String]] {
        var rows: [[String]] = []
        rows.reserveCapacity(rowCount + 1)
        rows.append([cornerLabel] + (0..<columnCount).map(columnLabel))
        for r in 0..<rowCount {
            var line = [rowLabel(r)]
            line.reserveCapacity(columnCount + 1)
            for c in 0..<columnCount { line.append(cell(row: r, column: c).symbol) }
            rows.append(line)
        }
        return rows
    }
}
