/// Impor pemetaan: what taking in a region's mapping from a bundle would do, decided before
/// anything is written, so that a conflict is shown and the facilitator chooses.
public enum MappingImportDecision: Sendable, Hashable {
    /// No earlier mapping of the region: take it in.
    case add
    /// Same content as the earlier one (dates aside): nothing to do.
    case unchanged
    /// Differs from the earlier one: show the differences and ask.
    case conflict(MappingDiff)
}

/// Cara menyelesaikan konflik impor.
public enum MappingConflictResolution: String, Sendable, CaseIterable {
    /// Ganti: the incoming mapping replaces the earlier one.
    case replace
    /// Pertahankan: keep the earlier one, set the incoming aside.
    case keep
}

public enum MappingImport {
    /// Compares an incoming mapping with the earlier one of the same region.
    public static func decide(incoming: RegionMapping, existing: RegionMapping?) -> MappingImportDecision {
        guard let existing else { return .add }
        let diff = MappingDiff.between(existing, incoming)
        return diff.isEmpty ? .unchanged : .conflict(diff)
    }

    /// A note when the incoming mapping is dated before the earlier one (an old bundle sent again).
    public static func agingNote(incoming: RegionMapping, existing: RegionMapping) -> String? {
        guard let new = incoming.updatedOn, let old = existing.updatedOn, new < old else { return nil }
        return "pemetaan yang diimpor bertanggal \(IndonesianDate.long(new)), lebih lama dari yang tersimpan (\(IndonesianDate.long(old)))"
    }

    /// The record the meeting keeps of an import.
    public static func outcome(of decision: MappingImportDecision, resolution: MappingConflictResolution?) -> MappingImportOutcome {
        switch decision {
        case .add: .added
        case .unchanged: .unchanged
        case .conflict: resolution == .replace ? .replaced : .kept
        }
    }
}
