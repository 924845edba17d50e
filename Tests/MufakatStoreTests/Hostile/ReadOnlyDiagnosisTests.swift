import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Issue 20, item 9: `check-store --read-only` names an interrupted save as what it is and
/// never advises a restore that would revert the last save.
@Suite struct ReadOnlyDiagnosisTests {
    @Test func aSaveCutShortBeforeItsHistoryCopyIsNotCalledTampering() throws {
        let store = try makeStore()
        var c = sampleCooperation(id: "ks-a")
        try store.save(c, basedOn: nil)
        c.notes = "dua"; try store.save(c, basedOn: 1)
        // As if killed between the commit of the current file and the history write.
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("history/ks-a/000002.json"))
        let report = try CooperationStore.open(at: store.root, readOnly: true).check()
        let text = report.findings.map { "\($0.problem) \($0.fix)" }.joined(separator: "\n")
        #expect(!text.contains("di luar Mufakat"), "\(text)")
        #expect(!text.contains("restore ks-a --revision 1"), "\(text)")
        #expect(text.contains("terputus") && text.contains("revisi 2"), "\(text)")
        // The writable check then completes it, and all is well.
        #expect(try CooperationStore.open(at: store.root).check().findings.isEmpty)
    }

    @Test func aMissingCurrentFileIsSaidToBeRebuildableNotLost() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("cooperations/ks-a.json"))
        let report = try CooperationStore.open(at: store.root, readOnly: true).check()
        let text = report.findings.map { "\($0.problem) \($0.fix)" }.joined(separator: "\n")
        #expect(!text.contains("tidak dapat dipulihkan"), "\(text)")
        #expect(text.contains("tanpa --read-only"), "\(text)")
    }

    @Test func tamperingAdviceNeverSaysRestoreTheLastRevision() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        let history = store.root.appendingPathComponent("history/ks-a/000001.json")
        try Data(readText(history).replacingOccurrences(of: "Penyelenggaraan", with: "Pemalsuan").utf8).write(to: history)
        let report = try CooperationStore.open(at: store.root, readOnly: true).check()
        let text = report.findings.map { "\($0.problem) \($0.fix)" }.joined(separator: "\n")
        #expect(text.contains("di luar Mufakat"), "\(text)")
        #expect(!text.contains("restore ks-a --revision 1"), "\(text)")
    }
}

/// Issue 20, item 12: an index edited by hand with its timestamps intact.
@Suite struct EditedIndexTests {
    @Test func checkStoreComparesWholeEntriesNotOnlyStamps() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a", title: "Judul Asli"), basedOn: nil)
        _ = try store.rebuildIndex(full: true)
        let index = store.root.appendingPathComponent("index.json")
        let stamp = POSIX.modificationTime(index)
        try Data(readText(index).replacingOccurrences(of: "Judul Asli", with: "Judul Palsu").utf8).write(to: index)
        #expect(readText(index).contains("Judul Palsu") && stamp != nil)
        let readOnly = try CooperationStore.open(at: store.root, readOnly: true).check()
        #expect(readOnly.findings.contains { $0.path == "index.json" && $0.problem.contains("ks-a") }, "\(readOnly.findings)")
        let writable = try CooperationStore.open(at: store.root).check()
        #expect(writable.repairs.contains { $0.contains("ks-a") })
        #expect(try CooperationStore.open(at: store.root).list().map(\.title) == ["Judul Asli"])
    }
}
