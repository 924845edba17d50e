import Testing
import MufakatDomain
@testable import MufakatDocuments

@Suite struct ClauseTemplateTests {
    let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead)

    @Test func everyTemplateVariableIsKnownAndEveryKnownVariableIsFilled() {
        #expect(NaskahBuilder.unknownClauseVariables(in: Fixtures.rulebook).isEmpty,
                "\(NaskahBuilder.unknownClauseVariables(in: Fixtures.rulebook))")
        let variables = ClauseVariables(context: builder.context(Fixtures.bogorRaya), document: .pks)
        for name in NaskahBuilder.clauseVariableNames {
            #expect(variables.value(name) != nil, "{\(name)} tidak diisi program")
        }
        #expect(variables.value("tidak_ada") == nil)
    }

    @Test func theRulebookHasTheUsualArticles() {
        let kb = Fixtures.rulebook.clauses(for: "kb", kind: .ksddSukarela).map(\.heading)
        #expect(kb == ["Maksud dan Tujuan", "Objek dan Ruang Lingkup", "Pelaksanaan", "Pembiayaan", "Jangka Waktu",
                       "Penyelesaian Perselisihan", "Penutup"])
        let pks = Fixtures.rulebook.clauses(for: "pks", kind: .ksddWajib).map(\.heading)
        #expect(pks.first == "Ketentuan Umum" && pks.last == "Penutup")
        #expect(!pks.contains("Sanksi"))
        let ksdpk = Fixtures.rulebook.clauses(for: "pks", kind: .ksdpk).map(\.heading)
        #expect(ksdpk.contains("Sanksi"), "PP 28/2018 Pasal 19 ayat (2): kontrak KSDPK memuat sanksi")
        #expect(ksdpk.contains("Hak dan Kewajiban") && ksdpk.contains("Jangka Waktu") && ksdpk.contains("Penyelesaian Perselisihan"))
        for clause in Fixtures.rulebook.clauses {
            #expect(!clause.basis.isEmpty, "\(clause.id) tanpa dasar hukum")
        }
    }

    /// Walked as Gresik: the term prefilled into Pasal Jangka Waktu (25 years, from the KB) stayed
    /// in the text after the officer set 24 on the PKS form, against the dates printed beside it.
    @Test func aTermChangedOnTheFormReachesThePrefilledArticle() throws {
        var c = Fixtures.bogorRaya
        c.agreement.durationYears = 5
        c.agreement.forceMajeureNoticeDays = 14
        c.agreement.articles = builder.prefilledArticles(.pks, for: c)
        c.agreement.durationYears = 4
        c.agreement.forceMajeureNoticeDays = 7
        let term = try #require(c.agreement.articles.first { $0.clauseID == "pks-jangka-waktu" })
        #expect(term.paragraphs[0].contains("{jangka_waktu}"), "\(term.paragraphs[0])")
        let text = MarkdownRenderer().render(try builder.build(.pks, for: c)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("jangka waktu 4 (empat) tahun"), "\(text)")
        #expect(!text.contains("5 (lima) tahun"))
        #expect(text.contains("paling lambat 7 (tujuh) hari"))
    }

    @Test func prefillFillsWhatIsKnownAndKeepsTheRest() throws {
        var c = Fixtures.bogorRaya
        c.proposal.object = ""
        c.agreement.duties = []
        let articles = builder.prefilledArticles(.pks, for: c)
        let object = try #require(articles.first { $0.clauseID == "pks-objek-ruang-lingkup" })
        #expect(object.paragraphs[0] == "Objek Perjanjian Kerja Sama ini adalah {objek} dalam urusan pemerintahan bidang Perhubungan.")
        #expect(object.paragraphs[1] == "Ruang lingkup Perjanjian Kerja Sama ini meliputi:\na. penataan trayek angkutan perkotaan lintas wilayah;\nb. integrasi tarif dan sistem pembayaran; dan\nc. penyediaan sarana dan prasarana halte.")
        let duties = try #require(articles.first { $0.clauseID == "pks-hak-kewajiban" })
        #expect(duties.paragraphs == ["{hak_kewajiban}"])
        // Walked as Gresik: the parties listed after "1." and "2." came out "c." and "d.".
        let general = try #require(articles.first { $0.clauseID == "pks-ketentuan-umum" })
        let markers = general.paragraphs[0].components(separatedBy: "\n").dropFirst().map { String($0.prefix(3)) }
        #expect(markers == ["1. ", "2. ", "3. ", "4. "], "\(general.paragraphs[0])")
        let money = try #require(articles.first { $0.clauseID == "pks-pembiayaan" })
        #expect(money.paragraphs.count == 3)
        #expect(money.paragraphs[0].hasPrefix("Biaya pelaksanaan Perjanjian Kerja Sama yang menjadi bagian PIHAK PERTAMA sebesar Rp2.250.000.000,00 (dua miliar dua ratus lima puluh juta rupiah)"))

        // The officer keeps the pre-filled articles; the values entered later are picked up.
        c.agreement.articles = articles
        var missing = try builder.build(.pks, for: c).missingFields.map(\.path)
        #expect(missing.contains("proposal.object"))
        #expect(missing.contains("agreement.duties.rights"))
        c.proposal.object = "layanan angkutan"
        c.agreement.duties = Fixtures.bogorRaya.agreement.duties
        missing = try builder.build(.pks, for: c).missingFields.map(\.path)
        #expect(missing.isEmpty, "\(missing)")
    }

    @Test func articlesAreNumberedLiterallyWithParagraphsAndLetters() throws {
        let naskah = try builder.build(.pks, for: Fixtures.bogorRaya)
        let articles = naskah.blocks.compactMap { if case .article(let a) = $0 { a } else { nil } }
        #expect(articles.map(\.number) == Array(1...articles.count))
        let duties = try #require(articles.first { $0.clauseID == "pks-hak-kewajiban" })
        #expect(duties.items.map(\.marker) == ["(1)", "(2)", "(3)", "(4)"])
        #expect(duties.items[0].text.plain == "PIHAK PERTAMA berhak:")
        #expect(duties.items[0].children.map(\.marker) == ["a.", "b."])
        #expect(duties.items[0].children.map(\.text.plain) == ["menerima data trayek dari PIHAK KEDUA; dan", "memperoleh laporan pelaksanaan."])
        let general = try #require(articles.first { $0.clauseID == "pks-ketentuan-umum" })
        #expect(general.items.count == 1 && general.items[0].marker == nil)
        #expect(general.items[0].children.map(\.marker) == ["1.", "2.", "3.", "4."])
        #expect(general.items[0].children[2].text.plain == "PIHAK PERTAMA adalah Pemerintah Kota Bogor;")
    }
}
