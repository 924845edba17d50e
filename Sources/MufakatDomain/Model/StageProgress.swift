/// Status tahapan: where a stage stands.
public enum StageStatus: String, Codable, Sendable, CaseIterable {
    /// Belum dimulai.
    case notStarted = "belum"
    /// Draf: answers being written.
    case draft = "draf"
    /// Dalam pembahasan: under review (TKKSD, the partner, the council).
    case inReview = "pembahasan"
    /// Selesai / ditandatangani.
    case done = "selesai"
    /// Dilewati karena aturan (e.g. no DPRD approval needed).
    case skipped = "dilewati"

    public var label: String {
        switch self {
        case .notStarted: "Belum dimulai"
        case .draft: "Draf"
        case .inReview: "Dalam pembahasan"
        case .done: "Selesai"
        case .skipped: "Dilewati"
        }
    }
}

/// The progress record every stage section carries: status and dates.
public struct StageProgress: Codable, Sendable, Hashable {
    public var status: StageStatus
    public var startedOn: CalendarDate?
    public var completedOn: CalendarDate?
    /// Why the stage was skipped (from the rulebook's gate), when it was.
    public var skipReason: String?

    public init(status: StageStatus = .notStarted, startedOn: CalendarDate? = nil,
                completedOn: CalendarDate? = nil, skipReason: String? = nil) {
        self.status = status; self.startedOn = startedOn; self.completedOn = completedOn; self.skipReason = skipReason
    }
}

/// Nomor naskah per pihak and the signatures of a signed document (KB or PKS).
public struct Signing: Codable, Sendable, Hashable {
    public var date: CalendarDate?
    /// Tempat penandatanganan, e.g. "Bogor".
    public var place: String
    /// One document number per party, in party order (each party numbers the naskah itself).
    public var numbers: [String]
    /// One signatory per party, in party order.
    public var signatories: [Signatory]
    /// SHA-256 (hex) of the signed document file, recorded when the stage is marked signed.
    public var documentSHA256: String?
    /// Format of the fingerprinted file ("docx", "md", "txt").
    public var documentFormat: String?

    public init(date: CalendarDate? = nil, place: String = "", numbers: [String] = [],
                signatories: [Signatory] = [], documentSHA256: String? = nil, documentFormat: String? = nil) {
        self.date = date; self.place = place; self.numbers = numbers; self.signatories = signatories
        self.documentSHA256 = documentSHA256; self.documentFormat = documentFormat
    }
}

/// Penandatangan: who signs for a party, and on what authority.
public struct Signatory: Codable, Sendable, Hashable {
    public var person: Person
    /// Set when an official signs on the head's power of attorney (PKS only).
    public var powerOfAttorney: PowerOfAttorney?

    public init(person: Person = Person(), powerOfAttorney: PowerOfAttorney? = nil) {
        self.person = person; self.powerOfAttorney = powerOfAttorney
    }
}

/// Pasal: one article of a KB or PKS as the officer edited it (pre-filled from the rulebook's
/// clause template `clauseID`).
public struct Article: Codable, Sendable, Hashable {
    public var clauseID: String
    /// "MAKSUD DAN TUJUAN".
    public var heading: String
    /// Paragraphs "(1)", "(2)", ... in order; one paragraph is printed without a number.
    public var paragraphs: [String]

    public init(clauseID: String, heading: String, paragraphs: [String]) {
        self.clauseID = clauseID; self.heading = heading; self.paragraphs = paragraphs
    }
}
