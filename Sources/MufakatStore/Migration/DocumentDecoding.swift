import Foundation
import Crypto
import MufakatDomain

/// Reads revision files: decodes, checks versions, migrates older schemas, and turns every
/// decoding failure into a message that names the field (`StoreText.decoding`, in the
/// interface language).
public enum DocumentDecoding {
    /// The result of reading one revision file.
    struct Decoded<D: StoredDocument> {
        var record: RevisionRecord<D>
        var migratedFrom: Int?
    }

    /// Decodes a revision file's bytes. Throws `.newerVersion` for files of a newer Mufakat and
    /// `.damaged` (without quarantine) for everything else that cannot be read.
    static func decodeRevision<D: StoredDocument>(_ data: Data, path: String, as: D.Type = D.self) throws(StoreError) -> Decoded<D> {
        if data.isEmpty { throw StoreError.damaged(path: path, reason: t.emptyFile, quarantinedTo: nil) }
        // Fast path: the current version decodes directly.
        do {
            // The strict reader first; anything it does not take, Foundation's decoder reads
            // (and words the error of) as it always did (issue 19). That decoder is only made
            // when needed: making it was a twentieth of reading a cooperation.
            let record: RevisionRecord<D>
            if let strict = try? StrictJSONDecoder.decode(RevisionRecord<D>.self, from: data) { record = strict } else {
                record = try StoreClock.decoder().decode(RevisionRecord<D>.self, from: data)
            }
            try checkEnvelope(format: record.format, version: record.formatVersion, path: path)
            let v = record.document.schemaVersion
            if v == D.migrator.currentVersion {
                try checkRanges(record, path: path)
                return Decoded(record: record, migratedFrom: nil)
            }
            if v > D.migrator.currentVersion {
                throw StoreError.newerVersion(path: path, found: v, supported: D.migrator.currentVersion)
            }
            // Older: fall through to the migration path.
        } catch let error as StoreError {
            throw error
        } catch let fastFailure {
            // Decide below whether it is a newer file, an older one, or damage.
            return try slowPath(data, path: path, decoder: StoreClock.decoder(), fastFailure: fastFailure)
        }
        return try slowPath(data, path: path, decoder: StoreClock.decoder(), fastFailure: nil)
    }

    private static func slowPath<D: StoredDocument>(_ data: Data, path: String, decoder: JSONDecoder, fastFailure: Error?) throws(StoreError) -> Decoded<D> {
        let value: JSONValue
        do { value = try decoder.decode(JSONValue.self, from: data) } catch {
            if let field = JSONNumberRange.firstOutOfRange(in: data) {
                throw StoreError.damaged(path: path, reason: JSONNumberRange.message(path: field), quarantinedTo: nil)
            }
            throw StoreError.damaged(path: path, reason: t.notJSON, quarantinedTo: nil)
        }
        guard case .object = value else {
            throw StoreError.damaged(path: path, reason: t.notRevisionObject, quarantinedTo: nil)
        }
        if let format = value["format"]?.stringValue, let version = value["formatVersion"]?.intValue {
            try checkEnvelope(format: format, version: version, path: path)
        }
        guard var document = value[D.envelopeKey] else {
            if let fastFailure { throw StoreError.damaged(path: path, reason: describe(fastFailure, data: data), quarantinedTo: nil) }
            throw StoreError.damaged(path: path, reason: t.keyMissing(D.envelopeKey), quarantinedTo: nil)
        }
        guard let version = document["schemaVersion"]?.intValue else {
            throw StoreError.damaged(path: path, reason: t.schemaVersionMissing(D.envelopeKey, D.migrator.currentVersion), quarantinedTo: nil)
        }
        if version > D.migrator.currentVersion {
            throw StoreError.newerVersion(path: path, found: version, supported: D.migrator.currentVersion)
        }
        if version < 1 {
            throw StoreError.damaged(path: path, reason: t.schemaVersionBelowOne(D.envelopeKey, version), quarantinedTo: nil)
        }
        if version == D.migrator.currentVersion, let fastFailure {
            throw StoreError.damaged(path: path, reason: describe(fastFailure, data: data), quarantinedTo: nil)
        }
        do { try D.migrator.migrate(&document, from: version) } catch {
            throw StoreError.damaged(path: path, reason: t.migrationFailed(version, "\(error)"), quarantinedTo: nil)
        }
        var migrated = value
        migrated[D.envelopeKey] = document
        do {
            let bytes = try JSONEncoder().encode(migrated)
            let record = try decoder.decode(RevisionRecord<D>.self, from: bytes)
            try checkRanges(record, path: path)
            return Decoded(record: record, migratedFrom: version)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.damaged(path: path, reason: t.afterMigration(version, describe(error)), quarantinedTo: nil)
        }
    }

    /// The validation gate every revision passes (issue 20): a revision number or a value
    /// outside `ValueLimits` makes the file damaged, so it is quarantined instead of trapping
    /// in the index, a document or a screen.
    static func checkRanges<D: StoredDocument>(_ record: RevisionRecord<D>, path: String) throws(StoreError) {
        if !(1...ValueLimits.revision.upperBound).contains(record.revision) {
            throw StoreError.damaged(path: path, reason: t.revisionOutOfRange("revision", record.revision, ValueLimits.revision.upperBound), quarantinedTo: nil)
        }
        if let r = record.restoredFrom, !(1...ValueLimits.revision.upperBound).contains(r) {
            throw StoreError.damaged(path: path, reason: t.revisionOutOfRange("restoredFrom", r, ValueLimits.revision.upperBound), quarantinedTo: nil)
        }
        if let problem = record.document.rangeProblems.first {
            throw StoreError.damaged(path: path, reason: t.valueOutOfLimits("\(D.envelopeKey).\(problem.path)", problem.problem), quarantinedTo: nil)
        }
    }

    private static func checkEnvelope(format: String, version: Int, path: String) throws(StoreError) {
        if format != "mufakat-revisi" {
            throw StoreError.damaged(path: path, reason: t.formatWrong(format), quarantinedTo: nil)
        }
        if version > 1 { throw StoreError.newerVersion(path: path, found: version, supported: 1) }
        if version < 1 { throw StoreError.damaged(path: path, reason: t.formatVersionBelowOne(version), quarantinedTo: nil) }
    }

    /// Decodes a plain Codable file (store.json, profile.json, a draft) with Indonesian errors.
    static func decodePlain<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws(StoreError) -> T {
        if data.isEmpty { throw StoreError.damaged(path: path, reason: t.emptyFile, quarantinedTo: nil) }
        do { return try StoreClock.decoder().decode(T.self, from: data) } catch {
            if case DecodingError.dataCorrupted(let context) = error, context.codingPath.isEmpty,
               let field = JSONNumberRange.firstOutOfRange(in: data) {
                throw StoreError.damaged(path: path, reason: JSONNumberRange.message(path: field), quarantinedTo: nil)
            }
            throw StoreError.damaged(path: path, reason: describe(error), quarantinedTo: nil)
        }
    }

    /// The same, knowing the bytes: a number beyond 64 bits, which Swift's decoder calls "not
    /// valid JSON", is named with its field.
    static func describe(_ error: Error, data: Data) -> String {
        if case DecodingError.dataCorrupted(let context) = error, context.codingPath.isEmpty,
           let field = JSONNumberRange.firstOutOfRange(in: data) {
            return JSONNumberRange.message(path: field)
        }
        return describe(error)
    }

    /// A sentence for a decoding failure: which field, what is wrong, how to fix it.
    public static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case let .keyNotFound(key, context):
            let field = fieldPath(context.codingPath + [key])
            return t.fieldMissing(field)
        case let .typeMismatch(type, context):
            return t.fieldWrongType(fieldPath(context.codingPath), typeName(type))
        case let .valueNotFound(type, context):
            return t.fieldNull(fieldPath(context.codingPath), typeName(type))
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty {
                return t.notJSON
            }
            let detail = context.debugDescription
            let readable = detail.contains("Cannot initialize") ? t.valueUnknown : detail
            return t.fieldInvalid(fieldPath(context.codingPath), readable)
        @unknown default:
            return "\(error)"
        }
    }

    /// "cooperation.parties[0].name".
    static func fieldPath(_ path: [CodingKey]) -> String {
        var out = ""
        for key in path {
            if let i = key.intValue, key.stringValue.hasPrefix("Index") || Int(key.stringValue) == i {
                out += "[\(i)]"
            } else {
                out += out.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return out.isEmpty ? t.fileRoot : out
    }

    static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Int") || name.hasPrefix("UInt") { return t.wholeNumber }
        if name == "Double" || name == "Float" { return t.number }
        if name == "String" { return t.text }
        if name == "Bool" { return t.trueOrFalse }
        if name.hasPrefix("Array") || name.hasPrefix("[") { return t.list }
        if name.hasPrefix("Dictionary") { return t.object }
        return t.valueOfType(name)
    }

    /// SHA-256 (hex) of bytes.
    public static func sha256(_ data: Data) -> String {
        // Written digit by digit: 32 small strings joined cost as much as hashing 11 KB (issue 19).
        SHA256.hash(data: data).withUnsafeBytes(HexText.lowercase)
    }
}

/// The decoding words in the language in use.
private var t: Catalogue<StoreDecodingText> { StoreText.current.decoding }
