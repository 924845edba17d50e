import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatThemes
import Testing
import TerminalUI
@testable import MufakatApp

/// The English walk through the other screens: welcome, profile, the new-cooperation wizard, the
/// mapping form, the dashboard, the file archive and the gallery, at 80×24 (goldens in
/// `__Snapshots__/EnglishWalkTests/`).
extension EnglishWalkTests {
    func check(_ frame: Buffer, _ name: String, data: [String] = [], otherCatalogues rows: [Int] = [],
               sourceLocation: SourceLocation = #_sourceLocation) {
        Snapshot.assert(frame, named: name, folder: "EnglishWalkTests", sourceLocation: sourceLocation)
        expectNoIndonesian(frame, name, data: data, otherCatalogues: rows, sourceLocation: sourceLocation)
    }

    /// The lines of the frame that carry a validator's finding ("✗ …", "! …"): the mapping
    /// validator's messages are the services' words, checked by their own catalogue.
    static func findingLines(_ frame: Buffer) -> [String] {
        frame.lines.filter { $0.contains("✗") || $0.contains("! ") }.map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
    }

    @Test func welcomeAndProfileInEnglish() {
        Self.inEnglish {
            var h = Harness(profile: nil)
            check(h.frame(), "welcome-en-80x24")
            h.key(.enter); h.type("kota bogor")
            check(h.frame(), "profile-region-en-80x24")
            h.key(.enter)
            h.key(.tab); h.key(.function(2))
            let errors = h.frame()
            check(errors, "profile-errors-en-80x24", data: ["Bagian Kerja Sama Sekretariat Daerah Kota Bogor", "Kepala Bagian Kerja Sama"])
            #expect(Self.words(errors).contains("Region profile (2 of 2)"))
        }
    }

    @Test func newCooperationInEnglish() {
        Self.inEnglish {
            var h = Harness()
            h.type("n")
            // Rows 12-13: the rulebook's summary of the kind.
            check(h.frame(), "new-1-kind-en-80x24", otherCatalogues: [12, 13])
            h.key(.enter)
            h.type("a"); h.type("kabupaten bogor")
            // Row 12: the region catalogue's count sentence.
            check(h.frame(), "new-2-parties-picking-en-80x24", otherCatalogues: [12])
            h.key(.enter)
            h.key(.enter)
            h.type("perhub")
            check(h.frame(), "new-3-affair-en-80x24")
            h.key(.enter)
            h.key(.down)
            h.key(.enter)
            let title = h.frame()
            // The proposed title is document text: it stays Indonesian.
            // Rows 6-13 and 22 quote the sub-affair's legal nomenclature and basis (UU 23/2014).
            check(title, "new-4-title-warning-en-80x24", data: ["Kerja Sama Bidang Perhubungan antara Kota Bogor dan Kabupaten Bogor"],
                  otherCatalogues: Array(6...13) + [22])
            #expect(Self.words(title).contains("Warning:"))

            var k = Harness()
            k.type("n"); k.key(.down); k.key(.enter)
            k.type("k"); k.key(.down, times: 4); k.key(.enter)
            k.type("PT Transportasi Pakuan"); k.key(.enter); k.key(.enter); k.key(.enter); k.key(.enter)
            check(k.frame(), "new-ksdpk-third-party-errors-en-80x24")
        }
    }

    @Test func mappingFormInEnglish() {
        Self.inEnglish {
            typealias F = MappingFormFixture
            let mapping = MappingFormSnapshotTests.withFindings
            let data = (mapping.entries.flatMap { [$0.offer, $0.need, $0.notes, $0.plannedCooperation ?? ""] }
                        + [mapping.contactUnit ?? "", mapping.contact.title, "Bagian Kerja Sama Sekretariat Daerah Kota Bogor"]
                        + LegalForm.allCases.map(\.label)).filter { !$0.isEmpty }
            func opened(_ m: RegionMapping? = mapping) -> Harness {
                var (h, _) = F.opened(m)
                h.send(.resize(width: 80, height: 24))
                return h
            }
            var list = opened()
            let listFrame = list.frame()
            check(listFrame, "mapping-list-en-80x24", data: data + Self.findingLines(listFrame))
            list.type("?")
            check(list.frame(), "mapping-help-en-80x24")

            let new = opened(nil).frame()
            check(new, "mapping-list-new-en-80x24", data: Self.findingLines(new))

            var entry = opened()
            F.openAffair("2.15", in: &entry)
            entry.key(.tab, times: F.tabs(to: .targetYear))
            let entryFrame = entry.frame()
            // Rows 12-13 and 20-21: the mapping validator's findings (the services' words).
            check(entryFrame, "mapping-entry-findings-en-80x24", data: data, otherCatalogues: [12, 13, 20, 21])

            var picker = opened()
            F.openAffair("1.03", in: &picker)
            picker.key(.tab, times: F.tabs(to: .partners))
            picker.key(.enter)
            picker.type("kota")
            check(picker.frame(), "mapping-partner-picker-en-80x24", data: data)

            var contact = opened()
            contact.type("c")
            check(contact.frame(), "mapping-contact-en-80x24", data: data)

            var quit = opened()
            F.openAffair("1.01", in: &quit)
            quit.type("Balai pelatihan")
            quit.key(.ctrl("q"))
            check(quit.frame(), "mapping-quit-dialog-en-80x24", data: data + ["Balai pelatihan"])
        }
    }

    @Test func dashboardInEnglish() {
        Self.inEnglish {
            var h = DashboardScreenTests.harness(width: 80, height: 24)
            // The figures and their groups are named by the dashboard service.
            let groups = h.program.dashboard?.dashboard?.groups ?? []
            let figures = (groups.map(\.title) + groups.flatMap { $0.figures.map(\.label) }).sorted { $0.count > $1.count }
            check(h.frame(), "dashboard-en-80x24", data: figures)
            h.key(.down); h.key(.enter)
            check(h.frame(), "dashboard-detail-en-80x24", data: figures + DashboardScreenTests.items().flatMap { [$0.title, $0.id] })
            h.key(.escape); h.type("?")
            check(h.frame(), "dashboard-help-en-80x24")
        }
    }

    @Test func archiveInEnglish() throws {
        try Self.inEnglish {
            var (d, _, root) = try ArchiveScreenTests.setUp()
            defer { try? FileManager.default.removeItem(at: root) }
            d.key(.function(6))
            check(d.frame(80, 24), "archive-empty-en-80x24")
            d.type("a")
            check(d.frame(80, 24), "archive-attach-en-80x24")
        }
    }

    @Test func galleryInEnglish() {
        Self.inEnglish {
            let themes = GalleryTests.themes
            let sample = ["Catatan bebas:"]
            var g = Gallery(themes: themes)
            _ = g.update(.resize(width: 80, height: 24))
            var b = Buffer(width: 80, height: 24)
            g.view(into: &b)
            check(b, "gallery-en-80x24", data: sample)
            _ = g.update(.key(.escape))
            var q = Buffer(width: 80, height: 24)
            g.view(into: &q)
            check(q, "gallery-quit-dialog-en-80x24", data: sample)
        }
    }

    /// The shell's dialogs in English: a save conflict naming the changed answers, then the
    /// question about an answer both sides changed. The answers' own names are the editor's.
    @Test func saveConflictAndMergeQuestionInEnglish() {
        Self.inEnglish {
            var h = EditingAndSavingTests().opened()
            var theirs = Fixture.transport()
            theirs.notes = "catatan rekan"
            theirs.proposal.background = "latar rekan"
            h.repository.saveAsOther(theirs, by: "sari@kantor-lain")
            h.type("catatan saya")
            h.key(.ctrl("s"))
            let data = ["catatan saya", "catatan rekan", "latar rekan", "Catatan"]
            // No golden: the revision's time is shown in the local time zone.
            let conflict = h.frame()
            expectNoIndonesian(conflict, "save conflict", data: data)
            #expect(Self.words(conflict).contains("Save conflict"))
            h.key(.enter)
            let field = h.frame()
            // Row 9: the merge service's short text of the answer ("(kosong)").
            check(field, "merge-field-en-80x24", data: data, otherCatalogues: [9])
            #expect(Self.words(field).contains("Changed by both sides (1 of 1)"))
        }
    }

    /// The mapping form's questions in English: the automatic draft offered on opening, and a
    /// save that met another save.
    @Test func mappingQuestionsInEnglish() {
        Self.inEnglish {
            typealias F = MappingFormFixture
            let (_, repo) = MappingDraftFormTests.typedAndAutosaved()
            var again = Harness()
            again.effects.mappings = repo
            again.type("p")
            // No golden: the draft's time is the clock's. Rows 11-12: the mapping diff's lines (the domain's words).
            let offer = again.frame()
            expectNoIndonesian(offer, "mapping draft offer", data: ["Balai pelatihan guru", "petugas@uji"], otherCatalogues: [11, 12])
            #expect(Self.words(offer).contains("Recover the mapping draft?"))

            let mapping = MappingFormSnapshotTests.withFindings
            var (h, store) = F.opened(mapping)
            h.send(.resize(width: 80, height: 24))
            var theirs = mapping
            theirs.entries.removeLast()
            try! store.saveMapping(theirs, basedOn: 1)
            F.openAffair("1.01", in: &h)
            h.type("Balai pelatihan")
            h.key(.ctrl("s"))
            let frame = h.frame()
            // Rows 10-13: the mapping diff's lines (the domain's words).
            check(frame, "mapping-conflict-dialog-en-80x24", data: ["Balai pelatihan"], otherCatalogues: Array(10...13))
            #expect(Self.words(frame).contains("Mapping save conflict"))
        }
    }
}
