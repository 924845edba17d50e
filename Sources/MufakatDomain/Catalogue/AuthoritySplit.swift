/// Tingkat kewenangan: which level of government holds a sub-affair.
public enum AuthorityLevel: String, Codable, Sendable, CaseIterable {
    case pusat
    case provinsi
    case kabupatenKota = "kabupaten-kota"

    public var title: String {
        switch self {
        case .pusat: "Pemerintah Pusat"
        case .provinsi: "Daerah Provinsi"
        case .kabupatenKota: "Daerah Kabupaten/Kota"
        }
    }

    /// The title in the interface language ("Daerah Provinsi" / "Provincial region").
    public var displayTitle: String {
        let en: String = switch self {
        case .pusat: "the Central Government"
        case .provinsi: "Provincial region"
        case .kabupatenKota: "Regency/City region"
        }
        return DisplayLanguage.pick(id: title, en: en)
    }

    /// Whether a region of this level holds authority at this level.
    public func includes(_ level: RegionLevel) -> Bool {
        switch self {
        case .pusat: false
        case .provinsi: level == .provinsi
        case .kabupatenKota: level != .provinsi
        }
    }
}

/// Pembagian urusan: one sub-affair and the level that holds it (Lampiran UU 23/2014).
public struct SubAffairAuthority: Codable, Sendable, Hashable, Identifiable {
    public let id: String
    public let affairCode: String
    /// The Lampiran's sub-affair heading, e.g. "Air Minum".
    public let subAffair: String
    public let level: AuthorityLevel
    /// What exactly this level does, e.g. "Pengelolaan pendidikan menengah (SMA/SMK)".
    public let description: String
    public let basis: String
    /// Marked *to confirm* in DOMAIN.md: not yet checked against the official text.
    public let toConfirm: Bool
}

/// All sub-affair authority rows of `kewenangan.csv`.
public struct AuthorityCatalogue: Sendable {
    public let all: [SubAffairAuthority]

    public init(rows: [SubAffairAuthority]) { all = rows }

    public init(csv text: String, file: String = "kewenangan.csv") throws(CatalogueError) {
        let table = try CSVTable(text: text, file: file)
        let affair = try table.column("urusan", file: file)
        let id = try table.column("id", file: file)
        let sub = try table.column("sub_urusan", file: file)
        let level = try table.column("tingkat", file: file)
        let text = try table.column("uraian", file: file)
        let basis = try table.column("dasar_hukum", file: file)
        let confirm = try table.column("perlu_konfirmasi", file: file)
        var rows: [SubAffairAuthority] = []
        for row in table.rows {
            let f = row.fields
            guard let l = AuthorityLevel(rawValue: f[level]) else {
                throw CatalogueError(file: file, line: row.line, problem: "tingkat '\(f[level])' tidak dikenal (pusat, provinsi, kabupaten-kota)")
            }
            guard f[confirm] == "ya" || f[confirm] == "tidak" else {
                throw CatalogueError(file: file, line: row.line, problem: "kolom perlu_konfirmasi harus 'ya' atau 'tidak'")
            }
            guard !f[basis].isEmpty else {
                throw CatalogueError(file: file, line: row.line, problem: "dasar_hukum wajib diisi")
            }
            rows.append(SubAffairAuthority(id: f[id], affairCode: f[affair], subAffair: f[sub], level: l,
                                           description: f[text], basis: f[basis], toConfirm: f[confirm] == "ya"))
        }
        self.init(rows: rows)
    }

    public subscript(id: String) -> SubAffairAuthority? { all.first { $0.id == id } }

    public func forAffair(_ code: String) -> [SubAffairAuthority] { all.filter { $0.affairCode == code } }
}
