/// Runs a program on a backend: read events, update, perform effects, draw, until quit.
///
/// The runner owns the terminal policies every screen shares, so apps cannot forget them: the
/// too-small screen, Ctrl-Z suspension, and a last chance to autosave on SIGTERM and
/// SIGHUP before the terminal is restored.
public struct Runner<P: Program> {
    public private(set) var program: P
    public let backend: any Backend
    /// Stops after this many events: a guard for tests, nil in production.
    public var eventLimit: Int? = nil
    private var quitting = false
    private var lastSize: Size? = nil

    public init(program: P, backend: any Backend) {
        self.program = program
        self.backend = backend
    }

    /// Runs until the program quits, a final signal arrives, or input ends.
    ///
    /// - Parameter perform: performs one app effect (save, export) and returns the events that
    ///   report its outcome; they go through `update` like any other event.
    /// - Returns: the program in its final state (what a test asserts on).
    @discardableResult
    public mutating func run(perform: (P.Action) -> [Event] = { _ in [] }) throws -> P {
        try backend.start()
        defer { backend.stop() }
        quitting = false
        var delivered = 0
        // The first frame is drawn before the work the first event asks for (reading a large
        // store): the person sees a loading line at once, not a blank screen.
        deliver(.resize(width: backend.size.width, height: backend.size.height), perform: perform, drawBeforeWork: true)
        lastSize = backend.size
        while !quitting {
            draw()
            guard let events = backend.readEvents(timeout: program.tickInterval) else { break }
            let batch = events.isEmpty ? [Event.tick] : events
            for event in batch {
                handle(event, perform: perform)
                delivered += 1
                if quitting { break }
                if let limit = eventLimit, delivered >= limit { quitting = true }
            }
        }
        return program
    }

    /// The frame the program or the too-small screen would show at the backend's size now.
    public func frame() -> Buffer {
        var buffer = Buffer(size: backend.size)
        if backend.size.fits(program.minimumSize) {
            program.view(into: &buffer)
        } else {
            TooSmallScreen(current: backend.size, required: program.minimumSize).draw(into: &buffer)
        }
        return buffer
    }

    private func draw() {
        backend.present(frame())
    }

    private mutating func handle(_ event: Event, perform: (P.Action) -> [Event]) {
        let tooSmall = !backend.size.fits(program.minimumSize)
        switch event {
        case .key(.ctrl("z")):
            backend.suspend()
            deliver(.resumed, perform: perform)
            if backend.size != lastSize {
                lastSize = backend.size
                deliver(.resize(width: backend.size.width, height: backend.size.height), perform: perform)
            }
        case .resize:
            lastSize = backend.size
            deliver(event, perform: perform)
        case .signal(let kind):
            deliver(event, perform: perform)
            if kind.isFinal { quitting = true }
        case .key(.char("q")) where tooSmall, .key(.escape) where tooSmall, .key(.ctrl("q")) where tooSmall:
            // The too-small screen still answers quit; the app decides, as for Ctrl-C.
            deliver(.signal(.interrupt), perform: perform)
        case .key, .paste:
            if !tooSmall { deliver(event, perform: perform) }
        case .tick, .resumed, .custom:
            deliver(event, perform: perform)
        }
    }

    private mutating func deliver(_ event: Event, perform: (P.Action) -> [Event], drawBeforeWork: Bool = false) {
        var queue = [event]
        var drawPending = drawBeforeWork
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in program.update(next) {
                switch effect {
                case .quit: quitting = true
                case .perform(let action):
                    if drawPending { drawPending = false; draw() }
                    queue += perform(action)
                case .setTheme(let theme): backend.apply(theme: theme)
                case .bell: backend.bell()
                }
            }
        }
    }
}

/// Shown instead of the program when the terminal is below the minimum size. It names both
/// sizes, so the person knows how far to enlarge the window, and says how to leave.
public struct TooSmallScreen: Sendable {
    public var current: Size
    public var required: Size
    public init(current: Size, required: Size) { self.current = current; self.required = required }

    public func draw(into buffer: inout Buffer) {
        let strings = TerminalStrings.current
        let lines = [
            (strings.tooSmallTitle, StyleRole.error),
            (strings.tooSmallSizes(current, required), .normal),
            (strings.tooSmallHint, .muted),
        ]
        var rows: [(String, StyleRole)] = []
        for (text, role) in lines {
            for part in TextLayout.wrap(text, width: max(1, buffer.width)) { rows.append((part, role)) }
        }
        let top = max(0, (buffer.height - rows.count) / 2)
        for (i, (text, role)) in rows.enumerated() where top + i < buffer.height {
            let w = DisplayWidth.of(text)
            buffer.write(text, at: Point(x: max(0, (buffer.width - w) / 2), y: top + i), role: role)
        }
    }
}
