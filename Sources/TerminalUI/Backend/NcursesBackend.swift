import CNcurses
import Foundation

/// The backend for people: ncursesw with wide-character output and input.
///
/// It keeps the previous frame and hands curses only the cells that changed, so a keypress costs
/// a few bytes on a slow SSH link; curses then does its own minimal update. Input is decoded by
/// `KeyDecoder` (escape sequences, bracketed paste, bursts), so the terminal's quirks stay here.
public final class NcursesBackend: Backend {
    private var previous: Buffer? = nil
    private var decoder = KeyDecoder()
    private var started = false
    private var bracketedPaste = false
    private var theme: Theme
    private var roleAttributes: [StyleRole: (attr_t, Int32)] = [:]
    private let environment: [String: String]
    /// The colour depth chosen at start (after NO_COLOR and the terminal's capabilities).
    public private(set) var colorMode: ColorMode = .monochrome
    /// Milliseconds to wait after ESC before deciding it was the Escape key.
    public private(set) var escapeDelay: Int32 = 25
    /// Frames presented and their cost, for measuring bytes per keypress.
    public private(set) var lastStats = FrameStats(changedCells: 0, bytes: 0)

    public init(theme: Theme = .fallback, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.theme = theme
        self.environment = environment
    }

    public var size: Size {
        started ? Size(width: Int(mufakat_cols()), height: Int(mufakat_lines())) : Size(width: 80, height: 24)
    }

    public func start() throws {
        guard !started else { return }
        _ = TerminalLocale.isActive  // setlocale(LC_ALL, "") before initscr
        mufakat_save_tty()
        mufakat_install_crash_handlers()
        mufakat_install_termination_handlers()
        if let env = environment["ESCDELAY"], let ms = Int32(env), ms >= 0 {
            escapeDelay = ms
        } else {
            escapeDelay = 25
        }
        guard initscr() != nil else { throw TerminalError.cannotStart }
        mufakat_set_escdelay(escapeDelay)
        raw()
        noecho()
        nonl()
        keypad(mufakat_stdscr(), true)
        intrflush(mufakat_stdscr(), false)
        if has_colors() {
            start_color()
            use_default_colors()
        }
        colorMode = ColorMode.detect(environment: environment, hasColors: has_colors(), colors: Int(mufakat_colors()))
        started = true
        applyTheme()
        bracketedPaste = Self.supportsBracketedPaste(term: environment["TERM"] ?? "")
        if bracketedPaste { mufakat_write_raw("\u{1B}[?2004h") }
        previous = nil
    }

    public func stop() {
        guard started else { return }
        started = false
        if bracketedPaste { mufakat_write_raw("\u{1B}[?2004l") }
        curs_set(1)
        endwin()
    }

    deinit { stop() }

    /// Terminals known to ignore or garble the bracketed paste request are left alone.
    static func supportsBracketedPaste(term: String) -> Bool {
        let t = term.lowercased()
        if t.isEmpty || t == "dumb" || t.hasPrefix("linux") || t.hasPrefix("vt") || t.hasPrefix("cons") { return false }
        return true
    }

    @discardableResult
    public func present(_ buffer: Buffer) -> FrameStats {
        guard started else { return FrameStats(changedCells: 0, bytes: 0) }
        let stats = FrameDiff.stats(from: previous, to: buffer)
        if previous?.size != buffer.size { erase() }
        let changed = FrameDiff.changes(from: previous, to: buffer)
        var wide: [wchar_t] = Array(repeating: 0, count: 6)
        for p in changed {
            let cell = buffer[p.x, p.y]
            if cell.isContinuation { continue }
            var n = 0
            for s in cell.grapheme.unicodeScalars where n < 5 { wide[n] = wchar_t(bitPattern: s.value); n += 1 }
            if n == 0 { wide[0] = 32; n = 1 }
            wide[n] = 0
            let (attrs, pair) = roleAttributes[cell.role] ?? (mufakat_a_normal(), 0)
            _ = mufakat_put_cell(Int32(p.y), Int32(p.x), wide, attrs, pair)
        }
        if let c = buffer.cursor, buffer.area.contains(c) {
            curs_set(1)
            move(Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
            move(Int32(max(0, buffer.height - 1)), Int32(max(0, buffer.width - 1)))
        }
        refresh()
        previous = buffer
        lastStats = stats
        return stats
    }

    public func readEvents(timeout: Duration?) -> [Event]? {
        guard started else { return nil }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            if let signal = pendingSignal() { return [.signal(signal)] }
            var value: UInt32 = 0
            let asked = ContinuousClock.now
            let r = mufakat_read(100, &value)
            if r == mufakat_err() {
                // A read that fails at once, again and again, means the terminal is gone (the SSH
                // link or the tmux pane closed without a SIGHUP reaching us): treat it as a hang-up,
                // so the app keeps a draft and stops, instead of spinning on a dead terminal.
                if ContinuousClock.now - asked < .milliseconds(20) {
                    instantErrors += 1
                    if instantErrors >= 50, Self.terminalIsGone() { return [.signal(.hangup)] }
                    if instantErrors >= 50 { usleep(20_000) }
                } else {
                    instantErrors = 0
                }
                if let deadline, ContinuousClock.now >= deadline { return [] }
                continue
            }
            instantErrors = 0
            var tokens: [InputToken] = []
            var resized = false
            func take(_ r: Int32, _ value: UInt32) {
                if r == mufakat_key_code_yes() {
                    let code = Int32(bitPattern: value)
                    if code == mufakat_key_resize() { resized = true; return }
                    let name = keyname(code).map { String(cString: $0) }
                    tokens.append(.keyCode(code, name: name))
                } else {
                    tokens.append(.scalar(value))
                }
            }
            take(r, value)
            // Everything already waiting belongs to the same read: a paste burst or an escape sequence.
            var wait: Int32 = 0
            while !resized, tokens.count < 1_000_000 {
                let r2 = mufakat_read(wait, &value)
                if r2 == mufakat_err() { break }
                take(r2, value)
                if tokens.count >= 2 { wait = 10 }  // a paste arrives in chunks of a few KB
            }
            var events = decoder.feed(tokens)
            while decoder.isWaiting {
                let r3 = mufakat_read(decoder.isInPaste ? 1000 : max(escapeDelay, 10), &value)
                if r3 == mufakat_err() { events += decoder.timeout(); break }
                var more: [InputToken] = []
                if r3 == mufakat_key_code_yes() {
                    let code = Int32(bitPattern: value)
                    if code == mufakat_key_resize() { resized = true; events += decoder.timeout(); break }
                    more.append(.keyCode(code, name: keyname(code).map { String(cString: $0) }))
                } else {
                    more.append(.scalar(value))
                }
                events += decoder.feed(more)
            }
            if resized {
                previous = nil
                events.append(.resize(width: Int(mufakat_cols()), height: Int(mufakat_lines())))
            }
            if !events.isEmpty { return events }
        }
    }

    /// Consecutive reads that failed without waiting (see `readEvents`).
    private var instantErrors = 0

    /// Whether standard input is no longer a usable terminal.
    private static func terminalIsGone() -> Bool {
        var attributes = termios()
        if isatty(STDIN_FILENO) == 0 || tcgetattr(STDIN_FILENO, &attributes) != 0 { return true }
        var probe = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&probe, 1, 0) > 0 && (Int32(probe.revents) & (Int32(POLLHUP) | Int32(POLLERR) | Int32(POLLNVAL))) != 0
    }

    private func pendingSignal() -> SignalKind? { Self.signalKind(mufakat_take_pending_signal()) }

    /// What a caught signal means to the program. SIGQUIT stops it like SIGTERM: the terminal
    /// is restored and the work kept as a draft, never a crash report (issue 20).
    static func signalKind(_ signal: Int32) -> SignalKind? {
        switch signal {
        case SIGINT: .interrupt
        case SIGTERM, SIGQUIT: .terminate
        case SIGHUP: .hangup
        default: nil
        }
    }

    public func suspend() {
        guard started else { return }
        if bracketedPaste { mufakat_write_raw("\u{1B}[?2004l") }
        def_prog_mode()
        endwin()
        mufakat_stop_self()
        // Back after fg: the screen holds whatever the shell left, so draw everything again.
        reset_prog_mode()
        mufakat_sync_size()
        if bracketedPaste { mufakat_write_raw("\u{1B}[?2004h") }
        clearok(mufakat_stdscr(), true)
        erase()
        refresh()
        previous = nil
    }

    public func apply(theme: Theme) {
        self.theme = theme
        applyTheme()
        previous = nil
    }

    public func bell() { beep() }

    /// Computes the curses attributes and colour pair of every role for the current mode.
    private func applyTheme() {
        guard started else { return }
        let effective = theme.effective(for: colorMode)
        roleAttributes = [:]
        for (i, role) in StyleRole.allCases.enumerated() {
            let style = effective.style(for: role)
            var attrs = Self.cursesAttributes(style.attributes)
            var pair: Int32 = 0
            if colorMode != .monochrome {
                let fg = style.foreground.cursesColor(for: colorMode)
                let bg = style.background.cursesColor(for: colorMode)
                if fg.needsBold { attrs |= mufakat_a_bold() }
                pair = Int32(i + 1)
                if init_extended_pair(pair, fg.number, bg.number) != mufakat_ok() { pair = 0 }
            }
            roleAttributes[role] = (attrs, pair)
        }
    }

    static func cursesAttributes(_ a: TextAttributes) -> attr_t {
        var out = mufakat_a_normal()
        if a.contains(.bold) { out |= mufakat_a_bold() }
        if a.contains(.dim) { out |= mufakat_a_dim() }
        if a.contains(.reverse) { out |= mufakat_a_reverse() }
        if a.contains(.underline) { out |= mufakat_a_underline() }
        if a.contains(.italic) { out |= mufakat_a_italic() }
        return out
    }
}

/// Failures of the terminal itself, worded by `TerminalStrings` for the person at the keyboard.
public enum TerminalError: Error, CustomStringConvertible {
    case cannotStart
    public var description: String {
        switch self {
        case .cannotStart: TerminalStrings.current.terminalCannotStart
        }
    }
}
