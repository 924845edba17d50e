import Foundation

/// Berkas arsip: one file kept with a cooperation (a signed scan, a DPRD decision, a letter).
/// The bytes live in the store under `files/<sha256>`; this record, saved in the cooperation's
/// revision, names them by their hash, so the revision hash chain covers the file.
public struct ArchivedFile: Codable, Sendable, Hashable {
    /// Rulebook stage id the file belongs to ("kb", "pks", "dprd").
    public var stage: String
    /// Rulebook archive kind id ("scan-ttd", "keputusan-dprd").
    public var kind: String
    /// The original file name, for exports and lists.
    public var fileName: String
    /// SHA-256 of the bytes (hex, lowercase).
    public var sha256: String
    public var size: Int64
    /// Nomor surat/naskah.
    public var number: String
    /// Tanggal surat/naskah.
    public var date: CalendarDate?
    /// Catatan.
    public var note: String
    /// When it was attached.
    public var addedOn: CalendarDate

    public init(stage: String, kind: String, fileName: String, sha256: String, size: Int64,
                number: String = "", date: CalendarDate? = nil, note: String = "", addedOn: CalendarDate) {
        self.stage = stage; self.kind = kind; self.fileName = fileName; self.sha256 = sha256; self.size = size
        self.number = number; self.date = date; self.note = note; self.addedOn = addedOn
    }
}

extension Cooperation {
    /// The archived files (empty when the document has none: `archive` is left out of its JSON).
    public var archivedFiles: [ArchivedFile] {
        get { archive ?? [] }
        set { archive = newValue.isEmpty ? nil : newValue }
    }

    /// The signed stages (KB, PKS) that have no archived signed scan, by rulebook stage id.
    public func signedStagesWithoutScan(scanKinds: Set<String>) -> [String] {
        var out: [String] = []
        for (id, signing) in [(StageSection.memorandum.rawValue, memorandum.signing), (StageSection.agreement.rawValue, agreement.signing)]
        where signing.date != nil {
            if !archivedFiles.contains(where: { $0.stage == id && scanKinds.contains($0.kind) }) { out.append(id) }
        }
        return out
    }

    /// The signed stages (KB, PKS), by rulebook stage id.
    public var signedStages: [String] {
        [(StageSection.memorandum.rawValue, memorandum.signing), (StageSection.agreement.rawValue, agreement.signing)]
            .filter { $0.1.date != nil }.map(\.0)
    }
}
