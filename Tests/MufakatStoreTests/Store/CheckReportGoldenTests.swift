import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// `check()` on a store with planted problems gives exactly the report recorded in
/// `Fixtures/check-report.golden.txt` (text, order, counts), read-only and writable, before and
/// after its repairs: a faster check must report what the slow one reported (issue 19).
/// `MUFAKAT_UPDATE_SNAPSHOTS=1` rewrites the golden; review the diff in git.
@Suite struct CheckReportGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/check-report.golden.txt")

    static let author = Author(user: "budi", host: "kantor-bogor", pid: 4121)

    /// Revision `n` of `c`, with a fixed time so that the bytes (and their SHA-256) never change.
    static func revision(_ c: Cooperation, _ n: Int, previous: Data?) throws -> Data {
        let record = RevisionRecord(revision: n, previousSHA256: previous.map(DocumentDecoding.sha256),
                                    savedAt: Date(timeIntervalSince1970: 1_780_000_000 + Double(n) * 60), savedBy: author, document: c)
        return try StoreJSON.encode(record)
    }

    /// Writes `count` chained revisions of `c` into history; returns their bytes.
    @discardableResult
    static func chain(_ root: URL, _ c: Cooperation, count: Int, current: Bool = true) throws -> [Data] {
        var files: [Data] = []
        var doc = c
        for n in 1...count {
            doc.notes = "catatan \(n)"
            files.append(try revision(doc, n, previous: files.last))
        }
        try write(root, "history/\(c.id)", files)
        if current { try files.last!.write(to: root.appendingPathComponent("cooperations/\(c.id).json")) }
        return files
    }

    static func write(_ root: URL, _ folder: String, _ files: [Data]) throws {
        let url = root.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (i, data) in files.enumerated() {
            try data.write(to: url.appendingPathComponent(RevisionedCollection<Cooperation>.fileName(i + 1)))
        }
    }

    /// A store whose files hold one planted problem per cooperation.
    static func plantedStore(_ label: String = #function) throws -> URL {
        let root = try makeStore(label).root
        let coops = root.appendingPathComponent("cooperations")
        // Healthy, with three revisions.
        try chain(root, sampleCooperation(id: "ks-baik", title: "Judul Yang Akan Diubah"), count: 3)
        // A middle revision edited by hand: the chain breaks after it.
        var files = try chain(root, sampleCooperation(id: "ks-rantai"), count: 3)
        files[1] = Data(String(decoding: files[1], as: UTF8.self).replacingOccurrences(of: "catatan 2", with: "diubah diam-diam").utf8)
        try write(root, "history/ks-rantai", files)
        // A corrupt current file.
        try chain(root, sampleCooperation(id: "ks-rusak"), count: 2)
        try Data("{ bukan json".utf8).write(to: coops.appendingPathComponent("ks-rusak.json"))
        // The newest history file differs from the current file at the same number.
        files = try chain(root, sampleCooperation(id: "ks-beda"), count: 2)
        try Data(String(decoding: files[1], as: UTF8.self).replacingOccurrences(of: "catatan 2", with: "lain").utf8)
            .write(to: root.appendingPathComponent("history/ks-beda/000002.json"))
        // A revision missing from the middle.
        try chain(root, sampleCooperation(id: "ks-bolong"), count: 3)
        try FileManager.default.removeItem(at: root.appendingPathComponent("history/ks-bolong/000002.json"))
        // A save cut short after its commit: the current file is one revision ahead of history.
        try chain(root, sampleCooperation(id: "ks-terputus"), count: 2)
        try FileManager.default.removeItem(at: root.appendingPathComponent("history/ks-terputus/000002.json"))
        // An import cut short: history ahead of the current file.
        files = try chain(root, sampleCooperation(id: "ks-maju"), count: 3)
        try files[0].write(to: coops.appendingPathComponent("ks-maju.json"))
        // A current file holding another cooperation.
        files = try chain(root, sampleCooperation(id: "ks-salah"), count: 1)
        try chain(root, sampleCooperation(id: "ks-lain"), count: 1)
        try Data(contentsOf: coops.appendingPathComponent("ks-lain.json")).write(to: coops.appendingPathComponent("ks-salah.json"))
        // A history file named for another revision, and a first revision with a predecessor.
        files = try chain(root, sampleCooperation(id: "ks-nomor"), count: 2)
        try files[0].write(to: root.appendingPathComponent("history/ks-nomor/000002.json"))
        try revision(sampleCooperation(id: "ks-awal"), 1, previous: Data("x".utf8)).write(to: coops.appendingPathComponent("ks-awal.json"))
        try write(root, "history/ks-awal", [Data(contentsOf: coops.appendingPathComponent("ks-awal.json"))])
        // History without a current file, and an empty history folder.
        try chain(root, sampleCooperation(id: "ks-tanpa-kini"), count: 2, current: false)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("history/ks-kosong"), withIntermediateDirectories: true)
        // A current file without history.
        try revision(sampleCooperation(id: "ks-tanpa-riwayat"), 1, previous: nil).write(to: coops.appendingPathComponent("ks-tanpa-riwayat.json"))
        // A file of a newer Mufakat.
        var newer = sampleCooperation(id: "ks-baru")
        newer.schemaVersion = 999
        try write(root, "history/ks-baru", [try revision(newer, 1, previous: nil)])
        try revision(newer, 1, previous: nil).write(to: coops.appendingPathComponent("ks-baru.json"))
        // Strangers and stale temp files (their writer, pid 999999, is gone).
        try Data("x".utf8).write(to: coops.appendingPathComponent("BACA-SAYA.txt"))
        try Data("x".utf8).write(to: coops.appendingPathComponent(".ks-baik.json.tmp-999999-abc123"))
        try Data("x".utf8).write(to: root.appendingPathComponent("history/ks-baik/.000004.json.tmp-999999-def456"))
        // A damaged meeting and a damaged draft.
        for folder in ["meetings", "drafts"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data("{".utf8).write(to: root.appendingPathComponent("meetings/rapat-1.json"))
        try Data("{".utf8).write(to: root.appendingPathComponent("drafts/ks-draf.json"))
        return root
    }

    /// The report as `mufakat check-store` prints it, with the store's folder and quarantine
    /// times replaced so that it does not depend on where or when the test runs.
    static func render(_ r: StoreReport, root: URL) -> String {
        var lines = ["cooperations=\(r.cooperations) mappings=\(r.mappings) revisions=\(r.revisions) archived=\(r.archivedFiles.map(String.init) ?? "-")"]
        lines += r.repairs.map { "repair: \($0)" }
        lines += r.notes.map { "note: \($0)" }
        lines += r.findings.map { "finding: \($0.path): \($0.problem)\n  fix: \($0.fix)" }
        var text = lines.joined(separator: "\n")
        text = text.replacingOccurrences(of: root.path, with: "<root>")
        text = text.replacingOccurrences(of: #"\d{8}T\d{6}Z"#, with: "<waktu>", options: .regularExpression)
        text = text.replacingOccurrences(of: #"pid \d+"#, with: "pid <n>", options: .regularExpression)
        return text + "\n"
    }

    /// Read-only check, then a writable check (which repairs), then a writable check again.
    static func runAll(_ root: URL) throws -> String {
        var out = "== read-only\n"
        out += render(try CooperationStore.open(at: root, readOnly: true).check(), root: root)
        let store = try CooperationStore.open(at: root)
        _ = store.takeNotices()
        out += "== writable\n" + render(store.check(), root: root)
        out += "== writable again\n" + render(try CooperationStore.open(at: root).check(), root: root)
        // The index written by the check is the truth; an entry edited by hand is found.
        let indexURL = root.appendingPathComponent("index.json")
        let text = try String(contentsOf: indexURL, encoding: .utf8)
        #expect(text.contains("Judul Yang Akan Diubah"))
        try Data(text.replacingOccurrences(of: "Judul Yang Akan Diubah", with: "Judul Diubah Tangan").utf8).write(to: indexURL)
        out += "== index edited, read-only\n" + render(try CooperationStore.open(at: root, readOnly: true).check(), root: root)
        return out
    }

    /// Checking the items on several threads gives the serial report, in the interface
    /// language of the caller (the workers run on Dispatch's threads, outside the task).
    @Test(arguments: [DisplayLanguage.indonesian, .english])
    func aParallelCheckReportsWhatASerialOneReports(_ language: DisplayLanguage) throws {
        func store(_ label: String) throws -> URL {
            let root = try Self.plantedStore(label)
            // Enough items around the planted ones for every thread to take several.
            for i in 0..<100 { try Self.chain(root, sampleCooperation(id: "ks-isi-\(1000 + i)"), count: 1 + i % 3) }
            return root
        }
        func run(_ root: URL, threads: Int) throws -> String {
            try DisplayLanguage.$override.withValue(language) {
                "== read-only\n" + Self.render(try CooperationStore.open(at: root, readOnly: true).check(threads: threads), root: root)
                    + "== writable\n" + Self.render(try CooperationStore.open(at: root).check(threads: threads), root: root)
                    + "== writable again\n" + Self.render(try CooperationStore.open(at: root).check(threads: threads), root: root)
            }
        }
        let serial = try run(try store("serial"), threads: 1)
        let parallel = try run(try store("parallel"), threads: 3)
        #expect(serial.contains("history/ks-rantai/000002.json") && serial.contains("cooperations=114"))
        #expect(parallel == serial)
        if parallel != serial {
            let a = parallel.components(separatedBy: "\n"), e = serial.components(separatedBy: "\n")
            let i = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("line \(i + 1):\n  serial  : \(i < e.count ? e[i] : "<end>")\n  parallel: \(i < a.count ? a[i] : "<end>")")
        }
    }

    @Test func aPlantedStoreGivesTheRecordedReport() throws {
        let root = try Self.plantedStore()
        let actual = try DisplayLanguage.$override.withValue(.indonesian) { try Self.runAll(root) }
        if ProcessInfo.processInfo.environment["MUFAKAT_UPDATE_SNAPSHOTS"] == "1" {
            try Data(actual.utf8).write(to: Self.golden)
            return
        }
        let expected = try #require(try? String(contentsOf: Self.golden, encoding: .utf8), "golden missing: run with MUFAKAT_UPDATE_SNAPSHOTS=1")
        #expect(actual == expected)
        if actual != expected {
            let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
            let i = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("line \(i + 1):\n  golden: \(i < e.count ? e[i] : "<end>")\n  actual: \(i < a.count ? a[i] : "<end>")")
        }
    }
}
