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
    /// sixteenth of a PKS export). The level and the autonomy are read from their bytes: a text
    /// is made of them only for a message.
    public init(csv text: String, file: String = "wilayah.csv") throws(CatalogueError) {
        var code = "", name = "", province = ""
        var level: RegionLevel? = nil, kindText = ""
        var autonomous: Bool? = nil, autonomousText = ""
        var regions: [Region] = []
        var map: [String: Int] = [:]
        regions.reserveCapacity(text.utf8.count / 40)
        map.reserveCapacity(text.utf8.count / 40)
        try CSVTable.scan(text, file: file, columns: ["kode", "nama", "jenis", "kode_provinsi", "otonom"]) { slot, bytes in
            switch slot {
            case 0: code = String(decoding: bytes, as: UTF8.self)
            case 1: name = String(decoding: bytes, as: UTF8.self)
            case 2:
                level = RegionLevel.allCases.first { $0.rawValue.utf8.elementsEqual(bytes) }
                if level == nil { kindText = String(decoding: bytes, as: UTF8.self) }
            case 3: province = String(decoding: bytes, as: UTF8.self)
            case 4:
                autonomous = "ya".utf8.elementsEqual(bytes) ? true : "tidak".utf8.elementsEqual(bytes) ? false : nil
                if autonomous == nil { autonomousText = String(decoding: bytes, as: UTF8.self) }
            default: break
            }
        } record: { line throws(CatalogueError) in
            defer { code = ""; name = ""; province = ""; level = nil; autonomous = nil }
            guard let level else {
                throw CatalogueError(file: file, line: line, problem: "jenis '\(kindText)' tidak dikenal (provinsi, kabupaten, atau kota)")
            }
            guard let autonomous else {
                throw CatalogueError(file: file, line: line, problem: "kolom otonom harus 'ya' atau 'tidak', bukan '\(autonomousText)'")
            }
            guard !code.isEmpty, !name.isEmpty else {
                throw CatalogueError(file: file, line: line, problem: "kode dan nama daerah wajib diisi")
            }
            guard map.updateValue(regions.count, forKey: code) == nil else {
                throw CatalogueError(file: file, line: line, problem: "kode daerah '\(code)' ganda")
            }
            regions.append(Region(code: code, name: name, level: level, provinceCode: province, autonomous: autonomous))
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
