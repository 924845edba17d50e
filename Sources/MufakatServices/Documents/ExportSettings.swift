import Foundation
import MufakatDomain
import MufakatDocuments
import MufakatStore

/// Pilihan ekspor dari layar: the folder a naskah is written to and how it is rendered (format,
/// paper, typeface). Remembered per store on this machine (`local.json`, `LocalSettings`), so
/// the next export offers the same choices; never synced.
public struct ExportSettings: Sendable, Hashable {
    /// An absolute folder ("~" already expanded).
    public var folder: String
    public var options: ExportOptions

    public init(folder: String, options: ExportOptions = ExportOptions(draft: true)) {
        self.folder = folder; self.options = options
    }

    /// The store's remembered choices, else `<store>/ekspor` and DOCX on A4 in Bookman Old Style.
    /// Exports from the screens are drafts: gaps show as "[BELUM DIISI: ...]".
    public init(remembered: LocalSettings, storeLocation: String) {
        var options = ExportOptions(draft: true)
        if let f = remembered.exportFormat.flatMap(DocumentFormat.init(rawValue:)), f != .pdf { options.format = f }
        if let p = remembered.exportPaper.flatMap(Paper.init(rawValue:)) { options.paper = p }
        if let t = remembered.exportTypeface.flatMap(Typeface.init(rawValue:)) { options.typeface = t }
        let folder = remembered.exportFolder.flatMap { $0.isEmpty ? nil : $0 }
            ?? URL(fileURLWithPath: storeLocation).appendingPathComponent("ekspor").path
        self.init(folder: folder, options: options)
    }

    /// What `local.json` keeps of these choices.
    public var remembered: LocalSettings {
        LocalSettings(exportFolder: folder, exportFormat: options.format.rawValue,
                      exportPaper: options.paper.rawValue, exportTypeface: options.typeface.rawValue)
    }

    /// "~/naskah" and "~" as typed, made absolute; other text is taken as it is.
    public static func expand(_ typed: String) -> String {
        let text = typed.trimmedWhitespace()
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        if text == "~" { return home }
        if text.hasPrefix("~/") { return home + text.dropFirst(1) }
        return text
    }
}

extension StoreSession {
    /// The export choices remembered for this store on this machine.
    public func exportSettings() -> ExportSettings {
        ExportSettings(remembered: store.localSettings(), storeLocation: location)
    }

    /// Remembers `settings` for the next export (a read-only store remembers nothing).
    public func rememberExport(_ settings: ExportSettings) throws(StoreError) {
        guard !store.isReadOnly else { return }
        try store.saveLocalSettings(settings.remembered)
    }
}
