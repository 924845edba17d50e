import Foundation

/// `store.json`: names the format and its version, so a person and another tool know what the
/// folder is, and an older Mufakat refuses to write a store made by a newer one.
public struct StoreManifest: Codable, Sendable, Hashable {
    public static let formatName = "mufakat-store"
    /// Version of the folder layout and file formats described in docs/format.md.
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var createdAt: Date
    public var createdBy: Author
    /// Kode wilayah of the owning region, once the profile names it.
    public var regionCode: String?
    /// Where the format is described.
    public var documentation: String

    public init(createdAt: Date, createdBy: Author, regionCode: String? = nil) {
        format = StoreManifest.formatName; version = StoreManifest.currentVersion
        self.createdAt = createdAt; self.createdBy = createdBy; self.regionCode = regionCode
        documentation = "docs/format.md (kode sumber Mufakat)"
    }
}
