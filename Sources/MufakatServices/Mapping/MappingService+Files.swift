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
