import Foundation
import MufakatDomain

/// Setelan setempat: what this machine remembers for this store, such as the folder and the
/// choices of the last export from the screens. Per machine like `drafts/` and `locks/`: sync's
/// `.gitignore` lets only the data travel, and bundles leave it out, so another officer's
/// folder never arrives with a pull.
public struct LocalSettings: Codable, Sendable, Hashable {
    public static let currentSchemaVersion = 1
    public var schemaVersion: Int = LocalSettings.currentSchemaVersion
    /// The folder naskah are exported to from the screens (nil: `<store>/ekspor`).
    public var exportFolder: String?
    /// The last format, paper and typeface chosen (their raw values: "docx", "f4", "arial").
    public var exportFormat: String?
    public var exportPaper: String?
    public var exportTypeface: String?

    public init(exportFolder: String? = nil, exportFormat: String? = nil, exportPaper: String? = nil, exportTypeface: String? = nil) {
        self.exportFolder = exportFolder; self.exportFormat = exportFormat
        self.exportPaper = exportPaper; self.exportTypeface = exportTypeface
    }
}

extension CooperationStore {
    var localSettingsURL: URL { root.appendingPathComponent("local.json") }

    /// The settings of this machine; empty when none were saved or the file cannot be read (a
    /// preference is not worth a quarantine: it is asked again).
    public func localSettings() -> LocalSettings {
        guard let data = try? POSIX.readFile(localSettingsURL, limit: 1 << 16),
              let settings = try? JSONDecoder().decode(LocalSettings.self, from: data),
              settings.schemaVersion <= LocalSettings.currentSchemaVersion else { return LocalSettings() }
        return settings
    }

    /// Saves the settings atomically, owner-only.
    public func saveLocalSettings(_ settings: LocalSettings) throws(StoreError) {
        try writing { () throws(StoreError) -> Void in
            try CooperationStore.writeJSON(settings, to: localSettingsURL, durability: .durable)
        }
    }
}
