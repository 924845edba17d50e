import Foundation
import MufakatDomain
import MufakatServices
import Testing
import TerminalUI
@testable import MufakatApp

/// The English walk through meeting mode: the matrix, its detail, the matches and their gaps, the
/// prompts and the questions, at 80×24 (goldens in `__Snapshots__/EnglishWalkTests/`).
extension EnglishWalkTests {
    /// The regions' own entries and the matches' reasons are data (the reasons are the services'
    /// words), not the screen's.
    static var meetingData: [String] {
        MeetingFixture.mappings().flatMap { m in
            [m.contact.name, m.contact.title] + m.entries.flatMap { [$0.offer, $0.need, $0.notes, $0.plannedCooperation ?? ""] }
        }.filter { !$0.isEmpty } + MeetingFixture.data().matches.flatMap(\.reasons)
    }

    /// The command line's own words, quoted in hints: command names, not interface.
    static let commands = ["mufakat pemetaan rapat update", "mufakat pemetaan rapat create --title ... --level provinsi --province CODE --take-existing",
                           "mufakat pemetaan rapat create --take-existing", "mufakat pemetaan berita-acara", "mufakat pemetaan"]

    func walk(_ name: String, otherCatalogues rows: [Int] = [], sourceLocation: SourceLocation = #_sourceLocation, _ steps: (inout Harness) -> Void) {
        Self.inEnglish {
            var h = MeetingFixture.harness()
            steps(&h)
            let frame = h.frame()
            Snapshot.assert(frame, named: name, folder: "EnglishWalkTests", sourceLocation: sourceLocation)
            expectNoIndonesian(frame, name, data: Self.commands + Self.meetingData, otherCatalogues: rows, sourceLocation: sourceLocation)
        }
    }

    @Test func meetingScreensInEnglish() {
        walk("meeting-matrix-en-80x24") { $0.type("r"); $0.key(.down, times: 2) }
        walk("meeting-matrix-filtered-en-80x24") { $0.type("r"); $0.type("p"); $0.type("o"); $0.type("t"); $0.key(.right, times: 2) }
        walk("meeting-matrix-help-en-80x24") { $0.type("r"); $0.type("?") }
        walk("meeting-detail-en-80x24") { $0.type("r"); $0.key(.down, times: 2); $0.key(.enter) }
        walk("meeting-matches-en-80x24", otherCatalogues: Array(14...20)) { $0.type("r"); $0.type("m") }
        walk("meeting-matches-help-en-80x24") { $0.type("r"); $0.type("m"); $0.type("?") }
        walk("meeting-confirm-draft-en-80x24", otherCatalogues: Array(7...21)) { $0.type("r"); $0.type("m"); $0.key(.enter) }
        walk("meeting-gaps-en-80x24") { $0.type("r"); $0.type("m"); $0.type("g") }
        walk("meeting-import-en-80x24") { $0.type("r"); $0.type("i"); $0.type("~/bundles/depok.mufakat") }
        walk("meeting-create-en-80x24") { $0.type("r"); $0.type("n") }
        walk("meeting-participants-en-80x24") { $0.type("r"); $0.type("a") }
        walk("meeting-export-en-80x24") { $0.type("r"); $0.type("e") }
        walk("meeting-no-documents-en-80x24") { $0.type("r"); $0.type("b") }
    }

    @Test func meetingPickerAndConflictInEnglish() throws {
        Self.inEnglish {
            let repo = InMemoryMappingRepository(mappings: MeetingFixture.mappings(), meetings: [
                Meeting(id: "rakor-jabar", title: "Rapat Koordinasi Teknis Jawa Barat", level: .provinsi, provinceCode: "32",
                        date: MufakatDomain.CalendarDate(year: 2026, month: 6, day: 15), place: "Bandung", participantRegions: ["32.01", "32.71"]),
                Meeting(id: "rakor-nasional", title: "Rapat Koordinasi Nasional", level: .nasional,
                        date: MufakatDomain.CalendarDate(year: 2026, month: 3, day: 1)),
            ])
            var h = MeetingFixture.harness(repo); h.type("r"); h.key(.down)
            let picker = h.frame()
            Snapshot.assert(picker, named: "meeting-picker-en-80x24", folder: "EnglishWalkTests")
            expectNoIndonesian(picker, "meeting picker", data: ["Rapat Koordinasi Teknis Jawa Barat", "Rapat Koordinasi Nasional"])
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-meeting-en-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var changed = MeetingFixture.mappings()[0]
        changed.entries[0].targetYear = 2031
        let file = folder.appendingPathComponent("kabupaten-bogor.json")
        try JSONEncoder().encode(changed).write(to: file)
        walk("meeting-conflict-en-80x24", otherCatalogues: [9, 10]) { $0.type("r"); $0.type("i"); $0.send(.paste(file.path)); $0.key(.enter) }
    }

    /// The check can fail here too: the matrix in Indonesian shows entries of the meeting catalogue.
    @Test func theMeetingCheckFindsIndonesianWhenItIsThere() {
        let text = AppText.$override.withValue(.indonesian) { () -> String in
            var h = MeetingFixture.harness(); h.type("r"); h.key(.down, times: 2)
            return Self.words(h.frame())
        }
        let found = Self.indonesianEntries.filter { $0.name.hasPrefix("meeting.") && Self.containsWords(text, $0.text.trimmingCharacters(in: .whitespaces)) }
        #expect(found.count >= 5, "\(found.map(\.name))")
    }
}
