/// Syarat bernama: the conditions a rulebook may name in a gate's `when_any` or a stage's
/// `start_when`. The code evaluates them; the rulebook's `[[condition]]` gives their words.
public enum GateCondition: String, CaseIterable, Sendable {
    /// Membebani masyarakat dan daerah (PP 28/2018 Pasal 6 ayat (2)).
    case burdensPublic = "membebani-masyarakat"
    /// A financing line is not yet budgeted in the APBD (PP 28/2018 Pasal 6 ayat (2)).
    case financingNotBudgeted = "pembiayaan-belum-dianggarkan"
    /// The partner accepted the offer.
    case offerAccepted = "penawaran-diterima"

    /// Sekretariat bersama: the parties form a joint secretariat (PP 28/2018 Pasal 7).
    case jointSecretariat = "sekretariat-bersama"

    public func holds(for cooperation: Cooperation) -> Bool {
        switch self {
        case .burdensPublic: cooperation.burdensPublic == true
        case .financingNotBudgeted: cooperation.financing.hasUnbudgetedLine
        case .offerAccepted: cooperation.offer.allRequiredPartnersAccepted(partyCount: cooperation.parties.count)
        case .jointSecretariat: cooperation.jointSecretariat?.formed == true
        }
    }

    /// Whether the data cannot decide the condition yet: "membebani" not answered, or no
    /// financing line to judge the APBD by.
    public func isUndecided(for cooperation: Cooperation) -> Bool {
        switch self {
        case .burdensPublic: cooperation.burdensPublic == nil
        case .financingNotBudgeted: cooperation.financing.lines.isEmpty
        case .offerAccepted, .jointSecretariat: false
        }
    }

    /// The section whose answers make the condition hold, nil when it is an answer about the
    /// cooperation as a whole. A kind whose stages have no such section can never meet the
    /// condition, so a stage waiting for it would wait for ever (`RulebookChecker` reports it).
    public var producedBy: StageSection? {
        switch self {
        case .burdensPublic, .jointSecretariat: nil
        case .financingNotBudgeted: .financing
        case .offerAccepted: .offer
        }
    }

    /// Whether the named condition holds; nil when the code does not know the name.
    public static func holds(_ name: String, for cooperation: Cooperation) -> Bool? {
        GateCondition(rawValue: name)?.holds(for: cooperation)
    }
}

/// Hasil pemeriksaan gerbang: whether a gated stage applies, and why (or why not).
public struct GateEvaluation: Sendable, Hashable {
    public let gateID: String
    /// True when any of the gate's conditions holds: the stage applies.
    public let isOpen: Bool
    /// The conditions that hold, in the gate's order.
    public let holding: [String]
    /// Conditions the code does not know (a broken custom rulebook); treated as not holding.
    public let unknown: [String]
    /// Conditions the data cannot decide yet; a closed gate with any of them is pending, not skipped.
    public let undecided: [String]
    /// Whether the gate is closed only for now: nothing holds, but something is undecided.
    public var isPending: Bool { !isOpen && !undecided.isEmpty }
    /// The gate's `apply_reason` with {alasan} filled, or its `skip_reason`.
    public let reason: String
    public let basis: String
    public let toConfirm: Bool

    public init(gate: Rulebook.GateRule, cooperation: Cooperation, rulebook: Rulebook) {
        gateID = gate.id
        var holding: [String] = []
        var unknown: [String] = []
        var undecided: [String] = []
        for name in gate.whenAny {
            switch GateCondition.holds(name, for: cooperation) {
            case .some(true): holding.append(name)
            case .some(false): if GateCondition(rawValue: name)?.isUndecided(for: cooperation) == true { undecided.append(name) }
            case .none: unknown.append(name)
            }
        }
        self.holding = holding
        self.unknown = unknown
        self.undecided = undecided
        isOpen = !holding.isEmpty
        basis = gate.basis
        toConfirm = gate.toConfirm ?? false
        if isOpen {
            let labels = holding.map { rulebook.condition($0)?.displayLabel ?? $0 }
            let because = labels.count <= 1 ? labels.joined() : labels.dropLast().joined(separator: ", ") + DisplayLanguage.pick(id: " dan ", en: " and ") + labels[labels.count - 1]
            reason = Validator.fill(gate.displayApplyReason ?? DisplayLanguage.pick(id: "Diperlukan karena {alasan}.", en: "Needed because {alasan}."), ["alasan": because])
        } else if let first = undecided.first {
            reason = rulebook.condition(first)?.displayBlockedReason ?? "Menunggu syarat '\(first)' dapat ditentukan."
        } else {
            reason = gate.displaySkipReason
        }
    }
}
