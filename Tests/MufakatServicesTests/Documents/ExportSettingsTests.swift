import Foundation
import MufakatDocuments
import MufakatServices
import MufakatStore
import Testing

/// The export folder and choices are remembered per store, on this machine only (issue 18).
@Suite struct ExportSettingsTests {
    static func store() throws -> StoreSession {
        try StoreSession.open(folder: FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-ekspor-\(UUID().uuidString)"))
    }

    @Test func theFirstExportGoesToTheStoresFolderAsADocxDraft() throws {
        let session = try Self.store()
        let settings = session.exportSettings()
        #expect(settings.folder == URL(fileURLWithPath: session.location).appendingPathComponent("ekspor").path)
        #expect(settings.options == ExportOptions(format: .docx, paper: .a4, typeface: .bookmanOldStyle, draft: true))
    }

    @Test func theChoicesAreRememberedForTheNextExport() throws {
        let session = try Self.store()
        let chosen = ExportSettings(folder: "/tmp/naskah-bagian-kerja-sama",
                                    options: ExportOptions(format: .md, paper: .f4, typeface: .arial, draft: true))
        try session.rememberExport(chosen)
        let again = try StoreSession.open(folder: URL(fileURLWithPath: session.location))
        #expect(again.exportSettings() == chosen)
    }

    @Test func theRememberedFileNeverTravelsWithSync() {
        // `/*` keeps everything of the store on the machine unless it is let through by name.
        let lines = SyncLayout.gitignore.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("/*"))
        #expect(!lines.contains { $0.contains("local") })
    }

    @Test func aTildeIsTheHomeFolder() {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        #expect(ExportSettings.expand("~/naskah ") == home + "/naskah")
        #expect(ExportSettings.expand("/srv/naskah") == "/srv/naskah")
    }
}
