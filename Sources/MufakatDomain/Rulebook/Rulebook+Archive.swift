import Foundation

extension Rulebook {
    /// Batas arsip: how large one archived file may be, and why.
    public struct ArchiveRule: Codable, Sendable {
        public var maxFileMB: Int
        public var basis: String
        enum CodingKeys: String, CodingKey { case maxFileMB = "max_file_mb", basis }
    }

    /// Jenis berkas arsip: a kind of file kept with a cooperation ("scan-ttd", "keputusan-dprd").
    public struct ArchiveKindRule: Codable, Sendable {
        public var id: String
        public var name: String
        public var basis: String
        /// Whether a file of this kind is the scan of a signed naskah (counted by the summary).
        public var signedScan: Bool?
        public var toConfirm: Bool?
        enum CodingKeys: String, CodingKey { case id, name, basis, signedScan = "signed_scan", toConfirm = "to_confirm" }
    }

    /// Daftar publik: which fields of a cooperation a published register may show.
    public struct PublicRule: Codable, Sendable {
        public var basis: String
        public var toConfirm: Bool?
        public var fields: [PublicField]
        enum CodingKeys: String, CodingKey { case basis, toConfirm = "to_confirm", fields = "field" }
    }

    /// One public field: its path in the cooperation JSON and its label on the page.
    public struct PublicField: Codable, Sendable {
        public var path: String
        public var label: String
    }

    /// Largest archived file in bytes (50 MB when the rulebook does not say).
    public var archiveMaxFileBytes: Int64 { Int64(archive?.maxFileMB ?? 50) << 20 }

    public func archiveKind(_ id: String) -> ArchiveKindRule? { archiveKinds.first { $0.id == id } }

    /// The kinds whose files are scans of signed naskah.
    public var signedScanKinds: Set<String> { Set(archiveKinds.filter { $0.signedScan == true }.map(\.id)) }
}
