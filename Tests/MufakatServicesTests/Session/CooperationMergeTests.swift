import MufakatDomain
import MufakatServices
import MufakatTestSupport
import Testing

/// Issue 20, item 14: a conflict never drops the other side's change to an answer the officer
/// did not touch.
@Suite struct CooperationMergeTests {
    let base = CooperationFixture.bogorRaya()

    @Test func answersOnlyOneSideChangedAreKeptFromThatSide() throws {
        var mine = base, theirs = base
        mine.notes = "catatan saya"
        theirs.proposal.background = "latar belakang rekan"
        let result = try CooperationMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.cooperation.notes == "catatan saya")
        #expect(result.cooperation.proposal.background == "latar belakang rekan")
        #expect(result.takenFromTheirs == ["proposal.background"])
        #expect(result.keptFromMine == ["notes"])
    }

    @Test func answersBothChangedAreConflictsDecidedPerField() throws {
        var mine = base, theirs = base
        mine.notes = "catatan saya"; mine.proposal.purpose = "maksud saya"
        theirs.notes = "catatan rekan"; theirs.proposal.purpose = "maksud rekan"; theirs.title = "judul rekan"
        let first = try CooperationMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(first.conflicts.map(\.path) == ["notes", "proposal.purpose"])
        #expect(first.conflicts[0].base == (base.notes.isEmpty ? "(kosong)" : base.notes))
        #expect(first.conflicts[0].mine == "catatan saya" && first.conflicts[0].theirs == "catatan rekan")
        // Undecided conflicts keep mine; what only they changed is theirs.
        #expect(first.cooperation.notes == "catatan saya")
        #expect(first.cooperation.title == "judul rekan")
        let decided = try CooperationMerge.merge(base: base, mine: mine, theirs: theirs, choices: ["notes": .theirs])
        #expect(decided.cooperation.notes == "catatan rekan")
        #expect(decided.cooperation.proposal.purpose == "maksud saya")
        #expect(decided.cooperation.title == "judul rekan")
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() throws {
        var mine = base, theirs = base
        mine.notes = "sama"; theirs.notes = "sama"
        let result = try CooperationMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.cooperation == mine)
    }

    @Test func listRowsMergeRowByRowWhenTheRowsStay() throws {
        var mine = base, theirs = base
        #expect(base.parties.count >= 2)
        mine.parties[0].agency = "Dinas Perhubungan"
        theirs.parties[1].agency = "Dinas Perhubungan Kabupaten"
        let result = try CooperationMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.cooperation.parties[0].agency == "Dinas Perhubungan")
        #expect(result.cooperation.parties[1].agency == "Dinas Perhubungan Kabupaten")
    }

    @Test func withoutABaseEveryDifferenceIsAQuestion() throws {
        var mine = base, theirs = base
        mine.notes = "a"; theirs.title = "b"
        let result = try CooperationMerge.merge(base: nil, mine: mine, theirs: theirs)
        #expect(Set(result.conflicts.map(\.path)) == ["notes", "title"])
        #expect(result.conflicts.allSatisfy { $0.base == "(tidak diketahui)" })
    }
}
