import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Draf otomatis pemetaan on the real binary under tmux: typing into an affair is autosaved as
/// `mapping-drafts/<region>.json`, survives a `kill -9`, and is offered back on the next start.
@Suite(.timeLimit(.minutes(5)))
struct MappingDraftEndToEndTests {
    typealias W = WizardEndToEndTests
    typealias M = MappingFormEndToEndTests

    /// Polls until `condition` holds (the autosave runs on the program's idle ticks).
    static func waitForFile(_ what: String, timeout: Duration = .seconds(20), _ condition: () -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { throw TmuxSession.Failure(description: "timed out waiting for \(what)") }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    @Test func typingSurvivesKillNineAndIsRestored() throws {
        let (store, region) = try M.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let draftPath = "\(store)/mapping-drafts/\(region).json"
        let typed = "Balai diklat bersama tanpa simpan"

        let first = try W.start(store: store)
        defer { first.kill() }
        try M.openFirstAffair(first)
        try W.type(first, typed)
        try first.waitFor(text: typed)
        try Self.waitForFile("the mapping draft") {
            ((try? String(contentsOfFile: draftPath, encoding: .utf8)) ?? "").contains(typed)
        }
        #expect(!M.mappingJSON(store, region).contains(typed))
        // Not a cooperation draft: the cooperation drafts' folder does not hear of it.
        let cooperationDrafts = (try? FileManager.default.contentsOfDirectory(atPath: "\(store)/drafts")) ?? []
        #expect(!cooperationDrafts.contains("\(region).json"))

        let pid = try W.programPID(first)
        #expect(kill(pid, SIGKILL) == 0)
        try first.waitUntil("the program to die") { _ in TmuxSession.hasExited(pid) }
        first.kill()
        #expect(!M.mappingJSON(store, region).contains(typed))

        let second = try W.start(store: store)
        defer { second.kill() }
        try second.waitFor(text: "Daftar kerja sama")
        // The home screen says a mapping draft is waiting before anyone opens the mapping.
        try second.waitFor(text: "Draf pemetaan belum disimpan")
        try W.keys(second, "p")
        try second.waitFor(text: "Pulihkan draf pemetaan?")
        try second.waitFor(text: "tersimpan otomatis")
        try second.waitFor(text: "[ Pulihkan draf ]")
        try W.keys(second, "Enter")
        try second.waitFor(text: "Draf pemetaan dipulihkan")
        try W.keys(second, "Enter")
        try second.waitFor(text: "Urusan 1.01 Pendidikan")
        try second.waitFor(text: typed)
        // A real save makes it a revision and removes the draft.
        try W.keys(second, "C-s")
        try second.waitFor(text: "Pemetaan tersimpan (revisi 2)")
        #expect(M.mappingJSON(store, region).contains(typed))
        #expect(!FileManager.default.fileExists(atPath: draftPath))
    }
}
