import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatStore
@testable import MufakatApp

/// Every stage screen at the smallest supported terminal and at a large one.
@Suite struct EditorSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    /// Opens stage `id` on the cooperation.
    static func at(_ id: String, _ c: Cooperation, width: Int, height: Int) -> EditorDriver {
        var d = EditorDriver(c, width: width, height: height)
        if let i = d.editor.stages.firstIndex(where: { $0.id == id }), i != d.editor.stageIndex {
            d.press(.ctrl("t"))
            let steps = i - d.editor.stageIndex
            for _ in 0..<abs(steps) { d.press(steps > 0 ? .down : .up) }
            d.press(.enter)
        }
        #expect(d.editor.currentStage?.id == id)
        return d
    }

    static func dprdNeeded() -> Cooperation {
        var c = EditorFixture.financingDone()
        c.burdensPublic = true
        return c
    }

    static func financingDraft() -> Cooperation {
        var c = EditorFixture.memorandumSigned()
        c.financing = EditorFixture.bogorRaya().financing
        c.financing.progress = StageProgress(status: .draft)
        c.financing.lines[5].budgeted = false
        return c
    }

    static func implementationDraft() -> Cooperation {
        var c = EditorFixture.bogorRaya()
        c.implementation.milestones = [Milestone(title: "Trayek terpadu beroperasi", due: EditorFixture.date("2027-03-01")),
                                       Milestone(title: "Tiket terpadu", due: EditorFixture.date("2027-09-01"))]
        c.implementation.progress = StageProgress(status: .draft, startedOn: EditorFixture.date("2026-06-20"))
        return c
    }

    static let cases: [(name: String, stage: String, make: @Sendable () -> Cooperation)] = [
        ("usulan", "usulan", EditorFixture.fresh),
        ("penawaran", "penawaran", { var c = EditorFixture.fresh(); c.proposal = EditorFixture.bogorRaya().proposal; return c }),
        ("kb", "kb", EditorFixture.offerAccepted),
        ("dprd", "dprd", dprdNeeded),
        ("dprd-dilewati", "dprd", { var c = EditorFixture.memorandumSigned(); c.financing = EditorFixture.bogorRaya().financing; return c }),
        ("pks", "pks", { var c = EditorFixture.memorandumSigned(); c.financing = EditorFixture.bogorRaya().financing; return c }),
        ("pembiayaan", "pembiayaan", financingDraft),
        ("pelaksanaan", "pelaksanaan", implementationDraft),
    ]

    @Test(arguments: cases.indices)
    func stageScreen(_ index: Int) {
        let c = Self.cases[index]
        for (w, h) in Self.sizes {
            let d = Self.at(c.stage, c.make(), width: w, height: h)
            EditorSnapshot.assert(d.frame, named: "\(c.name)-\(w)x\(h)")
        }
    }

    @Test func reviewWithFindingsAndPreview() {
        for (w, h) in Self.sizes {
            var d = Self.at("pembiayaan", Self.financingDraft(), width: w, height: h)
            d.press(.ctrl("r"))
            EditorSnapshot.assert(d.frame, named: "tinjauan-pembiayaan-\(w)x\(h)")
            d.press(.end)
            EditorSnapshot.assert(d.frame, named: "tinjauan-pembiayaan-akhir-\(w)x\(h)")
        }
    }

    @Test func signingWithASignerWithoutPowerOfAttorney() {
        for (w, h) in Self.sizes {
            var d = EditorDriver(EditorFixture.agreementDrafted(), width: w, height: h)
            d.press(.ctrl("r"), .char("t"))
            d.type("15062026")
            d.press(.ctrl("n"), .tab, .tab, .ctrl("u"))
            d.type("Kepala Dinas Perhubungan Kota Bogor")
            d.press(.tab)
            EditorSnapshot.assert(d.frame, named: "penandatanganan-pks-\(w)x\(h)")
        }
    }

    @Test func amendmentQuestion() {
        for (w, h) in Self.sizes {
            var d = Self.at("kb", EditorFixture.memorandumSigned(), width: w, height: h)
            d.type("X")
            EditorSnapshot.assert(d.frame, named: "perubahan-kb-\(w)x\(h)")
        }
    }

    @Test func blockedProposalGroupShowsErrorsBesideFields() {
        for (w, h) in Self.sizes {
            var d = EditorDriver(EditorFixture.fresh(), width: w, height: h)
            d.press(.tab)
            d.type("31022026")
            d.press(.ctrl("n"))
            EditorSnapshot.assert(d.frame, named: "usulan-galat-\(w)x\(h)")
        }
    }

    @Test func stepperFocused() {
        var d = EditorDriver(EditorFixture.fresh())
        d.press(.ctrl("t"), .down, .down, .down)
        EditorSnapshot.assert(d.frame, named: "tahapan-fokus-80x24")
    }
}
