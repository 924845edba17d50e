/// Isian naskah yang belum diisi: a value a document needs that the cooperation does not hold yet
/// (named apart from MufakatDomain.MissingField, the workflow's required fields of a stage).
/// Builders never print a blank or a placeholder for it: they put a `MissingValue` span in the
/// text, so a document is either complete or reports exactly what is missing.
public struct MissingValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where the value lives in the cooperation JSON (or the letterhead), e.g.
    /// "parties[1].representative.name" (indices 0-based, as in the JSON array).
    public var path: String
    /// What an officer calls it, in Indonesian: "Nama kepala daerah PIHAK KEDUA (Kabupaten Bogor)".
    public var label: String

    public init(path: String, label: String) {
        self.path = path; self.label = label
    }

    /// The visible mark a draft carries where the value belongs.
    public var marker: String { "[BELUM DIISI: \(label)]" }

    public var description: String { "\(path): \(label)" }
}
