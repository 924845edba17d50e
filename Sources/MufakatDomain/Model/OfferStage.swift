/// Jawaban mitra: the partner's answer to an offer.
public enum OfferResponse: String, Codable, Sendable, CaseIterable {
    case pending = "menunggu"
    case accepted = "diterima"
    case declined = "ditolak"
    case negotiating = "negosiasi"

    public var label: String {
        switch self {
        case .pending: "Menunggu jawaban"
        case .accepted: "Diterima"
        case .declined: "Ditolak"
        case .negotiating: "Negosiasi"
        }
    }
}

/// Penawaran: the offer letter (surat penawaran) signed by the head of region, with the KAK
/// attached, and the partner's answer.
public struct OfferStage: Codable, Sendable, Hashable {
    public var progress: StageProgress
    public var letterNumber: String
    public var letterDate: CalendarDate?
    /// The head of region who signs the letter (never an agency).
    public var signer: Person
    /// Yth.: the addressee, e.g. "Bupati Bogor".
    public var addressee: String
    /// Lampiran: attachments listed on the letter.
    public var attachments: [String]
    /// Tembusan: copies.
    public var copies: [String]
    public var response: OfferResponse
    public var responseDate: CalendarDate?
    public var responseLetterNumber: String
    /// Batas waktu jawaban.
    public var responseDeadline: CalendarDate?

    public init(progress: StageProgress = StageProgress(), letterNumber: String = "", letterDate: CalendarDate? = nil,
                signer: Person = Person(), addressee: String = "", attachments: [String] = [], copies: [String] = [],
                response: OfferResponse = .pending, responseDate: CalendarDate? = nil,
                responseLetterNumber: String = "", responseDeadline: CalendarDate? = nil) {
        self.progress = progress; self.letterNumber = letterNumber; self.letterDate = letterDate
        self.signer = signer; self.addressee = addressee; self.attachments = attachments; self.copies = copies
        self.response = response; self.responseDate = responseDate
        self.responseLetterNumber = responseLetterNumber; self.responseDeadline = responseDeadline
    }
}
