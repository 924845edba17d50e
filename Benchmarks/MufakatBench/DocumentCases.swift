import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// Rendering a full Perjanjian Kerja Sama (PKS): building the naskah from the cooperation and the
/// rulebook, then each output format, as `mufakat export` and the editor's export do.
enum DocumentCases {
    static func run(_ h: inout Harness, cooperation: Cooperation) throws {
        h.group = "Documents (a full PKS)"
        let rulebook = try RulebookLoader.load()
        let builder = NaskahBuilder(rulebook: rulebook)
        let naskah = try builder.build(.pks, for: cooperation)
        h.measure("build the PKS naskah from the cooperation", iterations: 100) {
            blackHole(try? builder.build(.pks, for: cooperation))
        }
        let text = PlainTextRenderer().render(naskah)
        h.measure("render PKS to text", iterations: 100, note: "\(text.utf8.count) B") {
            blackHole(PlainTextRenderer().render(naskah))
        }
        let markdown = MarkdownRenderer().render(naskah)
        h.measure("render PKS to Markdown", iterations: 100, note: "\(markdown.utf8.count) B") {
            blackHole(MarkdownRenderer().render(naskah))
        }
        let docx = try DocxRenderer().render(naskah)
        try h.measure("render PKS to DOCX", iterations: 50, note: "\(docx.count) B") {
            blackHole(try DocxRenderer().render(naskah))
        }
        try h.measure("build + render PKS to text, Markdown and DOCX", iterations: 30) {
            let n = try builder.build(.pks, for: cooperation)
            blackHole((PlainTextRenderer().render(n), MarkdownRenderer().render(n), try DocxRenderer().render(n)))
        }
    }

    /// A cooperation that has every stage filled (the PKS has all its articles and signatures).
    static func fullCooperation() throws -> Cooperation {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Tests/Fixtures/cooperations/bogor-raya.json").standardizedFileURL
        let data = try Data(contentsOf: url)
        return try JSONDecoder().decode(Cooperation.self, from: data)
    }
}
