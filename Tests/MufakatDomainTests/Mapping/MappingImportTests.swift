import Testing
@testable import MufakatDomain

@Suite struct MappingImportTests {
    @Test func newSameAndConflicting() throws {
        let earlier = FiveRegions.mappings[0]
        #expect(MappingImport.decide(incoming: earlier, existing: nil) == .add)
        var redated = earlier
        redated.updatedOn = CalendarDate(year: 2026, month: 5, day: 1)
        #expect(MappingImport.decide(incoming: redated, existing: earlier) == .unchanged)
        var changed = earlier
        changed.entries[0].offer = "Lahan TPA regional 40 ha"
        changed.entries[0].priority = .tinggi
        guard case .conflict(let diff) = MappingImport.decide(incoming: changed, existing: earlier) else {
            Issue.record("expected a conflict"); return
        }
        #expect(diff.changes.map(\.field) == ["Potensi", "Prioritas"])
        #expect(diff.changes.allSatisfy { $0.affairCode == "1.03" })
        #expect(MappingImport.outcome(of: .conflict(diff), resolution: .keep) == .kept)
        #expect(MappingImport.outcome(of: .conflict(diff), resolution: .replace) == .replaced)
    }

    @Test func olderBundleIsNoted() {
        var old = FiveRegions.mappings[0]; old.updatedOn = CalendarDate(year: 2026, month: 1, day: 10)
        var new = old; new.updatedOn = CalendarDate(year: 2026, month: 2, day: 10)
        #expect(MappingImport.agingNote(incoming: old, existing: new) == "pemetaan yang diimpor bertanggal 10 Januari 2026, lebih lama dari yang tersimpan (10 Februari 2026)")
        #expect(MappingImport.agingNote(incoming: new, existing: old) == nil)
    }
}
