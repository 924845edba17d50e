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

    public var id: String { regionCode }

    public init(regionCode: String, contact: Person = Person(), entries: [MappingEntry] = [], updatedOn: CalendarDate? = nil) {
        schemaVersion = RegionMapping.currentSchemaVersion
        self.regionCode = regionCode; self.contact = contact; self.entries = entries; self.updatedOn = updatedOn
    }
}

/// Prioritas of a mapped affair.
public enum MappingPriority: String, Codable, Sendable, CaseIterable {
    case tinggi, sedang, rendah
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

    public init(affairCode: String, subAffairID: String? = nil, offer: String = "", need: String = "",
                partnerRegions: [String] = [], partnerThirdParties: [LegalForm] = [], intendedKind: CooperationKind? = nil,
                priority: MappingPriority? = nil, targetYear: Int? = nil, inRPJMD: Bool = false, rkpdYear: Int? = nil,
                indicativeBudget: Rupiah? = nil, notes: String = "") {
        self.affairCode = affairCode; self.subAffairID = subAffairID; self.offer = offer; self.need = need
        self.partnerRegions = partnerRegions; self.partnerThirdParties = partnerThirdParties
        self.intendedKind = intendedKind; self.priority = priority; self.targetYear = targetYear
        self.inRPJMD = inRPJMD; self.rkpdYear = rkpdYear; self.indicativeBudget = indicativeBudget; self.notes = notes
    }
}
