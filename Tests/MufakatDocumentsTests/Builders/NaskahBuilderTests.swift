import Testing
import MufakatDomain
@testable import MufakatDocuments

@Suite struct NaskahBuilderTests {
    let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead)

    @Test func completeCooperationBuildsWithoutMissingFields() throws {
        for kind in [DocumentKind.penawaran, .kak, .kb, .pks, .pembiayaan, .ringkasan] {
            let naskah = try builder.build(kind, for: Fixtures.bogorRaya)
            #expect(naskah.missingFields.isEmpty, "\(kind): \(naskah.missingFields)")
        }
    }

    @Test func emptyValuesAreNamedNotPrinted() throws {
        var c = Fixtures.bogorRaya
        c.parties[1].representative.name = ""
        c.memorandum.signing.numbers = ["415.4/05-KB/2026"]
        c.proposal.scope = []
        let naskah = try builder.build(.kb, for: c)
        let paths = naskah.missingFields.map(\.path)
        #expect(paths.contains("parties[1].representative.name"))
        #expect(paths.contains("memorandum.signing.numbers[1]"))
        #expect(paths.contains("proposal.scope"))
        #expect(naskah.missingFields.contains { $0.label == "Nama penanda tangan PIHAK KEDUA (Kabupaten Bogor)" })
        let text = PlainTextRenderer().render(naskah)
        #expect(text.contains("[BELUM DIISI: Nama penanda tangan PIHAK KEDUA (Kabupaten Bogor)]"))
    }

    @Test func documentsOutsideTheKindsStagesAreRefused() {
        #expect(throws: NaskahError.self) { try builder.build(.pks, for: Fixtures.notaKemenhub) }
        #expect(throws: NaskahError.self) { try builder.build(.dprd, for: Fixtures.bogorRaya) }
        #expect(throws: NaskahError.self) { try builder.build(.penawaran, for: Fixtures.notaKemenhub) }
    }

    @Test func editedArticlesReplaceTheTemplates() throws {
        var c = Fixtures.bogorRaya
        c.memorandum.articles = [Article(clauseID: "kb-khusus", heading: "Ketentuan Khusus",
                                         paragraphs: ["Objek kerja sama adalah {objek}.", "Ruang lingkup:\n{lingkup:list}"])]
        let naskah = try builder.build(.kb, for: c)
        let articles = naskah.blocks.compactMap { if case .article(let a) = $0 { a } else { nil } }
        #expect(articles.count == 1)
        #expect(articles[0].heading.plain == "KETENTUAN KHUSUS")
        #expect(articles[0].items.map(\.marker) == ["(1)", "(2)"])
        #expect(articles[0].items[1].children.map(\.marker) == ["a.", "b.", "c."])
        #expect(articles[0].items[0].text.plain == "Objek kerja sama adalah penyelenggaraan angkutan perkotaan lintas Kota Bogor dan Kabupaten Bogor.")
    }
}
