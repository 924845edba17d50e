/// Jenis perbatasan: how two regions meet.
public enum BorderKind: String, Codable, Sendable, CaseIterable {
    case land = "darat"
    case sea = "laut"
    case landAndSea = "darat-laut"

    public var label: String {
        switch self {
        case .land: "darat"
        case .sea: "laut"
        case .landAndSea: "darat dan laut"
        }
    }
}

/// Hasil pemeriksaan perbatasan of two regions against the shipped adjacency data.
public enum BorderVerdict: Sendable, Hashable {
    /// Listed as neighbours (or a kab/kota inside the province), with the data's source.
    case borders(kind: BorderKind?, source: String)
    /// The data shows they cannot share a border, and why.
    case cannotBorder(reason: String, source: String)
    /// The data cannot decide (no kab/kota data for the pair): the officer's declaration stands.
    case unknown
}

/// Data perbatasan wilayah: which provinces border by land or sea (all 38 provinces), and which
/// kab/kota border where the data covers them (`data/berbatasan.csv`, `data/berbatasan-cakupan.csv`).
/// An absent province pair means the provinces cannot border; an absent kab/kota pair means so
/// only inside a province whose kab/kota pairs are listed completely.
public struct AdjacencyTable: Sendable {
    private var neighbours: [String: [String: (kind: BorderKind, source: String)]] = [:]
    /// Provinces whose kab/kota pairs are all listed.
    public private(set) var completeProvinces: Set<String> = []
    /// The source of the province table, as named in the data.
    public private(set) var provinceSource: String = ""

    public init() {}

    /// Each row read where it stands in the text (`CSVTable.scan`), its source kept once while
    /// rows repeat it (issue 19: as a table of strings first, this was a twentieth of the
    /// validation of a DOCX export).
    public init(csv text: String, coverage: String, file: String = "berbatasan.csv") throws(CatalogueError) {
        var a = "", b = "", kindText = ""
        var kind: BorderKind? = nil
        var source = "", sourceBytes: [UInt8] = []
        var table: [String: [String: (kind: BorderKind, source: String)]] = [:]
        var firstProvinceSource = ""
        try CSVTable.scan(text, file: file, columns: ["kode_a", "kode_b", "jenis", "sumber"]) { slot, bytes in
            switch slot {
            case 0: a = String(decoding: bytes, as: UTF8.self)
            case 1: b = String(decoding: bytes, as: UTF8.self)
            case 2:
                kind = BorderKind.allCases.first { $0.rawValue.utf8.elementsEqual(bytes) }
                if kind == nil { kindText = String(decoding: bytes, as: UTF8.self) }
            case 3:
                if !sourceBytes.elementsEqual(bytes) {
                    sourceBytes = Array(bytes)
                    source = String(decoding: bytes, as: UTF8.self)
                }
            default: break
            }
        } record: { line throws(CatalogueError) in
            defer { kind = nil }
            guard let kind else {
                throw CatalogueError(file: file, line: line, problem: "jenis perbatasan '\(kindText)' tidak dikenal; pilih darat, laut, atau darat-laut")
            }
            table[a, default: [:]][b] = (kind, source)
            table[b, default: [:]][a] = (kind, source)
            if !a.contains("."), firstProvinceSource.isEmpty { firstProvinceSource = source }
        }
        neighbours = table
        provinceSource = firstProvinceSource
        let cov = try CSVTable(text: coverage, file: "berbatasan-cakupan.csv")
        let code = try cov.column("kode_provinsi", file: "berbatasan-cakupan.csv")
        let scope = try cov.column("cakupan", file: "berbatasan-cakupan.csv")
        for (_, f) in cov.rows where f[scope] == "lengkap" { completeProvinces.insert(f[code]) }
    }

    /// The listed border between two codes, if any.
    public func border(_ a: String, _ b: String) -> (kind: BorderKind, source: String)? { neighbours[a]?[b] }

    /// Whether two regions can share a border, as far as the data knows.
    public func verdict(_ a: Region, _ b: Region) -> BorderVerdict {
        if let listed = border(a.code, b.code) { return .borders(kind: listed.kind, source: listed.source) }
        switch (a.level == .provinsi, b.level == .provinsi) {
        case (true, true):
            return .cannotBorder(reason: "Provinsi \(a.name) dan Provinsi \(b.name) tidak berbatasan darat maupun laut", source: provinceSource)
        case (true, false), (false, true):
            let (province, other) = a.level == .provinsi ? (a, b) : (b, a)
            if other.provinceCode == province.code { return .borders(kind: nil, source: "kabupaten/kota berada dalam wilayah provinsi") }
            return provincesMayBorder(province.code, other.provinceCode, a: province, b: other)
        case (false, false):
            if a.provinceCode == b.provinceCode {
                return completeProvinces.contains(a.provinceCode)
                    ? .cannotBorder(reason: "\(a.name) dan \(b.name) tidak berbatasan menurut data kabupaten/kota provinsinya", source: "data perbatasan kabupaten/kota")
                    : .unknown
            }
            return provincesMayBorder(a.provinceCode, b.provinceCode, a: a, b: b)
        }
    }

    private func provincesMayBorder(_ p: String, _ q: String, a: Region, b: Region) -> BorderVerdict {
        if border(p, q) != nil || neighbours[p] == nil || neighbours[q] == nil { return .unknown }
        return .cannotBorder(reason: "\(a.fullName) dan \(b.fullName) terletak di provinsi yang tidak berbatasan darat maupun laut", source: provinceSource)
    }
}

/// Penilaian perbatasan para pihak: the shipped data's view of a cooperation's region parties.
public struct BorderingAssessment: Sendable {
    public enum Status: Sendable, Hashable {
        /// Every party borders another according to the data.
        case confirmed
        /// The data cannot decide for some party: the officer's declaration stands (dinyatakan).
        case declared
        /// Some party cannot border any other party.
        case contradicted
    }
    public let status: Status
    /// Parties (indices) that can border none of the others, with the reason and source.
    public let impossible: [(index: Int, reason: String, source: String)]

    /// Judges each region party against all the others.
    public init(cooperation c: Cooperation, catalogues: Catalogues) {
        let regions: [(Int, Region)] = c.parties.indices.compactMap { i in
            guard c.parties[i].type == .region, let code = c.parties[i].regionCode, let r = catalogues.regions[code] else { return nil }
            return (i, r)
        }
        var impossible: [(index: Int, reason: String, source: String)] = []
        var allConfirmed = true
        for (i, r) in regions {
            let verdicts = regions.filter { $0.0 != i }.map { catalogues.adjacency.verdict(r, $0.1) }
            if verdicts.isEmpty { continue }
            var confirmed = false, possible = false
            var firstReason: (String, String)? = nil
            for v in verdicts {
                switch v {
                case .borders: confirmed = true; possible = true
                case .unknown: possible = true
                case .cannotBorder(let reason, let source): if firstReason == nil { firstReason = (reason, source) }
                }
            }
            if !possible, let (reason, source) = firstReason { impossible.append((i, reason, source)) }
            if !confirmed { allConfirmed = false }
        }
        self.impossible = impossible
        status = !impossible.isEmpty ? .contradicted : (allConfirmed ? .confirmed : .declared)
    }
}
