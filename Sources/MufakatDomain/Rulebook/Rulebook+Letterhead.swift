extension Rulebook {
    /// Kop naskah dinas: the letterhead of a letter signed by the head of region and the limits
    /// of the region's own logo image (section `[letterhead]`).
    public struct LetterheadRule: Codable, Sendable {
        /// Kop naskah dinas jabatan: a letter the head of region signs carries the office's name
        /// ("BUPATI SLEMAN", "WALI KOTA MADIUN", "GUBERNUR JAWA BARAT") under the emblem, instead
        /// of the government's name ("PEMERINTAH KABUPATEN SLEMAN") with address lines.
        public var headOffice: Bool
        /// Whether the office letterhead repeats the address and contacts under the office name.
        public var officeAddress: Bool?
        /// Largest logo image (PNG) the profile accepts, in kilobytes.
        public var logoMaxKB: Int?
        /// Height of the logo on the page, in millimetres.
        public var logoHeightMM: Int?
        public var basis: String
        public var toConfirm: Bool?
        enum CodingKeys: String, CodingKey {
            case headOffice = "head_office", officeAddress = "office_address", logoMaxKB = "logo_max_kb"
            case logoHeightMM = "logo_height_mm", basis, toConfirm = "to_confirm"
        }
    }

    /// Largest logo image in bytes: the rulebook's `logo_max_kb`, else 1 MB.
    public var logoMaxBytes: Int { max(1, letterhead?.logoMaxKB ?? 1024) * 1024 }
}
