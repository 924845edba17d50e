import Testing
@testable import MufakatDomain

@Suite struct FieldPathTests {
    /// The parser as it was before its ASCII road: the reference the byte reading must match.
    static func referenceParse(_ text: String) -> [FieldPath.Component]? {
        guard !text.isEmpty else { return nil }
        var out: [FieldPath.Component] = []
        for segment in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(segment)
            let nameEnd = rest.firstIndex(of: "[") ?? rest.endIndex
            let name = rest[..<nameEnd]
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "*" }) else { return nil }
            out.append(.key(String(name)))
            rest = rest[nameEnd...]
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                if inside == "*" || inside.isEmpty { out.append(.each) }
                else if let i = Int(inside), i >= 0 { out.append(.index(i)) }
                else { return nil }
                rest = rest[rest.index(after: close)...]
            }
        }
        return out
    }

    /// Every rulebook path, and 20,000 random texts over the bytes that matter (dots, brackets,
    /// signs, digits, a space, a letter outside ASCII), parse as the reference parses them.
    @Test func readsAsTheCharacterParser() throws {
        let rulebook = try RulebookLoader.load()
        var texts = ["", ".", "a", "a.", ".a", "a..b", "a[0]", "a[0]b", "a[[0]]", "a[0", "a]b", "[0]", "a[]", "a[*]", "a[+1]", "a[-0]",
                     "a[-1]", "a[1.2]", "a[.].b", "a[*.*]", "a[ 1]", "a[99999999999999999999]", "a*b", "*", "*.x", "é", "a.é[0]",
                     "parties[1].regionCode", "agreement.signing.signatories[*].person.name", "customStages.x-y_z.answers.q1"]
        for kind in CooperationKind.allCases {
            for rule in rulebook.stages(for: kind) {
                let section = StageSection(rawValue: rule.section) ?? .custom
                for field in rule.requiredFields { texts.append(Workflow.absolutePath(field.path, section: section, stageID: rule.id)) }
            }
        }
        let alphabet: [Character] = ["a", "Z", "0", "7", "_", "-", "*", ".", ".", "[", "]", "[", "]", "+", " ", "é", "\u{301}", "!"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 10)
            texts.append(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        var parsed = 0
        for text in texts {
            let new = FieldPath(text)?.components
            #expect(new == Self.referenceParse(text), "\(text.debugDescription)")
            if new != nil { parsed += 1 }
        }
        #expect(parsed > 1_000)
    }

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
