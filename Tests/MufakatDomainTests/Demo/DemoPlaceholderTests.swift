import Foundation
import Testing
import MufakatDomain

/// The demo shows real-looking parties: no "Contoh" placeholder where an officer reads a party's
/// name, its representative or a title (issue 14, item 6).
@Suite struct DemoPlaceholderTests {
    let reference = CalendarDate(year: 2026, month: 1, day: 15)!

    /// The texts an officer reads about a cooperation's parties, labelled for the failure message.
    static func partyTexts(_ c: Cooperation) -> [(String, String)] {
        var texts = [("judul", c.title)]
        for (i, p) in c.parties.enumerated() {
            texts += [("pihak \(i) nama", p.name), ("pihak \(i) wakil", p.representative.name),
                      ("pihak \(i) jabatan", p.representative.title), ("pihak \(i) alamat", p.address)]
            texts += [("pihak \(i) nama resmi", p.officialName), ("pihak \(i) perangkat daerah", p.agency),
                      ("pihak \(i) nama lengkap badan usaha", p.company?.fullName),
                      ("pihak \(i) akta", p.company?.deed?.issuer)].compactMap { label, text in text.map { (label, $0) } }
        }
        for signing in [c.memorandum.signing, c.agreement.signing] {
            for s in signing.signatories { texts += [("penanda tangan", s.person.name), ("jabatan penanda tangan", s.person.title)] }
        }
        return texts
    }

    static func placeholders(in all: [Cooperation]) -> [String] {
        all.flatMap { c in
            partyTexts(c).filter { $0.1.lowercased().contains("contoh") }.map { "\(c.id) \($0.0): \($0.1)" }
        }
    }

    @Test func noWalkedOrGeneratedExampleNamesAPlaceholderParty() {
        let demo = WalkedExamples.all(referenceDate: reference) + Array(DemoGenerator(seed: 1, referenceDate: reference).cooperations(count: 300))
        let found = Self.placeholders(in: demo)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func theScanCatchesAPlaceholder() throws {
        var c = try #require(WalkedExamples.all(referenceDate: reference).first { $0.kind == .ksdll })
        c.parties[1].representative = Person(name: "Contoh Rektor", title: "Rektor")
        #expect(Self.placeholders(in: [c]).count == 1)
        c.parties[1].name = "Universitas contoh"
        #expect(Self.placeholders(in: [c]).count == 2)
    }

    @Test func theForeignInstitutionAndTheGovernorAreNamed() throws {
        let all = WalkedExamples.all(referenceDate: reference)
        let ksdll = try #require(all.first { $0.kind == .ksdll })
        #expect(ksdll.parties[1].name == "Technische Universiteit Delft, Belanda")
        #expect(ksdll.parties[1].city == "Delft")
        let wajib = try #require(all.first { $0.kind == .ksddWajib })
        #expect(wajib.parties[0].representative.title == "Gubernur Jawa Timur")
        #expect(wajib.parties[1].representative.title == "Bupati Sidoarjo")
    }
}
