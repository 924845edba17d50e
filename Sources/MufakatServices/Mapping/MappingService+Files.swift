import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatStore

extension MappingService {
    /// The mappings read from a batch of files, and the files that could not be read.
    public struct ReadBatch: Sendable {
        public var incoming: [Incoming]
        /// One message per unreadable file, naming it; those files import nothing.
        public var problems: [String]
    }

    /// Reads every file of a batch (bundles or mapping JSON). A bad file is reported with its
    /// name and the good files still import: the same rule on the command line and the screen.
    public func read(files paths: [String], bundleReader: MappingFileReader.BundleReader? = MappingBundles.reader) -> ReadBatch {
        // Files are read on every core (546 bundles at a national meeting), results kept in order.
        let read = MappingParallel.map(paths) { path -> Result<[Incoming], ReadProblem> in
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            do { return .success(try MappingFileReader.read(url, bundleReader: bundleReader)) } catch let e as MappingServiceError {
                return .failure(ReadProblem(text: e.description))
            } catch {
                return .failure(ReadProblem(text: "\(path): \(error)"))
            }
        }
        var batch = ReadBatch(incoming: [], problems: [])
        for result in read {
            switch result {
            case .success(let incoming): batch.incoming += incoming
            case .failure(let problem): batch.problems.append(problem.text)
            }
        }
        return batch
    }

    private struct ReadProblem: Error { var text: String }

    /// Format of an exported matrix.
    public enum MatrixFormat: String, Sendable, Equatable, CaseIterable {
        case xlsx, csv
    }

    /// The matrix of a meeting as a file's bytes, the same from the screen and from `mapping matrix`.
    public func matrixFile(_ format: MatrixFormat, meeting: Meeting?, filter: MatrixFilter, transposed: Bool) throws -> (data: Data, matrix: MappingMatrix) {
        let matrix = try self.matrix(meeting: meeting, filter: filter, transposed: transposed)
        switch format {
        case .xlsx:
            var book = MatrixExport.workbook(matrix, catalogues: catalogues, meeting: meeting, generatedOn: today)
            book.sheets.append(MappingGapSheets.totals(matrix))
            book.sheets.append(MappingGapSheets.gaps(try gaps(meeting: meeting), catalogues: catalogues))
            return (try XlsxWriter.data(book), matrix)
        case .csv:
            return (CsvWriter.data(MatrixExport.csvRows(matrix)), matrix)
        }
    }

    /// Format of an annex file.
    public enum AnnexFormat: String, Sendable, Equatable, CaseIterable { case xlsx, docx }

    /// The planning annex as a file's bytes. A need-only entry nobody meets is not a planned
    /// cooperation: it leaves the annex table and is listed under "Kebutuhan tanpa pasangan".
    public func annexFile(_ format: AnnexFormat, meeting: Meeting?, regionCode: String? = nil,
                          paper: Paper = .a4, typeface: Typeface = .bookmanOldStyle) throws -> (data: Data, annex: PlanningAnnex) {
        let all = try mappings(for: meeting)
        let gaps = try self.gaps(meeting: meeting).filter { regionCode == nil || $0.regionCode == regionCode }
        let agreed = Set((meeting?.agreements ?? []).filter(\.isActive).flatMap { a in a.regionCodes.map { a.affairCode + "|" + $0 } })
        let unmet = Set(gaps.filter { $0.side == .need }.map { $0.affairCode + "|" + $0.regionCode }).subtracting(agreed)
        let trimmed = all.map { m -> RegionMapping in
            var m = m
            m.entries.removeAll { !$0.hasOffer && $0.hasNeed && unmet.contains($0.affairCode + "|" + m.regionCode) }
            return m
        }
        var shownMeeting = meeting
        shownMeeting?.agreements.removeAll { !$0.isActive }
        let annex = PlanningAnnex.build(mappings: trimmed, meeting: shownMeeting, catalogues: catalogues, regionCode: regionCode)
        switch format {
        case .xlsx:
            var book = annex.workbook()
            book.sheets.append(MappingGapSheets.gaps(gaps, catalogues: catalogues))
            return (try XlsxWriter.data(book), annex)
        case .docx:
            var naskah = annex.naskah()
            naskah.blocks.append(.pageBreak)
            naskah.blocks.append(.heading(.bold("CELAH PEMETAAN")))
            naskah.blocks += MeetingMinutesExtras.blocks(meeting: Meeting(id: "x", title: "", level: .provinsi), gaps: gaps, catalogues: catalogues)
            return (try DocxRenderer(page: PlanningAnnex.pageSetup(paper: paper, typeface: typeface)).render(naskah), annex)
        }
    }

    /// The minutes of a meeting as DOCX bytes on the chosen paper and font, the same from the
    /// screen and from `mapping minutes`.
    public func minutesFile(meeting: Meeting, paper: Paper = .a4, typeface: Typeface = .bookmanOldStyle) throws -> (data: Data, naskah: Naskah) {
        let naskah = try minutes(meeting: meeting)
        return (try DocxRenderer(page: MeetingMinutesBuilder.pageSetup(paper: paper, typeface: typeface)).render(naskah), naskah)
    }
}
