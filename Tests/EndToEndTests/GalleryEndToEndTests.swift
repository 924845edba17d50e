import Foundation
import Testing

/// The real `mufakat gallery` under tmux: typing, resizing, signals, and the terminal given back.
@Suite(.timeLimit(.minutes(5)))   // 2 was too tight on a loaded 2-core machine: time waiting for a test thread counts
struct GalleryEndToEndTests {
    /// A fresh file path for the `stty -a` written after the program ends.
    func sttyFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-stty-\(UUID().uuidString).txt").path
    }

    /// Waits until the file exists and is complete; returns its text.
    func waitForFile(_ path: String, timeout: Duration = .seconds(15)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.contains("echo") { return text }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxSession.Failure(description: "\(path) was not written: the program did not end.")
    }

    /// Whether `stty -a` output shows a cooked terminal: `icanon` and `echo` on (no leading "-").
    func isCooked(_ stty: String) -> Bool {
        let words = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        return words.contains("icanon") && words.contains("echo") && !words.contains("-icanon") && !words.contains("-echo")
    }

    func start(stty: String, width: Int = 80, height: Int = 24, env: [String: String] = [:]) throws -> TmuxSession {
        let binary = try MufakatBinary.path()
        return try TmuxSession.start(
            command: "sh -c \(MufakatBinary.quoted("\(MufakatBinary.quoted(binary)) gallery; stty -a > \(MufakatBinary.quoted(stty))"))",
            width: width, height: height, env: env)
    }

    @Test func typeResizeAndTerminateRestoresTheTerminal() throws {
        let stty = sttyFile()
        defer { try? FileManager.default.removeItem(atPath: stty) }
        let tmux = try start(stty: stty)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Galeri Mufakat")
        try tmux.waitFor(text: "José Ñúñez")

        // Name field: typing Unicode.
        try tmux.sendKeys("End")
        try tmux.sendText(" 漢")
        try tmux.waitFor(text: "José Ñúñez 漢")

        // Amount field: two Tabs away; digits are grouped as typed.
        try tmux.sendKeys("Tab", "Tab")
        try tmux.sendKeys("7")
        try tmux.waitFor(text: "Rp 15.000.007")
        try tmux.sendKeys("x")
        try tmux.waitFor(text: "Kesalahan: Hanya angka")

        // Pick list: type to filter.
        try tmux.sendKeys("Tab", "Tab")
        try tmux.sendText("bone")
        try tmux.waitFor(text: "1/552")

        // Too small, then large again: state and focus survive.
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor(text: "Layar terlalu kecil")
        try tmux.waitFor(text: "60×20")
        try tmux.resize(width: 120, height: 40)
        try tmux.waitUntil("the gallery at 120×40") { $0.contains("Rp 15.000.007") && $0.contains("Cari: bone") }
        try tmux.sendKeys("BSpace")
        try tmux.waitFor(text: "Cari: bon ")

        // Theme switch.
        try tmux.sendKeys("F3")
        try tmux.waitFor(text: "Tema diganti")

        // SIGTERM: the program ends by itself and gives the terminal back.
        let pid = try tmux.programPID()
        #expect(Foundation.kill(pid, SIGTERM) == 0)
        let text = try waitForFile(stty)
        #expect(isCooked(text), "terminal not restored after SIGTERM:\n\(text)")
    }

    @Test func ctrlCAsksAndYesLeaves() throws {
        let stty = sttyFile()
        defer { try? FileManager.default.removeItem(atPath: stty) }
        let tmux = try start(stty: stty)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Galeri Mufakat")
        try tmux.sendKeys("C-c")
        try tmux.waitFor(text: "Keluar dari galeri?")
        try tmux.sendKeys("Escape")
        try tmux.waitFor(text: "Dialog ditutup.")
        try tmux.sendKeys("C-c")
        try tmux.waitFor(text: "Keluar dari galeri?")
        try tmux.sendKeys("y")
        let text = try waitForFile(stty)
        #expect(isCooked(text), "terminal not restored after quitting:\n\(text)")
    }

    @Test func bracketedPasteIsOneInsertion() throws {
        let stty = sttyFile()
        defer { try? FileManager.default.removeItem(atPath: stty) }
        let tmux = try start(stty: stty)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Galeri Mufakat")
        try tmux.sendKeys("C-u")
        try tmux.waitUntil("an empty name field") { !$0.contains("José") }
        try tmux.paste("satu\ndua\ntiga")
        try tmux.waitFor(text: "satu dua tiga")
        // Newlines in the paste did not move the focus: typing still goes into the name field.
        try tmux.sendKeys("!")
        try tmux.waitFor(text: "satu dua tiga!")
        try tmux.sendKeys("Escape")
        try tmux.waitFor(text: "Keluar dari galeri?")
        try tmux.sendKeys("y")
        #expect(isCooked(try waitForFile(stty)))
    }

    @Test func noColorGivesAttributesOnly() throws {
        let stty = sttyFile()
        defer { try? FileManager.default.removeItem(atPath: stty) }
        let tmux = try start(stty: stty, env: ["NO_COLOR": "1"])
        defer { tmux.kill() }
        try tmux.waitFor(text: "Galeri Mufakat")
        let screen = try tmux.capture(withEscapes: true)
        let colour = try Regex(#"\x1B\[[0-9;]*(3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;|48;)[0-9;]*m"#)
        #expect(screen.firstMatch(of: colour) == nil, "colour codes under NO_COLOR:\n\(screen.debugDescription)")
        #expect(screen.contains("\u{1B}[7m"), "focus is not shown in reverse video")
        try tmux.sendKeys("Escape")  // then wait: ESC and "y" close together would read as Alt-y
        try tmux.waitFor(text: "Keluar dari galeri?")
        try tmux.sendKeys("y")
        #expect(isCooked(try waitForFile(stty)))
    }

    @Test func coloursWithoutNoColor() throws {
        let stty = sttyFile()
        defer { try? FileManager.default.removeItem(atPath: stty) }
        let tmux = try start(stty: stty)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Galeri Mufakat")
        let screen = try tmux.capture(withEscapes: true)
        #expect(screen.contains("\u{1B}[96m") || screen.contains("38;5;"), "no colours in:\n\(screen.debugDescription)")
        try tmux.sendKeys("Escape")  // then wait: ESC and "y" close together would read as Alt-y
        try tmux.waitFor(text: "Keluar dari galeri?")
        try tmux.sendKeys("y")
        #expect(isCooked(try waitForFile(stty)))
    }
}
