import Testing
@testable import TerminalUI

/// A program that, like the home screen of a large store, asks for slow work on its first event.
private struct Loader: Program {
    enum Action: Sendable, Equatable { case load }
    var loaded = false

    mutating func update(_ event: Event) -> [Effect<Action>] {
        switch event {
        case .resize: return loaded ? [] : [.perform(.load)]
        case .custom: loaded = true; return []
        case .key(.char("q")): return [.quit]
        default: return []
        }
    }

    func view(into buffer: inout Buffer) {
        buffer.write(loaded ? "Daftar" : "Memuat…", at: Point(x: 0, y: 0))
    }
}

@Suite(.englishToolkit) struct FirstFrameTests {
    /// Issue 19: the "memuat" line is on screen before the first event's work is performed.
    @Test func theFirstFrameIsDrawnBeforeTheFirstEventsWork() throws {
        let backend = InMemoryBackend(script: [.key(.char("q"))])
        var runner = Runner(program: Loader(), backend: backend)
        var framesWhenLoading: [String] = []
        try runner.run { _ in
            framesWhenLoading = backend.frames.map { $0.lines.first ?? "" }
            return [.custom(1)]
        }
        #expect(framesWhenLoading.count == 1)
        #expect(framesWhenLoading.first?.hasPrefix("Memuat…") == true)
        #expect(backend.lastFrame?.lines.first?.hasPrefix("Daftar") == true)
    }
}
