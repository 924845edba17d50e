import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// Demo stores made the way `mufakat demo` makes them (`DemoGenerator` + `bulkLoad`), cached
/// by size and seed so one run generates each store once.
enum StoreFixtures {
    /// The reference date of every generated store: fixed, so numbers compare across days.
    static let referenceDate = CalendarDate(year: 2026, month: 1, day: 15)!
    static let completeMarker = ".mufakat-bench-complete"

    /// The store of `size` cooperations for `seed` under `folder`, generated when missing.
    /// Returns the seconds generation took (nil when the cached store was reused).
    static func demoStore(size: Int, seed: UInt64, in folder: URL) throws -> (url: URL, seconds: Double?) {
        let url = folder.appendingPathComponent("n\(size)-s\(seed)")
        let marker = url.appendingPathComponent(completeMarker)
        if FileManager.default.fileExists(atPath: marker.path) {
            // A store kept from an earlier run may carry an index of an older version: opening and
            // listing once rebuilds it here, so no measured start-up pays for that one-time rebuild.
            _ = try CooperationStore.open(at: url).list()
            return (url, nil)
        }
        try? FileManager.default.removeItem(at: url)
        let seconds = try generate(size: size, seed: seed, at: url)
        _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        return (url, seconds)
    }

    /// A fresh store (for cases that write into it).
    @discardableResult
    static func generate(size: Int, seed: UInt64, at url: URL) throws -> Double {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let start = Harness.now()
        let store = try CooperationStore.open(at: url)
        let generator = DemoGenerator(seed: seed, referenceDate: referenceDate)
        try store.bulkLoad(count: size, make: { generator.cooperation(number: $0) })
        return Harness.now() - start
    }

    /// Total bytes and count of the files under `url` (to compare a step with reading them).
    static func footprint(_ url: URL, only sub: String? = nil) -> (files: Int, bytes: Int) {
        let root = sub.map { url.appendingPathComponent($0) } ?? url
        if let v = try? root.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]), v.isRegularFile == true {
            return (1, v.fileSize ?? 0)
        }
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey]) else { return (0, 0) }
        var files = 0, bytes = 0
        for case let f as URL in e {
            guard let v = try? f.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]), v.isRegularFile == true else { continue }
            files += 1; bytes += v.fileSize ?? 0
        }
        return (files, bytes)
    }
}
