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

    enum CodingKeys: String, CodingKey {
        case meta = "rulebook", sources = "source", kinds = "kind", stages = "stage", gates = "gate", conditions = "condition"
        case duration, reminders, rules = "rule", clauses = "clause"
        case archive, archiveKinds = "archive_kind", publicRegister = "public"
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
        archive = try c.decodeIfPresent(ArchiveRule.self, forKey: .archive)
        archiveKinds = try c.decodeIfPresent([ArchiveKindRule].self, forKey: .archiveKinds) ?? []
        publicRegister = try c.decodeIfPresent(PublicRule.self, forKey: .publicRegister)
    }

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
        public var toConfirm: Bool?
        enum CodingKeys: String, CodingKey {
            case id, name, summary, basis, allowed, refusal, stages
            case partyTypes = "party_types", minParties = "min_parties", requiresBordering = "requires_bordering"
            case allowedShapes = "allowed_shapes", toConfirm = "to_confirm"
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
        enum CodingKeys: String, CodingKey {
            case id, section, name, summary, basis, toConfirm = "to_confirm", after
            case startWhen = "start_when", gate, fields = "field"
        }
        public var requiredFields: [FieldRule] { fields ?? [] }
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
        enum CodingKeys: String, CodingKey { case path, label, kinds, basis, toConfirm = "to_confirm" }

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
        enum CodingKeys: String, CodingKey {
            case id, whenAny = "when_any", basis, skipReason = "skip_reason", applyReason = "apply_reason", toConfirm = "to_confirm"
        }
    }

    /// Syarat bernama: a condition the code evaluates (see `GateCondition`), with the words
    /// used when a gate applies (`label`) and when a stage waits for it (`blockedReason`).
    public struct ConditionRule: Codable, Sendable {
        public var id: String
        public var label: String
        public var blockedReason: String
        public var basis: String
        public var toConfirm: Bool?
        enum CodingKeys: String, CodingKey { case id, label, blockedReason = "blocked_reason", basis, toConfirm = "to_confirm" }
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
        enum CodingKeys: String, CodingKey {
            case id, name, affair, subAffairs = "sub_affairs", maxYears = "max_years", basis, toConfirm = "to_confirm"
        }
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
        enum CodingKeys: String, CodingKey {
            case expiryDays = "expiry_days", expiryBasis = "expiry_basis"
            case offerResponseDays = "offer_response_days", offerResponseBasis = "offer_response_basis"
            case offerResponseToConfirm = "offer_response_to_confirm"
            case dprdDecisionDays = "dprd_decision_days", dprdDecisionBasis = "dprd_decision_basis"
            case dprdDecisionToConfirm = "dprd_decision_to_confirm"
            case evaluationsPerYear = "evaluations_per_year", evaluationBasis = "evaluation_basis"
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
        enum CodingKeys: String, CodingKey { case id, severity, message, basis, toConfirm = "to_confirm" }
    }

    /// Templat pasal: one article of a KB or PKS, with {variables} filled from the cooperation.
    public struct ClauseTemplate: Codable, Sendable {
        /// "kb" or "pks".
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
