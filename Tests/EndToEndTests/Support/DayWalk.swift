import Foundation
import Testing

/// The officer's key presses during a scripted walk (issue 18's timed walk): command keys
/// (Enter, Tab, Ctrl-N, arrows, a letter used as a command) apart from the characters typed
/// into fields, as the session-2 walk counted them.
final class DayKeyCount: @unchecked Sendable {
    private(set) var commandKeys = 0
    private(set) var typedCharacters = 0
    /// Per part of the walk, in order: (part, command keys, typed characters).
    private(set) var parts: [(String, Int, Int)] = []
    private var partStart = (0, 0)
    private var partName: String?

    /// Starts counting a new part ("Usulan", "Penawaran"...); the previous part is closed.
    func part(_ name: String) {
        close()
        partName = name
        partStart = (commandKeys, typedCharacters)
    }

    func close() {
        if let partName { parts.append((partName, commandKeys - partStart.0, typedCharacters - partStart.1)) }
        partName = nil
    }

    func addKeys(_ n: Int) { commandKeys += n }
    func addTyped(_ text: String) { typedCharacters += text.count }

    /// The counts as a table for RESULTS.md.
    var table: String {
        close()
        var out = "| part | command keys | typed characters |\n| --- | ---: | ---: |\n"
        for (name, k, t) in parts { out += "| \(name) | \(k) | \(t) |\n" }
        return out + "| **total** | **\(commandKeys)** | **\(typedCharacters)** |\n"
    }
}

/// Counted key presses on a tmux session: the walk's own helpers (prefix `day`, so they stay
/// apart from the signing walk's helpers in this folder).
enum DayWalk {
    static func dayKeys(_ tmux: TmuxSession, _ count: DayKeyCount, _ names: String...) throws {
        count.addKeys(names.count)
        for name in names {
            try tmux.sendKeys(name)
            Thread.sleep(forTimeInterval: 0.12)
        }
    }

    static func dayType(_ tmux: TmuxSession, _ count: DayKeyCount, _ text: String) throws {
        count.addTyped(text)
        try tmux.sendText(text)
        Thread.sleep(forTimeInterval: 0.2)
    }

    /// Replaces the focused one-line field: Ctrl-U, then the text.
    static func dayReplace(_ tmux: TmuxSession, _ count: DayKeyCount, _ text: String) throws {
        try dayKeys(tmux, count, "C-u")
        try dayType(tmux, count, text)
    }

    /// Review (Ctrl-R), mark done (t), confirm (y).
    static func dayMarkDone(_ tmux: TmuxSession, _ count: DayKeyCount, stage: String) throws {
        try dayKeys(tmux, count, "C-r")
        try tmux.waitFor(text: "TINJAUAN")
        try dayKeys(tmux, count, "t")
        try tmux.waitFor(text: "Tandai tahapan \(stage) selesai?")
        try dayKeys(tmux, count, "y")
        try tmux.waitFor(text: "Tahapan \(stage) ditandai selesai")
    }

    /// Ctrl-N from a finished stage's review opens the next stage.
    static func dayNextStage(_ tmux: TmuxSession, _ count: DayKeyCount, heading: String) throws {
        try dayKeys(tmux, count, "C-n")
        try tmux.waitFor(text: heading)
    }

    /// Ctrl-T, `downs` stages down, Enter.
    static func dayPickStage(_ tmux: TmuxSession, _ count: DayKeyCount, downs: Int, heading: String) throws {
        try dayKeys(tmux, count, "C-t")
        for _ in 0..<downs { try dayKeys(tmux, count, "Down") }
        try dayKeys(tmux, count, "Enter")
        try tmux.waitFor(text: heading)
    }

    /// Signs a KB or PKS: the date (the place comes from the profile), then each party's number;
    /// the signers come from the parties' identities typed in the proposal.
    /// `typedSigners` (place, then each partner's signer) types them instead of taking the prefill.
    static func daySign(_ tmux: TmuxSession, _ count: DayKeyCount, date: String, numbers: [String], document: String,
                        typedSigners: [String]? = nil) throws {
        try dayKeys(tmux, count, "C-r")
        try tmux.waitFor(text: "TINJAUAN")
        try dayKeys(tmux, count, "t")
        try tmux.waitFor(text: "Tanggal penandatanganan")
        try dayType(tmux, count, date)
        if let place = typedSigners?.first {
            try dayKeys(tmux, count, "Tab")
            try dayReplace(tmux, count, place)
        }
        for (i, number) in numbers.enumerated() {
            try dayKeys(tmux, count, "C-n")
            try tmux.waitFor(text: "Nomor naskah \(["PIHAK PERTAMA", "PIHAK KEDUA", "PIHAK KETIGA"][i])")
            try dayType(tmux, count, number)
            if i > 0, let signers = typedSigners, i < signers.count {
                try dayKeys(tmux, count, "Tab")
                try dayReplace(tmux, count, signers[i])
            }
        }
        try dayKeys(tmux, count, "C-n")
        try tmux.waitFor(text: "Tandai \(document) ditandatangani")
        try dayKeys(tmux, count, "y")
        try tmux.waitFor(text: "Naskah ditandatangani")
        try tmux.waitFor(text: "SHA-256")
        try dayKeys(tmux, count, "Enter")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Naskah ditandatangani") }
    }
}
