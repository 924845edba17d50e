import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatStore
@testable import MufakatApp

/// Issue 19: a typed letter re-runs only the checks that read its field. Whatever is typed into
/// whichever field of whichever stage, the editor's findings and workflow are those of a whole
/// validation of the cooperation as it now is.
@Suite struct EditorIncrementalValidationTests {
    func summary(_ w: Workflow) -> [String] {
        w.stages.map { "\($0.id) \($0.state) \($0.recorded) \($0.missingFields.map(\.path))" }
    }

    @Test func randomTypingInEveryStageKeepsTheFindingsOfAWholeValidation() {
        let context = EditorFixture.context
        let starts = [EditorFixture.fresh(), EditorFixture.proposalDraft(), EditorFixture.agreementDrafted(),
                      EditorFixture.bogorRaya(), EditorFixture.ksdpkDraft()]
            + WalkedExamples.all(referenceDate: EditorFixture.today).prefix(4)
        let keys: [Key] = [.char("a"), .char("B"), .char(" "), .backspace, .backspace, .tab, .char("1"), .char("x")]
        var state: UInt64 = 19
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var typed = 0
        for start in starts {
            var d = EditorDriver(start)
            for stage in 0..<d.editor.stages.count {
                d.editor.openStage(stage)
                for _ in 0..<60 {
                    let before = d.editor.cooperation
                    d.press(keys[next(keys.count)])
                    if d.editor.cooperation != before { typed += 1 }
                    let c = d.editor.cooperation
                    let whole = Validator.validate(c, rulebook: context.rulebook, catalogues: context.catalogues, today: context.today)
                    #expect(d.editor.analysis.findings == whole, "\(start.id), stage \(stage), field \(d.editor.activeFocusedFieldID ?? "-")")
                    #expect(summary(d.editor.analysis.workflow) == summary(Workflow(cooperation: c, rulebook: context.rulebook)),
                            "\(start.id), stage \(stage)")
                    #expect(d.editor.analysis.cooperation == c)
                }
            }
        }
        #expect(typed > 150, "\(typed) keys changed an answer")
    }
}
