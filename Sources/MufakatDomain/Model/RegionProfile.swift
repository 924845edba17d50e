/// Profil daerah: the own region's setup, kept once per store (`profile.json`) and used by the
/// wizard (PIHAK PERTAMA) and by documents (letterhead, signatures, letter numbers).
public struct RegionProfile: Codable, Sendable, Hashable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// Kode wilayah of the own region from the catalogue ("32.71").
    public var regionCode: String
    /// Unit kerja sama: "Bagian Kerja Sama Sekretariat Daerah Kota Bogor".
    public var unitName: String
    /// Kepala daerah: the head of region (name and title, e.g. "Wali Kota Bogor").
    public var head: Person
    /// Kepala unit kerja sama: the head of the cooperation unit (name, title, NIP).
    public var unitHead: Person
    /// Alamat kantor, as cited in the party block.
    public var address: String
    /// Kota tempat penandatanganan yang biasa, e.g. "Bogor".
    public var city: String
    /// Pola nomor surat: the region's letter-number pattern with placeholders
    /// `{nomor}` (running number), `{kode}` (classification code), `{bulan}` (roman month),
    /// `{tahun}` (year), e.g. "{kode}/{nomor}/Kerja Sama/{tahun}".
    public var letterNumberPattern: String
    /// Telepon, surel: contact lines for the letterhead.
    public var phone: String
    public var email: String
    /// Margin halaman (mm) of the region's tata naskah dinas; nil keeps the defaults
    /// (left 30, right 20, top 25, bottom 25). Optional in `profile.json`.
    public var pageMargins: PageMargins? = nil
    /// Lambang pada kop surat: the region's own emblem (PNG) kept in the store; nil prints the
    /// letterhead without an image. Optional in `profile.json`.
    public var logo: ProfileLogo? = nil

    public init(regionCode: String, unitName: String = "", head: Person = Person(), unitHead: Person = Person(),
                address: String = "", city: String = "", letterNumberPattern: String = "{kode}/{nomor}/Kerja Sama/{tahun}",
                phone: String = "", email: String = "") {
        schemaVersion = RegionProfile.currentSchemaVersion
        self.regionCode = regionCode; self.unitName = unitName; self.head = head; self.unitHead = unitHead
        self.address = address; self.city = city; self.letterNumberPattern = letterNumberPattern
        self.phone = phone; self.email = email
    }

    /// Fills the pattern: `letterNumber(number: 12, code: "180", month: 5, year: 2026)` ->
    /// "180/12/Kerja Sama/2026".
    public func letterNumber(number: Int, code: String, month: Int, year: Int) -> String {
        let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        return letterNumberPattern
            .replacingOccurrences(of: "{nomor}", with: String(number))
            .replacingOccurrences(of: "{kode}", with: code)
            .replacingOccurrences(of: "{bulan}", with: (1...12).contains(month) ? romans[month - 1] : String(month))
            .replacingOccurrences(of: "{tahun}", with: String(year))
    }
}

/// Margin halaman in millimetres; each side left out keeps the default.
public struct PageMargins: Codable, Sendable, Hashable {
    public var top: Double?
    public var right: Double?
    public var bottom: Double?
    public var left: Double?
    public init(top: Double? = nil, right: Double? = nil, bottom: Double? = nil, left: Double? = nil) {
        self.top = top; self.right = right; self.bottom = bottom; self.left = left
    }
}

import Foundation
