import Foundation
import Testing
@testable import MufakatStore

/// Setelan setempat (`local.json`): what this machine remembers for the store (the export folder
/// and the last export choices). It never travels: sync's .gitignore admits only the data.
@Suite struct LocalSettingsTests {
    @Test func nothingRememberedYetReadsAsEmpty() throws {
        let store = try makeStore()
        #expect(store.localSettings() == LocalSettings())
    }

    @Test func theExportChoicesRoundTripOwnerOnly() throws {
        let store = try makeStore()
        let settings = LocalSettings(exportFolder: "/tmp/naskah", exportFormat: "md", exportPaper: "f4", exportTypeface: "arial")
        try store.saveLocalSettings(settings)
        #expect(store.localSettings() == settings)
        #expect(permissions(store.root.appendingPathComponent("local.json")) & 0o777 == 0o600)
    }

    @Test func aDamagedFileIsForgottenNotFatal() throws {
        let store = try makeStore()
        try Data("{ rusak".utf8).write(to: store.root.appendingPathComponent("local.json"))
        #expect(store.localSettings() == LocalSettings())
    }
}
