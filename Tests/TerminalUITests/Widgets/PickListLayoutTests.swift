import Testing
@testable import TerminalUI

/// Issue 18: a picker row is cut with an ellipsis and keeps its code; a code is found with or without dots.
@Suite(.englishToolkit) struct PickListLayoutTests {
    @Test func aPickerRowKeepsItsCodeAndCutsWithAnEllipsis() {
        let (title, detail) = PickList.layout("  Kabupaten Bone Bolango", detail: "Gorontalo · 75.03", width: 26)
        #expect(detail == "75.03")
        #expect(title.hasSuffix("…"))
        let (affair, code) = PickList.layout("  Pekerjaan Umum dan Penataan Ruang", detail: "1.03 · persampahan · air minum · drainase", width: 40)
        #expect(code == "1.03")
        #expect(affair.hasPrefix("  Pekerjaan Umum"))
        let (whole, all) = PickList.layout("  Kota Bogor", detail: "Jawa Barat · 32.71", width: 60)
        #expect(whole == "  Kota Bogor" && all == "Jawa Barat · 32.71")
    }

    @Test func aCodeIsFoundWithOrWithoutItsDots() {
        var list = PickList([PickItem("Kota Yogyakarta", detail: "34.71"), PickItem("Kota Bogor", detail: "32.71")])
        list.setFilter("3471")
        #expect(list.matches == [0])
        list.setFilter("34.71")
        #expect(list.matches == [0])
        list.setFilter("bogor")
        #expect(list.matches == [1])
    }
}
