import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatStore
@testable import MufakatApp

/// Each mistake is caught on the screen where it is made, with a message that says how to fix it.
@Suite struct EditorMistakeTests {
    func issueTexts(_ d: EditorDriver, _ id: String) -> [String] {
        (d.editor.issues[id] ?? []).map(\.message)
    }

    @Test func aDateNotOnTheCalendarIsRefusedBesideItsField() {
        var d = EditorDriver(EditorFixture.fresh())
        d.press(.tab)
        #expect(d.editor.form.focusedField?.id == "proposal.date")
        d.type("31022026")
        #expect(d.editor.cooperation.proposal.date == nil)
        let texts = issueTexts(d, "proposal.date")
        #expect(texts.contains { $0.contains("Februari 2026 hanya 28 hari") })
        #expect(d.text.contains("Februari 2026"))
        d.press(.ctrl("n"))
        #expect(d.editor.form.groupIndex == 0, "a wrong date must block moving on")
        for _ in 0..<8 { d.press(.backspace) }
        d.type("28022026")
        #expect(d.editor.cooperation.proposal.date == DomainDate(year: 2026, month: 2, day: 28))
        #expect(issueTexts(d, "proposal.date").isEmpty)
    }

    @Test func letterInADateSaysToTypeDigits() {
        var d = EditorDriver(EditorFixture.fresh())
        d.press(.tab)
        d.type("x")
        #expect(d.editor.message?.text.contains("angka hh-bb-tttt") == true)
    }

    /// Moves to the group "Biaya, jangka waktu dan perencanaan" and focuses the indicative cost.
    func atIndicativeCost() -> EditorDriver {
        var d = EditorDriver(EditorFixture.proposalDraft())
        d.press(.ctrl("n"), .ctrl("n"), .ctrl("n"))
        #expect(d.editor.form.currentGroup.title.hasPrefix("Biaya"))
        d.press(.tab, .tab)
        #expect(d.editor.form.focusedField?.id == "proposal.indicativeCost")
        return d
    }

    @Test func aNegativeAmountIsRefusedWithHowToFix() {
        var d = atIndicativeCost()
        d.press(.char("-"))
        #expect(d.editor.message?.kind == .error)
        #expect(d.editor.message?.text.contains("tidak boleh negatif") == true)
        d.send(.paste("-5.000.000"))
        #expect(d.editor.cooperation.proposal.indicativeCost == nil)
        #expect(d.editor.message?.text.contains("negatif") == true)
        #expect(d.text.contains("negatif"))
    }

    @Test func anOversizedAmountIsRefusedWhereItIsTyped() {
        var d = atIndicativeCost()
        d.type("1" + String(repeating: "0", count: 14))
        #expect(d.editor.cooperation.proposal.indicativeCost?.value == 100_000_000_000_000)
        d.type("0")
        #expect(d.editor.cooperation.proposal.indicativeCost?.value == 100_000_000_000_000)
        #expect(d.editor.message?.text.contains("melebihi batas") == true)
        #expect(d.editor.message?.text.contains("nol") == true)
        d.send(.paste("9.999.999.999.999.999.999"))
        #expect(d.editor.cooperation.proposal.indicativeCost?.value == 100_000_000_000_000)
        #expect(d.editor.message?.kind == .error)
    }

    @Test func aHundredKilobytePasteIntoATextAreaIsRefusedWhole() {
        var d = EditorDriver(EditorFixture.fresh())
        d.press(.tab, .tab)
        #expect(d.editor.form.focusedField?.id == "proposal.background")
        d.send(.paste(String(repeating: "Latar belakang panjang. ", count: 4_300)))
        #expect(d.editor.cooperation.proposal.background.isEmpty, "nothing of a refused paste is kept")
        #expect(d.editor.message?.text.contains("terlalu panjang") == true)
        #expect(d.editor.message?.text.contains("20.000") == true)
        #expect(d.text.contains("terlalu panjang"))
        // A paste that fits goes in as one insertion.
        d.send(.paste("Perjalanan harian\nlintas batas tinggi."))
        #expect(d.editor.cooperation.proposal.background == "Perjalanan harian\nlintas batas tinggi.")
    }

    /// Opens the signing screen of the stage on screen (review, then "t").
    func signing(_ c: Cooperation) -> EditorDriver {
        var d = EditorDriver(c)
        d.press(.ctrl("r"), .char("t"))
        if case .signing = d.editor.mode {} else { Issue.record("signing screen did not open: \(d.editor.message?.text ?? "")") }
        return d
    }

    @Test func aPKSDateBeforeTheKBIsCaughtOnTheSigningScreen() {
        var d = signing(EditorFixture.agreementDrafted())
        #expect(d.editor.currentStage?.id == "pks")
        d.type("01032026")
        let texts = issueTexts(d, "agreement.signing.date")
        #expect(texts.contains { $0.contains("lebih awal daripada") && $0.contains("Kesepakatan Bersama") }, "\(texts)")
        #expect(d.text.contains("lebih awal"))
        d.press(.ctrl("n"))
        #expect(d.text.contains("Belum dapat lanjut"), "the wrong date blocks signing")
        d.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        d.type("15062026")
        #expect(issueTexts(d, "agreement.signing.date").isEmpty)
    }

    @Test func aKBSignerWhoIsNotHeadOfRegionIsCaughtBesideTheTitle() {
        var d = signing(EditorFixture.offerAccepted())
        #expect(d.editor.currentStage?.id == "kb")
        d.type("15042026")
        d.press(.ctrl("n"))
        #expect(d.editor.activeFormGroupTitle.contains("PIHAK PERTAMA"))
        d.press(.tab, .tab)
        #expect(d.editor.activeFocusedFieldID == "memorandum.signing.signatories[0].person.title")
        d.press(.ctrl("u"))
        d.type("Sekretaris Daerah Kota Bogor")
        let texts = issueTexts(d, "memorandum.signing.signatories[0].person.title")
        #expect(texts.contains { $0.contains("wajib ditandatangani oleh kepala daerah") }, "\(texts)")
        #expect(d.text.contains("kepala daerah"))
    }

    @Test func aPKSOfficialWithoutPowerOfAttorneyNumberIsCaught() {
        var d = signing(EditorFixture.agreementDrafted())
        d.type("15062026")
        d.press(.ctrl("n"), .tab, .tab, .ctrl("u"))
        d.type("Kepala Dinas Perhubungan Kota Bogor")
        let id = "agreement.signing.signatories[0].powerOfAttorney.number"
        #expect(issueTexts(d, id).contains { $0.contains("tanpa nomor surat kuasa") })
        d.press(.tab)
        #expect(d.editor.activeFocusedFieldID == id)
        #expect(d.text.contains("surat kuasa"))
        d.type("800/12-Hukum")
        #expect(issueTexts(d, id).isEmpty)
        // The power of attorney names its grantor, the head of the party's region.
        #expect(d.editor.cooperation.agreement.signing.signatories[0].powerOfAttorney?.grantorTitle == "Wali Kota Bogor")
    }

    @Test func markingAStageDoneWithErrorsIsRefusedAndSaysWhich() {
        var d = EditorDriver(EditorFixture.fresh())
        d.press(.ctrl("r"), .char("t"))
        #expect(d.editor.cooperation.proposal.progress.status == .draft)
        #expect(d.editor.message?.text.contains("Belum dapat ditandai selesai") == true)
        #expect(d.editor.message?.text.contains("Latar belakang") == true)
    }
}
