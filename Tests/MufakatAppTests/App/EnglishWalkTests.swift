import Foundation
import MufakatDomain
import Testing
import TerminalUI
@testable import MufakatApp

/// The English interface, walked: the converted screens at 80×24 in English (goldens in
/// `__Snapshots__/EnglishWalkTests/`), and no entry of the Indonesian catalogue left on them.
@Suite struct EnglishWalkTests {
    /// Every text of a value by its path ("meeting.matrixHelp[3].text"): its strings, and those of
    /// its sub-catalogues, arrays and tuples, read with `Mirror` (closures are skipped).
    static func texts(_ value: Any, path: String = "") -> [(name: String, text: String)] {
        if let s = value as? String { return [(path, s)] }
        let mirror = Mirror(reflecting: value)
        var out: [(name: String, text: String)] = []
        for (i, c) in mirror.children.enumerated() {
            let name = c.label.map { path.isEmpty ? $0 : "\(path).\($0)" } ?? "\(path)[\(i)]"
            out += texts(c.value, path: name)
        }
        return out
    }

    /// Every text entry of a catalogue whose Indonesian and English words differ, by entry path.
    /// Read from the catalogue itself (`Mirror`), so a new entry (or a new sub-catalogue of
    /// `AppText`) is checked without touching this test.
    static func differingEntries<T>(_ indonesian: T, _ english: T) -> [(name: String, text: String)] {
        let en = Dictionary(texts(english), uniquingKeysWith: { a, _ in a })
        return texts(indonesian).filter { en[$0.name] != $0.text }
    }

    /// The Indonesian entries to look for: plain entries, and the typed ones filled with samples.
    static var indonesianEntries: [(name: String, text: String)] {
        let i = HomeText.indonesian, m = MeetingText.indonesian
        // The editor's catalogues are walked by `EditorEnglishWalkTests`, which knows what on those
        // screens is the cooperation's own data (kind names, legal bases) and stays Indonesian.
        // The gallery's sample content (affair names, stage names) is data shown by the widgets, the
        // same words as the cooperations' own data, which stays Indonesian on every screen.
        return differingEntries(AppText.indonesian, AppText.english).filter { !$0.name.hasPrefix("editor") && !$0.name.hasPrefix("gallery.sample") }
            + [("chipStage", i.chipStage(nil)), ("remindersTitle", String(i.remindersTitle(0).dropLast(3))),
               ("helpTitle", i.helpTitle("")), ("detailStage", i.detailStage(""))]
            + [("meeting.matrixCounts", m.matrixCounts(7, 7)), ("meeting.noMeetingPressN", m.noMeetingPressN(7)),
               ("meeting.matchTitle", m.matchTitle(7)), ("meeting.suggestedKind", m.suggestedKind("§")),
               ("meeting.otherRegions", m.otherRegions(7)), ("meeting.pickMeeting", m.pickMeeting(7)),
               ("meeting.matchesHeadingOf", m.matchesHeadingOf(7, 7)), ("meeting.gapsHeading", m.gapsHeading(7, 7)),
               ("meeting.conflictText", m.conflictText("§", "§", 7)), ("meeting.meetingHeading", m.meetingHeading("§")),
               ("meeting.cellPosition", m.cellPosition(7, 7, 7, 7)), ("meeting.rowColumnTotals", m.rowColumnTotals("§", "§"))]
                .map { ($0.0, longest($0.1)) }
            + extraEntries
    }

    /// The longest part of a typed entry filled with samples (7 for a number, § for a text).
    static func longest(_ s: String) -> String {
        s.components(separatedBy: CharacterSet(charactersIn: "7§")).max { $0.count < $1.count } ?? s
    }

    /// Typed entries of the other sub-catalogues, filled with samples (see each area's walk below).
    /// The rulebook's interface sentences that have an English twin (kind and stage summaries), by
    /// their first five words: found on a walk, the wizard showed the kinds' Indonesian summaries.
    static var extraEntries: [(name: String, text: String)] {
        guard let rb = try? RulebookLoader.load() else { return [] }
        func head(_ s: String) -> String { s.split(separator: " ").prefix(5).joined(separator: " ") }
        return rb.kinds.filter { $0.summaryEn != nil && $0.summaryEn != $0.summary }.map { ("rulebook.kind.\($0.id).summary", head($0.summary)) }
            + rb.stages.filter { $0.summaryEn != nil && $0.summaryEn != $0.summary }.map { ("rulebook.stage.\($0.id).summary", head($0.summary)) }
    }

    /// Whether `needle` stands in `text` as whole words (an entry "Draf" is not found in "Draft").
    static func containsWords(_ text: String, _ needle: String) -> Bool {
        var start = text.startIndex
        while let r = text.range(of: needle, range: start..<text.endIndex) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            let edgeA = needle.first.map { !$0.isLetter } ?? true, edgeB = needle.last.map { !$0.isLetter } ?? true
            if (edgeA || before.map { !$0.isLetter } ?? true) && (edgeB || after.map { !$0.isLetter } ?? true) { return true }
            start = text.index(after: r.lowerBound)
        }
        return false
    }

    /// The frame's words on one line: wrapped rows joined with a space, runs of blanks made one.
    static func words(_ buffer: Buffer) -> String {
        buffer.lines.joined(separator: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    static func inEnglish<R>(_ body: () throws -> R) rethrows -> R {
        try DisplayLanguage.$override.withValue(.english) {
            try AppText.$override.withValue(.english) {
                try TerminalStrings.$override.withValue(TerminalStrings()) { try body() }
            }
        }
    }

    /// `data`: words on the frame that are data, not interface (a typed note, a region's own
    /// entry), taken out before the check.
    /// `otherCatalogues`: rows (0-based) that show the words of another layer's catalogue (the
    /// services' messages, the rulebook's summaries), which that catalogue's own walk checks.
    func expectNoIndonesian(_ frame: Buffer, _ screen: String, data: [String] = [], otherCatalogues rows: [Int] = [],
                            sourceLocation: SourceLocation = #_sourceLocation) {
        var shown = frame
        for r in rows where r < shown.height { shown.fill(Rect(x: 0, y: r, width: shown.width, height: 1)) }
        let text = data.reduce(Self.words(shown)) { $0.replacingOccurrences(of: $1, with: " ") }
        for (name, entry) in Self.indonesianEntries {
            let needle = entry.trimmingCharacters(in: .whitespaces)
            guard !needle.isEmpty else { continue }
            #expect(!Self.containsWords(text, needle), "\(screen): Indonesian entry \(name) (\"\(needle)\") in the English interface", sourceLocation: sourceLocation)
        }
    }

    @Test func homeAndHelpInEnglish() {
        Self.inEnglish {
            var h = Harness(items: HomeTests.examples())
            let home = h.frame()
            Snapshot.assert(home, named: "home-en-80x24")
            #expect(Self.words(home).contains("Keys") == false)
            #expect(Self.words(home).contains("Reminders (3)"))
            expectNoIndonesian(home, "home")

            h.type("/"); h.type("angkut")
            let searching = h.frame()
            Snapshot.assert(searching, named: "home-searching-en-80x24")
            expectNoIndonesian(searching, "home, searching")
            h.key(.escape)

            h.type("?")
            #expect(h.program.screenName == "bantuan")
            let help = h.frame()
            Snapshot.assert(help, named: "help-en-80x24")
            #expect(Self.words(help).contains("Help: Home"))
            expectNoIndonesian(help, "help")
            h.key(.escape)

            let empty = Harness()
            expectNoIndonesian(empty.frame(), "home, empty")
            Snapshot.assert(empty.frame(), named: "home-empty-en-80x24")
        }
    }

    /// The shell in English: the title bar of a changed cooperation and the quit question.
    @Test func quitQuestionInEnglish() {
        Self.inEnglish {
            var h = Harness(items: [Fixture.transport()])
            h.openFirst()
            h.type("Catatan rapat")
            h.key(.ctrl("q"))
            let frame = h.frame()
            Snapshot.assert(frame, named: "editor-quit-dialog-en-80x24")
            #expect(Self.words(frame).contains("Quit Mufakat?"))
            #expect(Self.words(frame).contains("not saved"))
            // The typed note is data; "Catatan" beside it is the editor's field label (the
            // editor's catalogue, walked by its own test).
            expectNoIndonesian(frame, "quit question", data: ["Catatan rapat", "Catatan"])
        }
    }

    /// The check can fail: the same walk in Indonesian finds catalogue entries on every screen.
    @Test func theCheckFindsIndonesianWhenItIsThere() {
        let h = AppText.$override.withValue(.indonesian) { Harness(items: HomeTests.examples()) }
        let text = AppText.$override.withValue(.indonesian) { Self.words(h.frame()) }
        let found = Self.indonesianEntries.filter { Self.containsWords(text, $0.text.trimmingCharacters(in: .whitespaces)) }
        #expect(found.count >= 5, "\(found.map(\.name))")
    }
}
