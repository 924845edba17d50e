/// The 32 concurrent affairs of `urusan.csv`.
public struct AffairCatalogue: Sendable {
    public let all: [Affair]
    private let byCode: [String: Int]

    public init(affairs: [Affair]) {
        all = affairs
        var map: [String: Int] = [:]
        for (i, a) in affairs.enumerated() { map[a.code] = i }
        byCode = map
    }

    /// Parses `urusan.csv` (columns kode, nama, kelompok).
    public init(csv text: String, file: String = "urusan.csv") throws(CatalogueError) {
        let table = try CSVTable(text: text, file: file)
        let code = try table.column("kode", file: file)
        let name = try table.column("nama", file: file)
        let group = try table.column("kelompok", file: file)
        var affairs: [Affair] = []
        for row in table.rows {
            let f = row.fields
            guard let g = AffairGroup(rawValue: f[group]) else {
                throw CatalogueError(file: file, line: row.line, problem: "kelompok '\(f[group])' tidak dikenal")
            }
            guard !f[code].isEmpty, !f[name].isEmpty else {
                throw CatalogueError(file: file, line: row.line, problem: "kode dan nama urusan wajib diisi")
            }
            affairs.append(Affair(code: f[code], name: f[name], group: g))
        }
        self.init(affairs: affairs)
    }

    public subscript(code: String) -> Affair? { byCode[code].map { all[$0] } }

    public func inGroup(_ group: AffairGroup) -> [Affair] { all.filter { $0.group == group } }
}
