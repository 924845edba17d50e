import Foundation

/// The 552 regions (38 provinces, 514 kab/kota) of `wilayah.csv`, indexed by code.
public struct RegionCatalogue: Sendable {
    public let all: [Region]
    private let byCode: [String: Int]

    public init(regions: [Region]) {
        all = regions
        var map: [String: Int] = [:]
        for (i, r) in regions.enumerated() { map[r.code] = i }
        byCode = map
    }

    /// Parses `wilayah.csv` (columns kode, nama, jenis, kode_provinsi, otonom).
    public init(csv text: String, file: String = "wilayah.csv") throws(CatalogueError) {
        let table = try CSVTable(text: text, file: file)
        let code = try table.column("kode", file: file)
        let name = try table.column("nama", file: file)
        let kind = try table.column("jenis", file: file)
        let province = try table.column("kode_provinsi", file: file)
        let autonomous = try table.column("otonom", file: file)
        var regions: [Region] = []
        var seen = Set<String>()
        for row in table.rows {
            let f = row.fields
            guard let level = RegionLevel(rawValue: f[kind]) else {
                throw CatalogueError(file: file, line: row.line, problem: "jenis '\(f[kind])' tidak dikenal (provinsi, kabupaten, atau kota)")
            }
            guard f[autonomous] == "ya" || f[autonomous] == "tidak" else {
                throw CatalogueError(file: file, line: row.line, problem: "kolom otonom harus 'ya' atau 'tidak', bukan '\(f[autonomous])'")
            }
            guard !f[code].isEmpty, !f[name].isEmpty else {
                throw CatalogueError(file: file, line: row.line, problem: "kode dan nama daerah wajib diisi")
            }
            guard seen.insert(f[code]).inserted else {
                throw CatalogueError(file: file, line: row.line, problem: "kode daerah '\(f[code])' ganda")
            }
            regions.append(Region(code: f[code], name: f[name], level: level,
                                  provinceCode: f[province], autonomous: f[autonomous] == "ya"))
        }
        self.init(regions: regions)
    }

    public subscript(code: String) -> Region? { byCode[code].map { all[$0] } }

    public var provinces: [Region] { all.filter { $0.level == .provinsi } }

    /// "552 daerah, 6 di antaranya bukan daerah otonom": the one count of regions, with the reason
    /// a partner picker shows fewer (a non-autonomous region cannot be a party).
    public var countSentence: String {
        let other = all.filter { !$0.autonomous }.count
        return other == 0 ? "\(all.count) daerah" : "\(all.count) daerah, \(other) di antaranya bukan daerah otonom"
    }

    /// The kab/kota inside a province.
    public func members(ofProvince code: String) -> [Region] {
        all.filter { $0.level != .provinsi && $0.provinceCode == code }
    }
}
