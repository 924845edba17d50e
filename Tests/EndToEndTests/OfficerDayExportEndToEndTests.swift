import Foundation
import MufakatTestSupport
import Testing

/// Issue 18 at 80×24: export from the screens into a chosen folder, on F4 paper, and the
/// choice offered again next time (remembered in the store's `local.json`, which never syncs).
@Suite(.timeLimit(.minutes(5)))
struct OfficerDayExportEndToEndTests {
    typealias W = WizardEndToEndTests

    @Test func theKBIsExportedToAChosenFolderAndTheFolderIsRemembered() throws {
        let store = try OfficerDayEndToEndTests.storeWithSignedKB()
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-naskah-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: store); try? FileManager.default.removeItem(atPath: target) }
        let tmux = try W.start(store: store)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Penyelenggaraan A")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Tahap 4 dari 7: Pembiayaan")
        try W.keys(tmux, "C-t", "Up", "Enter")
        try tmux.waitFor(text: "Tahap 3 dari 7: Kesepakatan Bersama")
        try W.keys(tmux, "C-r")
        try tmux.waitFor(text: "TINJAUAN")
        try W.keys(tmux, "e")
        var screen = try tmux.waitFor(text: "Huruf")
        // The first time: DOCX on A4 into the store's own folder.
        #expect(screen.contains("DOCX"))
        #expect(screen.contains("A4"))
        try W.keys(tmux, "Down", "Right")     // paper: F4
        try tmux.waitFor(text: "F4 (215")
        try W.keys(tmux, "Up", "Up", "C-u")   // the folder
        try W.type(tmux, target)
        try W.keys(tmux, "Enter")
        screen = try tmux.waitFor(text: "Naskah diekspor")
        let file = "\(target)/\(CooperationFixture.bogorRaya().id)-kb.docx"
        #expect(FileManager.default.fileExists(atPath: file))
        #expect(FileManager.default.fileExists(atPath: "\(store)/local.json"))
        try W.keys(tmux, "Enter")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Naskah diekspor") }
        // Next time the panel opens on the same folder and paper.
        try W.keys(tmux, "e")
        screen = try tmux.waitFor(text: "Huruf")
        #expect(screen.contains(target))
        #expect(screen.contains("F4 (215"))
        try W.keys(tmux, "Escape")
    }
}
