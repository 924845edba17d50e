import Testing
import MufakatDomain
@testable import MufakatApp

/// The article editor never shows a raw `{placeholder}`: variables read as words and are stored
/// back as the rulebook's tokens.
@Suite struct ClausePlaceholdersTests {
    @Test func variablesReadAsWordsAndRoundTrip() {
        let stored = "Pihak yang mengalami keadaan kahar memberitahukan paling lambat {hari_kahar} hari melalui {perangkat_daerah}. {lingkup:list} {tidak_dikenal}"
        let shown = ClausePlaceholders.shown(stored)
        #expect(!shown.contains("{"))
        #expect(shown.contains("«jumlah hari pemberitahuan keadaan kahar»"))
        #expect(shown.contains("«perangkat daerah pelaksana»"))
        #expect(shown.contains("«ruang lingkup (rincian)»"))
        #expect(ClausePlaceholders.stored(shown) == stored)
        #expect(ClausePlaceholders.stored("teks «biasa, dengan koma»") == "teks «biasa, dengan koma»")
    }

    @Test func theArticleEditorShowsWordsAndKeepsTheTokens() {
        var c = EditorFixture.offerAccepted()
        var d = EditorDriver(c)
        let id = "memorandum.articles"
        let groups = StageScreens.articleGroups([Article(clauseID: "x", heading: "PELAKSANAAN", paragraphs: ["Dilaksanakan oleh {perangkat_daerah}."])],
                                                base: id, get: { $0.memorandum.articles }, set: { $0.memorandum.articles = $1 })
        c.memorandum.articles = [Article(clauseID: "x", heading: "PELAKSANAAN", paragraphs: ["Dilaksanakan oleh {perangkat_daerah}."])]
        let paragraphs = groups[0].fields[1]
        guard case .lines(let shown) = paragraphs.get(c) else { Issue.record("lines"); return }
        #expect(shown == ["Dilaksanakan oleh «perangkat daerah pelaksana»."])
        paragraphs.set(&c, .lines(["Dilaksanakan oleh «perangkat daerah pelaksana» dan Dinas Perhubungan."]))
        #expect(c.memorandum.articles[0].paragraphs == ["Dilaksanakan oleh {perangkat_daerah} dan Dinas Perhubungan."])
        _ = d
        d = EditorDriver(c)
        #expect(!d.text.contains("{perangkat_daerah}"))
    }
}
