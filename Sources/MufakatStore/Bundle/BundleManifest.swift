import Foundation

/// `manifest.json` of a bundle: what it holds, so a person (or another tool) can see it
/// without unpacking, and so the import can tell a bundle from any zip file.
public struct BundleManifest: Codable, Sendable, Hashable {
    public static let formatName = "mufakat-bundel"
    public static let currentVersion = 1

    public struct Item: Codable, Sendable, Hashable {
        public var kind: BundleItemKind
        public var id: String
        public var title: String?
        /// Number of revisions carried (1...revisions).
        public var revisions: Int
        /// SHA-256 of the newest revision file.
        public var headSHA256: String
    }

    public var format: String
    public var version: Int
    /// Version of the store format the files inside follow.
    public var storeVersion: Int
    public var createdAt: Date
    public var createdBy: Author
    public var items: [Item]
    /// SHA-256 of every other entry, by path (signed bundles; nil in older ones).
    public var files: [String: String]? = nil
    /// The key that signed `manifest.sig` (nil: unsigned).
    public var signer: BundleSigning.Signer? = nil
}
