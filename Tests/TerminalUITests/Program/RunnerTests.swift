import Testing
@testable import TerminalUI

/// A small program with an app effect, to check that effects are values the runner performs.
private struct Counter: Program {
    enum Action: Sendable, Equatable { case save(Int) }
    var count = 0
    var saved: [Int] = []
    var signals: [SignalKind] = []
    var resumed = 0

    mutating func update(_ event: Event) -> [Effect<Action>] {
        switch event {
        case .key(.char("+")): count += 1; return []
        case .key(.ctrl("s")): return [.perform(.save(count))]
        case .custom(let v as Int): saved.append(v); return []
        case .key(.char("q")): return [.quit]
        case .signal(let s): signals.append(s); return s == .interrupt ? [] : [.perform(.save(count))]
        case .resumed: resumed += 1; return []
        default: return []
        }
    }

    func view(into buffer: inout Buffer) {
        buffer.write("Jumlah: \(count)", at: Point(x: 0, y: 0))
    }
}

@Suite(.englishToolkit) struct RunnerTests {
    @Test func updateReturnsEffectsWithoutPerformingThem() {
        var c = Counter()
        #expect(c.update(.key(.char("+"))) == [])
        #expect(c.update(.key(.ctrl("s"))) == [.perform(.save(1))])
    }

    @Test func runnerPerformsEffectsAndFeedsResultsBack() throws {
        let backend = InMemoryBackend(script: [.key(.char("+")), .key(.char("+")), .key(.ctrl("s")), .key(.char("q")), .key(.char("+"))])
        var runner = Runner(program: Counter(), backend: backend)
        var performed: [Counter.Action] = []
        let final = try runner.run { action in
            performed.append(action)
            if case .save(let n) = action { return [.custom(n)] }
            return []
        }
        #expect(performed == [.save(2)])
        #expect(final.saved == [2])
        #expect(final.count == 2)  // the "+" after quit was never read
        #expect(backend.lastFrame?.lines.first?.hasPrefix("Jumlah: 2") == true)
        #expect(!backend.isStarted)
    }

    @Test func terminateGivesOneChanceToSaveThenStops() throws {
        let backend = InMemoryBackend(script: [.key(.char("+")), .signal(.terminate), .key(.char("+"))])
        var runner = Runner(program: Counter(), backend: backend)
        var performed: [Counter.Action] = []
        let final = try runner.run { performed.append($0); return [] }
        #expect(performed == [.save(1)])
        #expect(final.signals == [.terminate])
        #expect(final.count == 1)
    }

    @Test func interruptIsOnlyAnEventTheAppMayIgnore() throws {
        let backend = InMemoryBackend(script: [.signal(.interrupt), .key(.char("+"))])
        var runner = Runner(program: Counter(), backend: backend)
        let final = try runner.run()
        #expect(final.signals == [.interrupt])
        #expect(final.count == 1)
    }

    @Test func tooSmallScreenThenResizeKeepsState() throws {
        let backend = InMemoryBackend(script: [.key(.char("+")), .resize(width: 60, height: 20), .key(.char("+")), .resize(width: 100, height: 30), .key(.char("+"))])
        var runner = Runner(program: Counter(), backend: backend)
        let final = try runner.run()
        // Keys are not given to the program while the screen is too small.
        #expect(final.count == 2)
        let small = backend.frames.first { $0.width == 60 }
        #expect(small?.text.contains("Screen too small") == true)
        #expect(small?.text.contains("60×20") == true)
        #expect(backend.lastFrame?.lines.first?.hasPrefix("Jumlah: 2") == true)
    }

    @Test func tooSmallScreenStillAnswersQuit() throws {
        let backend = InMemoryBackend(width: 40, height: 10, script: [.key(.char("q"))])
        var runner = Runner(program: Counter(), backend: backend)
        let final = try runner.run()
        #expect(final.signals == [.interrupt])
    }

    @Test func ctrlZSuspendsAndResumes() throws {
        let backend = InMemoryBackend(script: [.key(.ctrl("z"))])
        var runner = Runner(program: Counter(), backend: backend)
        let final = try runner.run()
        #expect(backend.suspensions == 1)
        #expect(final.resumed == 1)
    }

    @Test func aKeypressCostsFewBytes() throws {
        let backend = InMemoryBackend(script: [.key(.char("+"))])
        var runner = Runner(program: Counter(), backend: backend)
        try runner.run()
        let last = try #require(backend.stats.last)
        #expect(last.changedCells == 1)
        #expect(last.bytes < 40)
    }
}
