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

extension StoreManifest {
    /// The manifest when `data` is exactly the shape the store writes (any spacing and key
    /// order; each key once; the date in the store's own form), read without `JSONDecoder`;
    /// nil for anything else, which the caller then decodes as before.
    static func read(_ data: Data) -> StoreManifest? {
        data.withUnsafeBytes { raw -> StoreManifest? in
            var s = JSONScan(raw)
            return try? s.storeManifest()
        }
    }
}

extension JSONScan {
    mutating func storeManifest() throws -> StoreManifest {
        var format: String?, version: Int64?, createdAt: Date?, createdBy: Author?, regionCode: String?, documentation: String?
        var keys: Set<String> = []
        try object { key, s in
            guard keys.insert(key).inserted else { throw Unreadable() }
            switch key {
            case "format": format = try s.string()
            case "version": version = try s.integer()
            case "createdAt":
                guard let date = StoreClock.date(iso: try s.string()) else { throw Unreadable() }
                createdAt = date
            case "createdBy": createdBy = try s.author()
            case "regionCode": regionCode = s.null() ? nil : try s.string()
            case "documentation": documentation = try s.string()
            default: throw Unreadable()
            }
        }
        try finish()
        guard let format, let version, let v = Int(exactly: version), let createdAt, let createdBy, let documentation else { throw Unreadable() }
        var manifest = StoreManifest(createdAt: createdAt, createdBy: createdBy, regionCode: regionCode)
        manifest.format = format
        manifest.version = v
        manifest.documentation = documentation
        return manifest
    }
}
