#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Issue 20, items 16, 17, 19: outputs and the store's own files never follow or replace a
/// symlink or a special file, and are owner-only whatever the umask.
@Suite(.serialized) struct SecurityTests {
    @Test func safeOutputRefusesASymlinkAndLeavesItAndItsTarget() throws {
        let folder = temporaryFolder()
        let target = folder.appendingPathComponent("penting.txt")
        try Data("asli".utf8).write(to: target)
        let link = folder.appendingPathComponent("keluar.docx")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let error = #expect(throws: StoreError.self) { try SafeOutput.write(Data("baru".utf8), to: link) }
        #expect(error?.description.contains("tautan simbolik") == true)
        #expect(error?.description.contains(link.path) == true)
        #expect(POSIX.isSymlink(link))
        #expect(readText(target) == "asli")
    }

    @Test func safeOutputRefusesAFifo() throws {
        let fifo = temporaryFolder().appendingPathComponent("pipa")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let error = #expect(throws: StoreError.self) { try SafeOutput.write(Data("x".utf8), to: fifo) }
        #expect(error?.description.contains("FIFO") == true)
        #expect(SafeOutput.existing(at: fifo.path) == .fifo)
    }

    @Test func safeOutputRefusesADevice() {
        #expect(throws: StoreError.self) { try SafeOutput.write(Data("x".utf8), to: URL(fileURLWithPath: "/dev/null")) }
    }

    @Test func safeOutputWritesOwnerOnlyUnderAnOpenUmask() throws {
        let url = temporaryFolder().appendingPathComponent("naskah.md")
        let old = umask(0)
        defer { umask(old) }
        try SafeOutput.write(Data("satu".utf8), to: url)
        #expect(permissions(url) == 0o600)
        try SafeOutput.write(Data("dua".utf8), to: url)
        #expect(readText(url) == "dua" && permissions(url) == 0o600)
    }

    @Test func aPlantedIndexLogSymlinkIsNeverWrittenThrough() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        let outside = temporaryFolder().appendingPathComponent("korban.txt")
        try Data("asli".utf8).write(to: outside)
        for name in ["index.log", "store.lock"] {
            let url = store.root.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: url)
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: outside)
        }
        let reopened = try CooperationStore.open(at: store.root)
        var c = try reopened.load(id: "ks-a").cooperation
        c.notes = "dua"
        try reopened.save(c, basedOn: 1)
        #expect(readText(outside) == "asli")
        #expect(!POSIX.isSymlink(store.root.appendingPathComponent("index.log")))
        #expect(!POSIX.isSymlink(store.root.appendingPathComponent("store.lock")))
    }

    @Test func aSymlinkedHistoryFolderIsRefused() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        let elsewhere = temporaryFolder().appendingPathComponent("luar")
        let history = store.root.appendingPathComponent("history/ks-a")
        try FileManager.default.moveItem(at: history, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: history, withDestinationURL: elsewhere)
        var c = sampleCooperation(id: "ks-a")
        c.notes = "dua"
        let error = #expect(throws: StoreError.self) { try store.save(c, basedOn: 1) }
        #expect(error?.description.contains("tautan simbolik") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == ["000001.json"])
    }

    @Test func aWorldWritableStoreFolderIsWarnedAbout() throws {
        let store = try makeStore()
        #expect(chmod(store.root.path, 0o777) == 0)
        let reopened = try CooperationStore.open(at: store.root)
        #expect(reopened.takeNotices().contains { $0.kind == .warning && $0.message.contains("chmod 700") })
    }
}
