import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Makes folders unwritable for the duration of a test: chmod 0500, and when the tests run as
/// root (which ignores permissions) the immutable attribute via chattr. Nil when neither works.
struct WriteProtection {
    let folders: [URL]
    let usedChattr: Bool

    static func apply(_ folders: [URL]) -> WriteProtection? {
        for f in folders { chmod(f.path, 0o500) }
        if !canWrite(folders[0]) { return WriteProtection(folders: folders, usedChattr: false) }
        for f in folders { _ = run("/usr/bin/chattr", ["+i", f.path]) }
        if !canWrite(folders[0]) { return WriteProtection(folders: folders, usedChattr: true) }
        for f in folders { chmod(f.path, 0o700); _ = run("/usr/bin/chattr", ["-i", f.path]) }
        return nil
    }

    func lift() {
        for f in folders {
            if usedChattr { _ = WriteProtection.run("/usr/bin/chattr", ["-i", f.path]) }
            chmod(f.path, 0o700)
        }
    }

    static func canWrite(_ folder: URL) -> Bool {
        let probe = folder.appendingPathComponent(".probe-\(getpid())")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else { return false }
        try? FileManager.default.removeItem(at: probe)
        return true
    }

    static func run(_ tool: String, _ args: [String]) -> Int32 {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return -1 }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}

@Suite struct ReadOnlyFolderTests {
    @Test func aReadOnlyFolderGivesAClearErrorAndLosesNothing() throws {
        let store = try makeStore()
        var c = sampleCooperation(id: "ks-a")
        try store.save(c, basedOn: nil)
        let before = try Data(contentsOf: store.root.appendingPathComponent("cooperations/ks-a.json"))
        let folders = ["cooperations", "history/ks-a", "history", ""].map { store.root.appendingPathComponent($0) }
        guard let protection = WriteProtection.apply(folders) else {
            // Neither permissions nor chattr can protect a folder here; nothing to verify.
            return
        }
        defer { protection.lift() }
        c.notes = "tidak dapat disimpan"
        let error = #expect(throws: StoreError.self) { try store.save(c, basedOn: 1) }
        #expect(error?.isEnvironmentProblem == true)
        let text = error?.description ?? ""
        #expect(text.contains("izin") || text.contains("hanya dapat dibaca"))
        #expect(text.contains(store.root.path))
        #expect(try Data(contentsOf: store.root.appendingPathComponent("cooperations/ks-a.json")) == before)
        #expect(try store.load(id: "ks-a").revision == 1)
        // Opened afresh, the store says it is read-only and still lists and loads.
        let again = try CooperationStore.open(at: store.root)
        #expect(again.isReadOnly)
        #expect(try again.list().map(\.id) == ["ks-a"])
        #expect(throws: StoreError.self) { try again.save(c, basedOn: 1) }
    }
}
