import Foundation

/// Validasi bertahap: the workflow and the validator's findings of a cooperation, kept and brought
/// up to date after an edit by re-running only the checks that read the edited field.
///
/// Each check of the validator names the paths it reads (`Validator.Check.reads`); an edit of the
/// text at `path` re-runs the checks whose paths meet it (the same path, one above or one below
/// it). The workflow (stage states, gates, empty required fields) reads the stages' progress, the
/// gates' answers and whether each required field is filled: a text edit outside those answers
/// that keeps its text non-blank, or touches no required field, leaves it as it was, so it and
/// the stage check are kept. The findings are always exactly `Validator.validate`'s (the tests compare them
/// over many random edits); any other change asks for `init` again.
public struct IncrementalValidation: Sendable {
    public let rulebook: Rulebook
    public let catalogues: Catalogues
    public let today: CalendarDate
    /// The cooperation the findings are about.
    public private(set) var cooperation: Cooperation
    public private(set) var workflow: Workflow
    /// Every finding, in the validator's order.
    public private(set) var findings: [Finding]
    /// The findings of each check (`Validator.checks`), in order.
    private var parts: [[Finding]]

    /// Validates the whole cooperation.
    public init(cooperation: Cooperation, rulebook: Rulebook, catalogues: Catalogues, today: CalendarDate) {
        self.rulebook = rulebook; self.catalogues = catalogues; self.today = today
        self.cooperation = cooperation
        let workflow = Workflow(cooperation: cooperation, rulebook: rulebook)
        self.workflow = workflow
        parts = Validator.checks.indices.map {
            Validator.findings(ofCheck: $0, cooperation, rulebook: rulebook, catalogues: catalogues, today: today, workflow: workflow)
        }
        findings = parts.flatMap { $0 }
    }

    /// Paths the workflow reads besides the filled-ness of the required fields: the kind, the
    /// stages' progress, and the answers of the named conditions (`GateCondition`).
    static let workflowReads = ["kind", "burdensPublic", "financing.lines", "jointSecretariat"]
        + Validator.progressPaths + Validator.offerAnswerPaths

    /// After `cooperation` changed in one text only: the string at `path` went from `old` to
    /// `new`, nothing else changed. Re-runs the checks that read `path`, and the workflow with the
    /// stage check only when the workflow reads the path, or the old or the new text is blank and
    /// the path meets a required field.
    public mutating func textChanged(at path: String, from old: String, to new: String, in cooperation: Cooperation) {
        self.cooperation = cooperation
        // Blank on either side: the field may have become empty or filled, so may every required
        // field holding it or held by it; the workflow is made again when one of them is required.
        let blank = IncrementalValidation.isBlank(old) || IncrementalValidation.isBlank(new)
        let workflowChanged = IncrementalValidation.workflowReads.contains { IncrementalValidation.meets(path, $0) }
            || (blank && requiredPaths.contains { IncrementalValidation.mayMeet(path, required: $0) })
        if workflowChanged { workflow = Workflow(cooperation: cooperation, rulebook: rulebook) }
        var changed = false
        for (i, check) in Validator.checks.enumerated() {
            guard (check.readsWorkflow && workflowChanged) || check.reads.contains(where: { IncrementalValidation.meets(path, $0) }) else { continue }
            parts[i] = Validator.findings(ofCheck: i, cooperation, rulebook: rulebook, catalogues: catalogues, today: today, workflow: workflow)
            changed = true
        }
        if changed { findings = parts.flatMap { $0 } }
    }

    /// The required fields of every stage, from the cooperation's root ("proposal.scope",
    /// "agreement.signing.signatories[*].person.name").
    private var requiredPaths: [String] {
        workflow.stages.flatMap { s in s.requiredFields.map { Workflow.absolutePath($0.path, section: s.section, stageID: s.id) } }
    }

    /// Whether a changed path may reach a required field's value: they meet, also once each
    /// index is read as `[*]`; a key wildcard ("*") meets everything.
    static func mayMeet(_ path: String, required: String) -> Bool {
        if required.split(separator: ".").contains(where: { $0 == "*" || $0.hasPrefix("*[") }) { return true }
        return meets(path, required) || meets(anyIndex(path), required)
    }

    /// The path with each array index written `[*]`: "parties[1].name" → "parties[*].name".
    static func anyIndex(_ path: String) -> String {
        var out = "", inIndex = false
        for ch in path {
            if ch == "[" { inIndex = true; out += "[*]"; continue }
            if ch == "]" { inIndex = false; continue }
            if !inIndex { out.append(ch) }
        }
        return out
    }

    /// Whether a required field holding this text counts as empty (`FieldPath.isFilled`).
    static func isBlank(_ text: String) -> Bool {
        text.trimmedWhitespaceAndNewlines().isEmpty
    }

    /// Whether two paths meet: one is the other, or lies inside it ("parties[1].name" and
    /// "parties"; "offer.response" meets neither "offer.responses" nor "offer.responseDate").
    static func meets(_ a: String, _ b: String) -> Bool {
        a == b || isInside(a, b) || isInside(b, a)
    }

    private static func isInside(_ inner: String, _ outer: String) -> Bool {
        let i = inner.utf8, o = outer.utf8
        guard i.count > o.count, i.starts(with: o) else { return false }
        let next = i[i.index(i.startIndex, offsetBy: o.count)]
        return next == UInt8(ascii: ".") || next == UInt8(ascii: "[")
    }
}
