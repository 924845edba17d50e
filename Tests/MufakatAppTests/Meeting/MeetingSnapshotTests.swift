import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

/// The meeting screens at 80×24 and 200×60. The role maps show the cell roles; the symbols carry
/// the meaning without colour (NO_COLOR / monokrom).
@Suite struct MeetingSnapshotTests {
    static let sizes = [(80, 24), (200, 60)]

    func check(_ make: (Int, Int) -> Harness, _ name: String) {
        for (w, hgt) in Self.sizes {
            Snapshot.assert(make(w, hgt).frame(width: w, height: hgt), named: "\(name)-\(w)x\(hgt)")
        }
    }

    @Test func matrix() {
        check({ w, h in var x = MeetingFixture.harness(width: w, height: h); x.type("r"); x.key(.down, times: 2); return x }, "matrix")
    }

    @Test func matrixTransposedAndFiltered() {
        check({ w, h in
            var x = MeetingFixture.harness(width: w, height: h)
            x.type("r"); x.type("p"); x.type("t"); x.key(.right, times: 2)
            return x
        }, "matrix-transposed-jabar")
    }

    @Test func detail() {
        check({ w, h in var x = MeetingFixture.harness(width: w, height: h); x.type("r"); x.key(.down, times: 2); x.key(.enter); return x }, "detail")
    }

    @Test func matches() {
        check({ w, h in var x = MeetingFixture.harness(width: w, height: h); x.type("r"); x.type("m"); return x }, "matches")
    }

    @Test func importPrompt() {
        check({ w, h in var x = MeetingFixture.harness(width: w, height: h); x.type("r"); x.type("i"); x.type("~/bundel/depok.mufakat"); return x }, "import")
    }

    @Test func picker() {
        check({ w, h in
            let repo = InMemoryMappingRepository(mappings: MeetingFixture.mappings(), meetings: [
                Meeting(id: "rakor-jabar", title: "Rapat Koordinasi Teknis Jawa Barat", level: .provinsi, provinceCode: "32",
                        date: MufakatDomain.CalendarDate(year: 2026, month: 6, day: 15), place: "Bandung", participantRegions: ["32.01", "32.71"]),
                Meeting(id: "rakor-nasional", title: "Rapat Koordinasi Nasional", level: .nasional,
                        date: MufakatDomain.CalendarDate(year: 2026, month: 3, day: 1)),
            ])
            var x = MeetingFixture.harness(repo, width: w, height: h); x.type("r"); x.key(.down); return x
        }, "picker")
    }

    /// A mapping that changed in many places: the dialog shows what fits whole and counts the rest.
    @Test func conflictWithManyDifferences() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-meeting-snap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var changed = MeetingFixture.mappings()[0]
        changed.contact.name = "Siti Rahmawati"
        changed.entries[0].offer = "Lahan TPA regional seluas 30 hektare"
        changed.entries[0].targetYear = 2031
        changed.entries[1].need = "Integrasi trayek dan tiket angkutan"
        for code in ["1.01", "1.02", "2.09", "2.11", "2.16", "3.25", "3.26", "3.27"] {
            changed.entries.append(MappingEntry(affairCode: code, offer: "Potensi baru urusan \(code)"))
        }
        let file = folder.appendingPathComponent("kabupaten-bogor.json")
        try JSONEncoder().encode(changed).write(to: file)
        check({ w, h in
            var x = MeetingFixture.harness(width: w, height: h)
            x.type("r"); x.type("i"); x.send(.paste(file.path)); x.key(.enter)
            return x
        }, "conflict")
    }
}
