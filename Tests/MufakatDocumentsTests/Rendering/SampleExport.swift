import Foundation
import Testing
import MufakatDomain
@testable import MufakatDocuments

/// Writes every fixture document as DOCX, Markdown and text into $MUFAKAT_DOCS_SAMPLES, for a
/// person to open in LibreOffice or Word. Does nothing without the variable.
@Test func writeSamplesForVisualReview() throws {
    guard let folder = ProcessInfo.processInfo.environment["MUFAKAT_DOCS_SAMPLES"] else { return }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, cooperation, letterhead) in Fixtures.all {
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: letterhead)
        for kind in DocumentKind.allCases {
            guard let naskah = try? builder.build(kind, for: cooperation) else { continue }
            let base = "\(folder)/\(name)-\(kind.rawValue)"
            for paper in [Paper.a4, .f4] {
                let data = try DocxRenderer(page: PageSetup(paper: paper)).render(naskah)
                try data.write(to: URL(fileURLWithPath: "\(base)-\(paper.rawValue).docx"))
            }
            try MarkdownRenderer().render(naskah).write(toFile: "\(base).md", atomically: true, encoding: .utf8)
            try PlainTextRenderer().render(naskah).write(toFile: "\(base).txt", atomically: true, encoding: .utf8)
        }
    }
}
