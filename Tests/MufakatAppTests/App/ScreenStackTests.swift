import Foundation
import MufakatDomain
import Testing
import TerminalUI
@testable import MufakatApp

/// A screen made for these tests: `p` pops it, `r` replaces it, `n` pushes another, `m` says something.
private struct Probe: AppScreen {
    var name: String
    var keys: Int = 0
    var screenName: String { name }
    var screenTitle: String { "Probe \(name)" }
    static let pop = KeyBinding(.char("p"), "tutup")
    static let replace = KeyBinding(.char("r"), "ganti")
    static let push = KeyBinding(.char("n"), "baru")
    var barBindings: [KeyBinding] { [Self.pop, Self.replace, Self.push] }
    var screenHelp: ScreenHelp { ScreenHelp(title: screenTitle, bindings: barBindings) }

    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        keys += 1
        if Self.pop.matches(event) { return .pop }
        if Self.replace.matches(event) { return ScreenOutcome(changes: [.replace(Probe(name: name + "'"))]) }
        if Self.push.matches(event) { return .push(Probe(name: name + "+"), [.perform(.loadDashboard)]) }
        return .show(.notice("kunci \(keys)"))
    }

    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) {
        buffer.write(screenTitle, at: Point(x: rect.x, y: rect.y), role: .normal, clip: rect)
    }
}

@Suite struct ScreenStackTests {
    @Test func pushPopReplaceOnTheStack() {
        var stack = ScreenStack([Probe(name: "a")])
        stack.push(Probe(name: "b"))
        #expect(stack.count == 2)
        #expect(stack.top?.screenName == "b")
        stack.replace(with: Probe(name: "c"))
        #expect(stack.screens.map(\.screenName) == ["a", "c"])
        stack.pop(fallback: Probe(name: "home"))
        #expect(stack.screens.map(\.screenName) == ["a"])
        stack.pop(fallback: Probe(name: "home"))
        #expect(stack.screens.map(\.screenName) == ["home"])
        let modified = stack.modify(Probe.self) { $0.keys = 7 }
        #expect(modified != nil)
        #expect(stack.last(Probe.self)?.keys == 7)
        #expect(stack.last(HelpScreen.self) == nil)
    }

    @Test func aScreenPushesPopsAndReplacesThroughItsOutcome() {
        var h = Harness(items: [Fixture.transport()])
        #expect(h.program.screenName == "beranda")
        h.program.stack.push(Probe(name: "x"))
        h.key(.char("n"))
        #expect(h.program.screenName == "x+")
        #expect(h.performed.last == .loadDashboard)
        h.key(.char("r"))
        #expect(h.program.screenName == "x+'")
        #expect(h.program.stack.count == 3)
        h.key(.char("p"))
        #expect(h.program.screenName == "x")
        h.key(.char("z"))
        #expect(h.program.message == .notice("kunci 2"))   // its own count: 1 for n, 2 for z
        // The title bar and the help bar come from the screen, never from the shell.
        #expect(h.frame().lines[0].contains("Mufakat · Probe x"))
        #expect(h.frame().lines[23].contains("tutup"))
        h.key(.char("p"))
        #expect(h.program.screenName == "beranda")
    }

    @Test func helpIsMadeFromTheTopScreensKeys() {
        var h = Harness(items: [Fixture.transport()])
        h.program.stack.push(Probe(name: "x"))
        h.key(.function(1))
        let help = h.program.stack.last(HelpScreen.self)
        #expect(help?.title == "Probe x")
        #expect(help?.lines.contains { $0.key == "p" && $0.text == "tutup" } == true)
        h.key(.escape)
        #expect(h.program.screenName == "x")
    }

    @Test func popOfTheLastScreenFallsBackToHome() {
        var h = Harness(items: [Fixture.transport()])
        h.program.stack.reset([Probe(name: "only")])
        h.key(.char("p"))
        #expect(h.program.screenName == "beranda")
        #expect(h.program.home.all.count == 1)
    }
}

/// Kebijakan draf otomatis: one policy, one draft for one set of changes.
@Suite struct AutosavePolicyTests {
    @Test func aDraftIsDueOnceForOneSetOfChanges() {
        let policy = AutosavePolicy(idleTicks: 3)
        var a = Autosave()
        let unchangedDue = a.tick(hasUnsavedWork: true, policy: policy)
        #expect(!unchangedDue)
        a.changed()
        var due: [Bool] = []
        for _ in 0..<10 { due.append(a.tick(hasUnsavedWork: true, policy: policy)) }
        #expect(due == [false, false, true, false, false, false, false, false, false, false])
        let again = a.draftNow(hasUnsavedWork: true)
        #expect(!again, "the same changes are never written twice")
        a.changed()
        let asked = a.draftNow(hasUnsavedWork: true)
        #expect(asked)
        let tickAfterAsked = a.tick(hasUnsavedWork: true, policy: policy)
        #expect(!tickAfterAsked)
        a.changed()
        a.saved()
        var dueAfterSave = 0
        for _ in 0..<5 where a.tick(hasUnsavedWork: true, policy: policy) { dueAfterSave += 1 }
        #expect(dueAfterSave == 0)
    }

    /// The editor: a draft asked for by the editor (Tab) and the idle ticks never write the same
    /// changes twice; fails if autosave is written twice.
    @Test func theEditorWritesOneDraftForOneChange() {
        var h = Harness(items: [Fixture.transport()])
        h.openFirst()
        h.type("z")
        h.key(.tab)   // the placeholder editor asks for a draft on Tab
        for _ in 0..<(h.program.autosaveIdleTicks * 3) { h.send(.tick) }
        #expect(h.performed.filter { if case .saveDraft = $0 { true } else { false } }.count == 1)
        h.type("y")
        for _ in 0..<(h.program.autosaveIdleTicks * 3) { h.send(.tick) }
        #expect(h.performed.filter { if case .saveDraft = $0 { true } else { false } }.count == 2)
    }

    /// The mapping screen under the same policy: leaving the affair's form writes the draft, the
    /// idle ticks after it do not write it again; fails if autosave is written twice.
    @Test func theMappingScreenWritesOneDraftForOneChange() {
        var (h, _) = MappingFormFixture.opened()
        MappingFormFixture.openAffair("1.01", in: &h)
        h.type("Balai pelatihan guru")
        for _ in 0..<(h.program.autosaveIdleTicks * 3) { h.send(.tick) }
        h.key(.escape)
        for _ in 0..<(h.program.autosaveIdleTicks * 3) { h.send(.tick) }
        #expect(h.performed.filter { if case .saveMappingDraft = $0 { true } else { false } }.count == 1)
        #expect(h.program.mappingForm?.autosave.changedSinceDraft == false)
    }
}

/// Dialog bertipe: answers are values, never button positions.
@Suite struct TypedDialogTests {
    enum Pick: Sendable, Equatable { case first, second, never }

    @Test func eachButtonAnswersItsValueAndEscTheCancelValue() {
        var d = TypedDialog("Judul", "Teks", options: [("Satu", Pick.first), ("Dua", Pick.second)], cancel: .never)
        #expect(d.answer(.key(.char("z"))) == nil)
        #expect(d.answer(.key(.right)) == nil)
        #expect(d.answer(.key(.enter)) == .second)
        var e = TypedDialog("Judul", "Teks", options: [("Satu", Pick.first), ("Dua", Pick.second)], cancel: .never)
        #expect(e.answer(.key(.escape)) == .never)
        var m = TypedDialog(message: "Judul", "Teks", close: Pick.first)
        #expect(m.answer(.key(.enter)) == .first)
    }

    /// The quit question of the editor: "Buang & keluar" is `.discard` whatever its position.
    @Test func theShellsQuitQuestionIsAnsweredByValue() {
        var h = Harness(items: [Fixture.transport()])
        h.openFirst()
        h.type("abc")
        h.key(.ctrl("q"))
        #expect(h.program.dialogTitle == "Keluar dari Mufakat?")
        let answers = h.program.dialog?.question.answers
        #expect(answers == [.save, .discard, .stay])
        #expect(h.program.dialog?.question.cancel == .stay)
        h.key(.escape)
        #expect(h.program.dialogTitle == nil)
        #expect(!h.quitRequested)
        h.key(.ctrl("q"))
        h.key(.right)
        h.key(.enter)
        #expect(h.quitRequested)
        #expect(h.performed.contains(.discardDraft(id: "angkutan-bogor")))
    }
}
