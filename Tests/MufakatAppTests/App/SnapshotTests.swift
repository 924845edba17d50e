import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

/// Whole screens at 80×24 and 120×40, compared with the goldens in `__Snapshots__/SnapshotTests/`.
@Suite struct SnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    func check(_ h: Harness, _ name: String) {
        for (w, hgt) in Self.sizes {
            Snapshot.assert(h.frame(width: w, height: hgt), named: "\(name)-\(w)x\(hgt)")
        }
    }

    @Test func welcome() { check(Harness(profile: nil), "welcome") }

    @Test func profileFields() {
        var h = Harness(profile: nil)
        h.key(.enter); h.type("kota bogor"); h.key(.enter)
        h.key(.tab); h.key(.function(2))
        check(h, "profile-errors")
    }

    @Test func home() { check(Harness(items: HomeTests.examples()), "home") }

    @Test func homeEmpty() { check(Harness(), "home-empty") }

    /// The search field at 80 columns does not write over the filter chips.
    @Test func homeSearching() {
        var h = Harness(items: HomeTests.examples())
        h.type("/")
        h.type("angkut")
        check(h, "home-searching")
        let filterLine = h.frame(width: 80, height: 24).lines[1]
        #expect(filterLine.hasPrefix("t/j/u/m saring: semua ") && filterLine.contains("angkut"))
    }

    @Test func newCooperationSteps() {
        var h = Harness()
        h.type("n")
        check(h, "new-1-kind")
        h.key(.enter)
        h.type("a"); h.type("kabupaten bogor")
        check(h, "new-2-parties-picking")
        h.key(.enter)
        h.key(.enter)
        h.type("perhub")
        check(h, "new-3-affair")
        h.key(.enter)
        h.key(.down)
        h.key(.enter)
        check(h, "new-4-title-warning")
    }

    @Test func newKsdpkThirdPartyForm() {
        var h = Harness()
        h.type("n"); h.key(.down); h.key(.enter)
        h.type("k"); h.key(.down, times: 4); h.key(.enter)
        h.type("PT Transportasi Pakuan"); h.key(.enter); h.key(.enter); h.key(.enter); h.key(.enter)
        check(h, "new-ksdpk-third-party-errors")
    }

    @Test func hostedEditorDirtyAndQuitDialog() {
        var h = Harness(items: [Fixture.transport()])
        h.openFirst()
        h.type("Catatan rapat")
        check(h, "editor-dirty")
        h.key(.ctrl("q"))
        check(h, "editor-quit-dialog")
    }

    @Test func realEditorHosted() {
        var h = Harness(items: [Fixture.transport()], editor: MufakatProgram.standardEditor)
        h.openFirst()
        check(h, "editor-real")
    }
}
