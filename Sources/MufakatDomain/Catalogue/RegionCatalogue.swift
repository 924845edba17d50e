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

    /// Parses `wilayah.csv` (columns kode, nama, jenis, kode_provinsi, otonom), each value read
    /// where it stands in the text (issue 19: through a table of rows first, the catalogue was a
    /// sixteenth of a PKS export).
    public init(csv text: String, file: String = "wilayah.csv") throws(CatalogueError) {
        let wanted = ["kode", "nama", "jenis", "kode_provinsi", "otonom"]
        var slotOfColumn: [Int] = []
        var values = [String](repeating: "", count: wanted.count)
        var regions: [Region] = []
        var map: [String: Int] = [:]
        _ = try CSVTable.scan(text, file: file) { column, bytes in
            if column < slotOfColumn.count, slotOfColumn[column] >= 0 { values[slotOfColumn[column]] = String(decoding: bytes, as: UTF8.self) }
        } header: { names throws(CatalogueError) in
            slotOfColumn = [Int](repeating: -1, count: names.count)
            for (slot, name) in wanted.enumerated() {
                guard let column = names.firstIndex(of: name) else {
                    throw CatalogueError(file: file, line: 1, problem: "kolom '\(name)' tidak ada pada baris judul")
                }
                slotOfColumn[column] = slot
            }
            regions.reserveCapacity(text.utf8.count / 40)
        } record: { line throws(CatalogueError) in
            let (code, name, kind, province, autonomous) = (values[0], values[1], values[2], values[3], values[4])
            guard let level = RegionLevel(rawValue: kind) else {
                throw CatalogueError(file: file, line: line, problem: "jenis '\(kind)' tidak dikenal (provinsi, kabupaten, atau kota)")
            }
            guard autonomous == "ya" || autonomous == "tidak" else {
                throw CatalogueError(file: file, line: line, problem: "kolom otonom harus 'ya' atau 'tidak', bukan '\(autonomous)'")
            }
            guard !code.isEmpty, !name.isEmpty else {
                throw CatalogueError(file: file, line: line, problem: "kode dan nama daerah wajib diisi")
            }
            guard map.updateValue(regions.count, forKey: code) == nil else {
                throw CatalogueError(file: file, line: line, problem: "kode daerah '\(code)' ganda")
            }
            regions.append(Region(code: code, name: name, level: level, provinceCode: province, autonomous: autonomous == "ya"))
        }
        all = regions
        byCode = map
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
