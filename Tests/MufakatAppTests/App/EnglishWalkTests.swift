import Foundation
import Testing
import TerminalUI
@testable import MufakatApp

/// The English interface, walked: the converted screens at 80×24 in English (goldens in
/// `__Snapshots__/EnglishWalkTests/`), and no entry of the Indonesian catalogue left on them.
@Suite struct EnglishWalkTests {
    /// Every text entry of a catalogue whose Indonesian and English words differ, by entry name.
    /// Read from the catalogue itself (`Mirror`), so a new entry is checked without touching this test.
    static func differingEntries<T>(_ indonesian: T, _ english: T) -> [(name: String, text: String)] {
        let en = Dictionary(Mirror(reflecting: english).children.compactMap { c in
            (c.value as? String).map { (c.label ?? "", $0) } }, uniquingKeysWith: { a, _ in a })
        return Mirror(reflecting: indonesian).children.compactMap { c in
            guard let name = c.label, let text = c.value as? String, en[name] != text else { return nil }
            return (name, text)
        }
    }

    /// The Indonesian entries to look for: plain entries, and the typed ones filled with samples.
    static var indonesianEntries: [(name: String, text: String)] {
        let i = HomeText.indonesian
        return differingEntries(HomeText.indonesian, HomeText.english)
            + differingEntries(ShellText.indonesian, ShellText.english)
            + differingEntries(AppText.indonesian, AppText.english)
            + [("chipStage", i.chipStage(nil)), ("remindersTitle", String(i.remindersTitle(0).dropLast(3))),
               ("helpTitle", i.helpTitle("")), ("detailStage", i.detailStage(""))]
    }

    /// The frame's words on one line: wrapped rows joined with a space, runs of blanks made one.
    static func words(_ buffer: Buffer) -> String {
        buffer.lines.joined(separator: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    static func inEnglish<R>(_ body: () throws -> R) rethrows -> R {
        try AppText.$override.withValue(.english) {
            try TerminalStrings.$override.withValue(TerminalStrings()) { try body() }
        }
    }

    func expectNoIndonesian(_ frame: Buffer, _ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = Self.words(frame)
        for (name, entry) in Self.indonesianEntries {
            let needle = entry.trimmingCharacters(in: .whitespaces)
            guard !needle.isEmpty else { continue }
            #expect(!text.contains(needle), "\(screen): Indonesian entry \(name) (\"\(needle)\") in the English interface", sourceLocation: sourceLocation)
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
            expectNoIndonesian(frame, "quit question")
        }
    }

    /// The check can fail: the same walk in Indonesian finds catalogue entries on every screen.
    @Test func theCheckFindsIndonesianWhenItIsThere() {
        let h = AppText.$override.withValue(.indonesian) { Harness(items: HomeTests.examples()) }
        let text = AppText.$override.withValue(.indonesian) { Self.words(h.frame()) }
        let found = Self.indonesianEntries.filter { text.contains($0.text.trimmingCharacters(in: .whitespaces)) }
        #expect(found.count >= 5, "\(found.map(\.name))")
    }
}
