import Foundation
import ZIPFoundation

/// The ZIP container of an Office Open XML file, written in memory with fixed timestamps so the
/// same content gives the same bytes (files can be compared and fingerprinted).
enum SpreadsheetPackage {
    /// 1980-01-01 00:00 local time: the DOS epoch, stored the same in every time zone.
    static let fixedDate: Date = {
        var c = DateComponents(); c.year = 1980; c.month = 1; c.day = 1; c.hour = 0
        return Calendar(identifier: .gregorian).date(from: c) ?? Date(timeIntervalSince1970: 315_532_800)
    }()

    static func zip(_ parts: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = part.data
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: fixedDate, permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        guard let bytes = archive.data else { throw SpreadsheetError.packaging("arsip ZIP tidak dapat dibentuk di memori") }
        return bytes
    }
}

/// A spreadsheet or CSV that cannot be written or read, with what went wrong.
public enum SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    case packaging(String)
    case malformedCSV(line: Int, problem: String)

    public var description: String {
        switch self {
        case .packaging(let p): "Berkas lembar kerja tidak dapat dibentuk: \(p)."
        case .malformedCSV(let line, let problem): "CSV baris \(line): \(problem)."
        }
    }
}
