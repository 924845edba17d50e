import Foundation
import MufakatDomain
import MufakatStore

/// A cooperation read from a file a person handed over, with the revision it was based on.
public struct DecodedCooperationFile: Sendable {
    public var cooperation: Cooperation
    /// The revision the file was based on; nil for a bare cooperation (a new one).
    public var basedOnRevision: Int?
    /// The file's path ("-" for standard input), for messages.
    public var path: String
}

/// Pembaca berkas kerja sama: the one decoder for a cooperation file, used by `import`,
/// `validate`, `export --from` and the screens. It accepts the three shapes a person meets:
/// a bare cooperation object, the revision envelope that `mufakat show ID --json` prints, and
/// the store's own `cooperations/<id>.json` (the same envelope). Older schemas are migrated;
/// a newer one, or a field that cannot be read, is refused with the field named.
public enum CooperationFileDecoder {
    public static func decode(_ data: Data, path: String) throws(StoreError) -> DecodedCooperationFile {
        let parsed = try CooperationFile.parse(data, path: path)
        return DecodedCooperationFile(cooperation: parsed.cooperation, basedOnRevision: parsed.basedOnRevision, path: path)
    }

    /// Reads `path`, or standard input for "-".
    public static func read(path: String) throws(StoreError) -> DecodedCooperationFile {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= CooperationFile.sizeLimit else {
                throw StoreError.fileTooLarge(path: ServiceText.current.documents.standardInput, size: data.count, limit: CooperationFile.sizeLimit)
            }
            return try decode(data, path: "-")
        }
        let parsed = try CooperationFile.parse(contentsOf: URL(fileURLWithPath: path))
        return DecodedCooperationFile(cooperation: parsed.cooperation, basedOnRevision: parsed.basedOnRevision, path: path)
    }
}
