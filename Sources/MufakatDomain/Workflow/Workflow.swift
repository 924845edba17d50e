/// Keadaan tahapan: where a stage of a cooperation stands in the workflow.
public enum StageState: Sendable, Hashable {
    /// Selesai.
    case done
    /// Tahapan berjalan: the one stage the officer works on now.
    case current
    /// Started, but not the current one (work on several stages at once).
    case inProgress
    /// Dapat dimulai: everything before it is done or skipped.
    case available
    /// Belum dapat dimulai, with the reason (the stages or conditions it waits for).
    case blocked(reason: String)
    /// Dilewati: its gate is closed; the reason is the gate's `skip_reason`.
    case skipped(reason: String)
    /// Marked done or skipped although it is not: a required field is empty, or a needed stage
    /// was marked skipped.
    case hasErrors(reason: String)

    /// "Selesai", "Sedang dikerjakan", ... for a stepper.
    public var label: String {
        switch self {
        case .done: "Selesai"
        case .current: "Sedang dikerjakan"
        case .inProgress: "Dalam proses"
        case .available: "Dapat dimulai"
        case .blocked: "Belum dapat dimulai"
        case .skipped: "Dilewati"
        case .hasErrors: "Perlu diperbaiki"
        }
    }

    public var reason: String? {
        switch self {
        case .blocked(let r), .skipped(let r), .hasErrors(let r): r
        default: nil
        }
    }

    /// Whether later stages may count on it (done, or skipped by its gate).
    public var isSettled: Bool {
        switch self {
        case .done, .skipped: true
        default: false
        }
    }
}

/// Isian wajib yang belum diisi.
public struct MissingField: Sendable, Hashable {
    public let path: String
    public let label: String
    public let basis: String
    public let toConfirm: Bool
}

/// One stage of a cooperation as the workflow sees it.
public struct StageSnapshot: Sendable {
    public let rule: Rulebook.StageRule
    public var id: String { rule.id }
    public var name: String { rule.name }
    /// The section holding its answers; `.custom` for a stage a custom rulebook adds.
    public let section: StageSection
    /// Where the answers live in the cooperation JSON ("proposal", "customStages.<id>").
    public let jsonPath: String
    /// The status the officer recorded.
    public let recorded: StageProgress
    public let state: StageState
    /// The gate of a gated stage, evaluated.
    public let gate: GateEvaluation?
    /// Required fields (for the cooperation's kind) and which of them are empty.
    public let requiredFields: [Rulebook.FieldRule]
    public let missingFields: [MissingField]

    public var filledCount: Int { requiredFields.count - missingFields.count }
    public var isComplete: Bool { missingFields.isEmpty }
}

/// Alur kerja: the stage machine of one cooperation, driven by the rulebook. Which stages its kind
/// has, which are done, skipped by a gate, may start or wait, and which fields are still empty.
public struct Workflow: Sendable {
    public let kind: CooperationKind
    /// The stages of the kind, in rulebook order (empty for a kind the rulebook does not allow).
    public let stages: [StageSnapshot]

    /// - Parameter checkingFields: whether to look for missing required fields (the editor and the
    ///   validator do). Without it a stage marked done counts as done, nothing is missing, and the
    ///   cooperation is never encoded: the home list, which only needs where each cooperation
    ///   stands, pays a fraction of the cost per cooperation.
    public init(cooperation: Cooperation, rulebook: Rulebook, checkingFields: Bool = true) {
        kind = cooperation.kind
        let rules = rulebook.stages(for: cooperation.kind)
        // Each rule's required fields and, when they are checked, their paths (read once: the
        // tree is encoded only as far as these paths reach).
        let requiredByRule = rules.map { rule in
            rule.requiredFields.filter { $0.applies(to: cooperation.kind) }.map { field in
                (field: field, path: checkingFields ? FieldPath(Workflow.absolutePath(field.path, section: StageSection(rawValue: rule.section) ?? .custom, stageID: rule.id)) : nil)
            }
        }
        let tree = checkingFields ? FieldTree(encoding: cooperation, reaching: requiredByRule.flatMap { $0.compactMap(\.path) }) : nil
        var settled: [String: Bool] = [:]
        var snapshots: [StageSnapshot] = []
        var currentIndex: Int? = nil

        for (rule, requiredPaths) in zip(rules, requiredByRule) {
            let section = StageSection(rawValue: rule.section) ?? .custom
            let recorded = cooperation.progress(of: section, customID: rule.id)
            let gate = rule.gate.flatMap { rulebook.gate($0) }.map { GateEvaluation(gate: $0, cooperation: cooperation, rulebook: rulebook) }
            let required = requiredPaths.map(\.field)
            let missing = requiredPaths.filter { entry in
                guard let tree else { return false }
                guard let path = entry.path else { return true }
                return !path.isFilled(in: tree)
            }.map(\.field).map { MissingField(path: $0.path, label: $0.displayLabel, basis: $0.basis, toConfirm: $0.toConfirm ?? false) }

            // What it waits for: earlier stages not settled, then named conditions not holding.
            let waitingStages = rule.after.filter { id in settled[id] != true && rules.contains { $0.id == id } }
            let waitingConditions = (rule.startWhen ?? []).filter { GateCondition.holds($0, for: cooperation) != true }
            var blockReason: String? = nil
            if !waitingStages.isEmpty {
                let names = waitingStages.map { id in rules.first { $0.id == id }?.displayName ?? id }
                blockReason = DisplayLanguage.pick(id: "Menunggu tahapan \(Workflow.list(names)) selesai.",
                                                  en: "Waiting for \(Workflow.list(names)) to be finished.")
            } else if let condition = waitingConditions.first {
                blockReason = rulebook.condition(condition)?.displayBlockedReason ?? "Menunggu syarat '\(condition)' terpenuhi."
            }

            let state: StageState
            if let gate, gate.isPending, recorded.status != .done {
                // Neither needed nor skippable yet: the answer that decides it is missing.
                state = .blocked(reason: blockReason ?? gate.reason)
            } else if let gate, !gate.isOpen, recorded.status != .done {
                state = .skipped(reason: gate.reason)
            } else if recorded.status == .done {
                if let first = missing.first {
                    let more = missing.count > 1 ? DisplayLanguage.pick(id: " dan \(missing.count - 1) isian lain", en: " and \(missing.count - 1) more fields") : ""
                    state = .hasErrors(reason: DisplayLanguage.pick(id: "Ditandai selesai, tetapi \(first.label)\(more) belum diisi.",
                                                                    en: "Marked done, but \(first.label)\(more) not filled in yet."))
                } else {
                    state = .done
                }
            } else if recorded.status == .skipped {
                state = .hasErrors(reason: "Ditandai dilewati, padahal tahapan ini diperlukan. \(gate?.reason ?? "")".trimmedWhitespace())
            } else if let blockReason {
                state = .blocked(reason: blockReason)
            } else if recorded.status == .draft || recorded.status == .inReview {
                if currentIndex == nil { currentIndex = snapshots.count; state = .current } else { state = .inProgress }
            } else {
                state = .available
            }
            // A stage marked done but incomplete still lets later stages go on; it shows its own error.
            settled[rule.id] = state.isSettled || recorded.status == .done
            snapshots.append(StageSnapshot(rule: rule, section: section,
                                           jsonPath: Workflow.sectionPath(section, stageID: rule.id),
                                           recorded: recorded, state: state, gate: gate,
                                           requiredFields: required, missingFields: missing))
        }
        // Nothing in progress: the first stage that may start is the current one.
        if currentIndex == nil, let i = snapshots.firstIndex(where: { $0.state == .available }) {
            let s = snapshots[i]
            snapshots[i] = StageSnapshot(rule: s.rule, section: s.section, jsonPath: s.jsonPath, recorded: s.recorded,
                                         state: .current, gate: s.gate, requiredFields: s.requiredFields, missingFields: s.missingFields)
        }
        stages = snapshots
    }

    public func stage(_ id: String) -> StageSnapshot? { stages.first { $0.id == id } }

    /// Tahapan berjalan: the stage being worked on, else the first that may start; nil when all
    /// are done or skipped (or the kind has no stages).
    public var current: StageSnapshot? { stages.first { $0.state == .current } }

    /// Stages that may be started or continued now.
    public var startable: [StageSnapshot] {
        stages.filter {
            switch $0.state {
            case .current, .available, .inProgress: true
            default: false
            }
        }
    }

    /// Whether the stage `id` may start (or continue) now.
    public func canStart(_ id: String) -> Bool { startable.contains { $0.id == id } }

    /// Whether every stage is done or skipped.
    public var isFinished: Bool { !stages.isEmpty && stages.allSatisfy { $0.state.isSettled } }

    // MARK: Paths

    /// Where a section's answers live in the cooperation JSON.
    public static func sectionPath(_ section: StageSection, stageID: String) -> String {
        switch section {
        case .proposal: "proposal"
        case .offer: "offer"
        case .memorandum: "memorandum"
        case .councilApproval: "councilApproval"
        case .agreement: "agreement"
        case .financing: "financing"
        case .implementation: "implementation"
        case .custom: "customStages.\(stageID)"
        }
    }

    /// A required field's path from the cooperation root. Paths of built-in sections are written
    /// from the root already ("proposal.background"); a custom stage's field may be a bare answer
    /// id ("nomor-rekomendasi"), kept in `customStages.<id>.answers`.
    public static func absolutePath(_ path: String, section: StageSection, stageID: String) -> String {
        guard section == .custom, !path.contains(".") else { return path }
        return "customStages.\(stageID).answers.\(path)"
    }

    public static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " dan " + names[names.count - 1]
    }
}
