import Testing
import TerminalUI
import MufakatDomain
@testable import MufakatApp

/// Prefilled answers behave like a browser form: entering the field selects the answer, and
/// typing replaces it. Before, "2" typed over "2" gave 22 and the addressee became
/// "Bupati BogorBupati Bogor".
@Suite struct PrefilledEntryTests {
    static func tab(to id: String, _ d: inout EditorDriver) {
        var presses = 0
        while d.editor.form.focusedField?.id != id, presses < 30 { d.press(.tab); presses += 1 }
        #expect(d.editor.form.focusedField?.id == id)
    }

    @Test func theAddresseeIsReplacedNeverDoubled() {
        var c = EditorFixture.fresh()
        c.proposal = EditorFixture.bogorRaya().proposal
        var d = EditorDriver(c)
        #expect(d.editor.cooperation.offer.addressee == "Bupati Bogor")
        Self.tab(to: "offer.addressee", &d)
        d.type("Bupati Bogor")
        #expect(d.editor.cooperation.offer.addressee == "Bupati Bogor")
    }

    @Test func aNumberTypedOverTheSameNumberStaysThatNumber() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        #expect(d.editor.cooperation.memorandum.durationYears == 3)
        let found = d.editor.form.focus(fieldID: "memorandum.durationYears")
        #expect(found)
        d.type("3")
        #expect(d.editor.cooperation.memorandum.durationYears == 3)
        d.press(.tab, .backTab)
        d.type("2")
        #expect(d.editor.cooperation.memorandum.durationYears == 2)
        d.type("5")
        #expect(d.editor.cooperation.memorandum.durationYears == 25, "after the first key the field is typed into as usual")
    }

    @Test func aPrefilledDateTakesANewDateTypedOverIt() {
        var c = EditorFixture.fresh()
        c.proposal = EditorFixture.bogorRaya().proposal
        var d = EditorDriver(c)
        Self.tab(to: "offer.letterDate", &d)
        d.type("02022026")
        d.press(.tab, .backTab)
        d.type("03022026")
        #expect(d.editor.cooperation.offer.letterDate == DomainDate(year: 2026, month: 2, day: 3))
        #expect(d.editor.message?.kind != .error)
    }
}

/// Issue 14: back from the review on a full date field, a new date is typed over it (before,
/// the field refused every digit until Ctrl-U).
@Suite struct ReturnToFullDateTests {
    @Test func aFullDateTakesANewDateAfterTheReview() {
        var c = EditorFixture.fresh()
        c.proposal = EditorFixture.bogorRaya().proposal
        var d = EditorDriver(c)
        PrefilledEntryTests.tab(to: "offer.letterDate", &d)
        d.type("02022026")
        d.press(.ctrl("r"))
        d.press(.ctrl("r"))
        #expect(d.editor.form.focusedField?.id == "offer.letterDate")
        d.type("03022026")
        #expect(d.editor.cooperation.offer.letterDate == DomainDate(year: 2026, month: 2, day: 3))
    }

    @Test func aFullDateTakesANewDateAfterTheStageList() {
        var c = EditorFixture.fresh()
        c.proposal = EditorFixture.bogorRaya().proposal
        var d = EditorDriver(c)
        PrefilledEntryTests.tab(to: "offer.letterDate", &d)
        d.type("02022026")
        d.press(.ctrl("t"), .escape)
        d.type("04022026")
        #expect(d.editor.cooperation.offer.letterDate == DomainDate(year: 2026, month: 2, day: 4))
    }
}
