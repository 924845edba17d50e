import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// The store written by format version 1, kept in the source tree: every later version must
/// still open it (migrating on read), so this path stays tested as versions are added.
let fixtureV1 = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/store-v1")

/// A copy of the version 1 fixture in a fresh folder (opening may write an index).
func copyOfFixtureV1(_ label: String = #function) throws -> URL {
    let target = temporaryFolder(label).appendingPathComponent("store")
    try FileManager.default.copyItem(at: fixtureV1, to: target)
    return target
}

@Suite struct MigrationTests {
    @Test func aVersionOneStoreOpensLoadsAndVerifies() throws {
        #expect(POSIX.exists(fixtureV1.appendingPathComponent("store.json")), "fixture missing at \(fixtureV1.path)")
        let store = try CooperationStore.open(at: try copyOfFixtureV1())
        #expect(!store.isReadOnly)
        let ids = try store.list().map(\.id)
        #expect(ids == ["ks-2022-00003", "ks-2024-00001", "ks-2024-00002", "stress-0"])
        for id in ids { _ = try store.load(id: id) }
        #expect(try store.history(id: "stress-0").map(\.revision) == [1, 2, 3, 4])
        #expect(try store.loadMapping(regionCode: "32.71").revision == 1)
        #expect(try store.profile()?.regionCode == "32.71")
        let report = store.check()
        #expect(report.isHealthy, "\(report.findings)")
        // And it keeps working: a new revision on top of a version 1 chain.
        var c = try store.load(id: "stress-0")
        c.document.notes = "setelah migrasi"
        #expect(try store.save(c.cooperation, basedOn: 4).revision == 5)
        #expect(store.check().isHealthy)
    }

    @Test func stepsLiftADocumentVersionByVersion() throws {
        let migrator = Migrator(currentVersion: 3, steps: [
            MigrationStep(fromVersion: 1, summary: "judul dipisah") { value in
                value["title"] = .string(value["judul"]?.stringValue ?? "")
                value["judul"] = nil
            },
            MigrationStep(fromVersion: 2, summary: "catatan wajib ada") { value in
                if value["notes"] == nil { value["notes"] = .string("") }
            },
        ])
        var doc: JSONValue = .object(["schemaVersion": .int(1), "judul": .string("Angkutan"), "amount": .int(9_007_199_254_740_993)])
        try migrator.migrate(&doc, from: 1)
        #expect(doc["title"]?.stringValue == "Angkutan" && doc["judul"] == nil)
        #expect(doc["notes"]?.stringValue == "" && doc["schemaVersion"]?.intValue == 3)
        #expect(doc["amount"] == .int(9_007_199_254_740_993))  // money stays exact
        var newer: JSONValue = .object(["schemaVersion": .int(4)])
        #expect(throws: Migrator.Failure.newer(found: 4, supported: 3)) { try migrator.migrate(&newer, from: 4) }
        let gap = Migrator(currentVersion: 3, steps: [MigrationStep(fromVersion: 2, summary: "") { _ in }])
        var old: JSONValue = .object([:])
        #expect(throws: Migrator.Failure.missingStep(from: 1)) { try gap.migrate(&old, from: 1) }
    }

    @Test func aFileOfANewerVersionIsRefusedAndLeftUntouched() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        try store.save(sampleCooperation(id: "ks-b"), basedOn: nil)
        let url = store.root.appendingPathComponent("cooperations/ks-a.json")
        let newer = readText(url).replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 9")
            .replacingOccurrences(of: "\"title\" :", with: "\"ruangLingkupBaru\" : [1, 2],\n    \"title\" :")
        try Data(newer.utf8).write(to: url)
        let error = #expect(throws: StoreError.self) { try store.load(id: "ks-a") }
        #expect(error == .newerVersion(path: "cooperations/ks-a.json", found: 9, supported: 1))
        #expect(error?.description.contains("lebih baru") == true)
        #expect(throws: StoreError.self) { try store.save(sampleCooperation(id: "ks-a"), basedOn: 1) }
        #expect(readText(url) == newer)
        #expect(store.quarantined().isEmpty)
        #expect(try store.load(id: "ks-b").revision == 1)
        let report = store.check()
        #expect(report.notes.contains { $0.contains("lebih baru") })
    }

    @Test func aStoreOfANewerVersionOpensReadOnly() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        let manifest = store.root.appendingPathComponent("store.json")
        try Data(readText(manifest).replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2").utf8).write(to: manifest)
        let newer = try CooperationStore.open(at: store.root)
        #expect(newer.isReadOnly)
        #expect(newer.readOnlyReason?.contains("versi Mufakat yang lebih baru") == true)
        #expect(try newer.load(id: "ks-a").revision == 1)
        let error = #expect(throws: StoreError.self) { try newer.save(sampleCooperation(id: "ks-a"), basedOn: 1) }
        #expect(error?.description.contains("hanya dapat dibaca") == true)
        #expect(readText(manifest).contains("\"version\" : 2"))
    }

    @Test func aWrongSchemaVersionFieldIsDamageWithItsName() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        let url = store.root.appendingPathComponent("cooperations/ks-a.json")
        try Data(readText(url).replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : \"satu\"").utf8).write(to: url)
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("history/ks-a"))
        let error = #expect(throws: StoreError.self) { try store.load(id: "ks-a") }
        #expect(error?.description.contains("cooperation.schemaVersion") == true)
    }
}
