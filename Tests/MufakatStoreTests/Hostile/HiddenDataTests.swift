import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Issue 20, items 7, 8, 10, 11, 21: damage is noticed at open and never looks like an empty
/// store; a save that passed its commit point is reported saved.
@Suite struct HiddenDataTests {
    @Test func aDeletedCooperationsFolderIsRebuiltFromHistoryAtOpen() throws {
        let store = try makeStore()
        var c = sampleCooperation(id: "ks-a")
        try store.save(c, basedOn: nil)
        c.notes = "dua"; try store.save(c, basedOn: 1)
        try store.save(sampleCooperation(id: "ks-b"), basedOn: nil)
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("cooperations"))

        let reopened = try CooperationStore.open(at: store.root)
        #expect(try reopened.list().map(\.id) == ["ks-a", "ks-b"])
        #expect(try reopened.load(id: "ks-a").cooperation.notes == "dua")
        #expect(reopened.takeNotices().contains { $0.kind == .repaired && $0.message.contains("ks-a") })
    }

    @Test func readOnlyTheMissingCooperationsAreCountedNotHidden() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("cooperations/ks-a.json"))
        let readOnly = try CooperationStore.open(at: store.root, readOnly: true)
        let notices = readOnly.takeNotices()
        #expect(notices.contains { $0.kind == .warning && $0.message.contains("1 kerja sama") && $0.message.contains("check-store") })
    }

    @Test func aFailedHistoryWriteAfterTheCommitPointIsReportedSaved() throws {
        let store = try makeStore()
        var c = sampleCooperation(id: "ks-a")
        try store.save(c, basedOn: nil)
        c.notes = "dua"
        var notes: [QuarantineNote] = [], repairs: [RevisionedCollection<Cooperation>.Repair] = [], warnings: [String] = []
        let historyFolder = store.root.appendingPathComponent("history/ks-a")
        let result = try store.cooperationFiles.save(c, basedOn: 1, author: .current, pause: {
            // Make the history write fail after the current file is committed.
            try? FileManager.default.moveItem(at: historyFolder, to: store.root.appendingPathComponent("aside"))
            _ = FileManager.default.createFile(atPath: historyFolder.path, contents: Data("x".utf8))
        }, notes: &notes, repairs: &repairs, warnings: &warnings)
        #expect(result.info.revision == 2)
        #expect(warnings.count == 1 && warnings[0].contains("tersimpan") && !warnings[0].contains("belum tersimpan"))
        try FileManager.default.removeItem(at: historyFolder)
        try FileManager.default.moveItem(at: store.root.appendingPathComponent("aside"), to: historyFolder)
        // The next save starts from the person's own revision 2: no conflict with themself.
        let reopened = try CooperationStore.open(at: store.root)
        #expect(try reopened.load(id: "ks-a").revision == 2)
        c.notes = "tiga"
        #expect(try reopened.save(c, basedOn: 2).revision == 3)
        #expect(try reopened.history(id: "ks-a").map(\.revision) == [1, 2, 3])
    }

    @Test func tempFilesOfKilledSavesAreRemovedAtOpen() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        // pid 2^22 + 1 is above Linux's pid_max default: never a running process.
        let dead = store.root.appendingPathComponent("cooperations/.ks-a.json.tmp-4194305-abcd")
        let deadHistory = store.root.appendingPathComponent("history/ks-a/.000002.json.tmp-4194305-abcd")
        let alive = store.root.appendingPathComponent("cooperations/.ks-b.json.tmp-\(getpid())-abcd")
        // A fresh one of a pid unknown here may be a save of another machine sharing the folder: kept at open.
        let fresh = store.root.appendingPathComponent("cooperations/.ks-c.json.tmp-4194305-ef01")
        // Not our pattern: never touched.
        let foreign = store.root.appendingPathComponent("cooperations/.catatan.tmp-4194305-bukan milik kami")
        for url in [dead, deadHistory, alive, fresh, foreign] { _ = FileManager.default.createFile(atPath: url.path, contents: Data("{".utf8)) }
        let hourAgo = Date(timeIntervalSinceNow: -3600)
        for url in [dead, deadHistory, alive, foreign] { try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: url.path) }
        var c = try CooperationStore.open(at: store.root).load(id: "ks-a").cooperation
        #expect(!POSIX.exists(dead))
        #expect(POSIX.exists(alive))
        #expect(POSIX.exists(fresh))
        #expect(POSIX.exists(foreign))
        c.notes = "x"
        try store.save(c, basedOn: 1)
        #expect(!POSIX.exists(deadHistory))
    }

    /// Issue 20 item 11: a rerun of an interrupted `demo` writes an id whose history folder holds
    /// no revision, and never collides with one that holds a revision.
    @Test func bulkInsertTakesAnEmptyHistoryFolderAndSkipsARealOne() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-real"), basedOn: nil)
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("cooperations/ks-real.json"))
        let empty = store.root.appendingPathComponent("history/ks-empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let stale = empty.appendingPathComponent(".000001.json.tmp-4194305-abcd")
        _ = FileManager.default.createFile(atPath: stale.path, contents: Data("{\"revi".utf8))
        let result = try store.bulkInsert([sampleCooperation(id: "ks-empty"), sampleCooperation(id: "ks-real")])
        #expect(result.inserted == 1)
        #expect(result.skipped == ["ks-real"])
        #expect(try store.load(id: "ks-empty").revision == 1)
        #expect(!POSIX.exists(stale))
        #expect(try store.history(id: "ks-real").map(\.revision) == [1])
    }

    @Test func oneDamagedMeetingIsQuarantinedAndTheOthersList() throws {
        let store = try makeStore()
        let good = Meeting(id: "rapat-a", title: "Rapat A", level: .provinsi)
        try store.saveMeeting(good, basedOn: nil)
        try Data("{ \"id\": ".utf8).write(to: store.root.appendingPathComponent("meetings/rapat-b.json"))
        let readOnly = try CooperationStore.open(at: store.root, readOnly: true)
        #expect(readOnly.check().findings.contains { $0.path.contains("rapat-b") })
        #expect(try store.listMeetings().map(\.id) == ["rapat-a"])
        #expect(store.takeNotices().contains { $0.kind == .quarantined && $0.message.contains("meetings/rapat-b.json") })
        #expect(store.quarantined().contains { $0.originalPath == "meetings/rapat-b.json" })
    }

    @Test func readingModesNeverCreateAStore() throws {
        let typo = temporaryFolder().appendingPathComponent("salah-ketik")
        #expect(throws: StoreError.self) { try CooperationStore.open(at: typo, mode: .readOnly) }
        #expect(throws: StoreError.self) { try CooperationStore.open(at: typo, mode: .mustExist) }
        #expect(!POSIX.exists(typo))
        let empty = temporaryFolder()
        #expect(throws: StoreError.self) { try CooperationStore.open(at: empty, mode: .readOnly) }
        #expect(!POSIX.exists(empty.appendingPathComponent("store.json")))
        let real = try makeStore()
        #expect(try CooperationStore.open(at: real.root, mode: .readOnly).isReadOnly)
    }

    @Test func anEmptyStoreVariableIsAnError() throws {
        #expect(throws: StoreError.self) { try StoreLocation.locate(flag: nil, environment: ["MUFAKAT_STORE": "", "HOME": "/home/x"]) }
        #expect(throws: StoreError.self) { try StoreLocation.locate(flag: "", environment: ["HOME": "/home/x"]) }
        #expect(try StoreLocation.locate(flag: nil, environment: ["HOME": "/home/x"]).path == "/home/x/.local/share/mufakat")
        #expect(try StoreLocation.locate(flag: "/s", environment: ["MUFAKAT_STORE": ""]).path == "/s")
    }
}

/// Issue 20, item 15: two writers creating the same new id.
@Suite struct SameNewIDTests {
    @Test func theSecondCreatorGetsOneClearErrorWhateverTheTiming() throws {
        let root = try makeStore().root
        for round in 0..<5 {
            let id = "ks-sama-\(round)"
            let stores = [try CooperationStore.open(at: root), try CooperationStore.open(at: root)]
            let results = Mutex2()
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                do throws(StoreError) { try stores[i].save(sampleCooperation(id: id), basedOn: nil); results.add("ok") } catch {
                    results.add(error.description)
                }
            }
            let all = results.values
            #expect(all.filter { $0 == "ok" }.count == 1, "\(all)")
            #expect(all.contains { $0.hasPrefix("Id sudah dipakai") && $0.contains(id) }, "\(all)")
        }
    }
}

final class Mutex2: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
