import Foundation
import MufakatDomain
import MufakatServices
import MufakatTestSupport
import TerminalUI
import Testing
@testable import MufakatApp

/// The dashboard screen (D on the home screen) at 80×24 and 200×60. The role maps show the cell
/// roles; without colour (NO_COLOR) the bars' lengths and the "▶" marker carry the meaning, so
/// the text columns of the same snapshots are what a monochrome terminal shows.
@Suite struct DashboardScreenTests {
    static let sizes = [(80, 24), (200, 60)]

    static func items() -> [Cooperation] {
        var ending = CooperationFixture.bogorRaya()
        ending.id = "ks-segera-berakhir"
        ending.title = "Pengelolaan Sampah Regional Bogor Raya"
        ending.agreement.endDate = CalendarDate(iso: "2026-06-20")
        var draft = Fixture.transport()
        draft.title = "Kerja Sama Bidang Perhubungan (usulan)"
        return [CooperationFixture.bogorRaya(), ending, draft]
    }

    static func harness(width: Int, height: Int) -> Harness {
        var h = Harness(items: items())
        h.send(.resize(width: width, height: height))
        h.type("D")
        return h
    }

    @Test func dOnTheHomeScreenOpensTheDashboardAndEscReturns() {
        var h = Self.harness(width: 80, height: 24)
        #expect(h.program.screenName == "rekapitulasi")
        #expect(h.performed.contains(.loadDashboard))
        h.key(.escape)
        #expect(h.program.screenName == "beranda")
    }

    @Test func enterListsTheCooperationsBehindAFigure() {
        var h = Self.harness(width: 80, height: 24)
        h.key(.down)
        h.key(.enter)   // second figure: "Berlaku" (the two signed cooperations)
        let text = h.frame(width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("ks-bogor-raya-2026") && text.contains("ks-segera-berakhir"))
        #expect(!text.contains("angkutan-bogor"))
        h.key(.escape)
        #expect(h.program.screenName == "rekapitulasi")
        #expect(h.frame(width: 80, height: 24).lines.joined().contains("█"))
    }

    @Test func aFigureWithoutCooperationsIsRefusedWithABell() {
        var h = Self.harness(width: 80, height: 24)
        // The "Berakhir dalam 30 hari" figure of a store where nothing ends that soon... find a zero figure.
        let d = h.program.dashboard?.dashboard
        let zero = h.program.dashboard?.figureLines.firstIndex { d?.groups[$0.group].figures[$0.index].value == 0 }
        guard let zero else { Issue.record("no zero figure in the sample"); return }
        h.key(.down, times: zero)
        let bells = h.bells
        h.key(.enter)
        #expect(h.bells == bells + 1)
    }

    @Test func snapshots() {
        for (w, hgt) in Self.sizes {
            var h = Self.harness(width: w, height: hgt)
            Snapshot.assert(h.frame(width: w, height: hgt), named: "charts-\(w)x\(hgt)")
            h.key(.down, times: 3)
            Snapshot.assert(h.frame(width: w, height: hgt), named: "charts-moved-\(w)x\(hgt)")
            h.key(.up, times: 2)
            h.key(.enter)
            Snapshot.assert(h.frame(width: w, height: hgt), named: "detail-\(w)x\(hgt)")
        }
    }

    @Test func withoutColourTheSelectionAndBarsStayVisible() {
        let h = Self.harness(width: 80, height: 24)
        let frame = h.frame(width: 80, height: 24)
        let text = frame.lines.joined(separator: "\n")
        #expect(text.contains("▶ "))
        #expect(text.contains("█"))
        // The monochrome theme draws the selection reversed or bold, never only by colour.
        let mono = Theme.fallback.effective(for: .monochrome).style(for: .selection)
        #expect(mono != Theme.fallback.effective(for: .monochrome).style(for: .normal))
    }
}
