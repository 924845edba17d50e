/// Tingkat daerah: a province, a regency (kabupaten) or a city (kota).
public enum RegionLevel: String, Codable, Sendable, CaseIterable {
    case provinsi, kabupaten, kota

    /// The head of region's title for this level (Gubernur, Bupati, Wali Kota).
    public var headTitle: String {
        switch self {
        case .provinsi: "Gubernur"
        case .kabupaten: "Bupati"
        case .kota: "Wali Kota"
        }
    }

    /// Whether authority splits treat it as kab/kota (kabupaten and kota share one column).
    public var isRegencyOrCity: Bool { self != .provinsi }
}

/// Daerah: one province or kabupaten/kota of the Kemendagri region list.
public struct Region: Codable, Sendable, Hashable, Identifiable {
    /// Kemendagri code: "32" for a province, "32.71" for a kab/kota.
    public let code: String
    public let name: String
    public let level: RegionLevel
    /// Code of the province the region belongs to (its own code for a province).
    public let provinceCode: String
    /// Otonom: false for Jakarta's administrative cities and regency, which cannot be a party.
    public let autonomous: Bool

    public var id: String { code }

    public init(code: String, name: String, level: RegionLevel, provinceCode: String, autonomous: Bool) {
        self.code = code; self.name = name; self.level = level
        self.provinceCode = provinceCode; self.autonomous = autonomous
    }

    /// "Pemerintah Kota Bogor", "Pemerintah Provinsi Jawa Barat".
    public var governmentName: String {
        level == .provinsi ? "Pemerintah Provinsi \(name)" : "Pemerintah \(name)"
    }

    /// The name without its level word: "Bogor" for "Kota Bogor" and "Kabupaten Bogor", as in
    /// "Wali Kota Bogor" and "Bupati Bogor".
    public var shortName: String {
        for prefix in ["Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// The head of region's full title: "Wali Kota Bogor", "Bupati Bogor", "Gubernur Jawa Barat".
    public var headTitle: String { "\(level.headTitle) \(shortName)" }

    /// "Kota Bogor" / "Provinsi Jawa Barat": the name with its level, as written in documents.
    public var fullName: String { level == .provinsi ? "Provinsi \(name)" : name }
}
