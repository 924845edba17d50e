import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

@Suite struct HashChainTests {
    /// A store with `ks-a` at three revisions and `ks-b` at one.
    func storeWithHistory(_ label: String = #function) throws -> CooperationStore {
        let store = try makeStore(label)
        var a = sampleCooperation(id: "ks-a")
        try store.save(a, basedOn: nil)
        a.notes = "dua"; try store.save(a, basedOn: 1)
        a.notes = "tiga"; try store.save(a, basedOn: 2)
        try store.save(sampleCooperation(id: "ks-b"), basedOn: nil)
        return store
    }

    func file(_ store: CooperationStore, _ path: String) -> URL { store.root.appendingPathComponent(path) }

    @Test func aHandEditedMiddleRevisionIsReportedByName() throws {
        let store = try storeWithHistory()
        let middle = file(store, "history/ks-a/000002.json")
        let text = readText(middle).replacingOccurrences(of: "\"notes\" : \"dua\"", with: "\"notes\" : \"diubah diam-diam\"")
        try Data(text.utf8).write(to: middle)
        let report = store.check()
        #expect(!report.isHealthy)
        #expect(report.findings.contains { $0.path == "history/ks-a/000002.json" && $0.problem.contains("SHA-256") })
        // Everything else keeps working.
        #expect(try store.load(id: "ks-b").revision == 1)
        #expect(try store.load(id: "ks-a").cooperation.notes == "tiga")
    }

    @Test func aHandEditedNewestRevisionDiffersFromTheCurrentFile() throws {
        let store = try storeWithHistory()
        let newest = file(store, "history/ks-a/000003.json")
        try Data(readText(newest).replacingOccurrences(of: "tiga", with: "empat").utf8).write(to: newest)
        let report = store.check()
        #expect(report.findings.contains { $0.path == "cooperations/ks-a.json" && $0.problem.contains("000003.json") })
    }

    @Test func aMissingRevisionBreaksTheChain() throws {
        let store = try storeWithHistory()
        try FileManager.default.removeItem(at: file(store, "history/ks-a/000001.json"))
        let report = store.check()
        #expect(report.findings.contains { $0.path == "history/ks-a/000001.json" && $0.problem.contains("hilang") })
    }

    @Test func aSaveCutShortAfterItsCommitIsCompletedNotReported() throws {
        let store = try storeWithHistory()
        // Killed after the current file was renamed, before the history file was written.
        try FileManager.default.removeItem(at: file(store, "history/ks-a/000003.json"))
        let report = store.check()
        #expect(report.isHealthy, "\(report.findings)")
        #expect(report.repairs.contains { $0.contains("ks-a") && $0.contains("revisi 3") })
        #expect(POSIX.exists(file(store, "history/ks-a/000003.json")))
        #expect(store.check().repairs.isEmpty)
    }

    @Test func historyAheadOfTheCurrentFileIsRolledForwardWhenItContinuesTheChain() throws {
        let store = try storeWithHistory()
        // An import killed before its commit: revisions 2 and 3 exist, the current file is at 1.
        try Data(contentsOf: file(store, "history/ks-a/000001.json")).write(to: file(store, "cooperations/ks-a.json"))
        var c = try store.load(id: "ks-a").cooperation
        c.notes = "dari revisi satu"
        // The save sees the rolled-forward head (3) and refuses a base of 1.
        #expect(throws: StoreError.self) { try store.save(c, basedOn: 1) }
        #expect(try store.load(id: "ks-a").revision == 3)
        #expect(store.check().isHealthy)
    }

    @Test func aRevisionThatDoesNotContinueTheChainIsQuarantinedNotDeleted() throws {
        let store = try storeWithHistory()
        // Revision 2 of another item dropped into ks-b's history.
        try POSIX.makeFolder(file(store, "history/ks-b"))
        try Data(contentsOf: file(store, "history/ks-a/000002.json")).write(to: file(store, "history/ks-b/000002.json"))
        var b = try store.load(id: "ks-b").cooperation
        b.notes = "lanjut"
        let info = try store.save(b, basedOn: 1)
        #expect(info.revision == 2)
        let notices = store.takeNotices()
        #expect(notices.contains { $0.kind == .quarantined && $0.message.contains("history/ks-b/000002.json") })
        #expect(store.quarantined().count == 1)
        #expect(store.check().isHealthy)
    }

    @Test func theChainLinksHistoryFilesByteForByte() throws {
        let store = try storeWithHistory()
        for n in 2...3 {
            let previous = try Data(contentsOf: file(store, "history/ks-a/\(String(format: "%06d", n - 1)).json"))
            #expect(try store.revision(id: "ks-a", number: n).info.previousSHA256 == DocumentDecoding.sha256(previous))
        }
    }
}
