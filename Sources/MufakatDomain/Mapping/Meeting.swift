import Foundation

/// Tingkat rapat: a technical coordination at provincial level (kab/kota inside one province)
/// or at national level (every other shape) (PP 28/2018 Pasal 5).
public enum MeetingLevel: String, Codable, Sendable, CaseIterable {
    case provinsi
    case nasional

    public var label: String {
        switch self {
        case .provinsi: "Tingkat Provinsi"
        case .nasional: "Tingkat Nasional"
        }
    }
}

/// Rapat asistensi / koordinasi teknis pemetaan urusan: the meeting a facilitator runs to merge the
/// regions' mappings, agree on cooperations and carry them into RPJMD/RKPD (PP 28/2018 Pasal 5).
/// Stored as `meetings/<id>.json`.
public struct Meeting: Codable, Sendable, Hashable, Identifiable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// File-name-safe id ([a-z0-9-]).
    public var id: String
    /// Judul rapat, e.g. "Rapat Koordinasi Teknis Pemetaan Urusan Kerja Sama Daerah Provinsi Jawa Barat".
    public var title: String
    public var level: MeetingLevel
    /// Province code for a provincial meeting.
    public var provinceCode: String?
    /// Tanggal rapat.
    public var date: CalendarDate?
    /// Tempat rapat.
    public var place: String
    /// Fasilitator: the official who leads the meeting and signs the minutes.
    public var facilitator: Person
    /// Instansi fasilitator, e.g. "Direktorat Dekonsentrasi, Tugas Pembantuan, dan Kerja Sama, Ditjen Bina Administrasi Kewilayahan, Kementerian Dalam Negeri".
    public var facilitatorAgency: String
    /// Daerah peserta: region codes, in the order they were added.
    public var participantRegions: [String]
    /// Kementerian/lembaga peserta.
    public var participantAgencies: [String]
    /// Kesepakatan: the cooperations the participants agreed on.
    public var agreements: [AgreedCooperation]
    /// Tindak lanjut: follow-ups recorded in the minutes.
    public var followUps: [FollowUp]
    /// Riwayat impor: which bundle brought which region's mapping.
    public var imports: [MappingImportRecord]
    /// Catatan rapat.
    public var notes: String
    /// Nomor berita acara, once the minutes are numbered (nil: a dotted line is printed).
    /// Optional in the file, so meetings saved before keep their bytes.
    public var minutesNumber: String? = nil
    /// Penyesuaian kelompok: groups the facilitator split or merged on screen or by command.
    public var groupChanges: [GroupChange] = []

    public init(id: String, title: String, level: MeetingLevel, provinceCode: String? = nil, date: CalendarDate? = nil,
                place: String = "", facilitator: Person = Person(), facilitatorAgency: String = "",
                participantRegions: [String] = [], participantAgencies: [String] = [],
                agreements: [AgreedCooperation] = [], followUps: [FollowUp] = [], imports: [MappingImportRecord] = [],
                notes: String = "") {
        schemaVersion = Meeting.currentSchemaVersion
        self.id = id; self.title = title; self.level = level; self.provinceCode = provinceCode; self.date = date
        self.place = place; self.facilitator = facilitator; self.facilitatorAgency = facilitatorAgency
        self.participantRegions = participantRegions; self.participantAgencies = participantAgencies
        self.agreements = agreements; self.followUps = followUps; self.imports = imports; self.notes = notes
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, id, title, level, provinceCode, date, place, facilitator, facilitatorAgency
        case participantRegions, participantAgencies, agreements, followUps, imports, notes, minutesNumber, groupChanges
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 1
        id = try c.decode(String.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        level = try c.decodeIfPresent(MeetingLevel.self, forKey: .level) ?? .provinsi
        provinceCode = try c.decodeIfPresent(String.self, forKey: .provinceCode)
        date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
        place = try c.decodeIfPresent(String.self, forKey: .place) ?? ""
        facilitator = try c.decodeIfPresent(Person.self, forKey: .facilitator) ?? Person()
        facilitatorAgency = try c.decodeIfPresent(String.self, forKey: .facilitatorAgency) ?? ""
        participantRegions = try c.decodeIfPresent([String].self, forKey: .participantRegions) ?? []
        participantAgencies = try c.decodeIfPresent([String].self, forKey: .participantAgencies) ?? []
        agreements = try c.decodeIfPresent([AgreedCooperation].self, forKey: .agreements) ?? []
        followUps = try c.decodeIfPresent([FollowUp].self, forKey: .followUps) ?? []
        imports = try c.decodeIfPresent([MappingImportRecord].self, forKey: .imports) ?? []
        notes = try c.decodeIfPresent(String.self, forKey: .notes) ?? ""
        minutesNumber = try c.decodeIfPresent(String.self, forKey: .minutesNumber)
        groupChanges = try c.decodeIfPresent([GroupChange].self, forKey: .groupChanges) ?? []
    }

    /// Adds a participating region once, keeping the order of arrival.
    public mutating func addParticipant(_ regionCode: String) {
        if !participantRegions.contains(regionCode) { participantRegions.append(regionCode) }
    }

    /// "Rapat Koordinasi Teknis ... pada 15 Juni 2026 di Bandung" for headers and lists.
    public var summaryLine: String {
        var parts = [title.isEmpty ? "(rapat tanpa judul)" : title]
        if let date { parts.append("tanggal \(IndonesianDate.long(date))") }
        if !place.isEmpty { parts.append("di \(place)") }
        return parts.joined(separator: ", ")
    }
}

/// Kesepakatan rapat: one cooperation the participants agreed to prepare, with its parties.
public struct AgreedCooperation: Codable, Sendable, Hashable {
    /// Affair code from the catalogue.
    public var affairCode: String
    /// Region codes of the parties; the first is the initiating region.
    public var regionCodes: [String]
    public var kind: CooperationKind
    /// Uraian: what the cooperation is about.
    public var title: String
    public var targetYear: Int?
    /// Why it was proposed (the reason of the match it came from).
    public var basis: String
    /// Id of the draft cooperation created in the store from it, if any.
    public var cooperationID: String?
    /// Tanggal dicatat: when the agreement was recorded (nil in files written before it was kept).
    public var recordedOn: CalendarDate?
    /// Pencabutan: set when the agreement was withdrawn; a withdrawn agreement stays in the
    /// history and the minutes' revision, never in the planned cooperations.
    public var withdrawal: AgreementWithdrawal?
    /// Perlu ditinjau: why the agreement (and its draft) should be checked again, e.g. a party's
    /// mapping was replaced by a newer one after it was made.
    public var reviewNote: String?

    /// Whether the agreement still stands (not withdrawn).
    public var isActive: Bool { withdrawal == nil }

    public init(affairCode: String, regionCodes: [String], kind: CooperationKind, title: String,
                targetYear: Int? = nil, basis: String = "", cooperationID: String? = nil) {
        self.affairCode = affairCode; self.regionCodes = regionCodes; self.kind = kind; self.title = title
        self.targetYear = targetYear; self.basis = basis; self.cooperationID = cooperationID
    }
}

/// Penyesuaian kelompok kecocokan: the facilitator splits a group match back into its pairs, or
/// merges the matches of one affair among some regions into one group.
public struct GroupChange: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case split = "pisah", merge = "gabung" }
    public var kind: Kind
    public var affairCode: String
    /// The regions of the group (split) or of the new group (merge), as a set.
    public var regionCodes: [String]

    public init(kind: Kind, affairCode: String, regionCodes: [String]) {
        self.kind = kind; self.affairCode = affairCode; self.regionCodes = regionCodes
    }

    func covers(_ m: MappingMatch) -> Bool { m.affairCode == affairCode && Set(m.regionCodes).isSubset(of: Set(regionCodes)) }
}

/// Pencabutan kesepakatan: why and when an agreement of the meeting was withdrawn.
public struct AgreementWithdrawal: Codable, Sendable, Hashable {
    /// Alasan pencabutan.
    public var reason: String
    public var withdrawnOn: CalendarDate

    public init(reason: String, withdrawnOn: CalendarDate) { self.reason = reason; self.withdrawnOn = withdrawnOn }
}

/// Tindak lanjut: an action the minutes assign.
public struct FollowUp: Codable, Sendable, Hashable {
    /// Uraian tindak lanjut.
    public var action: String
    /// Penanggung jawab: who carries it out.
    public var responsible: String
    /// Batas waktu.
    public var dueDate: CalendarDate?

    public init(action: String, responsible: String = "", dueDate: CalendarDate? = nil) {
        self.action = action; self.responsible = responsible; self.dueDate = dueDate
    }
}

/// Catatan impor: one region's mapping taken in from a bundle.
public struct MappingImportRecord: Codable, Sendable, Hashable {
    public var regionCode: String
    /// Name of the bundle file (without folders).
    public var source: String
    public var importedOn: CalendarDate
    /// SHA-256 (hex) of the mapping JSON as taken in, to tell a re-import of the same file.
    public var fingerprint: String
    /// What happened: "baru", "sama", "diganti", "dipertahankan".
    public var outcome: MappingImportOutcome
    /// Revisi pengirim: the revision the mapping had in the sending region's store (bundles only).
    public var sourceRevision: Int?
    /// When the sending region saved that revision, ISO 8601 in UTC (bundles only). Text, not a
    /// `Date`, so the meeting file reads the same under every date strategy.
    public var sourceSavedAt: String?

    public init(regionCode: String, source: String, importedOn: CalendarDate, fingerprint: String, outcome: MappingImportOutcome) {
        self.regionCode = regionCode; self.source = source; self.importedOn = importedOn
        self.fingerprint = fingerprint; self.outcome = outcome
    }
}

/// Hasil impor pemetaan.
public enum MappingImportOutcome: String, Codable, Sendable, CaseIterable {
    /// Baru: no earlier mapping of the region.
    case added = "baru"
    /// Sama: identical to the earlier one.
    case unchanged = "sama"
    /// Diganti: the earlier mapping was replaced.
    case replaced = "diganti"
    /// Dipertahankan: the earlier mapping was kept, the incoming one set aside.
    case kept = "dipertahankan"

    public var label: String {
        switch self {
        case .added: "baru"
        case .unchanged: "sama dengan sebelumnya"
        case .replaced: "menggantikan pemetaan sebelumnya"
        case .kept: "pemetaan sebelumnya dipertahankan"
        }
    }
}
