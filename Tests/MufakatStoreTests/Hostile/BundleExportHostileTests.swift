#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Issue 20, items 16 and 21 for `bundle export`.
@Suite struct BundleExportHostileTests {
    @Test func oneNewerFileNoLongerFailsTheWholeExport() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        try store.save(sampleCooperation(id: "ks-b"), basedOn: nil)
        let url = store.root.appendingPathComponent("cooperations/ks-b.json")
        try Data(readText(url).replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 9").utf8).write(to: url)
        let out = temporaryFolder().appendingPathComponent("semua.mufakat")
        let result = try store.exportBundle(to: out)
        #expect(result.cooperations == 1)
        #expect(result.skipped.count == 1 && result.skipped[0].contains("ks-b"))
    }

    @Test func theBundleNeverReplacesASymlinkOrFifo() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        let folder = temporaryFolder()
        let target = folder.appendingPathComponent("penting.txt")
        try Data("asli".utf8).write(to: target)
        let link = folder.appendingPathComponent("b.mufakat")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(throws: StoreError.self) { try store.exportBundle(to: link) }
        #expect(POSIX.isSymlink(link) && readText(target) == "asli")
        let fifo = folder.appendingPathComponent("pipa.mufakat")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(throws: StoreError.self) { try store.exportBundle(to: fifo) }
        #expect(SafeOutput.existing(at: fifo.path) == .fifo)
    }
}

/// Issue 20, item 20: large bundle entries are spilled to disk while read.
@Suite struct BundleSpillTests {
    @Test func aLargeEntryImportsExactlyAndLeavesNoSpillFile() throws {
        let source = try makeStore()
        var c = sampleCooperation(id: "ks-besar")
        c.notes = String(repeating: "catatan panjang kerja sama daerah; ", count: 20_000)  // ~700 KiB
        try source.save(c, basedOn: nil)
        let bundle = temporaryFolder().appendingPathComponent("besar.mufakat")
        try source.exportBundle(to: bundle)
        let target = try makeStore("target")
        let report = try target.importBundle(from: bundle)
        #expect(report.added.map(\.id) == ["ks-besar"])
        #expect(try target.load(id: "ks-besar").cooperation.notes == c.notes)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix(".mufakat-bundle.tmp-\(getpid())-") }
        #expect(leftovers.isEmpty)
    }
}
