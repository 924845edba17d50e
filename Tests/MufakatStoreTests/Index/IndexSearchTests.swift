import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// `matches(folded:)` (fields read in place) finds exactly what folding every field finds.
@Suite struct IndexSearchTests {
    /// The former way: every field folded into a new array, then searched.
    func foldedEverything(_ e: IndexEntry, _ text: String) -> Bool {
        let needle = IndexEntry.fold(text)
        if needle.isEmpty { return true }
        let hay = [e.id, e.title, e.affairCode, e.affairName, e.kind.label] + e.parties + e.regionCodes + e.documentNumbers
        return hay.contains { IndexEntry.contains(IndexEntry.fold($0), needle) }
    }

    @Test(arguments: ["bogor", "BOGOR", "Bógor", "ks-a", "sampah", "é", "kota  ", "", "z", "32.01", "kerja sama air minum kota bogor dan"])
    func inPlaceSearchEqualsFoldingEveryField(_ text: String) throws {
        let store = try makeStore()
        var a = sampleCooperation(id: "ks-a", title: "Kerja Sama Air Minum Kota Bogor dan Kabupaten Bogor")
        try store.save(a, basedOn: nil)
        a.id = "ks-b"; a.title = "Pengelolaan Sampah Kota Bekasi — Dépôt"
        try store.save(a, basedOn: nil)
        for e in try store.list() {
            #expect(e.matches(search: text) == foldedEverything(e, text), "\(e.id) / \(text)")
        }
        #expect(try store.list().contains { $0.matches(search: "BOGOR") })
        #expect(try store.list().contains { $0.matches(search: "depot") })
    }
}
