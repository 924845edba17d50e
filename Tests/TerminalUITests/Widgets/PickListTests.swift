import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct PickListTests {
    static let regions: [PickItem] = [PickItem("Kota Ambon", detail: "81.71"), PickItem("Peñalolén"), PickItem("SÃO TOMÉ"), PickItem("東京都"), PickItem("Kabupaten Bone Bolango")]
        + (1...547).map { PickItem("Kabupaten Contoh \($0)", detail: "99.\($0)") }

    @Test func filtersWithoutCaseOrDiacritics() {
        var p = PickList(Self.regions)
        #expect(p.items.count == 552)
        _ = p.handle(.paste("penalolen"))
        #expect(p.matches == [1])
        _ = p.handle(.key(.ctrl("u")))
        for ch in "sao tome" { _ = p.handle(.key(.char(ch))) }
        #expect(p.matches == [2])
        _ = p.handle(.key(.ctrl("u")))
        _ = p.handle(.paste("kab bone"))
        #expect(p.matches == [4])
        #expect(p.handle(.key(.enter)) == .submitted)
        #expect(p.selected == 4)
    }

    /// Speed is measured by the benchmark; here the filter over a long list must be right.
    @Test func filteringOver552Entries() {
        var p = PickList(Self.regions)
        for ch in "contoh 54" { _ = p.handle(.key(.char(ch))) }
        #expect(p.matches.count == 13)  // 54, 154, 254, 354, 454 and 540...547
    }

    @Test func snapshots() {
        var p = PickList(Self.regions)
        _ = p.handle(.key(.down))
        Snapshot.assert(drawn(width: 36, height: 6) { p.draw(in: Rect(x: 0, y: 0, width: 36, height: 6), buffer: &$0, focused: true) }, named: "pick-list")
        _ = p.handle(.paste("zzz"))
        Snapshot.assert(drawn(width: 36, height: 3) { p.draw(in: Rect(x: 0, y: 0, width: 36, height: 3), buffer: &$0, focused: false) }, named: "pick-list-empty")
    }
}
