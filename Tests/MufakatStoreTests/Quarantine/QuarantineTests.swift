import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

@Suite struct QuarantineTests {
    @Test func aCorruptCurrentFileIsQuarantinedOnceAndRebuiltFromHistory() throws {
        let store = try makeStore()
        var c = sampleCooperation(id: "ks-a")
        try store.save(c, basedOn: nil)
        c.notes = "dua"; try store.save(c, basedOn: 1)
        try store.save(sampleCooperation(id: "ks-b"), basedOn: nil)
        try Data("{ \"cooperation\": { \"id\": ".utf8).write(to: store.root.appendingPathComponent("cooperations/ks-a.json"))

        let loaded = try store.load(id: "ks-a")
        #expect(loaded.revision == 2 && loaded.cooperation.notes == "dua")
        let notices = store.takeNotices()
        #expect(notices.contains { $0.kind == .quarantined && $0.message.contains("cooperations/ks-a.json") && $0.message.contains("JSON") })
        #expect(notices.contains { $0.kind == .repaired })
        #expect(store.takeNotices().isEmpty)  // reported once
        let held = store.quarantined()
        #expect(held.count == 1 && held[0].originalPath == "cooperations/ks-a.json")
        #expect(POSIX.exists(store.root.appendingPathComponent(held[0].quarantinedPath)))
        #expect(try store.load(id: "ks-b").revision == 1)
    }

    @Test func aTruncatedFileWithoutHistoryIsQuarantinedAndTheRestLoads() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        try store.save(sampleCooperation(id: "ks-b", title: "Tetap"), basedOn: nil)
        let url = store.root.appendingPathComponent("cooperations/ks-a.json")
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count / 2).write(to: url)
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("history/ks-a"))

        let error = #expect(throws: StoreError.self) { try store.load(id: "ks-a") }
        guard case let .damaged(path, reason, quarantinedTo)? = error else { Issue.record("expected .damaged, got \(String(describing: error))"); return }
        #expect(path == "cooperations/ks-a.json" && reason.contains("JSON") && quarantinedTo?.hasPrefix("quarantine/") == true)
        #expect(error?.description.contains("dipindahkan") == true)
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.list().map(\.id) == ["ks-b"])
        #expect(try fresh.load(id: "ks-b").cooperation.title == "Tetap")
        #expect(fresh.check().isHealthy)
    }

    @Test func aFieldOfTheWrongTypeIsNamedInTheReason() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        let url = store.root.appendingPathComponent("cooperations/ks-a.json")
        try Data(readText(url).replacingOccurrences(of: "\"partiesBordering\" : true", with: "\"partiesBordering\" : \"ya\"").utf8).write(to: url)
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("history/ks-a"))
        let error = #expect(throws: StoreError.self) { try store.load(id: "ks-a") }
        #expect(error?.description.contains("cooperation.partiesBordering") == true)
        #expect(error?.description.contains("true atau false") == true)
    }

    @Test func aCorruptProfileIsQuarantinedAndAnswersNil() throws {
        let store = try makeStore()
        try Data("profil".utf8).write(to: store.root.appendingPathComponent("profile.json"))
        #expect(try store.profile() == nil)
        #expect(store.takeNotices().contains { $0.message.contains("profile.json") })
        #expect(!POSIX.exists(store.root.appendingPathComponent("profile.json")))
    }

    @Test func aCorruptManifestIsQuarantinedAndRecreated() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        try Data("{".utf8).write(to: store.root.appendingPathComponent("store.json"))
        let fresh = try CooperationStore.open(at: store.root)
        #expect(fresh.takeNotices().contains { $0.kind == .quarantined && $0.message.contains("store.json") })
        #expect(try fresh.load(id: "ks-a").revision == 1)
        #expect(readText(store.root.appendingPathComponent("store.json")).contains("mufakat-store"))
    }
}
