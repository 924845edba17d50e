import Foundation
import MufakatDomain

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
    /// Nama jabatan kepala daerah for the office letterhead (kop naskah dinas jabatan):
    /// "Wali Kota Bogor", "Bupati Sleman", "Gubernur Jawa Barat".
    public var officeName: String
    /// Lambang: the region's own emblem (PNG) from the profile; nil prints no image.
    public var logo: Data?

    public init(regionCode: String? = nil, governmentName: String, unit: String = "", address: String = "",
                phone: String = "", email: String = "", website: String = "", city: String = "",
                officeName: String = "", logo: Data? = nil) {
        self.regionCode = regionCode; self.governmentName = governmentName; self.unit = unit
        self.address = address; self.phone = phone; self.email = email; self.website = website; self.city = city
        self.officeName = officeName; self.logo = logo
    }
}

/// Lambang pada kop surat as placed: the PNG bytes, their pixel size and the printed height.
public struct LetterheadImage: Sendable, Hashable {
    public var png: Data
    public var pixels: PNGImage
    /// Printed height in millimetres; the width follows the image's proportions.
    public var heightMM: Double

    /// Nil when `png` is not a PNG image.
    public init?(png: Data, heightMM: Double) {
        guard let pixels = PNGImage(png) else { return nil }
        self.png = png; self.pixels = pixels; self.heightMM = max(5, min(60, heightMM))
    }

    /// Printed width in millimetres.
    public var widthMM: Double { heightMM * Double(pixels.width) / Double(pixels.height) }
}

/// The letterhead as laid out: emphasised first lines, then address and contact lines.
public struct LetterheadBlock: Sendable, Hashable {
    /// Government name and unit (large, bold).
    public var names: [RichText]
    /// Address and contact lines (small); none on the office letterhead of the head of region.
    public var details: [RichText]
    /// Lambang, centred above the names; nil without an image.
    public var logo: LetterheadImage?

    public init(names: [RichText], details: [RichText], logo: LetterheadImage? = nil) {
        self.names = names; self.details = details; self.logo = logo
    }

    public var lines: [RichText] { names + details }
}
