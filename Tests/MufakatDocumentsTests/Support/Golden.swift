import Foundation
import Testing

/// Golden files in `__Golden__/` next to this test target's sources, located via #filePath.
/// A missing or different golden fails; `MUFAKAT_UPDATE_SNAPSHOTS=1` writes it instead.
enum Golden {
    static func folder(_ filePath: String = #filePath) -> URL {
        // .../Tests/MufakatDocumentsTests/Support/Golden.swift -> .../Tests/MufakatDocumentsTests/__Golden__
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("__Golden__")
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["MUFAKAT_UPDATE_SNAPSHOTS"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder().appendingPathComponent(name)
        if updating {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("golden \(name) tidak ada; jalankan dengan MUFAKAT_UPDATE_SNAPSHOTS=1 lalu periksa hasilnya", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
            let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            let want = line < e.count ? e[line] : "<akhir berkas>"
            let got = line < a.count ? a[line] : "<akhir berkas>"
            Issue.record("\(name) berbeda pada baris \(line + 1):\n  golden: \(want)\n  hasil : \(got)", sourceLocation: sourceLocation)
        }
    }
}
