import Testing
import MufakatDomain
@testable import MufakatApp

/// Issue 18's timed walk: a value typed once is not asked again.
@Suite struct OfficerDayPrefillTests {
    @Test func theOwnAgencyFollowsTheInitiatingAgencyAsItIsTyped() {
        var c = EditorFixture.fresh()
        c.parties[0].agency = nil
        for text in ["D", "Dinas", "Dinas Perhubungan Kota Bogor"] {
            c.proposal.initiatingAgency = text
            Prefill.derive(after: "proposal.initiatingAgency", &c, context: EditorFixture.context)
        }
        #expect(c.parties[0].agency == "Dinas Perhubungan Kota Bogor")
        // Backspace follows too.
        c.proposal.initiatingAgency = "Dinas Perhubungan"
        Prefill.derive(after: "proposal.initiatingAgency", &c, context: EditorFixture.context)
        #expect(c.parties[0].agency == "Dinas Perhubungan")
    }

    @Test func anAgencyTheOfficerMadeDifferentIsKept() {
        var c = EditorFixture.fresh()
        c.parties[0].agency = "Badan Perencanaan Pembangunan Daerah Kota Bogor"
        c.proposal.initiatingAgency = "Dinas Perhubungan Kota Bogor"
        Prefill.derive(after: "proposal.initiatingAgency", &c, context: EditorFixture.context)
        #expect(c.parties[0].agency == "Badan Perencanaan Pembangunan Daerah Kota Bogor")
        // Another party's agency is never touched.
        #expect(c.parties[1].agency == EditorFixture.fresh().parties[1].agency)
    }
}

@Suite struct OfficerDayDerivedFieldTests {
    @Test func theDerivedAgencyShowsInItsFieldWithoutReopeningTheStage() {
        var c = EditorFixture.fresh()
        c.parties[0].agency = nil
        c.proposal.initiatingAgency = ""
        var d = EditorDriver(c)
        #expect(d.editor.form.focusedField?.id == "proposal.initiatingAgency")
        d.type("Dinas Perhubungan Kota Bogor")
        #expect(d.editor.cooperation.parties[0].agency == "Dinas Perhubungan Kota Bogor")
        guard let identity = d.editor.form.groups.firstIndex(where: { $0.title.hasPrefix("Identitas PIHAK PERTAMA") }) else {
            Issue.record("no identity group"); return
        }
        d.editor.form.go(toGroup: identity)
        d.press(.tab)
        #expect(d.text.contains("Dinas Perhubungan Kota Bogor"))
    }
}
