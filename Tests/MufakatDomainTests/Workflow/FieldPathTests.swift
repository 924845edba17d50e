import Testing
@testable import MufakatDomain

@Suite struct FieldPathTests {
    @Test func parsesAndPrints() {
        #expect(FieldPath("financing.lines[2].amount")?.components == [.key("financing"), .key("lines"), .index(2), .key("amount")])
        #expect(FieldPath("a.b[*].c")?.description == "a.b[*].c")
        for bad in ["", "a..b", "a[", "a[x]", "a[-1]", ".a", "a b"] { #expect(FieldPath(bad) == nil, "\(bad)") }
    }

    @Test func resolvesValuesAndFilledness() {
        let c = Fixture.bogorRaya()
        let tree = FieldPath.tree(of: c)
        #expect(FieldPath("parties[1].name")?.value(in: tree) as? String == "Kabupaten Bogor")
        #expect(FieldPath("financing.lines[2].amount")?.value(in: tree) as? Int == 500_000_000)
        #expect(FieldPath("proposal.background")!.isFilled(in: tree))
        #expect(FieldPath("agreement.signing.signatories[*].person.name")!.isFilled(in: tree))
        #expect(!FieldPath("agreement.endDate")!.isFilled(in: tree), "nil optional")
        #expect(!FieldPath("parties[5].name")!.isFilled(in: tree))
        #expect(!FieldPath("implementation.milestones")!.isFilled(in: tree), "empty list")
        #expect(!FieldPath("implementation.milestones[*].title")!.isFilled(in: tree), "each of none")
        #expect(FieldPath("partiesBordering")!.isFilled(in: tree), "a yes/no is filled")
    }

    @Test func schemaKnowsEveryModelField() {
        let s = ModelSchema.cooperation
        #expect(s.kind(of: "kind") == .choice(CooperationKind.allCases.map(\.rawValue)))
        #expect(s.kind(of: "financing.lines[3].amount") == .money)
        #expect(s.kind(of: "agreement.signing.signatories[*].powerOfAttorney.number") == .text)
        #expect(s.kind(of: "proposal.feasibilityStudy.summary") == .text)
        #expect(s.kind(of: "offer.letterDate") == .date)
        #expect(s.kind(of: "customStages.verifikasi.answers.nomor") == .text)
        #expect(s.kind(of: "agreement.duties") == .list)
        #expect(s.kind(of: "memorandum.fundingSource") == .text)
        #expect(s.kind(of: "proposal.backgroud") == nil)
        #expect(s.kind(of: "parties.name") == nil)
        #expect(s.children(of: "offer").contains("offer.letterNumber"))
    }
}
