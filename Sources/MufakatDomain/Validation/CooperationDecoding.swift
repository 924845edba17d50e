import Foundation

/// A cooperation document that cannot be used: the field path ("financing.lines[2].amount",
/// "" for the whole document) and what is wrong, in Indonesian, saying how to fix it.
public struct CooperationDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let problem: String
    public init(path: String, problem: String) { self.path = path; self.problem = problem }
    public var description: String { path.isEmpty ? problem : "\(path): \(problem)" }
}

/// Reads cooperation JSON and turns every decoding failure into a readable message naming the field.
public enum CooperationDecoding {
    /// Decodes a cooperation. Refuses invalid JSON, a schema version newer than this program
    /// knows, an unknown kind or value, missing fields, negative money and impossible dates.
    public static func decode(_ data: Data) throws(CooperationDecodingError) -> Cooperation {
        let tree: Any
        do {
            tree = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw CooperationDecodingError(path: "", problem: "berkas bukan JSON yang sah (\(jsonErrorText(error))); periksa tanda kurung, koma, dan tanda petik")
        }
        guard let root = tree as? [String: Any] else {
            throw CooperationDecodingError(path: "", problem: "isi berkas harus berupa satu objek JSON { ... } berisi satu kerja sama")
        }
        if let version = root["schemaVersion"] as? Int {
            if version > Cooperation.currentSchemaVersion {
                throw CooperationDecodingError(path: "schemaVersion", problem: "versi skema \(version) lebih baru daripada yang dikenal program ini (\(Cooperation.currentSchemaVersion)); perbarui Mufakat untuk membuka berkas ini")
            }
            if version < 1 {
                throw CooperationDecodingError(path: "schemaVersion", problem: "versi skema \(version) tidak sah; versi dimulai dari 1")
            }
        }
        let cooperation: Cooperation
        do {
            cooperation = try JSONDecoder().decode(Cooperation.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, tree: tree)
        } catch {
            throw CooperationDecodingError(path: "", problem: "berkas tidak dapat dibaca: \(error)")
        }
        // The same gate the store applies: a value outside the editor's ranges is refused here.
        if let problem = ValueLimits.problems(in: cooperation).first { throw problem }
        return cooperation
    }

    /// Decodes the file at `path`; an unreadable file is reported like any other problem.
    public static func decode(contentsOf path: String) throws(CooperationDecodingError) -> Cooperation {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CooperationDecodingError(path: "", problem: "berkas '\(path)' tidak dapat dibaca; periksa nama dan izin berkas")
        }
        return try decode(data)
    }

    /// "financing.lines[2].amount" from a coding path (array indexes 0-based).
    public static func readablePath(_ codingPath: [CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let i = key.intValue, key.stringValue.hasPrefix("Index") || key.stringValue == String(i) {
                out += "[\(i)]"
            } else {
                out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return out
    }

    /// The Indonesian description of a decoding error against the document `tree`.
    public static func describe(_ error: DecodingError, tree: Any) -> CooperationDecodingError {
        let schema = ModelSchema.cooperation
        switch error {
        case .keyNotFound(let key, let ctx):
            var path = ctx.codingPath
            if path.last?.stringValue != key.stringValue { path.append(key) }
            let p = readablePath(path)
            let expected = schema.kind(of: p).map { "; isi dengan \(describe($0))" } ?? ""
            return CooperationDecodingError(path: p, problem: "isian wajib tidak ada\(expected)")
        case .valueNotFound(_, let ctx):
            let p = readablePath(ctx.codingPath)
            let expected = schema.kind(of: p).map { "; isi dengan \(describe($0))" } ?? ""
            return CooperationDecodingError(path: p, problem: "nilai kosong (null) tidak dibolehkan\(expected)")
        case .typeMismatch(_, let ctx):
            let p = readablePath(ctx.codingPath)
            let found = FieldPath(p).flatMap { $0.value(in: tree) }.map { " (tertulis: \(show($0)))" } ?? ""
            let expected = schema.kind(of: p).map { "seharusnya \(describe($0))" } ?? "jenis nilai tidak sesuai"
            return CooperationDecodingError(path: p, problem: "jenis nilai salah\(found); \(expected)")
        case .dataCorrupted(let ctx):
            let p = readablePath(ctx.codingPath)
            // Swift's decoder calls a number beyond 64 bits "not valid JSON": name its field.
            if p.isEmpty, let field = JSONNumberRange.firstOutOfRange(in: tree, path: "") {
                return CooperationDecodingError(path: field, problem: "angka di luar jangkauan (terlalu besar); perbaiki angkanya")
            }
            // Our own value types already explain themselves in Indonesian.
            if ctx.debugDescription.hasPrefix("tanggal") || ctx.debugDescription.hasPrefix("jumlah uang") {
                return CooperationDecodingError(path: p, problem: ctx.debugDescription)
            }
            let found = FieldPath(p).flatMap { $0.value(in: tree) }
            switch schema.kind(of: p) {
            case .choice(let values)?:
                return CooperationDecodingError(path: p, problem: "nilai \(found.map(show) ?? "") tidak dikenal; pilih salah satu: \(values.joined(separator: ", "))")
            case let kind?:
                return CooperationDecodingError(path: p, problem: "nilai \(found.map(show) ?? "") tidak sah; seharusnya \(describe(kind))")
            case nil:
                return CooperationDecodingError(path: p, problem: "nilai tidak sah (\(ctx.debugDescription))")
            }
        @unknown default:
            return CooperationDecodingError(path: "", problem: "berkas tidak dapat dibaca: \(error)")
        }
    }

    /// "tanggal TTTT-BB-HH", "teks", ... for messages.
    public static func describe(_ kind: FieldKind) -> String {
        switch kind {
        case .text: "teks dalam tanda petik"
        case .integer: "bilangan bulat"
        case .number: "bilangan"
        case .bool: "true atau false"
        case .date: "tanggal dalam bentuk \"TTTT-BB-HH\""
        case .money: "jumlah rupiah berupa bilangan bulat 0 atau lebih, tanpa titik"
        case .choice(let values): "salah satu dari: \(values.joined(separator: ", "))"
        case .object, .map: "objek { ... }"
        case .list: "daftar [ ... ]"
        }
    }

    private static func show(_ value: Any) -> String {
        switch value {
        case let s as String: "'\(s)'"
        case is [Any]: "daftar"
        case is [String: Any]: "objek"
        case is NSNull: "null"
        default: "\(value)"
        }
    }

    private static func jsonErrorText(_ error: Error) -> String {
        let ns = error as NSError
        if let d = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return d }
        return ns.localizedDescription
    }
}
