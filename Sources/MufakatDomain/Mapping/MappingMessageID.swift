/// Pesan pemetaan: the messages of `MappingValidator` and `MappingJSONReader`. The words live
/// in the rulebook (`[[mapping_message]]`, with `message_en` and the field's name); the code
/// names the message and fills its {placeholders}. `rulebook check` reports a message missing
/// from a rulebook and a placeholder the code does not fill.
public enum MappingMessageID: String, CaseIterable, Sendable {
    // The mapping as a whole.
    case schemaVersion = "versi-skema"
    case unknownRegion = "daerah-tidak-dikenal"
    case nonAutonomousRegion = "daerah-tidak-otonom"
    case contactEmpty = "petugas-kosong"
    case mappingEmpty = "pemetaan-kosong"
    // The subject of a row's findings ("Kota Bogor, urusan 1.03 ...").
    case regionByCode = "daerah-menurut-kode"
    case affairSubject = "subjek-urusan"
    case unknownAffairSubject = "subjek-urusan-tidak-dikenal"
    // One row (an affair).
    case absoluteAffair = "urusan-absolut"
    case unknownAffair = "urusan-tidak-dikenal"
    case duplicateAffair = "urusan-ganda"
    case duplicateSubAffair = "sub-urusan-ganda"
    case subAffairOfOtherAffair = "sub-urusan-salah-urusan"
    case subAffairOutsideAuthority = "sub-urusan-di-luar-kewenangan"
    case unknownSubAffair = "sub-urusan-tidak-dikenal"
    case offerAndNeedEmpty = "potensi-kebutuhan-kosong"
    case partnerIsSelf = "mitra-diri-sendiri"
    case partnerNotAutonomous = "mitra-tidak-otonom"
    case unknownPartner = "mitra-tidak-dikenal"
    case duplicatePartner = "mitra-ganda"
    case kindNeedsRegionPartner = "jenis-tidak-cocok-mitra"
    case kindNeedsThirdParty = "jenis-tidak-cocok-mitra-ksdpk"
    case kindNotMapped = "jenis-tidak-untuk-pemetaan"
    case targetYearPast = "tahun-target-lampau"
    case targetYearFar = "tahun-target-jauh"
    case rkpdYearImplausible = "tahun-rkpd-tidak-wajar"
    case rkpdAfterTarget = "rkpd-sesudah-target"
    case priorityNotPlanned = "prioritas-belum-direncanakan"
    // Reading a mapping file.
    case invalidJSON = "berkas-json-tidak-sah"
    case itemNotObject = "berkas-unsur-bukan-objek"
    case itemPlace = "berkas-unsur-ke"
    case notMappingObject = "berkas-bukan-objek-pemetaan"
    case mappingsNotList = "berkas-mappings-bukan-daftar"
    case noRegionCode = "berkas-tanpa-kode-daerah"
    case formatVersionInvalid = "berkas-versi-format-tidak-sah"
    case formatVersionNewer = "berkas-versi-format-lebih-baru"
    case revisionWithoutMapping = "berkas-revisi-tanpa-pemetaan"
    case revisionMappingNotObject = "berkas-revisi-pemetaan-bukan-objek"
    case notAValidMapping = "berkas-bukan-pemetaan-sah"
    case valueOutOfLimits = "berkas-nilai-di-luar-batas"
    case fieldMissing = "berkas-isian-tidak-ada"
    case fieldWrongType = "berkas-isian-berjenis-salah"
    case fieldEmpty = "berkas-isian-kosong"
    case fieldCorrupt = "berkas-isian-rusak"
    case valueIsText = "berkas-nilai-teks"
    case valueIsList = "berkas-nilai-daftar"
    case valueIsNull = "berkas-nilai-null"
    case valueIsOther = "berkas-nilai-lain"

    /// The {placeholders} the code fills in this message.
    public var placeholders: Set<String> {
        switch self {
        case .schemaVersion: ["daerah", "versi", "versi_program"]
        case .unknownRegion, .regionByCode, .partnerIsSelf, .unknownPartner, .duplicatePartner: ["kode"]
        case .nonAutonomousRegion, .absoluteAffair, .partnerNotAutonomous: ["nama"]
        case .contactEmpty, .mappingEmpty: ["daerah"]
        case .affairSubject: ["daerah", "kode", "nama"]
        case .unknownAffairSubject: ["daerah", "kode"]
        case .duplicateSubAffair, .unknownSubAffair: ["sub"]
        case .subAffairOfOtherAffair: ["sub", "urusan_sub", "urusan"]
        case .subAffairOutsideAuthority: ["sub", "tingkat", "daerah"]
        case .kindNeedsRegionPartner, .kindNotMapped: ["jenis"]
        case .targetYearPast: ["tahun", "tahun_ini"]
        case .targetYearFar: ["tahun"]
        case .rkpdYearImplausible: ["rkpd"]
        case .rkpdAfterTarget: ["rkpd", "tahun"]
        case .unknownAffair, .duplicateAffair, .offerAndNeedEmpty, .kindNeedsThirdParty, .priorityNotPlanned: []
        case .invalidJSON, .notAValidMapping: ["sebab"]
        case .itemNotObject, .itemPlace: ["nomor"]
        case .notMappingObject, .mappingsNotList, .noRegionCode, .revisionWithoutMapping: []
        case .formatVersionInvalid: ["nilai"]
        case .formatVersionNewer: ["versi", "versi_program"]
        case .revisionMappingNotObject: ["isian", "jenis"]
        case .valueOutOfLimits: ["isian", "masalah"]
        case .fieldMissing, .fieldWrongType, .fieldEmpty: ["isian"]
        case .fieldCorrupt: ["isian", "sebab"]
        case .valueIsText, .valueIsList, .valueIsNull, .valueIsOther: []
        }
    }
}

/// The mapping messages of a rulebook, in the interface language.
public struct MappingMessages: Sendable {
    let own: [String: Rulebook.MappingMessage]
    let fallback: [String: Rulebook.MappingMessage]

    /// The messages of `rulebook` (the bundled one when nil); one it lacks is taken from the
    /// bundled rulebook.
    public init(rulebook: Rulebook? = nil) {
        func table(_ r: Rulebook?) -> [String: Rulebook.MappingMessage] {
            Dictionary((r?.mappingMessages ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
        own = table(rulebook ?? Rulebook.bundled)
        fallback = rulebook == nil ? [:] : table(Rulebook.bundled)
    }

    func entry(_ id: MappingMessageID) -> Rulebook.MappingMessage? {
        own[id.rawValue] ?? fallback[id.rawValue]
    }

    /// The message `id` with its placeholders filled. When no rulebook has it, a sentence that
    /// names it and says where to add it (never a raw placeholder).
    public func text(_ id: MappingMessageID, _ values: [String: String] = [:]) -> String {
        guard let m = entry(id) else {
            let shown = values.sorted { $0.key < $1.key }.map { "\($0.value)" }.joined(separator: ", ")
            return DisplayLanguage.pick(
                id: "Pesan pemetaan '\(id.rawValue)' tidak ada dalam rulebook\(shown.isEmpty ? "" : " (\(shown))"); tambahkan [[mapping_message]] dengan id = \"\(id.rawValue)\".",
                en: "Mapping message '\(id.rawValue)' is missing from the rulebook\(shown.isEmpty ? "" : " (\(shown))"); add a [[mapping_message]] with id = \"\(id.rawValue)\".")
        }
        return Validator.fill(m.displayMessage, values)
    }

    /// The Indonesian name of the field the message concerns ("Calon mitra daerah"): stable,
    /// whatever the interface language (screens match it to their fields).
    public func field(_ id: MappingMessageID) -> String {
        entry(id)?.field ?? "Pemetaan"
    }

    /// The same name in the interface language ("Partner region").
    public func displayField(_ id: MappingMessageID) -> String {
        entry(id)?.displayField ?? DisplayLanguage.pick(id: "Pemetaan", en: "Mapping")
    }
}
