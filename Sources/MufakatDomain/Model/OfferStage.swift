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
    /// Pihak pemrakarsa: index of the party whose head writes the offer (nil: PIHAK PERTAMA).
    public var initiatorIndex: Int?
    /// Jawaban per mitra: one answer per partner of a multi-party offer. When absent (older
    /// files), `response` stands for every partner.
    public var responses: [PartnerResponse]?
    /// Surat masuk: the offer letter as received by a partner's store (number, date, sender,
    /// attachments), recorded where a partner initiated.
    public var incomingLetter: IncomingLetter?

    public init(progress: StageProgress = StageProgress(), letterNumber: String = "", letterDate: CalendarDate? = nil,
                signer: Person = Person(), addressee: String = "", attachments: [String] = [], copies: [String] = [],
                response: OfferResponse = .pending, responseDate: CalendarDate? = nil,
                responseLetterNumber: String = "", responseDeadline: CalendarDate? = nil) {
        self.progress = progress; self.letterNumber = letterNumber; self.letterDate = letterDate
        self.signer = signer; self.addressee = addressee; self.attachments = attachments; self.copies = copies
        self.response = response; self.responseDate = responseDate
        self.responseLetterNumber = responseLetterNumber; self.responseDeadline = responseDeadline
    }

    /// The party that makes the offer.
    public var initiator: Int { initiatorIndex ?? 0 }

    /// The partners an offer is addressed to: every party but the initiator.
    public func partners(partyCount: Int) -> [Int] { (0..<max(partyCount, 0)).filter { $0 != initiator } }

    /// The answer of the partner at `partyIndex`: its own entry, else the one shared `response`.
    public func response(ofParty partyIndex: Int) -> OfferResponse {
        responses?.first { $0.partyIndex == partyIndex }?.response ?? response
    }

    /// The answer record of a partner, when one is kept.
    public func answer(ofParty partyIndex: Int) -> PartnerResponse? {
        responses?.first { $0.partyIndex == partyIndex }
    }

    /// Partners whose acceptance the KB waits for (every partner unless marked not required).
    public func requiredPartners(partyCount: Int) -> [Int] {
        partners(partyCount: partyCount).filter { answer(ofParty: $0)?.required ?? true }
    }

    /// Required partners that have not (yet) accepted.
    public func partnersNotAccepted(partyCount: Int) -> [Int] {
        requiredPartners(partyCount: partyCount).filter { response(ofParty: $0) != .accepted }
    }

    /// Keeps one answer per partner, in the order of the parties: entries missing from an older
    /// file are made from the one shared answer (which stood for every partner; with a single
    /// partner its letter number and date too). Entries of other parties are kept after them.
    public mutating func materializeResponses(partyCount: Int) {
        let partners = partners(partyCount: partyCount)
        guard !partners.isEmpty else { return }
        let existing = responses ?? []
        var out: [PartnerResponse] = partners.map { p in
            if let kept = existing.first(where: { $0.partyIndex == p }) { return kept }
            let single = partners.count == 1
            return PartnerResponse(partyIndex: p, response: response,
                                   letterNumber: single && !responseLetterNumber.isEmpty ? responseLetterNumber : nil,
                                   letterDate: single ? responseDate : nil)
        }
        out += existing.filter { e in !partners.contains(e.partyIndex) }
        if out != existing { responses = out }
    }

    /// Changes the answer of the partner at `partyIndex` and keeps the shared `response` (what
    /// lists and older readers show) as the summary of every required partner's answer.
    public mutating func editAnswer(ofParty partyIndex: Int, partyCount: Int, _ edit: (inout PartnerResponse) -> Void) {
        materializeResponses(partyCount: partyCount)
        guard var list = responses, let i = list.firstIndex(where: { $0.partyIndex == partyIndex }) else { return }
        edit(&list[i])
        responses = list
        let answers = requiredPartners(partyCount: partyCount).map { self.response(ofParty: $0) }
        response = OfferStage.summary(answers)
        let dates = list.compactMap(\.letterDate)
        if let last = dates.max() { responseDate = last }
    }

    /// One answer standing for many: accepted when all accepted; else negotiating, declined or
    /// pending, in that order, when any partner is so.
    public static func summary(_ answers: [OfferResponse]) -> OfferResponse {
        if !answers.isEmpty, answers.allSatisfy({ $0 == .accepted }) { return .accepted }
        for r in [OfferResponse.negotiating, .declined] where answers.contains(r) { return r }
        return .pending
    }

    /// Whether every required partner accepted (PP 28/2018 Pasal 6 ayat (1) huruf b–c).
    public func allRequiredPartnersAccepted(partyCount: Int) -> Bool {
        let required = requiredPartners(partyCount: partyCount)
        // No partner named yet: only the one shared answer can tell.
        if required.isEmpty { return response == .accepted }
        return partnersNotAccepted(partyCount: partyCount).isEmpty
    }
}

/// Jawaban mitra atas penawaran: one partner's answer, and the answer letter it writes.
public struct PartnerResponse: Codable, Sendable, Hashable {
    /// Index into `Cooperation.parties`.
    public var partyIndex: Int
    public var response: OfferResponse
    /// Yth.: the addressee of the offer letter for this partner ("Bupati Sleman").
    public var addressee: String?
    /// Nomor and tanggal of the partner's answer letter (surat jawaban).
    public var letterNumber: String?
    public var letterDate: CalendarDate?
    /// Catatan: conditions, negotiation points or the reason for declining.
    public var notes: String?
    /// Whether the KB waits for this partner (nil: yes).
    public var required: Bool?

    public init(partyIndex: Int, response: OfferResponse = .pending, addressee: String? = nil, letterNumber: String? = nil,
                letterDate: CalendarDate? = nil, notes: String? = nil, required: Bool? = nil) {
        self.partyIndex = partyIndex; self.response = response; self.addressee = addressee
        self.letterNumber = letterNumber; self.letterDate = letterDate; self.notes = notes; self.required = required
    }
}

/// Surat masuk: an incoming offer letter as recorded by the partner that received it.
public struct IncomingLetter: Codable, Sendable, Hashable {
    public var number: String
    public var date: CalendarDate?
    /// Pengirim: "Bupati Solok".
    public var sender: String
    /// Lampiran.
    public var attachments: [String]?
    /// Tanggal diterima.
    public var receivedOn: CalendarDate?

    public init(number: String = "", date: CalendarDate? = nil, sender: String = "", attachments: [String]? = nil,
                receivedOn: CalendarDate? = nil) {
        self.number = number; self.date = date; self.sender = sender; self.attachments = attachments; self.receivedOn = receivedOn
    }
}
