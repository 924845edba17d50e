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
    /// Perangkat daerah pelaksana: the agency (OPD) that runs the cooperation for this party.
    public var agency: String?
    /// Nama resmi: the name as written in documents when it differs from "Pemerintah " + `name`
    /// (a third party's full name is in `company.fullName`). Nil in files written before it existed.
    public var officialName: String?
    /// Tempat kedudukan: the city written before the date of the party's letters ("Wates", "Sleman").
    public var city: String?
    /// Penanda tangan PKS: the official who signs the PKS for the party, with NIP and the head's
    /// power of attorney (PP 28/2018 Pasal 13; Permendagri 22/2020 Pasal 2 ayat (2)). The KB is
    /// signed by `representative` (the head of region) in any case.
    public var signer: Signatory?
    /// Identitas badan hukum pihak ketiga: deed, ratification, NIB, NPWP, director's appointment,
    /// and for a BUMD its Perda (PP 28/2018 Pasal 14).
    public var company: CompanyDetails?

    public init(type: PartyType, regionCode: String? = nil, name: String, legalForm: LegalForm? = nil,
                representative: Person = Person(), address: String = "", agency: String? = nil,
                officialName: String? = nil, city: String? = nil, signer: Signatory? = nil, company: CompanyDetails? = nil) {
        self.type = type; self.regionCode = regionCode; self.name = name; self.legalForm = legalForm
        self.representative = representative; self.address = address; self.agency = agency
        self.officialName = officialName; self.city = city; self.signer = signer; self.company = company
    }

    /// A region party from the catalogue, with the head's title filled in.
    public static func region(_ region: Region, headName: String = "", address: String = "") -> Party {
        Party(type: .region, regionCode: region.code, name: region.fullName,
              representative: Person(name: headName, title: region.headTitle),
              address: address)
    }

    /// The official name when given; else "Pemerintah Kota Bogor" for a region, a third party's
    /// full company name, or the name itself.
    public var formalName: String {
        if let official = officialName?.trimmedWhitespace(), !official.isEmpty { return official }
        if type == .thirdParty, let full = company?.fullName?.trimmedWhitespace(), !full.isEmpty { return full }
        return type == .region ? "Pemerintah \(name)" : name
    }

    /// "PIHAK PERTAMA", "PIHAK KEDUA", ... for the party at `index` (0-based).
    public static func label(at index: Int) -> String {
        let ordinals = ["PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH"]
        return ordinals.indices.contains(index) ? "PIHAK \(ordinals[index])" : "PIHAK KE-\(index.addingReportingOverflow(1).partialValue)"
    }
}

/// Dasar hukum tertulis: a deed, decree or regulation cited by number and date ("Akta Notaris
/// Nomor 12 tanggal 3 Maret 2025", "Keputusan Menteri Hukum dan HAM Nomor AHU-...").
public struct LegalInstrument: Codable, Sendable, Hashable {
    /// Nomor.
    public var number: String
    /// Tanggal.
    public var date: CalendarDate?
    /// Who issued it: the notary, the ministry, the council ("Notaris Rina Dewi, S.H.").
    public var issuer: String?

    public init(number: String = "", date: CalendarDate? = nil, issuer: String? = nil) {
        self.number = number; self.date = date; self.issuer = issuer
    }

    /// Whether a number is written.
    public var isGiven: Bool { !number.trimmedWhitespace().isEmpty }
}

/// Identitas badan hukum pihak ketiga: what a KSDPK cites of a company or organisation (PP 28/2018
/// Pasal 14; Permendagri 22/2020). Every field may be missing in older files.
public struct CompanyDetails: Codable, Sendable, Hashable {
    /// Nama lengkap: "PT Pakuan Parkir Digital", "Perumda Air Minum Tirta Sleman".
    public var fullName: String?
    /// Akta pendirian (notarial deed of establishment).
    public var deed: LegalInstrument?
    /// Pengesahan badan hukum: the Minister of Law's ratification of the deed.
    public var ratification: LegalInstrument?
    /// Nomor Induk Berusaha (NIB, OSS).
    public var nib: String?
    /// Nomor Pokok Wajib Pajak (NPWP).
    public var npwp: String?
    /// Pengangkatan direksi: the deed or decision appointing the director who signs.
    public var directorAppointment: LegalInstrument?
    /// Perda pendirian BUMD: the regional regulation establishing a BUMD.
    public var regionalRegulation: LegalInstrument?

    public init(fullName: String? = nil, deed: LegalInstrument? = nil, ratification: LegalInstrument? = nil,
                nib: String? = nil, npwp: String? = nil, directorAppointment: LegalInstrument? = nil,
                regionalRegulation: LegalInstrument? = nil) {
        self.fullName = fullName; self.deed = deed; self.ratification = ratification; self.nib = nib
        self.npwp = npwp; self.directorAppointment = directorAppointment; self.regionalRegulation = regionalRegulation
    }
}
