import Testing
import MufakatDomain
@testable import MufakatApp

/// A seat marked perlu_konfirmasi in ibukota.csv is still proposed, with a warning in the
/// field's help; never a refusal (issue 18, the seat data checked row by row).
@Suite struct ProfileSeatDoubtTests {
    func profile(for query: String) -> ProfileForm {
        var form = ProfileForm(existing: nil, catalogues: Catalogues.shared)
        for c in query { _ = form.handle(.key(.char(c))) }
        _ = form.handle(.key(.enter))
        return form
    }

    func cityHelp(_ form: ProfileForm) -> String { form.fields.field("city")?.help ?? "" }

    @Test func aDoubtfulSeatIsProposedWithAWarning() {
        let form = profile(for: "36.04")
        #expect(form.selectedRegion?.name == "Kabupaten Serang")
        #expect(form.fields["city"] == "Ciruas")
        #expect(cityHelp(form).contains("perlu dikonfirmasi"))
        #expect(form.fields.field("city")?.error == nil)
    }

    @Test func aConfirmedSeatHasTheUsualHelp() {
        let form = profile(for: "33.22")
        #expect(form.fields["city"] == "Ungaran")
        #expect(!cityHelp(form).contains("perlu dikonfirmasi"))
    }
}
