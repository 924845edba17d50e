import MufakatDomain
@testable import MufakatServices
import MufakatTestSupport
import Testing

/// Issue 17: a sync conflict refused for want of a choice names each answer by its label, never
/// by its path ("financing.lines", "proposal.inRegionalPlan"), in both languages.
@Suite struct SyncConflictRefusalTests {
    static let paths = ["notes", "proposal.purpose", "proposal.inRegionalPlan", "financing.lines"]

    func refusal() throws -> String {
        let base = CooperationFixture.bogorRaya()
        var mine = base, theirs = base
        mine.notes = "catatan saya"; theirs.notes = "catatan rekan"
        mine.proposal.purpose = "maksud saya"; theirs.proposal.purpose = "maksud rekan"
        mine.proposal.inRegionalPlan = false; theirs.proposal.inRegionalPlan = nil
        mine.financing.lines = []; theirs.financing.lines = Array(base.financing.lines.prefix(1))
        let merge = try CooperationMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.count == 4, "\(merge.conflicts.map(\.path))")
        return SyncService.bothChangedRefusal(merge.conflicts, in: mine, rulebook: try RulebookLoader.load())
    }

    @Test func theRefusalNamesAnswersByTheirLabels() throws {
        let text = try DisplayLanguage.$override.withValue(.indonesian) { try refusal() }
        #expect(text.contains("Catatan (Anda: catatan saya") && text.contains("Maksud") && text.contains("Objek dalam RPJMD/RKPD")
                && text.contains("Baris rencana pembiayaan (Anda: (kosong); mereka: 1 baris)"), "\(text)")
        for path in Self.paths { #expect(!text.contains(path), "\(path) in \(text)") }
    }

    @Test func theRefusalNamesAnswersByTheirLabelsInEnglish() throws {
        let text = try DisplayLanguage.$override.withValue(.english) { try refusal() }
        #expect(text.contains("Notes (yours: catatan saya") && text.contains("Purpose") && text.contains("Object in the RPJMD/RKPD")
                && text.contains("Financing plan lines (yours: (empty); theirs: 1 row(s))"), "\(text)")
        #expect(text.contains("changed by both sides"))
        for path in Self.paths { #expect(!text.contains(path), "\(path) in \(text)") }
    }
}
