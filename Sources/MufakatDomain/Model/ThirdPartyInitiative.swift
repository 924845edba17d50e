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
    struct Fields: Sendable, Hashable {
        var method: String
        var legalBasis: String
        var documents: [RegisteredDocument]
    }
    /// Boxed: see `Box` for why.
    private var box: Box<Fields>

    /// Cara pemilihan, e.g. "seleksi terbuka", "penunjukan langsung karena hak eksklusif".
    public var method: String {
        get { box.value.method }
        set { var f = box.value; f.method = newValue; box = Box(f) }
    }
    /// Dasar hukum pemilihan.
    public var legalBasis: String {
        get { box.value.legalBasis }
        set { var f = box.value; f.legalBasis = newValue; box = Box(f) }
    }
    /// Naskah pemilihan: announcements, minutes, the selection decision.
    public var documents: [RegisteredDocument] {
        get { box.value.documents }
        set { var f = box.value; f.documents = newValue; box = Box(f) }
    }

    public init(method: String = "", legalBasis: String = "", documents: [RegisteredDocument] = []) {
        box = Box(Fields(method: method, legalBasis: legalBasis, documents: documents))
    }

    enum CodingKeys: String, CodingKey { case method, legalBasis, documents }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        box = Box(Fields(method: try c.decode(String.self, forKey: .method),
                         legalBasis: try c.decodeIfPresent(String.self, forKey: .legalBasis) ?? "",
                         documents: try c.decodeIfPresent([RegisteredDocument].self, forKey: .documents) ?? []))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(method, forKey: .method)
        try c.encode(legalBasis, forKey: .legalBasis)
        try c.encode(documents, forKey: .documents)
    }

    public static func == (a: PartnerSelection, b: PartnerSelection) -> Bool { a.box.value == b.box.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(box.value) }
}
