import Foundation
import MufakatDomain
import MufakatServices
import MufakatTestSupport
import Testing

/// Daftar publik: only the rulebook's public fields reach the pages and the open data.
@Suite struct PublicRegisterTests {
    @Test func onlyPublicFieldsArePublished() throws {
        let register = PublicRegister(rulebook: CooperationFixture.rulebook)
        var c = CooperationFixture.bogorRaya()
        c.notes = "Catatan internal yang rahasia"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-publik-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try register.write([register.entry(c)], to: folder, regionName: "Kota Bogor", today: CooperationFixture.today)
        #expect(result.cooperations == 1)
        #expect(Set(result.files) == ["index.html", "kerja-sama/\(c.id).html", "data.csv", "data.json"])
        var all = ""
        for name in result.files { all += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        #expect(all.contains(c.title))
        #expect(all.contains("Kabupaten Bogor"))
        for secret in ["Catatan internal", c.parties[0].representative.name, c.parties[0].address] {
            #expect(!all.contains(secret), "non-public value published: \(secret)")
        }
        #expect(!all.contains("<script"))
        #expect(all.contains("<html lang=\"id\">") && all.contains("@media print"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("data.json"))) as? [String: Any]
        let rows = try #require(json?["kerjaSama"] as? [[String: [String]]])
        #expect(rows.first?["id"] == [c.id])
    }

    @Test func textIsEscaped() {
        #expect(PublicRegister.escapeForTest("<b>&\"") == "&lt;b&gt;&amp;&quot;")
    }
}
