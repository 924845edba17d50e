import MufakatDomain
import MufakatServices
import MufakatStore

/// Hasil pemeriksaan: the workflow (stage states, gates, missing required fields) and the
/// validator's findings for the cooperation as it is now. Computed once per change and kept, so
/// drawing never validates.
struct EditorAnalysis: Sendable {
    /// The workflow and the findings, kept so that one typed letter re-runs only the checks that
    /// read its field (`IncrementalValidation`).
    private(set) var validation: IncrementalValidation
    var workflow: Workflow { validation.workflow }
    var findings: [Finding] { validation.findings }
    /// The cooperation the workflow and findings are about.
    var cooperation: Cooperation { validation.cooperation }

    init(cooperation: Cooperation, context: EditorContext) {
        validation = IncrementalValidation(cooperation: cooperation, rulebook: context.rulebook,
                                           catalogues: context.catalogues, today: context.today)
    }

    /// Brings the analysis to `cooperation` after one answer changed: when it differs from the
    /// cooperation analysed only in the text of `field` (setting the old text back gives exactly
    /// that cooperation), only the checks reading the field run again; otherwise all of them.
    /// A list of lines ("proposal.scope") counts as one text when one line changed and the
    /// count did not: the path is that line's ("proposal.scope[2]").
    mutating func update(to cooperation: Cooperation, changed field: FieldSpec?, context: EditorContext) {
        if let field, let (path, old, new) = Self.textEdit(field, from: validation.cooperation, to: cooperation) {
            var probe = cooperation
            field.set(&probe, field.get(validation.cooperation))
            if probe == validation.cooperation {
                validation.textChanged(at: path, from: old, to: new, in: cooperation)
                return
            }
        }
        self = EditorAnalysis(cooperation: cooperation, context: context)
    }

    /// The one text `field` changed from `before` to `after`, with its path; nil when the answer
    /// is not text, or more than one line of a list changed, or lines were added or removed.
    static func textEdit(_ field: FieldSpec, from before: Cooperation, to after: Cooperation) -> (path: String, old: String, new: String)? {
        switch (field.kind, field.get(before), field.get(after)) {
        case (.text, .text(let old), .text(let new)), (.area, .text(let old), .text(let new)):
            return (field.id, old, new)
        case (.lines, .lines(let old), .lines(let new)):
            guard old.count == new.count else { return nil }
            let changed = old.indices.filter { old[$0] != new[$0] }
            guard changed.count <= 1 else { return nil }
            guard let i = changed.first else { return (field.id, "", "") }
            return ("\(field.id)[\(i)]", old[i], new[i])
        default:
            return nil
        }
    }

    func stage(_ id: String) -> StageSnapshot? { workflow.stage(id) }

    /// Findings about a stage's answers (the paths under its section).
    func findings(forStage stage: StageSnapshot) -> [Finding] {
        findings.filter { $0.isUnder(stage.jsonPath) }
    }

    /// Findings about the cooperation as a whole (parties, affair, kind), not about one stage.
    var generalFindings: [Finding] {
        let roots = workflow.stages.map(\.jsonPath)
        return findings.filter { f in !roots.contains { f.isUnder($0) } }
    }

    /// Paths of the stage's required fields, from the cooperation root.
    func requiredPaths(_ stage: StageSnapshot) -> Set<String> {
        Set(stage.requiredFields.map { Workflow.absolutePath($0.path, section: stage.section, stageID: stage.id) })
    }

    /// The problems of each field of a form: input problems first, then empty required fields,
    /// then the rulebook's findings. A finding on a path above the form's fields ("agreement.duties",
    /// "financing.lines") lands on the first field below that path, so it is never lost.
    func issues(fields: [FieldSpec], stage: StageSnapshot?, cooperation: Cooperation, inputProblems: [String: String],
                extraRequired: Set<String> = []) -> [String: [FieldIssue]] {
        var out: [String: [FieldIssue]] = [:]
        let ids = fields.map(\.id)
        for f in fields {
            if let p = inputProblems[f.id] { out[f.id, default: []].append(FieldIssue(level: .error, message: p, basis: nil, source: .input)) }
        }
        var required: [String: (label: String, basis: String)] = [:]
        if let stage {
            for r in stage.requiredFields {
                required[Workflow.absolutePath(r.path, section: stage.section, stageID: stage.id)] = (r.displayLabel, r.basis)
            }
        }
        for id in extraRequired where required[id] == nil { required[id] = (fields.first { $0.id == id }?.label ?? id, "") }
        for (path, rule) in required {
            guard let target = EditorAnalysis.field(for: path, in: ids) else { continue }
            let empty = fields.filter { $0.id == path || $0.id.hasPrefix(path + ".") || $0.id.hasPrefix(path + "[") }
                .allSatisfy { $0.get(cooperation).isEmpty }
            if empty, out[target]?.contains(where: { $0.source == .input }) != true {
                out[target, default: []].append(FieldIssue(level: .error, message: AppText.current.editor.required(rule.label), basis: rule.basis.isEmpty ? nil : rule.basis, source: .required))
            }
        }
        for finding in findings {
            // A rule's finding lands on its own field or the field holding it; one about a whole
            // list ("financing.lines") belongs to the list page, not to its first record.
            let claimBelow = finding.ruleID == RuleID.doneStageIncomplete.rawValue
            guard let target = EditorAnalysis.field(for: finding.path, in: ids, claimBelow: claimBelow) else { continue }
            // "Marked done but empty" repeats the required-field message; show it once.
            if finding.ruleID == RuleID.doneStageIncomplete.rawValue, out[target]?.contains(where: { $0.source == .required }) == true { continue }
            out[target, default: []].append(FieldIssue(level: finding.severity.level, message: finding.message, basis: finding.basis, source: .rule(id: finding.ruleID)))
        }
        return out
    }

    /// The field a path belongs to: the field itself, the field holding it ("proposal.scope" for
    /// "proposal.scope[2]"), or the first field below it ("agreement.duties[0].rights" for
    /// "agreement.duties").
    static func field(for path: String, in ids: [String], claimBelow: Bool = true) -> String? {
        if ids.contains(path) { return path }
        if let holder = ids.filter({ path.hasPrefix($0 + ".") || path.hasPrefix($0 + "[") }).max(by: { $0.count < $1.count }) { return holder }
        guard claimBelow else { return nil }
        return ids.first { $0.hasPrefix(path + ".") || $0.hasPrefix(path + "[") }
    }
}

extension Severity {
    var level: FieldIssue.Level {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        }
    }
}
