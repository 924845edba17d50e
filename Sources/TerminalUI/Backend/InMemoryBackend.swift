/// A backend without a terminal, for tests: events come from a script, frames are kept.
///
/// `lastFrame.lines` is the screen as text and `lastFrame.roleLines` its roles, which is what the
/// snapshot tests compare with golden files.
public final class InMemoryBackend: Backend {
    public private(set) var size: Size
    /// Events still to be delivered; when empty, `readEvents` reports the end of input.
    public var script: [Event]
    /// Every frame presented, oldest first.
    public private(set) var frames: [Buffer] = []
    /// The cost of every present.
    public private(set) var stats: [FrameStats] = []
    public private(set) var theme: Theme? = nil
    public private(set) var bells = 0
    public private(set) var suspensions = 0
    public private(set) var isStarted = false

    public init(width: Int = 80, height: Int = 24, script: [Event] = []) {
        self.size = Size(width: width, height: height)
        self.script = script
    }

    public var lastFrame: Buffer? { frames.last }

    public func start() throws { isStarted = true }
    public func stop() { isStarted = false }

    @discardableResult
    public func present(_ buffer: Buffer) -> FrameStats {
        let s = FrameDiff.stats(from: frames.last, to: buffer)
        frames.append(buffer)
        stats.append(s)
        return s
    }

    /// One scripted event per read; a `.resize` in the script also changes `size`, as a real
    /// terminal would before reporting it.
    public func readEvents(timeout: Duration?) -> [Event]? {
        guard !script.isEmpty else { return nil }
        let e = script.removeFirst()
        if case let .resize(w, h) = e { size = Size(width: w, height: h) }
        return [e]
    }

    public func suspend() { suspensions += 1 }
    public func apply(theme: Theme) { self.theme = theme }
    public func bell() { bells += 1 }
}
