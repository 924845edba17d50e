import Foundation
import Testing
@testable import MufakatDomain

/// Issue 19: a typed letter re-validates only the checks that read its field. After any sequence
/// of text edits the kept findings and workflow must equal a whole validation.
@Suite struct IncrementalValidationTests {
    let rulebook = try! RulebookLoader.load()
    let catalogues = Catalogues.shared
    let today = CalendarDate(year: 2026, month: 6, day: 1)!

    /// A small deterministic generator (SplitMix64), so a failure repeats.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    /// Every string in the cooperation's JSON with its path ("parties[1].name").
    static func stringLeaves(_ node: Any, path: String = "", into out: inout [(path: String, value: String)]) {
        switch node {
        case let s as String: out.append((path, s))
        case let d as [String: Any]:
            for k in d.keys.sorted() { stringLeaves(d[k]!, path: path.isEmpty ? k : "\(path).\(k)", into: &out) }
        case let a as [Any]:
            for (i, v) in a.enumerated() { stringLeaves(v, path: "\(path)[\(i)]", into: &out) }
        default: break
        }
    }

    /// The tree with the string at `path` (as `stringLeaves` names it) replaced.
    static func replacing(_ node: Any, _ components: ArraySlice<FieldPath.Component>, with value: String) -> Any {
        guard let first = components.first else { return value }
        switch first {
        case .key(let k):
            var d = node as! [String: Any]
            d[k] = replacing(d[k]!, components.dropFirst(), with: value)
            return d
        case .index(let i):
            var a = node as! [Any]
            a[i] = replacing(a[i], components.dropFirst(), with: value)
            return a
        case .each: return node
        }
    }

    func stageSummary(_ w: Workflow) -> [String] {
        w.stages.map { "\($0.id) \($0.state) \($0.recorded) \($0.missingFields.map(\.path)) \(String(describing: $0.gate))" }
    }

    /// A new text for an edit: a letter more or less, blank, or another text of the cooperation
    /// (a region code, a date, a head's title, an enum's value), so checks that compare texts fire.
    func newText(_ old: String, leaves: [(path: String, value: String)], _ r: inout Random) -> String {
        switch r.below(8) {
        case 0: return old + "a"
        case 1: return String(old.dropLast())
        case 2: return ""
        case 3: return " "
        case 4: return old + " Bupati"
        case 5: return ["Bupati Bogor", "Wali Kota Bogor", "32.71", "32.01", "2.15", "2030-01-01", "2020-02-02", "999"][r.below(8)]
        default: return leaves[r.below(leaves.count)].value
        }
    }

    @Test func incrementalFindingsEqualAWholeValidationAfterRandomEdits() throws {
        let cooperations = WalkedExamples.all(referenceDate: today)
            + Array(DemoGenerator(seed: 19, referenceDate: today).cooperations(count: 40))
        var r = Random(state: 19)
        var edits = 0, partial = 0, withFindings = 0
        let decoder = JSONDecoder()
        for start in cooperations {
            var c = start
            var kept = IncrementalValidation(cooperation: c, rulebook: rulebook, catalogues: catalogues, today: today)
            for _ in 0..<25 {
                let tree = try JSONSerialization.jsonObject(with: JSONEncoder().encode(c))
                var leaves: [(path: String, value: String)] = []
                Self.stringLeaves(tree, into: &leaves)
                guard !leaves.isEmpty else { break }
                let leaf = leaves[r.below(leaves.count)]
                let new = newText(leaf.value, leaves: leaves, &r)
                guard new != leaf.value, let path = FieldPath(leaf.path) else { continue }
                let edited = Self.replacing(tree, path.components[...], with: new)
                guard let next = try? decoder.decode(Cooperation.self, from: JSONSerialization.data(withJSONObject: edited)) else { continue }
                // Only an edit that changed this one text (decoding may refuse or normalise a value).
                guard let back = try? JSONSerialization.jsonObject(with: JSONEncoder().encode(next)) as? NSDictionary,
                      back == Self.replacing(tree, path.components[...], with: new) as? NSDictionary else { continue }
                let before = kept.findings
                kept.textChanged(at: leaf.path, from: leaf.value, to: new, in: next)
                c = next
                let whole = Validator.validate(c, rulebook: rulebook, catalogues: catalogues, today: today)
                #expect(kept.findings == whole, "after \(leaf.path): \(leaf.value.debugDescription) → \(new.debugDescription) in \(start.id)")
                #expect(stageSummary(kept.workflow) == stageSummary(Workflow(cooperation: c, rulebook: rulebook)), "workflow after \(leaf.path) in \(start.id)")
                edits += 1
                if before != whole { withFindings += 1 }
                if !IncrementalValidation.isBlank(leaf.value) && !IncrementalValidation.isBlank(new) { partial += 1 }
            }
        }
        // The edits must have exercised both roads and changed findings often enough to mean something.
        #expect(edits > 600, "\(edits) edits")
        #expect(partial > 200, "\(partial) edits kept the workflow")
        #expect(withFindings > 30, "\(withFindings) edits changed the findings")
    }

    @Test func aChangedPathMeetsRequiredFieldsWrittenWithWildcards() {
        #expect(IncrementalValidation.anyIndex("agreement.signing.signatories[1].person.name") == "agreement.signing.signatories[*].person.name")
        #expect(IncrementalValidation.mayMeet("agreement.signing.signatories[1].person.name", required: "agreement.signing.signatories[*].person.name"))
        #expect(IncrementalValidation.mayMeet("proposal.scope[2]", required: "proposal.scope"))
        #expect(IncrementalValidation.mayMeet("proposal.scope[2]", required: "proposal.scope[*]"))
        #expect(IncrementalValidation.mayMeet("customStages.x.answers.y", required: "customStages.*.answers.y"))
        #expect(!IncrementalValidation.mayMeet("proposal.background", required: "proposal.scope[*]"))
    }

    @Test func pathsMeetAboveAndBelowButNotBesides() {
        #expect(IncrementalValidation.meets("parties[1].name", "parties"))
        #expect(IncrementalValidation.meets("parties", "parties[1].name"))
        #expect(IncrementalValidation.meets("offer.signer.title", "offer.signer"))
        #expect(!IncrementalValidation.meets("offer.responseDate", "offer.response"))
        #expect(!IncrementalValidation.meets("offer.responses[0].note", "offer.response"))
        #expect(!IncrementalValidation.meets("proposal.background", "proposal.date"))
    }

    /// A text no check reads (the proposal's background) re-runs nothing and keeps the findings.
    @Test func aNarrativeTextKeepsEveryFinding() throws {
        var c = try #require(WalkedExamples.all(referenceDate: today).first)
        var kept = IncrementalValidation(cooperation: c, rulebook: rulebook, catalogues: catalogues, today: today)
        let old = c.proposal.background
        c.proposal.background = old + " x"
        let readers = Validator.checks.filter { $0.reads.contains { IncrementalValidation.meets("proposal.background", $0) } }
        #expect(readers.isEmpty)
        kept.textChanged(at: "proposal.background", from: old, to: c.proposal.background, in: c)
        #expect(kept.findings == Validator.validate(c, rulebook: rulebook, catalogues: catalogues, today: today))
    }
}
