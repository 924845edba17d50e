import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
@testable import MufakatApp

@Suite struct CooperationDiffTests {
    @Test func listsChangedPathsOnly() {
        let a = Fixture.transport()
        var b = a
        b.proposal.background = "Baru"
        b.parties[1].address = "Cibinong"
        b.partiesBordering = false
        let diffs = CooperationDiff.differences(mine: a, theirs: b)
        #expect(diffs.map(\.path) == ["partiesBordering", "parties[1].address", "proposal.background"])
        #expect(diffs[2].mine == "(kosong)")
        #expect(diffs[2].theirs == "Baru")
        #expect(diffs[0].mine == "ya")
        #expect(diffs[0].theirs == "tidak")
        #expect(CooperationDiff.differences(mine: a, theirs: a).isEmpty)
    }
}
