/// Syarat bernama: the conditions a rulebook may name in a gate's `when_any` or a stage's
/// `start_when`. The code evaluates them; the rulebook's `[[condition]]` gives their words.
public enum GateCondition: String, CaseIterable, Sendable {
    /// Membebani masyarakat dan daerah (PP 28/2018 Pasal 6 ayat (2)).
    case burdensPublic = "membebani-masyarakat"
    /// A financing line is not yet budgeted in the APBD (PP 28/2018 Pasal 6 ayat (2)).
    case financingNotBudgeted = "pembiayaan-belum-dianggarkan"
    /// The partner accepted the offer.
    case offerAccepted = "penawaran-diterima"

    public func holds(for cooperation: Cooperation) -> Bool {
        switch self {
        case .burdensPublic: cooperation.burdensPublic
        case .financingNotBudgeted: cooperation.financing.hasUnbudgetedLine
        case .offerAccepted: cooperation.offer.response == .accepted
        }
    }

    /// The section whose answers make the condition hold, nil when it is an answer about the
    /// cooperation as a whole. A kind whose stages have no such section can never meet the
    /// condition, so a stage waiting for it would wait for ever (`RulebookChecker` reports it).
    public var producedBy: StageSection? {
        switch self {
        case .burdensPublic: nil
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
    /// The gate's `apply_reason` with {alasan} filled, or its `skip_reason`.
    public let reason: String
    public let basis: String
    public let toConfirm: Bool

    public init(gate: Rulebook.GateRule, cooperation: Cooperation, rulebook: Rulebook) {
        gateID = gate.id
        var holding: [String] = []
        var unknown: [String] = []
        for name in gate.whenAny {
            switch GateCondition.holds(name, for: cooperation) {
            case .some(true): holding.append(name)
            case .some(false): break
            case .none: unknown.append(name)
            }
        }
        self.holding = holding
        self.unknown = unknown
        isOpen = !holding.isEmpty
        basis = gate.basis
        toConfirm = gate.toConfirm ?? false
        if isOpen {
            let labels = holding.map { rulebook.condition($0)?.label ?? $0 }
            let because = labels.count <= 1 ? labels.joined() : labels.dropLast().joined(separator: ", ") + " dan " + labels[labels.count - 1]
            reason = (gate.applyReason ?? "Diperlukan karena {alasan}.").replacingOccurrences(of: "{alasan}", with: because)
        } else {
            reason = gate.skipReason
        }
    }
}
