import Foundation

/// Pemetaan urusan yang dapat dikerjasamakan: one region's mapping of the affairs it will
/// cooperate on (Permendagri 22/2020; PP 28/2018 Pasal 5). Stored as `mappings/<region>.json`.
public struct RegionMapping: Codable, Sendable, Hashable, Identifiable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// Region code from the catalogue; also the file name.
    public var regionCode: String
    /// Contact officer (petugas penghubung).
    public var contact: Person
    public var entries: [MappingEntry]
    public var updatedOn: CalendarDate?
    /// Unit kerja of the contact officer, e.g. "Bagian Kerja Sama Sekretariat Daerah".
    public var contactUnit: String?
    /// Telepon of the contact officer.
    public var contactPhone: String?
    /// Surel of the contact officer.
    public var contactEmail: String?

    public var id: String { regionCode }

    public init(regionCode: String, contact: Person = Person(), entries: [MappingEntry] = [], updatedOn: CalendarDate? = nil,
                contactUnit: String? = nil, contactPhone: String? = nil, contactEmail: String? = nil) {
        schemaVersion = RegionMapping.currentSchemaVersion
        self.regionCode = regionCode; self.contact = contact; self.entries = entries; self.updatedOn = updatedOn
        self.contactUnit = contactUnit; self.contactPhone = contactPhone; self.contactEmail = contactEmail
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, regionCode, contact, entries, updatedOn, contactUnit, contactPhone, contactEmail
    }

    /// Officers write mappings by hand too: only the region code is required.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? RegionMapping.currentSchemaVersion
        regionCode = try c.decode(String.self, forKey: .regionCode)
        contact = try c.decodeIfPresent(Person.self, forKey: .contact) ?? Person()
        entries = try c.decodeIfPresent([MappingEntry].self, forKey: .entries) ?? []
        updatedOn = try c.decodeIfPresent(CalendarDate.self, forKey: .updatedOn)
        contactUnit = try c.decodeIfPresent(String.self, forKey: .contactUnit)
        contactPhone = try c.decodeIfPresent(String.self, forKey: .contactPhone)
        contactEmail = try c.decodeIfPresent(String.self, forKey: .contactEmail)
    }

    /// The entries for one affair (several when sub-affairs are mapped separately).
    public func entries(forAffair code: String) -> [MappingEntry] { entries.filter { $0.affairCode == code } }

    /// Entries ordered by affair code then sub-affair, the order in which files and tables list them.
    public var sortedEntries: [MappingEntry] {
        entries.sorted { ($0.affairCode, $0.subAffairID ?? "") < ($1.affairCode, $1.subAffairID ?? "") }
    }
}

/// Prioritas of a mapped affair.
public enum MappingPriority: String, Codable, Sendable, CaseIterable {
    case tinggi, sedang, rendah

    public var label: String {
        switch self {
        case .tinggi: "Tinggi"
        case .sedang: "Sedang"
        case .rendah: "Rendah"
        }
    }

    /// Weight used to rank matches: tinggi 2, sedang 1, rendah 0.
    public var weight: Int {
        switch self {
        case .tinggi: 2
        case .sedang: 1
        case .rendah: 0
        }
    }
}

/// One affair (optionally a sub-affair) in a region's mapping.
public struct MappingEntry: Codable, Sendable, Hashable {
    public var affairCode: String
    public var subAffairID: String?
    /// Potensi: what the region can offer.
    public var offer: String
    /// Kebutuhan: what the region needs.
    public var need: String
    /// Candidate partners: region codes.
    public var partnerRegions: [String]
    /// Candidate third-party types (legal forms), for KSDPK.
    public var partnerThirdParties: [LegalForm]
    /// Intended kind: ksdd-wajib, ksdd-sukarela or ksdpk.
    public var intendedKind: CooperationKind?
    public var priority: MappingPriority?
    public var targetYear: Int?
    /// Sudah tercantum dalam RPJMD.
    public var inRPJMD: Bool
    /// RKPD year in which it appears, if any.
    public var rkpdYear: Int?
    public var indicativeBudget: Rupiah?
    public var notes: String
    /// Rencana kerja sama: a short title of the planned cooperation, as the planning annex lists it
    /// (e.g. "Pengelolaan TPA regional bersama").
    public var plannedCooperation: String?

    public init(affairCode: String, subAffairID: String? = nil, offer: String = "", need: String = "",
                partnerRegions: [String] = [], partnerThirdParties: [LegalForm] = [], intendedKind: CooperationKind? = nil,
                priority: MappingPriority? = nil, targetYear: Int? = nil, inRPJMD: Bool = false, rkpdYear: Int? = nil,
                indicativeBudget: Rupiah? = nil, notes: String = "", plannedCooperation: String? = nil) {
        self.affairCode = affairCode; self.subAffairID = subAffairID; self.offer = offer; self.need = need
        self.partnerRegions = partnerRegions; self.partnerThirdParties = partnerThirdParties
        self.intendedKind = intendedKind; self.priority = priority; self.targetYear = targetYear
        self.inRPJMD = inRPJMD; self.rkpdYear = rkpdYear; self.indicativeBudget = indicativeBudget; self.notes = notes
        self.plannedCooperation = plannedCooperation
    }

    private enum CodingKeys: String, CodingKey {
        case affairCode, subAffairID, offer, need, partnerRegions, partnerThirdParties, intendedKind, priority
        case targetYear, inRPJMD, rkpdYear, indicativeBudget, notes, plannedCooperation
    }

    /// Officers write mappings by hand too: every field but the affair code may be left out.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        affairCode = try c.decode(String.self, forKey: .affairCode)
        subAffairID = try c.decodeIfPresent(String.self, forKey: .subAffairID)
        offer = try c.decodeIfPresent(String.self, forKey: .offer) ?? ""
        need = try c.decodeIfPresent(String.self, forKey: .need) ?? ""
        partnerRegions = try c.decodeIfPresent([String].self, forKey: .partnerRegions) ?? []
        partnerThirdParties = try c.decodeIfPresent([LegalForm].self, forKey: .partnerThirdParties) ?? []
        intendedKind = try c.decodeIfPresent(CooperationKind.self, forKey: .intendedKind)
        priority = try c.decodeIfPresent(MappingPriority.self, forKey: .priority)
        targetYear = try c.decodeIfPresent(Int.self, forKey: .targetYear)
        inRPJMD = try c.decodeIfPresent(Bool.self, forKey: .inRPJMD) ?? false
        rkpdYear = try c.decodeIfPresent(Int.self, forKey: .rkpdYear)
        indicativeBudget = try c.decodeIfPresent(Rupiah.self, forKey: .indicativeBudget)
        notes = try c.decodeIfPresent(String.self, forKey: .notes) ?? ""
        plannedCooperation = try c.decodeIfPresent(String.self, forKey: .plannedCooperation)
    }

    /// Whether the region offers something (potensi filled in).
    public var hasOffer: Bool { !offer.trimmedWhitespaceAndNewlines().isEmpty }
    /// Whether the region needs something (kebutuhan filled in).
    public var hasNeed: Bool { !need.trimmedWhitespaceAndNewlines().isEmpty }
    /// Already in a planning document: the RPJMD or an RKPD year.
    public var isPlanned: Bool { inRPJMD || rkpdYear != nil }
}
