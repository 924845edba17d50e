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
