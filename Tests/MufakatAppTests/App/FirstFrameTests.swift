import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

/// Issue 19: a large store takes a moment to read; the person sees "Memuat daftar kerja sama…"
/// from the first frame, drawn before the index is read.
@Suite struct FirstFrameTests {
    @Test func theFirstFrameSaysLoadingBeforeTheListIsRead() throws {
        let h = Harness(items: [Fixture.transport()])
        let backend = InMemoryBackend(script: [.key(.ctrl("q"))])
        var runner = Runner(program: MufakatProgram(context: Fixture.context, makeEditor: Fixture.placeholderEditor()), backend: backend)
        runner.eventLimit = 3
        var screenWhenListRead: [String]? = nil
        try runner.run { action in
            if action == .loadList, screenWhenListRead == nil { screenWhenListRead = backend.frames.last?.lines }
            return h.effects.perform(action)
        }
        let first = try #require(screenWhenListRead)
        #expect(first.contains { $0.contains("Memuat daftar kerja sama…") })
        #expect(!first.contains { $0.contains("Perhubungan") })
        #expect(backend.frames.count >= 2)
        #expect(backend.lastFrame?.lines.contains { $0.contains("Memuat daftar kerja sama") } == false)
    }
}

/// Issue 19: the start-up list comes from the index without a `stat` per file; the files are
/// checked on the first tick after it is shown.
@Suite struct VerifyAfterFirstFrameTests {
    @Test func theFilesAreCheckedOnTheTickAfterTheList() throws {
        let repository = try ListedCooperationTests.demoStore(count: 5)
        let reopened = try StoreSession.open(folder: URL(fileURLWithPath: repository.root.path))
        let effects = AppEffects(repository: reopened, context: Fixture.context,
                                 openRepository: { _ in throw StoreError.invalidInput(path: "", problem: "-") },
                                 loadExamples: { _, _ in 0 })
        guard case .custom(let loaded as AppEvent) = effects.perform(.loadList).first, case .listLoaded(let state) = loaded else {
            Issue.record("no list"); return
        }
        #expect(state.filesUnverified)
        var program = MufakatProgram(context: Fixture.context, makeEditor: Fixture.placeholderEditor())
        _ = program.update(.resize(width: 80, height: 24))
        #expect(program.update(.custom(loaded)).isEmpty)
        #expect(program.update(.tick) == [.perform(.verifyList)])
        #expect(!program.update(.tick).contains(.perform(.verifyList)))
        guard case .custom(let verified as AppEvent) = effects.perform(.verifyList).first else { Issue.record("no event"); return }
        #expect(verified == .listVerified)
    }
}
