/// Kop surat: the own region's letterhead and place of writing, for letters (surat penawaran,
/// permohonan persetujuan DPRD). The app maps the store's region profile to it.
public struct Letterhead: Codable, Sendable, Hashable {
    /// Region code of the own region; picks which party writes the letters.
    public var regionCode: String?
    /// First line: "PEMERINTAH KOTA BOGOR" (or "WALI KOTA BOGOR" for the head's own letters).
    public var governmentName: String
    /// Second line, optional: "SEKRETARIAT DAERAH".
    public var unit: String
    /// Alamat: "Jalan Ir. H. Juanda Nomor 10, Bogor 16121".
    public var address: String
    /// Telepon, optional.
    public var phone: String
    /// Surel, optional.
    public var email: String
    /// Laman, optional.
    public var website: String
    /// Tempat: the city written before the date ("Bogor, 12 Maret 2026").
    public var city: String

    public init(regionCode: String? = nil, governmentName: String, unit: String = "", address: String = "",
                phone: String = "", email: String = "", website: String = "", city: String = "") {
        self.regionCode = regionCode; self.governmentName = governmentName; self.unit = unit
        self.address = address; self.phone = phone; self.email = email; self.website = website; self.city = city
    }
}

/// The letterhead as laid out: emphasised first lines, then address and contact lines.
public struct LetterheadBlock: Sendable, Hashable {
    /// Government name and unit (large, bold).
    public var names: [RichText]
    /// Address and contact lines (small).
    public var details: [RichText]

    public init(names: [RichText], details: [RichText]) { self.names = names; self.details = details }

    public var lines: [RichText] { names + details }
}
