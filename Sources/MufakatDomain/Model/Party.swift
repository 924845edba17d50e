/// Jenis pihak: what a party to a cooperation is.
public enum PartyType: String, Codable, Sendable, CaseIterable {
    /// Daerah: a province or kab/kota from the region catalogue.
    case region = "daerah"
    /// Pihak ketiga: a person, business entity or organisation (PP 28/2018 Pasal 14).
    case thirdParty = "pihak-ketiga"
    /// Kementerian/lembaga: a ministry or agency (for a Nota Kesepakatan).
    case ministry = "kementerian-lembaga"
    /// Pemerintah daerah di luar negeri or lembaga di luar negeri (KSDPL/KSDLL).
    case foreign = "luar-negeri"
}

/// Bentuk hukum pihak ketiga (PP 28/2018 Pasal 14).
public enum LegalForm: String, Codable, Sendable, CaseIterable {
    case perseorangan
    case bumn
    case bumd
    case koperasi
    case badanUsahaSwasta = "badan-usaha-swasta"
    case organisasiBerbadanHukum = "organisasi-berbadan-hukum"
    case organisasiTidakBerbadanHukum = "organisasi-tidak-berbadan-hukum"

    public var label: String {
        switch self {
        case .perseorangan: "Perseorangan"
        case .bumn: "Badan Usaha Milik Negara (BUMN)"
        case .bumd: "Badan Usaha Milik Daerah (BUMD)"
        case .koperasi: "Koperasi"
        case .badanUsahaSwasta: "Badan Usaha Swasta Berbadan Hukum"
        case .organisasiBerbadanHukum: "Organisasi Kemasyarakatan Berbadan Hukum"
        case .organisasiTidakBerbadanHukum: "Organisasi Kemasyarakatan Tidak Berbadan Hukum"
        }
    }
}

/// Pihak: one party to a cooperation. Its position in `Cooperation.parties` gives its label
/// (PIHAK PERTAMA, PIHAK KEDUA, ...).
public struct Party: Codable, Sendable, Hashable {
    public var type: PartyType
    /// Region code from the catalogue when `type == .region`.
    public var regionCode: String?
    /// Display name: "Kota Bogor", "PT Transportasi Jakarta", "Kementerian Perhubungan".
    public var name: String
    /// Legal form of a third party.
    public var legalForm: LegalForm?
    /// The head of region, minister, or director who represents the party.
    public var representative: Person
    /// Alamat kantor: where the party is domiciled, cited in the party block.
    public var address: String
    /// Perangkat daerah: the agency (OPD) that runs the cooperation for this party.
    public var agency: String?

    public init(type: PartyType, regionCode: String? = nil, name: String, legalForm: LegalForm? = nil,
                representative: Person = Person(), address: String = "", agency: String? = nil) {
        self.type = type; self.regionCode = regionCode; self.name = name; self.legalForm = legalForm
        self.representative = representative; self.address = address; self.agency = agency
    }

    /// A region party from the catalogue, with the head's title filled in.
    public static func region(_ region: Region, headName: String = "", address: String = "") -> Party {
        Party(type: .region, regionCode: region.code, name: region.fullName,
              representative: Person(name: headName, title: region.headTitle),
              address: address)
    }

    /// "Pemerintah Kota Bogor" for a region, else the name itself.
    public var formalName: String { type == .region ? "Pemerintah \(name)" : name }

    /// "PIHAK PERTAMA", "PIHAK KEDUA", ... for the party at `index` (0-based).
    public static func label(at index: Int) -> String {
        let ordinals = ["PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH"]
        return ordinals.indices.contains(index) ? "PIHAK \(ordinals[index])" : "PIHAK KE-\(index.addingReportingOverflow(1).partialValue)"
    }
}
