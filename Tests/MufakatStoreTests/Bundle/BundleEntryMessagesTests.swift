import MufakatDomain
@testable import MufakatStore
import Testing

/// Issue 17: why a bundle entry is refused is told in the interface language
/// (`StoreText.bundleEntries`).
@Suite struct BundleEntryMessagesTests {
    func reason(_ path: String) -> String? {
        if case .failure(let r) = BundlePathPolicy.classify(path) { return r.reason }
        return nil
    }

    @Test func rejectionsFollowTheLanguage() {
        let paths = ["", "/etc/passwd", "a\\b", "../x", "cooperations/Bad Name.json", "history/ks-1/x.json", "lain.txt"]
        let id = DisplayLanguage.$override.withValue(.indonesian) { paths.map(reason) }
        let en = DisplayLanguage.$override.withValue(.english) { paths.map(reason) }
        #expect(id[1] == "jalur mutlak (diawali '/') akan menulis di luar penyimpanan")
        #expect(en[1] == "an absolute path (starting with '/') would write outside the store")
        #expect(en[6] == "this file is not part of a Mufakat bundle")
        for (i, e) in en.enumerated() {
            #expect(e != nil && e != id[i], "\(paths[i]): \(String(describing: e))")
            for word in ["berkas", "jalur", "nama", "tidak"] { #expect(!(e ?? "").contains(word), "\(paths[i]): \(e ?? "")") }
        }
    }
}
