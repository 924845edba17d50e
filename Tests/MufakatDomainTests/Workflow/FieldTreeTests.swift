import Foundation
import Testing
@testable import MufakatDomain

/// The typed tree (`FieldTree`, `FieldTreeEncoder`) against the JSON form it replaces in the
/// workflow: the same shape for every cooperation, and the same answer for every path.
@Suite struct FieldTreeTests {
    /// The JSON form (`FieldPath.tree(of:)`) read into the typed shape.
    static func typed(_ json: Any) -> FieldTree {
        switch json {
        case is NSNull: .null
        case let s as String: .string(s)
        case let a as [Any]: .array(a.map(typed))
        case let d as [String: Any]: .object(d.mapValues(typed))
        default: .scalar
        }
    }

    static var cooperations: [Cooperation] {
        let reference = CalendarDate(year: 2026, month: 1, day: 15)!
        return [Fixture.bogorRaya(), Fixture.ksdpkDraft(), Cooperation(id: "ks-kosong", kind: .ksdpk)]
            + WalkedExamples.all(referenceDate: reference)
            + Array(DemoGenerator(seed: 7, referenceDate: reference).cooperations(count: 60))
    }

    @Test func hasTheShapeOfTheJSONForm() {
        for c in Self.cooperations {
            #expect(FieldTree(encoding: c) == Self.typed(FieldPath.tree(of: c)), "\(c.id)")
        }
    }

    /// Every required field's path of every kind's stages in the bundled rulebook.
    static func rulebookPaths() throws -> Set<String> {
        let rulebook = try RulebookLoader.load()
        var paths = Set<String>()
        for kind in CooperationKind.allCases {
            for rule in rulebook.stages(for: kind) {
                let section = StageSection(rawValue: rule.section) ?? .custom
                for field in rule.requiredFields { paths.insert(Workflow.absolutePath(field.path, section: section, stageID: rule.id)) }
            }
        }
        return paths
    }

    @Test func answersEveryPathAsTheJSONForm() throws {
        var paths = try Self.rulebookPaths()
        paths.formUnion(["parties[*].name", "parties[9].name", "financing.lines[*].amount", "agreement.endDate", "*", "parties[*].*",
                         "proposal", "implementation.milestones[*].title", "title", "kind", "parties[0]"])
        #expect(paths.count > 20)
        for c in Self.cooperations {
            let json = FieldPath.tree(of: c), tree = FieldTree(encoding: c)
            for text in paths {
                let path = try #require(FieldPath(text), "\(text)")
                #expect(path.isFilled(in: json) == path.isFilled(in: tree), "\(c.id) \(text)")
                #expect(path.values(in: json).map(Self.typed) == path.values(in: tree), "\(c.id) \(text)")
            }
        }
    }

    /// The tree encoded only as far as some paths reach answers those paths as the whole tree
    /// does: each path alone, the rulebook's paths together, and paths that share a beginning
    /// with a wildcard (`parties[*].*` beside `parties[0].name`).
    @Test func aReachingTreeAnswersItsPathsAsTheWholeTree() throws {
        let texts = try Self.rulebookPaths()
        let extra = ["parties[*].name", "parties[9].name", "financing.lines[*].amount", "agreement.endDate", "*", "parties[*].*",
                     "proposal", "implementation.milestones[*].title", "title", "kind", "parties[0]", "parties[0].name", "*.title"]
        let all = try (texts.sorted() + extra).map { try #require(FieldPath($0), "\($0)") }
        let groups = all.map { [$0] } + [all, Array(all.prefix(all.count / 2)), try ["parties[*].*", "parties[0].name", "*.status"].map { try #require(FieldPath($0)) }]
        var smaller = 0
        for c in Self.cooperations {
            let whole = FieldTree(encoding: c)
            for group in groups {
                let reached = FieldTree(encoding: c, reaching: group)
                if reached != whole { smaller += 1 }
                for path in group {
                    #expect(path.values(in: reached) == path.values(in: whole), "\(c.id) \(group.count) \(path)")
                    #expect(path.isFilled(in: reached) == path.isFilled(in: whole), "\(c.id) \(path)")
                }
            }
        }
        // It does leave things out (else the test would hold for an encoder that ignores paths).
        #expect(smaller > Self.cooperations.count)
        let one = try #require(FieldPath("title"))
        #expect(FieldTree(encoding: Fixture.bogorRaya(), reaching: [one]) == .object(["title": .string(Fixture.bogorRaya().title)]))
    }

    @Test func refusesWhatJSONCannotHold() {
        struct Odd: Encodable { let x = Double.nan }
        #expect(FieldTree(encoding: Odd()) == .object([:]))
        #expect(FieldTree(encoding: ["a": [1, 2]]) == .object(["a": .array([.scalar, .scalar])]))
    }
}
