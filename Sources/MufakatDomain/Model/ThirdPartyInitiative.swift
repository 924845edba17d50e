/// Pemrakarsa KSDPK: who started a cooperation with a third party.
public enum Initiator: String, Codable, Sendable, CaseIterable {
    /// Prakarsa daerah: from the mapping, with the region's own feasibility study (PP 28/2018 Pasal 17).
    case region = "daerah"
    /// Prakarsa pihak ketiga: from the third party's offer letter and its own feasibility study
    /// (PP 28/2018 Pasal 18).
    case thirdParty = "pihak-ketiga"

    public var label: String {
        switch self {
        case .region: "Prakarsa daerah (PP 28/2018 Pasal 17)"
        case .thirdParty: "Prakarsa pihak ketiga (PP 28/2018 Pasal 18)"
        }
    }
}

/// Pemilihan mitra: how the third party was chosen.
public struct PartnerSelection: Codable, Sendable, Hashable {
    /// Cara pemilihan, e.g. "seleksi terbuka", "penunjukan langsung karena hak eksklusif".
    public var method: String
    /// Dasar hukum pemilihan.
    public var legalBasis: String
    /// Naskah pemilihan: announcements, minutes, the selection decision.
    public var documents: [RegisteredDocument]

    public init(method: String = "", legalBasis: String = "", documents: [RegisteredDocument] = []) {
        self.method = method; self.legalBasis = legalBasis; self.documents = documents
    }

    enum CodingKeys: String, CodingKey { case method, legalBasis, documents }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        method = try c.decode(String.self, forKey: .method)
        legalBasis = try c.decodeIfPresent(String.self, forKey: .legalBasis) ?? ""
        documents = try c.decodeIfPresent([RegisteredDocument].self, forKey: .documents) ?? []
    }
}
