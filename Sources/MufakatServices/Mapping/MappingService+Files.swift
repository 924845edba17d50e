import Foundation
import MufakatDocuments
import MufakatDomain

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
        var batch = ReadBatch(incoming: [], problems: [])
        for path in paths {
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            do { batch.incoming += try MappingFileReader.read(url, bundleReader: bundleReader) } catch let e as MappingServiceError {
                batch.problems.append(e.description)
            } catch {
                batch.problems.append("\(path): \(error)")
            }
        }
        return batch
    }

    /// Format of an exported matrix.
    public enum MatrixFormat: String, Sendable, Equatable, CaseIterable {
        case xlsx, csv
    }

    /// The matrix of a meeting as a file's bytes, the same from the screen and from `mapping matrix`.
    public func matrixFile(_ format: MatrixFormat, meeting: Meeting?, filter: MatrixFilter, transposed: Bool) throws -> (data: Data, matrix: MappingMatrix) {
        let matrix = try self.matrix(meeting: meeting, filter: filter, transposed: transposed)
        switch format {
        case .xlsx:
            return (try XlsxWriter.data(MatrixExport.workbook(matrix, catalogues: catalogues, meeting: meeting, generatedOn: today)), matrix)
        case .csv:
            return (CsvWriter.data(MatrixExport.csvRows(matrix)), matrix)
        }
    }
}

extension MappingService {
    /// The planning annex of a meeting as a file's bytes: XLSX, or DOCX on the chosen paper and font.
    public func annexFile(_ annex: PlanningAnnex, format: MatrixFormat?, paper: Paper = .a4, typeface: Typeface = .bookmanOldStyle) throws -> Data {
        if format == .xlsx { return try XlsxWriter.data(annex.workbook()) }
        return try DocxRenderer(page: PlanningAnnex.pageSetup(paper: paper, typeface: typeface)).render(annex.naskah())
    }

    /// The minutes (berita acara) of a meeting as DOCX bytes on the chosen paper and font, with
    /// the fields still missing.
    public func minutesFile(meeting: Meeting, paper: Paper = .a4, typeface: Typeface = .bookmanOldStyle) throws -> (data: Data, missing: [MissingValue]) {
        let naskah = try minutes(meeting: meeting)
        let data = try DocxRenderer(page: MeetingMinutesBuilder.pageSetup(paper: paper, typeface: typeface)).render(naskah)
        return (data, naskah.missingFields)
    }
}
