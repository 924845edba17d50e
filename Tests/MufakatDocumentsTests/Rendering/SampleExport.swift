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
            if kind == .pks || kind == .penawaran {
                var draft = naskah
                draft.isDraft = true
                try DocxRenderer(page: PageSetup(paper: .a4)).render(draft).write(to: URL(fileURLWithPath: "\(base)-draf-a4.docx"))
            }
            try MarkdownRenderer().render(naskah).write(toFile: "\(base).md", atomically: true, encoding: .utf8)
            try PlainTextRenderer().render(naskah).write(toFile: "\(base).txt", atomically: true, encoding: .utf8)
        }
    }
}

/// The facilitator's outputs (matrix workbook, minutes, annex) for visual review, into
/// $MUFAKAT_DOCS_SAMPLES; does nothing without the variable.
@Test func writeFacilitatorSamplesForVisualReview() throws {
    guard let folder = ProcessInfo.processInfo.environment["MUFAKAT_DOCS_SAMPLES"] else { return }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let catalogues = Catalogues.shared
    let mappings = FiveRegions.mappings
    let meeting = Meeting(id: "rakortek", title: "Rapat Koordinasi Teknis Pemetaan Urusan Jawa Barat", level: .provinsi,
                          provinceCode: "32", date: CalendarDate(year: 2026, month: 6, day: 15), place: "Gedung Sate, Bandung",
                          facilitator: Person(name: "Dr. Rina Wulandari", title: "Kepala Biro Pemerintahan"),
                          facilitatorAgency: "Biro Pemerintahan Setda Provinsi Jawa Barat",
                          participantRegions: mappings.map(\.regionCode))
    let matrix = MappingMatrix(mappings: mappings, catalogues: catalogues)
    try XlsxWriter.write(MatrixExport.workbook(matrix, catalogues: catalogues, meeting: meeting), to: URL(fileURLWithPath: "\(folder)/matriks.xlsx"))
    let minutes = MeetingMinutesBuilder(meeting: meeting, mappings: mappings, matchCount: 3, catalogues: catalogues).build()
    try DocxRenderer(page: MeetingMinutesBuilder.pageSetup(paper: .f4)).render(minutes).write(to: URL(fileURLWithPath: "\(folder)/berita-acara-f4.docx"))
    let annex = PlanningAnnex.build(mappings: mappings, meeting: meeting, catalogues: catalogues)
    try DocxRenderer(page: PlanningAnnex.pageSetup(paper: .a4)).render(annex.naskah()).write(to: URL(fileURLWithPath: "\(folder)/lampiran-a4.docx"))
}
