import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatStore
@testable import MufakatApp

/// Issue 18: an officer's whole day at 80×24.
@Suite struct OfficerDayFinancingTests {
    func financing(_ c: Cooperation = EditorFixture.memorandumSigned()) -> EditorDriver {
        var d = EditorDriver(c, width: 80, height: 24)
        let index = d.editor.stages.firstIndex { $0.id == "pembiayaan" }!
        d.press(.ctrl("t"))
        for _ in 0..<(index - d.editor.stageIndex) { d.press(.down) }
        d.press(.enter)
        #expect(d.editor.form.currentGroup.list == .financing)
        return d
    }

    func addLine(_ d: inout EditorDriver, year: String, amount: String, description: String) {
        d.press(.char("a"))
        d.press(.ctrl("u")); d.type(year)
        d.press(.tab, .tab); d.type(amount)
        d.press(.tab, .tab, .tab, .tab)
        d.type(description)
        d.press(.escape)
    }

    @Test func repeatOverFiveYearsFromTheList() {
        var d = financing()
        addLine(&d, year: "2027", amount: "500000000", description: "Operasional angkutan")
        d.press(.char("r"))
        #expect(d.text.contains("Ulangi ke tahun berikutnya"))
        d.type("5")
        d.press(.enter)
        let lines = d.editor.cooperation.financing.lines
        #expect(lines.map(\.budgetYear) == [2027, 2028, 2029, 2030, 2031, 2032])
        #expect(lines.allSatisfy { $0.description == "Operasional angkutan" && $0.amount.value == 500_000_000 })
        #expect(d.text.contains("5 baris ditambahkan"))
    }

    @Test func splitByShares() {
        var d = financing()
        d.press(.char("b"))
        #expect(d.text.contains("Bagi menurut porsi"))
        d.type("1.000.000.000 60/40")
        d.press(.enter)
        let lines = d.editor.cooperation.financing.lines
        #expect(lines.map(\.partyIndex) == [0, 1])
        #expect(lines.map(\.amount.value) == [600_000_000, 400_000_000])
        // The table names the parties in their short form, with the per-party totals below.
        #expect(d.text.contains("Kab. Bogor"))
        #expect(d.text.contains("Per pihak: Kota Bogor Rp600.000.000 (60,0%)"))
    }

    @Test func sharesNotMakingAHundredAreRefused() {
        var d = financing()
        d.press(.char("b"))
        d.type("1000 60/30")
        d.press(.enter)
        #expect(d.editor.cooperation.financing.lines.isEmpty)
        #expect(d.text.contains("100 persen"))
    }

    @Test func descriptionIsRequiredAndCarriedToTheNextLine() {
        var d = financing()
        addLine(&d, year: "2028", amount: "100", description: "Halte bersama")
        d.press(.char("a"))
        d.press(.tab, .tab, .tab, .tab, .tab, .tab)
        #expect(d.text.contains("Uraian *"))
        d.press(.backTab, .backTab, .backTab, .backTab, .backTab, .backTab)
        d.press(.ctrl("u")); d.type("2027")
        d.press(.tab, .tab); d.type("200")
        d.press(.escape)
        let lines = d.editor.cooperation.financing.lines
        // Sorted by year: the 2027 line comes first, and it carries the description.
        #expect(lines.map(\.budgetYear) == [2027, 2028])
        #expect(lines.map(\.description) == ["Halte bersama", "Halte bersama"])
        #expect(d.editor.highlightedRow(.financing) == 0)
    }

    @Test func shortPartyNames() {
        #expect(CooperationEditor.shortName("Kabupaten Bogor") == "Kab. Bogor")
        #expect(CooperationEditor.shortName("Provinsi Jawa Barat") == "Prov. Jawa Barat")
        #expect(CooperationEditor.shortName("Kota Bogor") == "Kota Bogor")
    }
}

@Suite struct OfficerDaySearchAndProfileTests {
    @Test func aRegionIsFoundByCodeWithOrWithoutDots() {
        let regions = Catalogues.shared.regions.all
        for query in ["34.71", "3471"] {
            var list = PickList(regions.map { PickItem($0.fullName, detail: $0.code) })
            list.setFilter(query)
            #expect(list.highlightedItem.map { regions[$0].name } == "Kota Yogyakarta", "\(query)")
        }
    }

    @Test func theProfileFindsARegionByCode() {
        var form = ProfileForm(existing: nil, catalogues: Catalogues.shared)
        for c in "3471" { _ = form.handle(.key(.char(c))) }
        _ = form.handle(.key(.enter))
        #expect(form.selectedRegion?.name == "Kota Yogyakarta")
    }

    func profile(for query: String) -> ProfileForm {
        var form = ProfileForm(existing: nil, catalogues: Catalogues.shared)
        for c in query { _ = form.handle(.key(.char(c))) }
        _ = form.handle(.key(.enter))
        return form
    }

    @Test func aProvinceGetsABiroAndItsCapital() {
        let form = profile(for: "jawa barat provinsi")
        #expect(form.selectedRegion?.code == "32")
        #expect(form.fields["unit"].hasPrefix("Biro "))
        #expect(form.fields["unitHeadTitle"].hasPrefix("Kepala Biro"))
        #expect(form.fields["city"] == "Bandung")
    }

    @Test func aKabupatenGetsABagianAndItsSeat() {
        let form = profile(for: "33.22")
        #expect(form.selectedRegion?.name == "Kabupaten Semarang")
        #expect(form.fields["unit"].hasPrefix("Bagian Kerja Sama"))
        #expect(form.fields["unitHeadTitle"] == "Kepala Bagian Kerja Sama")
        #expect(form.fields["city"] == "Ungaran")
    }
}
