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
