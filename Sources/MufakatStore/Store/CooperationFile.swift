import Foundation
import MufakatDomain

/// Reading a cooperation given by a person (`mufakat import`): either a revision file as
/// `mufakat show --json` prints it (its "revision" is the base of the change) or a bare
/// cooperation object (a new cooperation). Older schemas are migrated; errors name the field.
public enum CooperationFile {
    public struct Parsed: Sendable {
        public var cooperation: Cooperation
        /// The revision the file was based on; nil for a bare cooperation.
        public var basedOnRevision: Int?
    }

    /// Largest file accepted (a cooperation is a few kilobytes).
    public static let sizeLimit = 16 << 20

    public static func parse(contentsOf url: URL) throws(StoreError) -> Parsed {
        guard let data = try POSIX.readFile(url, limit: sizeLimit) else {
            throw StoreError.invalidInput(path: url.path, problem: StoreText.current.files.fileNotFound)
        }
        return try parse(data, path: url.path)
    }

    public static func parse(_ data: Data, path: String) throws(StoreError) -> Parsed {
        let value: JSONValue
        do { value = try DocumentDecoding.decodePlain(JSONValue.self, from: data, path: path) } catch {
            throw StoreError.invalidInput(path: path, problem: reason(error))
        }
        guard case .object = value else {
            throw StoreError.invalidInput(path: path, problem: StoreText.current.opening.notAnObject)
        }
        let parsed: Parsed
        if value["cooperation"] != nil {
            do {
                let decoded: DocumentDecoding.Decoded<Cooperation> = try DocumentDecoding.decodeRevision(data, path: path)
                parsed = Parsed(cooperation: decoded.record.document, basedOnRevision: decoded.record.revision)
            } catch {
                throw StoreError.invalidInput(path: path, problem: reason(error))
            }
        } else {
            guard var document = Optional(value), let version = document["schemaVersion"]?.intValue else {
                throw StoreError.invalidInput(path: path, problem: StoreText.current.files.schemaVersionMissing(Cooperation.currentSchemaVersion))
            }
            do { try Migrator.cooperation.migrate(&document, from: version) } catch {
                if case let .newer(found, supported) = error {
                    throw StoreError.newerVersion(path: path, found: found, supported: supported)
                }
                throw StoreError.invalidInput(path: path, problem: StoreText.current.opening.migrationFailed(version, "\(error)"))
            }
            // The domain's decoder names the field and the value that cannot be used.
            let bytes: Data
            do { bytes = try JSONEncoder().encode(document) } catch {
                throw StoreError.invalidInput(path: path, problem: DocumentDecoding.describe(error))
            }
            do { parsed = Parsed(cooperation: try CooperationDecoding.decode(bytes), basedOnRevision: nil) } catch {
                throw StoreError.invalidInput(path: path, problem: error.description)
            }
        }
        guard Cooperation.isValidID(parsed.cooperation.id) else {
            throw StoreError.invalidInput(path: path, problem: StoreText.current.files.idInvalid(parsed.cooperation.id))
        }
        // The validation gate (issue 20): the same ranges as the editor and the store.
        if let problem = ValueLimits.problems(in: parsed.cooperation).first {
            throw StoreError.invalidInput(path: path, problem: "kolom '\(problem.path)': \(problem.problem)")
        }
        return parsed
    }

    private static func reason(_ error: StoreError) -> String {
        switch error {
        case let .damaged(_, reason, _): reason
        case let .invalidInput(_, problem): problem
        default: error.description
        }
    }
}
