import Foundation
import Testing
@testable import MufakatStore

@Suite struct AtomicFileTests {
    @Test func writesOwnerOnlyFilesAndLeavesNoTempBehind() throws {
        let folder = temporaryFolder().appendingPathComponent("a/b")
        try POSIX.makeFolder(folder)
        let file = folder.appendingPathComponent("x.json")
        try AtomicFile.write(Data("satu".utf8), to: file)
        try AtomicFile.write(Data("dua".utf8), to: file)
        #expect(readText(file) == "dua")
        #expect(permissions(file) == 0o600)
        #expect(permissions(folder) == 0o700)
        #expect(try POSIX.listFolder(folder) == ["x.json"])
    }

    @Test func createRefusesToReplaceAnExistingFile() throws {
        let folder = temporaryFolder()
        let file = folder.appendingPathComponent("000001.json")
        try AtomicFile.create(Data("asli".utf8), at: file)
        #expect(throws: StoreError.alreadyExists(path: file.path)) { try AtomicFile.create(Data("palsu".utf8), at: file) }
        #expect(readText(file) == "asli")
        #expect(try POSIX.listFolder(folder) == ["000001.json"])
    }

    @Test func staleTempFilesOfDeadProcessesAreRemovedOthersKept() throws {
        let folder = temporaryFolder()
        // A pid that surely does not run: a finished child.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run(); child.waitUntilExit()
        let dead = folder.appendingPathComponent(".x.json.tmp-\(child.processIdentifier)-abc")
        let mine = folder.appendingPathComponent(".y.json.tmp-\(getpid())-abc")
        try Data().write(to: dead); try Data().write(to: mine)
        let removed = AtomicFile.removeStaleTemps(in: folder)
        #expect(removed == [dead.lastPathComponent])
        #expect(POSIX.exists(mine))
    }

    @Test func fullDiskAndReadOnlyErrorsSayWhatToDo() {
        let full = StoreError.io(operation: .write, path: "/s/cooperations/x.json", code: ENOSPC).description
        #expect(full.contains("Disk penuh") && full.contains("/s/cooperations/x.json") && full.contains("tidak berubah"))
        let ro = StoreError.io(operation: .write, path: "/s", code: EROFS).description
        #expect(ro.contains("hanya dapat dibaca") && ro.contains("--store"))
        let denied = StoreError.io(operation: .write, path: "/s", code: EACCES).description
        #expect(denied.contains("izin"))
    }
}
