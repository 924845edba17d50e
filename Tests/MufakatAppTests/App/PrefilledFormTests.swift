import MufakatDomain
import MufakatServices
import Testing
import TerminalUI
@testable import MufakatApp

/// Every form on the form engine treats a prefilled answer as a browser does: entering the field
/// selects it, typing replaces it, and nothing is ever appended to it (issue 17: "2" typed over
/// "2" gave "22", and the addressee became "Gubernur …Gubernur …").
@Suite struct PrefilledFormTests {
    func type(_ s: String, _ handle: (Event) -> Void) { for ch in s { handle(.key(.char(ch))) } }

    // MARK: Profile

    func bogorProfile() -> RegionProfile {
        RegionProfile(regionCode: "32.71", unitName: "Bagian Kerja Sama Sekretariat Daerah Kota Bogor",
                      head: Person(name: "Dedie A. Rachim", title: "Wali Kota Bogor"),
                      unitHead: Person(name: "Budi", title: "Kepala Bagian Kerja Sama"),
                      address: "Jalan Ir. H. Juanda 10", city: "Bogor", letterNumberPattern: "{kode}/{nomor}/Kerja Sama/{tahun}")
    }

    @Test func profileTypingReplacesAPrefilledUnit() {
        var form = ProfileForm(existing: bogorProfile(), catalogues: .shared)
        type("Biro Kerja Sama") { _ = form.handle($0) }
        #expect(form.fields["unit"] == "Biro Kerja Sama")
    }

    @Test func profileTheHeadTitleIsNeverDoubled() {
        var form = ProfileForm(existing: bogorProfile(), catalogues: .shared)
        _ = form.handle(.key(.tab)); _ = form.handle(.key(.tab))
        #expect(form.fields.focusedField?.id == "headTitle")
        type("Wali Kota Bogor") { _ = form.handle($0) }
        #expect(form.fields["headTitle"] == "Wali Kota Bogor")
        _ = form.handle(.key(.tab)); _ = form.handle(.key(.backTab))
        _ = form.handle(.paste("Wali Kota Bogor"))
        #expect(form.fields["headTitle"] == "Wali Kota Bogor", "a paste over a selection replaces it too")
    }

    @Test func profileAUnitPrefilledFromTheRegionIsReplacedByTyping() {
        var form = ProfileForm(existing: nil, catalogues: .shared)
        type("kota bogor") { _ = form.handle($0) }
        _ = form.handle(.key(.enter))
        #expect(form.fields["unit"] == "Bagian Kerja Sama Sekretariat Daerah Kota Bogor")
        type("Bagian Kerja Sama") { _ = form.handle($0) }
        #expect(form.fields["unit"] == "Bagian Kerja Sama", "the prefilled unit is replaced, not appended to")
    }

    // MARK: Contact officer

    @Test func contactTypingReplacesAPrefilledNameAndNIP() {
        var form = MappingContactForm(mapping: MappingFormFixture.mapping())
        type("Siti Rahmawati") { _ = form.handle($0) }
        #expect(form.fields["name"] == "Siti Rahmawati")
        _ = form.handle(.key(.tab))
        type("198503122010012003") { _ = form.handle($0) }
        #expect(form.fields["nip"] == "198503122010012003")
        #expect(form.fields.errors.isEmpty)
    }

    @Test func contactABadEmailBlocksFinishingAtTheField() {
        var form = MappingContactForm(mapping: MappingFormFixture.mapping())
        form.fields.focus("email")
        type("bukan surel") { _ = form.handle($0) }
        guard case .refused(let message) = form.handle(.key(.enter)) else { Issue.record("not refused"); return }
        #expect(message?.contains("Surel") == true)
        #expect(form.fields.visibleErrors["email"]?.contains("tidak sah") == true)
    }

    // MARK: Mapping entry

    @Test func mappingEntryTwoTypedOverTwoGivesTwo() {
        var form = MappingEntryForm(affairCode: "2.15", affairName: "Perhubungan", regionCode: "32.71",
                                    entry: MappingEntry(affairCode: "2.15", targetYear: 2027, indicativeBudget: Rupiah(2)))
        while form.focus != .budget { _ = form.handle(.key(.tab)) }
        type("2") { _ = form.handle($0) }
        #expect(form.budget.amount == 2, "never 22")
        while form.focus != .targetYear { _ = form.handle(.key(.backTab)) }
        type("2028") { _ = form.handle($0) }
        #expect(form.entry.targetYear == 2028)
    }

    @Test func mappingEntryTypingOverAPrefilledLineReplacesIt() {
        var form = MappingEntryForm(affairCode: "2.15", affairName: "Perhubungan", regionCode: "32.71",
                                    entry: MappingEntry(affairCode: "2.15", rkpdYear: 2026, plannedCooperation: "Terminal bersama"))
        while form.focus != .planned { _ = form.handle(.key(.tab)) }
        type("Halte bersama") { _ = form.handle($0) }
        #expect(form.entry.plannedCooperation == "Halte bersama", "never appended to the prefilled text")
        while form.focus != .rkpdYear { _ = form.handle(.key(.tab)) }
        type("2027") { _ = form.handle($0) }
        #expect(form.entry.rkpdYear == 2027)
        // The mapping entry runs on the toolkit's engine: its fields are the engine's.
        #expect(form.engine.focusedField?.id == MappingEntryField.rkpdYear.id)
    }

    // MARK: Stage form (the editor, on the same engine)

    @Test func stageFormTypingReplacesAPrefilledAnswer() {
        var c = EditorFixture.fresh()
        c.proposal = EditorFixture.bogorRaya().proposal
        var d = EditorDriver(c)
        #expect(d.editor.cooperation.offer.addressee == "Bupati Bogor")
        PrefilledEntryTests.tab(to: "offer.addressee", &d)
        guard case .custom(let input as StageInput)? = d.editor.form.engine.focusedField?.input else {
            Issue.record("the stage field is not on the form engine"); return
        }
        #expect(input.answer == .text("Bupati Bogor"))
        d.type("Bupati Bogor")
        #expect(d.editor.cooperation.offer.addressee == "Bupati Bogor", "never \"Bupati BogorBupati Bogor\"")
        d.press(.tab, .backTab)
        d.type("Wali Kota Bogor")
        #expect(d.editor.cooperation.offer.addressee == "Wali Kota Bogor")
    }

    @Test func stageFormNumberTwoTypedOverTwoGivesTwo() {
        var co = EditorFixture.offerAccepted()
        co.memorandum.durationYears = 2
        var d = EditorDriver(co)
        let found = d.editor.form.focus(fieldID: "memorandum.durationYears")
        #expect(found)
        d.type("2")
        #expect(d.editor.cooperation.memorandum.durationYears == 2, "never 22")
    }

    // MARK: New cooperation

    @Test func wizardPartnerFormBlocksWithTheFieldsNamedAndAddsOnce() {
        var h = Harness()
        h.type("n")
        h.key(.down, times: 2)
        h.key(.enter)
        h.type("l")
        h.type("Kementerian Perhubungan")
        h.key(.enter, times: 3)  // down to the last field
        h.key(.enter)            // Enter on the last field: blocked, the focus on the first error
        #expect(h.program.message?.text.contains("Jabatan pejabat") == true)
        h.type("Menteri Perhubungan")
        h.key(.ctrl("s"))
        if let s = h.program.top as? NewCooperationScreen {
            #expect(s.parties.map(\.type) == [.region, .ministry])
            #expect(s.parties.last?.representative.title == "Menteri Perhubungan")
            #expect(s.parties.last?.name == "Kementerian Perhubungan")
        } else {
            Issue.record("not on the wizard")
        }
    }
}
