import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

@Suite struct EditLockTests {
    func writeLock(_ store: CooperationStore, id: String, pid: Int32, host: String = POSIX.hostName, user: String = "budi") throws {
        let holder = LockHolder(id: id, user: user, host: host, pid: pid, since: Date(timeIntervalSince1970: 1_767_225_600))
        try POSIX.makeFolder(store.root.appendingPathComponent("locks"))
        try StoreJSON.encode(holder).write(to: store.root.appendingPathComponent("locks/\(id).json"))
    }

    @Test func aLockShowsWhoIsEditingAndSince() throws {
        let store = try makeStore()
        // pid 1 is alive on every machine: another editor.
        try writeLock(store, id: "ks-a", pid: 1)
        let holder = try #require(store.lockHolder(id: "ks-a"))
        #expect(holder.user == "budi" && holder.description.hasPrefix("sedang diedit oleh budi@"))
        #expect(holder.description.contains("sejak 01-01-2026") || holder.description.contains("sejak 31-12-2025"))
        let error = #expect(throws: StoreError.self) { try store.lock(id: "ks-a") }
        #expect(error?.description.contains("sedang diedit oleh budi@") == true)
        try store.unlock(id: "ks-a")  // someone else's lock stays
        #expect(store.lockHolder(id: "ks-a") != nil)
    }

    @Test func aLockOfADeadProcessIsStaleAndCleared() throws {
        let store = try makeStore()
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run(); child.waitUntilExit()
        try writeLock(store, id: "ks-a", pid: child.processIdentifier)
        #expect(store.lockHolder(id: "ks-a") == nil)
        #expect(!POSIX.exists(store.root.appendingPathComponent("locks/ks-a.json")))
        try writeLock(store, id: "ks-b", pid: child.processIdentifier)
        let mine = try store.lock(id: "ks-b")
        #expect(mine.isOwnedByCurrentProcess)
    }

    @Test func aLockFromAnotherMachineIsKeptUntilBroken() throws {
        let store = try makeStore()
        try writeLock(store, id: "ks-a", pid: 999_999, host: "laptop-fasilitator")
        #expect(store.lockHolder(id: "ks-a")?.host == "laptop-fasilitator")
        try store.breakLock(id: "ks-a")
        #expect(store.lockHolder(id: "ks-a") == nil)
    }

    @Test func lockAndUnlockOwnLock() throws {
        let store = try makeStore()
        let held = try store.lock(id: "ks-a")
        #expect(try store.lock(id: "ks-a") == held)
        #expect(store.activeLocks().map(\.id) == ["ks-a"])
        #expect(permissions(store.root.appendingPathComponent("locks/ks-a.json")) == 0o600)
        try store.unlock(id: "ks-a")
        #expect(store.lockHolder(id: "ks-a") == nil)
    }
}
