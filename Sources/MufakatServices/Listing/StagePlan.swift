import MufakatDomain
import MufakatStore

/// Rencana tahapan: the one rule for a cooperation's current stage on the screens (issue 17).
/// The rulebook's stages of each kind, each with its key in `IndexProgress.stages` and its
/// gate's conditions, looked up once for a whole list instead of once for every row. The current
/// stage is the first that is neither recorded done nor skipped by its gate (the `Workflow`'s
/// settled stages), read from the index's `progress` without decoding the cooperation's file.
///
/// `index.bin` keeps, beside it, a rulebook-free hint (`IndexEntry.currentStage`: the first
/// fixed section not done or skipped) for `mufakat list`, which reads records only.
public struct StagePlan: Sendable {
    public struct Step: Sendable {
        public var name: String
        /// The rulebook's English name (`name_en`), when it gives one.
        public var nameEn: String?
        /// The name in the interface language.
        public var displayName: String { DisplayLanguage.text(name, nameEn) }
        public var section: StageSection
        /// The stage's key in `IndexProgress.stages`.
        public var key: String
        /// The conditions of the stage's gate, any of which opens it; nil for a stage without a gate.
        public var gateConditions: [String]?
    }

    private var byKind: [CooperationKind: [Step]] = [:]

    public init(_ rulebook: Rulebook) {
        for kind in CooperationKind.allCases {
            byKind[kind] = rulebook.stages(for: kind).map { rule in
                let section = StageSection(rawValue: rule.section) ?? .custom
                return Step(name: rule.name, nameEn: rule.nameEn, section: section,
                            key: IndexProgress.key(section: section, customID: rule.id),
                            gateConditions: rule.gate.flatMap { rulebook.gate($0) }?.whenAny)
            }
        }
    }

    public func steps(for kind: CooperationKind) -> [Step] { byKind[kind] ?? [] }

    /// Position of the current stage among `steps(for: kind)`, or their count when every stage
    /// is settled.
    public func currentStage(kind: CooperationKind, progress: IndexProgress) -> Int {
        let steps = steps(for: kind)
        let undecided = progress.undecided ?? []
        return steps.firstIndex { step in
            if (progress.stages[step.key] ?? .notStarted) == .done { return false }
            // A gate none of whose conditions holds skips its stage (GateEvaluation.isOpen), unless
            // one of them is still undecided (GateEvaluation.isPending): then the stage waits.
            if let gate = step.gateConditions, !gate.contains(where: progress.conditions.contains),
               !gate.contains(where: undecided.contains) { return false }
            return true
        } ?? steps.count
    }
}
