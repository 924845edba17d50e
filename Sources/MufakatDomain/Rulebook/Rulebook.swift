import Foundation
import TOMLKit

/// Rulebook (buku aturan): the law as data. Stages per kind, required fields, gates, durations,
/// reminder tiers, validation rules and clause templates, each with its legal basis. Loaded from
/// the bundled `rulebook.toml` or from a region's own file (`--rulebook`).
public struct Rulebook: Codable, Sendable {
    public var meta: Meta
    public var sources: [Source]
    public var kinds: [KindRule]
    public var stages: [StageRule]
    public var gates: [GateRule]
    /// Named conditions used by gates and `start_when` (optional section `[[condition]]`).
    public var conditions: [ConditionRule]
    public var duration: DurationRule
    public var reminders: ReminderRule
    public var rules: [ValidationRule]
    public var clauses: [ClauseTemplate]
    /// Arsip berkas: the size limit of one archived file (optional section `[archive]`).
    public var archive: ArchiveRule?
    /// Jenis berkas arsip (optional section `[[archive_kind]]`).
    public var archiveKinds: [ArchiveKindRule]
    /// Daftar publik: the fields a published register shows (optional section `[public]`).
    public var publicRegister: PublicRule?

    /// Kelengkapan halaman per naskah: paraf box, page numbers, default copies (optional section `[[document]]`).
    public var documents: [DocumentRule]
    /// Alasan berakhirnya kerja sama (optional section `[[ending_ground]]`).
    public var endingGrounds: [EndingGroundRule]
    /// Pelaporan: to whom a report goes (optional section `[reporting]`).
    public var reporting: ReportingRule? { afterSigning.reporting }
    /// TKKSD: the stages whose documents the coordination team reviews (optional section `[tkksd]`).
    public var tkksd: TKKSDRule? { afterSigning.tkksd }
    /// Kop surat: which letterhead a letter of the head of region carries, and the logo's limits
    /// (optional section `[letterhead]`). Kept behind the same reference as the sections above.
    public var letterhead: LetterheadRule? { afterSigning.letterhead }
    /// The optional sections of the life after signing, behind one reference. `Rulebook` is
    /// passed by value through the editor's deep drawing calls; in debug builds on the test
    /// threads' small stacks every byte of it counts (32 more bytes overflowed the stack).
    private let afterSigning: AfterSigningSections
    /// Pesan pemetaan: the messages of the mapping check and of reading a mapping file (optional
    /// section `[[mapping_message]]`; a missing one is taken from the bundled rulebook). Behind
    /// the same reference as the sections above, for the same reason.
    public var mappingMessages: [MappingMessage] { afterSigning.mappingMessages }

    final class AfterSigningSections: Sendable {
        let reporting: ReportingRule?
        let tkksd: TKKSDRule?
        let letterhead: LetterheadRule?
        let mappingMessages: [MappingMessage]
        init(reporting: ReportingRule?, tkksd: TKKSDRule?, letterhead: LetterheadRule? = nil, mappingMessages: [MappingMessage] = []) {
            self.reporting = reporting; self.tkksd = tkksd; self.letterhead = letterhead; self.mappingMessages = mappingMessages
        }
    }

    enum CodingKeys: String, CodingKey {
        case meta = "rulebook", sources = "source", kinds = "kind", stages = "stage", gates = "gate", conditions = "condition"
        case duration, reminders, rules = "rule", clauses = "clause", documents = "document", endingGrounds = "ending_ground", reporting, tkksd
        case archive, archiveKinds = "archive_kind", publicRegister = "public"
        case letterhead
        case mappingMessages = "mapping_message"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        meta = try c.decode(Meta.self, forKey: .meta)
        sources = try c.decodeIfPresent([Source].self, forKey: .sources) ?? []
        kinds = try c.decode([KindRule].self, forKey: .kinds)
        stages = try c.decode([StageRule].self, forKey: .stages)
        gates = try c.decodeIfPresent([GateRule].self, forKey: .gates) ?? []
        conditions = try c.decodeIfPresent([ConditionRule].self, forKey: .conditions) ?? []
        duration = try c.decode(DurationRule.self, forKey: .duration)
        reminders = try c.decode(ReminderRule.self, forKey: .reminders)
        rules = try c.decodeIfPresent([ValidationRule].self, forKey: .rules) ?? []
        clauses = try c.decodeIfPresent([ClauseTemplate].self, forKey: .clauses) ?? []
        documents = try c.decodeIfPresent([DocumentRule].self, forKey: .documents) ?? []
        endingGrounds = try c.decodeIfPresent([EndingGroundRule].self, forKey: .endingGrounds) ?? []
        afterSigning = AfterSigningSections(reporting: try c.decodeIfPresent(ReportingRule.self, forKey: .reporting),
                                            tkksd: try c.decodeIfPresent(TKKSDRule.self, forKey: .tkksd),
                                            letterhead: try c.decodeIfPresent(LetterheadRule.self, forKey: .letterhead),
                                            mappingMessages: try c.decodeIfPresent([MappingMessage].self, forKey: .mappingMessages) ?? [])
        archive = try c.decodeIfPresent(ArchiveRule.self, forKey: .archive)
        archiveKinds = try c.decodeIfPresent([ArchiveKindRule].self, forKey: .archiveKinds) ?? []
        publicRegister = try c.decodeIfPresent(PublicRule.self, forKey: .publicRegister)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(meta, forKey: .meta)
        try c.encode(sources, forKey: .sources)
        try c.encode(kinds, forKey: .kinds)
        try c.encode(stages, forKey: .stages)
        try c.encode(gates, forKey: .gates)
        try c.encode(conditions, forKey: .conditions)
        try c.encode(duration, forKey: .duration)
        try c.encode(reminders, forKey: .reminders)
        try c.encode(rules, forKey: .rules)
        try c.encode(clauses, forKey: .clauses)
        try c.encode(documents, forKey: .documents)
        try c.encode(endingGrounds, forKey: .endingGrounds)
        try c.encodeIfPresent(reporting, forKey: .reporting)
        try c.encodeIfPresent(tkksd, forKey: .tkksd)
        try c.encodeIfPresent(letterhead, forKey: .letterhead)
        try c.encode(mappingMessages, forKey: .mappingMessages)
        try c.encodeIfPresent(archive, forKey: .archive)
        try c.encode(archiveKinds, forKey: .archiveKinds)
        try c.encodeIfPresent(publicRegister, forKey: .publicRegister)
    }

    /// The page furniture of a document kind (`DocumentKind` raw value), when the rulebook has one.
    public func document(_ id: String) -> DocumentRule? { documents.first { $0.id == id } }

    // MARK: Parts

    public struct Meta: Codable, Sendable {
        public var name: String
        public var formatVersion: Int
        public var edition: String?
        enum CodingKeys: String, CodingKey { case name, formatVersion = "format_version", edition }
    }

    /// A law or regulation cited by rules.
    public struct Source: Codable, Sendable {
        public var id: String
        public var citation: String
        /// Perubahan: the amendment chain as cited after the title ("sebagaimana telah beberapa
        /// kali diubah, terakhir dengan ..."); nil when the regulation was not amended.
        public var amendments: String?
        /// Urusan pemerintahan (affair code prefixes) for which this is the sector regulation.
        public var affairs: [String]?
        /// Kementerian sektor for copies ("Menteri Perhubungan").
        public var ministry: String?
        public var toConfirm: Bool?
        enum CodingKeys: String, CodingKey {
            case id, citation, amendments, affairs, ministry, toConfirm = "to_confirm"
        }

        /// The citation with its amendment chain, as a line of "Mengingat".
        public var fullCitation: String {
            guard let a = amendments?.trimmedWhitespace(), !a.isEmpty else { return citation }
            return citation + " " + a
        }
    }

    /// Kelengkapan halaman naskah: what each page of a document kind carries.
    public struct DocumentRule: Codable, Sendable {
        /// DocumentKind raw value: "kb", "pks", "penawaran", ...
        public var id: String
        /// Kotak paraf: one cell per party on each page.
        public var initials: Bool?
        /// Page number pattern with {halaman} and {jumlah}: "Halaman {halaman} dari {jumlah}".
        public var pageNumber: String?
        /// Default copies (tembusan); `{gubernur}` names the Governor of the province of a kab/kota,
        /// `{dprd}` the own region's council, `{kementerian}` the sector ministry.
        public var copies: [String]?
        public var basis: String?
        public var toConfirm: Bool?
        enum CodingKeys: String, CodingKey {
            case id, initials, pageNumber = "page_number", copies, basis, toConfirm = "to_confirm"
        }
    }

    /// Jenis kerja sama as the rulebook allows it.
    public struct KindRule: Codable, Sendable {
        public var id: String
        public var name: String
        public var summary: String
        public var basis: String
        public var allowed: Bool
        /// Why the kind is refused, when `allowed` is false.
        public var refusal: String?
        /// Stage ids in order.
        public var stages: [String]
        /// Allowed party types (PartyType raw values).
        public var partyTypes: [String]
        public var minParties: Int
        public var requiresBordering: Bool
        /// Allowed shapes of a KSDD wajib; empty = any.
        public var allowedShapes: [String]
        /// The article of PP 28/2018 requiring the council's approval for this kind
        /// ("Pasal 6 ayat (2)"), cited in the financing plan and the request to the council;
        /// nil cites the regulation without an article.
        public var councilArticle: String?
        public var toConfirm: Bool?
        /// Party types of which at least one party is required (KSDPK: a third party).
        public var requiredPartyTypes: [String]?
        /// Bentuk kerja sama the officer chooses from (KSDPK: PP 28/2018 Pasal 15); none = free text.
        public var forms: [FormRule]?
        /// English interface texts (`name_en`, `summary_en`, `refusal_en`); see `displayName`.
        public var nameEn: String?, summaryEn: String?, refusalEn: String?
        enum CodingKeys: String, CodingKey {
            case nameEn = "name_en", summaryEn = "summary_en", refusalEn = "refusal_en"
            case id, name, summary, basis, allowed, refusal, stages
            case partyTypes = "party_types", minParties = "min_parties", requiresBordering = "requires_bordering"
            case allowedShapes = "allowed_shapes", councilArticle = "council_article", toConfirm = "to_confirm"
            case requiredPartyTypes = "required_party_types", forms = "form"
        }
        public var allForms: [FormRule] { forms ?? [] }
        /// The name, summary and refusal in the interface language (`name` stays for documents).
        public var displayName: String { DisplayLanguage.text(name, nameEn) }
        public var displaySummary: String { DisplayLanguage.text(summary, summaryEn) }
        public var displayRefusal: String? { refusal.map { DisplayLanguage.text($0, refusalEn) } }
        public func form(_ id: String) -> FormRule? { allForms.first { $0.id == id } }
    }

    /// Bentuk kerja sama: one of the forms a kind allows.
    public struct FormRule: Codable, Sendable {
        public var id: String
        /// As it reads in a naskah: "kerja sama investasi".
        public var name: String
        public var basis: String
        public var toConfirm: Bool?
        /// The name on screens in English (`name_en`); the naskah keeps `name`.
        public var nameEn: String?
        enum CodingKeys: String, CodingKey { case id, name, basis, toConfirm = "to_confirm", nameEn = "name_en" }
        public var displayName: String { DisplayLanguage.text(name, nameEn) }
    }

    /// Alasan berakhirnya kerja sama (PP 28/2018 Pasal 9 ayat (1), Pasal 22).
    public struct EndingGroundRule: Codable, Sendable {
        /// An `EndRecord.Ground` raw value.
        public var id: String
        public var name: String
        /// Kinds it applies to; nil or empty = all.
        public var kinds: [String]?
        public var basis: String
        public var toConfirm: Bool?
        public var nameEn: String?
        enum CodingKeys: String, CodingKey { case id, name, kinds, basis, toConfirm = "to_confirm", nameEn = "name_en" }
        public var displayName: String { DisplayLanguage.text(name, nameEn) }
        public func applies(to kind: CooperationKind) -> Bool {
            guard let kinds, !kinds.isEmpty else { return true }
            return kinds.contains(kind.rawValue)
        }
    }

    /// Telaahan TKKSD: the stages at which the Tim Koordinasi Kerja Sama Daerah reviews the
    /// document (the KAK, the drafts) and recommends.
    public struct TKKSDRule: Codable, Sendable {
        /// Stage ids.
        public var reviewStages: [String]
        public var basis: String
        public var toConfirm: Bool?
        enum CodingKeys: String, CodingKey { case reviewStages = "review_stages", basis, toConfirm = "to_confirm" }
    }

    /// Pelaporan (PP 28/2018 Pasal 44): the report of a kab/kota goes to the Governor, that of a
    /// province to the Minister.
    public struct ReportingRule: Codable, Sendable {
        /// "Gubernur" (followed by the province name in letters).
        public var recipientKabKota: String
        /// "Menteri Dalam Negeri".
        public var recipientProvince: String
        public var basis: String
        public var toConfirm: Bool?
        enum CodingKeys: String, CodingKey {
            case recipientKabKota = "recipient_kabkota", recipientProvince = "recipient_provinsi", basis, toConfirm = "to_confirm"
        }
    }

    /// Tahapan.
    public struct StageRule: Codable, Sendable {
        public var id: String
        /// Which section of the cooperation holds its answers (StageSection raw value).
        public var section: String
        public var name: String
        public var summary: String
        public var basis: String
        public var toConfirm: Bool?
        /// Stages that must be done or skipped first.
        public var after: [String]
        /// Named conditions that must hold before it may start.
        public var startWhen: [String]?
        /// A gate id: the stage applies only when the gate's conditions hold.
        public var gate: String?
        public var fields: [FieldRule]?
        /// Tenggat hari kerja: at most this many working days from `progress.startedOn` to
        /// `progress.completedOn` (KSDPL/KSDLL DPRD answer: PP 28/2018 Pasal 30 ayat (4)).
        public var deadlineWorkingDays: Int?
        /// English interface texts (`name_en`, `summary_en`).
        public var nameEn: String?, summaryEn: String?
        enum CodingKeys: String, CodingKey {
            case nameEn = "name_en", summaryEn = "summary_en"
            case id, section, name, summary, basis, toConfirm = "to_confirm", after
            case startWhen = "start_when", gate, fields = "field", deadlineWorkingDays = "deadline_working_days"
        }
        public var requiredFields: [FieldRule] { fields ?? [] }
        /// The stage's title and summary in the interface language.
        public var displayName: String { DisplayLanguage.text(name, nameEn) }
        public var displaySummary: String { DisplayLanguage.text(summary, summaryEn) }
    }

    /// Isian wajib: a field path that must be filled before a stage is complete.
    public struct FieldRule: Codable, Sendable {
        /// Path into the cooperation JSON, e.g. "proposal.background".
        public var path: String
        public var label: String
        /// Kinds it applies to; nil or empty = all.
        public var kinds: [String]?
        public var basis: String
        public var toConfirm: Bool?
        public var labelEn: String?
        enum CodingKeys: String, CodingKey { case path, label, kinds, basis, toConfirm = "to_confirm", labelEn = "label_en" }
        /// The label in the interface language.
        public var displayLabel: String { DisplayLanguage.text(label, labelEn) }

        public func applies(to kind: CooperationKind) -> Bool {
            guard let kinds, !kinds.isEmpty else { return true }
            return kinds.contains(kind.rawValue)
        }
    }

    /// Gerbang: a stage that applies only when a named condition holds.
    public struct GateRule: Codable, Sendable {
        public var id: String
        /// Named conditions, any of which opens the gate.
        public var whenAny: [String]
        public var basis: String
        public var skipReason: String
        /// Text shown when it applies; "{alasan}" is replaced by the conditions that hold.
        public var applyReason: String?
        public var toConfirm: Bool?
        public var skipReasonEn: String?, applyReasonEn: String?
        enum CodingKeys: String, CodingKey {
            case id, whenAny = "when_any", basis, skipReason = "skip_reason", applyReason = "apply_reason", toConfirm = "to_confirm"
            case skipReasonEn = "skip_reason_en", applyReasonEn = "apply_reason_en"
        }
        public var displaySkipReason: String { DisplayLanguage.text(skipReason, skipReasonEn) }
        public var displayApplyReason: String? { applyReason.map { DisplayLanguage.text($0, applyReasonEn) } }
    }

    /// Syarat bernama: a condition the code evaluates (see `GateCondition`), with the words
    /// used when a gate applies (`label`) and when a stage waits for it (`blockedReason`).
    public struct ConditionRule: Codable, Sendable {
        public var id: String
        public var label: String
        public var blockedReason: String
        public var basis: String
        public var toConfirm: Bool?
        public var labelEn: String?, blockedReasonEn: String?
        enum CodingKeys: String, CodingKey {
            case id, label, blockedReason = "blocked_reason", basis, toConfirm = "to_confirm"
            case labelEn = "label_en", blockedReasonEn = "blocked_reason_en"
        }
        public var displayLabel: String { DisplayLanguage.text(label, labelEn) }
        public var displayBlockedReason: String { DisplayLanguage.text(blockedReason, blockedReasonEn) }
    }

    /// Jangka waktu: the general limit and its sector exceptions.
    public struct DurationRule: Codable, Sendable {
        public var maxYears: Int
        public var basis: String
        public var toConfirm: Bool?
        public var exceptions: [DurationException]?
        /// Bantuan: shown where the duration is entered (e.g. where BMD use and KPBU are governed).
        public var help: String?
        enum CodingKeys: String, CodingKey { case maxYears = "max_years", basis, toConfirm = "to_confirm", exceptions = "exception", help }
        public var allExceptions: [DurationException] { exceptions ?? [] }
    }

    public struct DurationException: Codable, Sendable {
        public var id: String
        public var name: String
        /// Affair code it applies to; empty = any affair (chosen by the officer).
        public var affair: String
        public var subAffairs: [String]
        public var maxYears: Int
        public var basis: String
        public var toConfirm: Bool?
        public var nameEn: String?
        enum CodingKeys: String, CodingKey {
            case id, name, affair, subAffairs = "sub_affairs", maxYears = "max_years", basis, toConfirm = "to_confirm", nameEn = "name_en"
        }
        public var displayName: String { DisplayLanguage.text(name, nameEn) }
    }

    /// Tenggat dan pengingat.
    public struct ReminderRule: Codable, Sendable {
        public var expiryDays: [Int]
        public var expiryBasis: String
        public var offerResponseDays: Int
        public var offerResponseBasis: String
        public var offerResponseToConfirm: Bool?
        public var dprdDecisionDays: Int
        public var dprdDecisionBasis: String
        public var dprdDecisionToConfirm: Bool?
        public var evaluationsPerYear: Int
        public var evaluationBasis: String
        public var evaluationToConfirm: Bool?
        enum CodingKeys: String, CodingKey {
            case expiryDays = "expiry_days", expiryBasis = "expiry_basis"
            case offerResponseDays = "offer_response_days", offerResponseBasis = "offer_response_basis"
            case offerResponseToConfirm = "offer_response_to_confirm"
            case dprdDecisionDays = "dprd_decision_days", dprdDecisionBasis = "dprd_decision_basis"
            case dprdDecisionToConfirm = "dprd_decision_to_confirm"
            case evaluationsPerYear = "evaluations_per_year", evaluationBasis = "evaluation_basis"
            case evaluationToConfirm = "evaluation_to_confirm"
        }
    }

    /// Aturan validasi: the code implements the check named by `id`; the rulebook gives its
    /// severity, the Indonesian message (with {placeholders}) and its legal basis.
    public struct ValidationRule: Codable, Sendable {
        public var id: String
        /// "error", "warning" or "info".
        public var severity: String
        public var message: String
        public var basis: String
        public var toConfirm: Bool?
        /// The message in English (`message_en`), with the same {placeholders}.
        public var messageEn: String?
        enum CodingKeys: String, CodingKey { case id, severity, message, basis, toConfirm = "to_confirm", messageEn = "message_en" }
        public var displayMessage: String { DisplayLanguage.text(message, messageEn) }
    }

    /// Pesan pemetaan: one message of the mapping check or of reading a mapping file, with
    /// {placeholders} the code fills (`MappingMessageID.placeholders`), the name of the field it
    /// concerns, and both in English (`message_en`, `field_en`).
    public struct MappingMessage: Codable, Sendable {
        public var id: String
        public var message: String
        public var messageEn: String?
        public var field: String?
        public var fieldEn: String?
        enum CodingKeys: String, CodingKey { case id, message, field, messageEn = "message_en", fieldEn = "field_en" }
        public var displayMessage: String { DisplayLanguage.text(message, messageEn) }
        public var displayField: String? { field.map { DisplayLanguage.text($0, fieldEn) } }
    }

    /// Templat pasal: one article of a KB or PKS, with {variables} filled from the cooperation.
    public struct ClauseTemplate: Codable, Sendable {
        /// "kb", "nota" or "pks".
        public var document: String
        public var id: String
        public var heading: String
        /// Kinds it applies to; nil or empty = all.
        public var kinds: [String]?
        /// Named conditions (see `GateCondition`) that must all hold for the clause to apply;
        /// nil or empty = always.
        public var when: [String]?
        public var paragraphs: [String]
        public var basis: String
        public var toConfirm: Bool?
        enum CodingKeys: String, CodingKey { case document, id, heading, kinds, when, paragraphs, basis, toConfirm = "to_confirm" }

        public func applies(to kind: CooperationKind) -> Bool {
            guard let kinds, !kinds.isEmpty else { return true }
            return kinds.contains(kind.rawValue)
        }

        /// Whether the clause applies to the cooperation: its kind, and every `when` condition.
        public func applies(to cooperation: Cooperation) -> Bool {
            applies(to: cooperation.kind) && (when ?? []).allSatisfy { GateCondition.holds($0, for: cooperation) == true }
        }
    }

    // MARK: Lookups

    public func kind(_ kind: CooperationKind) -> KindRule? { kinds.first { $0.id == kind.rawValue } }
    public func stage(_ id: String) -> StageRule? { stages.first { $0.id == id } }
    public func gate(_ id: String) -> GateRule? { gates.first { $0.id == id } }
    public func rule(_ id: String) -> ValidationRule? { rules.first { $0.id == id } }
    public func condition(_ id: String) -> ConditionRule? { conditions.first { $0.id == id } }
    public func durationException(_ id: String) -> DurationException? { duration.allExceptions.first { $0.id == id } }
    public func endingGround(_ id: String) -> EndingGroundRule? { endingGrounds.first { $0.id == id } }

    /// The ending grounds that apply to a kind, in file order.
    public func endingGrounds(for kind: CooperationKind) -> [EndingGroundRule] { endingGrounds.filter { $0.applies(to: kind) } }

    /// Whether the kind's stages are gated on a named condition (a screen asks "membebani
    /// masyarakat dan daerah?" only when some stage of the kind depends on the answer).
    public func depends(on condition: GateCondition, kind: CooperationKind) -> Bool {
        stages(for: kind).contains { stage in
            (stage.startWhen ?? []).contains(condition.rawValue)
                || (stage.gate.flatMap { self.gate($0) }?.whenAny.contains(condition.rawValue) ?? false)
        }
    }

    /// Whether a clause template of the kind uses `{variable}` (a screen asks "hasil kerja sama"
    /// only when a naskah of the kind prints it).
    public func clausesUse(_ variable: String, kind: CooperationKind) -> Bool {
        clauses.contains { $0.applies(to: kind) && ($0.paragraphs + [$0.heading]).contains { $0.contains("{\(variable)") } }
    }

    /// The stages of a kind, in order.
    public func stages(for kind: CooperationKind) -> [StageRule] {
        (self.kind(kind)?.stages ?? []).compactMap { stage($0) }
    }

    /// The clause templates of a document ("kb" or "pks") that apply to a kind, in file order.
    public func clauses(for document: String, kind: CooperationKind) -> [ClauseTemplate] {
        clauses.filter { $0.document == document && $0.applies(to: kind) }
    }

    /// The clause templates of a document that apply to this cooperation (kind and conditions).
    public func clauses(for document: String, cooperation: Cooperation) -> [ClauseTemplate] {
        clauses.filter { $0.document == document && $0.applies(to: cooperation) }
    }
}
