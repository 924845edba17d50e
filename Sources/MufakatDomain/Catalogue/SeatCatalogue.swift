/// Ibu kota (pusat pemerintahan) of each region listed in `ibukota.csv`: every province and the
/// kabupaten whose seat is not named after them (Kabupaten Semarang: Ungaran). Used as the
/// default signing place; a region not listed has its seat under its own name.
public struct SeatCatalogue: Sendable {
    public struct Seat: Sendable, Hashable {
        public let seat: String
        /// Where the seat is laid down (the law forming the region or moving its seat).
        public let source: String
        /// The seat's name could not be confirmed from the legal text (`perlu_konfirmasi`): a
        /// default to check, never a rule.
        public var toConfirm: Bool = false
    }

    private let byCode: [String: Seat]

    public init(_ seats: [String: Seat] = [:]) { byCode = seats }

    /// Parses `ibukota.csv` (columns kode, ibukota, sumber and the optional perlu_konfirmasi: ya/tidak).
    public init(csv text: String, file: String = "ibukota.csv") throws(CatalogueError) {
        let table = try CSVTable(text: text, file: file)
        let code = try table.column("kode", file: file)
        let seat = try table.column("ibukota", file: file)
        let source = try table.column("sumber", file: file)
        let confirm = try? table.column("perlu_konfirmasi", file: file)
        var map: [String: Seat] = [:]
        for row in table.rows {
            let f = row.fields
            guard !f[code].isEmpty, !f[seat].isEmpty, !f[source].isEmpty else {
                throw CatalogueError(file: file, line: row.line, problem: "kode, ibu kota dan sumber wajib diisi")
            }
            guard map[f[code]] == nil else {
                throw CatalogueError(file: file, line: row.line, problem: "kode daerah '\(f[code])' ganda")
            }
            var toConfirm = false
            if let confirm {
                switch f[confirm] {
                case "ya": toConfirm = true
                case "tidak", "": toConfirm = false
                default: throw CatalogueError(file: file, line: row.line, problem: "kolom perlu_konfirmasi harus 'ya' atau 'tidak'")
                }
            }
            map[f[code]] = Seat(seat: f[seat], source: f[source], toConfirm: toConfirm)
        }
        byCode = map
    }

    public subscript(code: String) -> Seat? { byCode[code] }

    public var count: Int { byCode.count }

    /// The seat of government: the listed one, else the region's name without its level word.
    public func seat(of region: Region) -> String {
        if let s = byCode[region.code] { return s.seat }
        for prefix in ["Kota ", "Kabupaten "] where region.name.hasPrefix(prefix) { return String(region.name.dropFirst(prefix.count)) }
        return region.name
    }
}
