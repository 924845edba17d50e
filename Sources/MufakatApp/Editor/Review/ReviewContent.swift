import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// One line of the review, already wrapped to the pane's width.
struct ReviewLine: Sendable, Hashable {
    var text: String
    var role: StyleRole
}

/// Tinjauan tahapan: everything a stage holds, on one scrollable page: its answers, every
/// finding with its legal basis, and the naskah as it would print.
enum ReviewContent {
    static func lines(stage: StageSnapshot, groups: [FieldGroup], cooperation c: Cooperation, analysis: EditorAnalysis,
                      context: EditorContext, width: Int) -> [ReviewLine] {
        var out: [ReviewLine] = []
        func add(_ text: String, _ role: StyleRole = .normal, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for line in TextLayout.wrap(text, width: max(10, width - indent)) { out.append(ReviewLine(text: pad + line, role: role)) }
        }
        func blank() { out.append(ReviewLine(text: "", role: .normal)) }

        // Status
        let t = AppText.current.editor
        add(t.reviewTitle(stage.rule.displayName), .title)
        let status = stage.recorded.status
        var state = t.status(t.entries.label(status))
        if let d = stage.recorded.completedOn, status == .done { state += t.statusOn(DisplayDate.long(d)) }
        add(state, status == .done ? .ok : .normal)
        if let reason = stage.state.reason { add(reason, .warning) }
        if let gate = stage.gate { add(t.dprdApproval(gate.reason), gate.isOpen ? .warning : .muted) }
        if let base = SigningScreens.base(for: stage.section) {
            let s = SigningScreens.read(c, stage.section)
            if status == .done {
                add(t.signedAt(s.place.isEmpty ? "-" : s.place, s.date.map(DisplayDate.long) ?? "-"), .ok)
                for (i, n) in s.numbers.enumerated() where i < c.parties.count { add(t.numberOf(Party.displayLabel(at: i), n.isEmpty ? "-" : n), indent: 2) }
                for (i, sig) in s.signatories.enumerated() where i < c.parties.count {
                    var line = "\(Party.displayLabel(at: i)): \(sig.person.name), \(sig.person.title)"
                    if let a = sig.powerOfAttorney, !a.number.isEmpty { line += t.powerOfAttorney(a.number) }
                    add(line, indent: 2)
                }
                add(t.fingerprint(s.documentSHA256), .muted, indent: 2)
            } else {
                _ = base
                add(t.pressTToSign, .muted)
            }
        } else if status != .done {
            add(t.pressTToFinish, .muted)
        }
        let amendments = c.amendments.filter { $0.stageID == stage.id }
        for a in amendments { add(t.amendmentLine(DisplayDate.long(a.date), a.reason), .muted) }
        blank()

        // Answers
        add(t.fieldsHeading, .title)
        for group in groups {
            if let list = group.list {
                add("\(group.title) (\(list.count(c)))", .title, indent: 1)
                let rows = list.rows(c)
                if rows.isEmpty { add(t.noneYet, .muted, indent: 3) }
                for (i, r) in rows.enumerated() { add("\(i + 1). " + r.filter { !$0.isEmpty && $0 != "-" }.joined(separator: " · "), indent: 3) }
                if list == .financing { for l in FinancingSummary(c, analysis: analysis).lines { add(l, .normal, indent: 3) } }
                continue
            }
            if group.fields.isEmpty { continue }
            if group.title.hasPrefix(t.articleWord), let heading = group.fields.first, let paragraphs = group.fields.last {
                // The naskah below shows the articles in full; here only their headings.
                let count: Int = { if case .lines(let l) = paragraphs.get(c) { return l.count }; return 0 }()
                add("\(group.title.components(separatedBy: t.articleOfSeparator).first ?? group.title): \(display(heading.get(c), kind: heading.kind) ?? t.untitled) \(t.paragraphCount(count))", indent: 1)
                continue
            }
            add(group.title, .title, indent: 1)
            for f in group.fields {
                let value = display(f.get(c), kind: f.kind)
                add("\(f.label): \(value ?? t.notFilled)", value == nil ? .muted : .normal, indent: 3)
            }
        }
        blank()

        // Findings
        var findings = analysis.findings(forStage: stage)
        if stage.section == .proposal { findings = analysis.generalFindings + findings }
        add(t.findingsHeading(findings.count), .title)
        if findings.isEmpty { add(t.noFindings, .ok, indent: 1) }
        for f in findings.sorted(by: { $0.severity < $1.severity }) {
            let mark = f.severity == .error ? "✗" : (f.severity == .warning ? "!" : "i")
            let role: StyleRole = f.severity == .error ? .error : (f.severity == .warning ? .warning : .muted)
            add("\(mark) \(f.severity.label): \(f.message)", role, indent: 1)
            add(t.basisToConfirm(f.basis, f.toConfirm), .muted, indent: 3)
            if !f.path.isEmpty { add(t.fieldNamed(FieldLabel.label(for: f.path, in: c, rulebook: context.rulebook)), .muted, indent: 3) }
        }
        blank()

        // Preview
        add(t.previewHeading, .title)
        if let doc = CooperationEditor.document(for: stage.section, of: c.kind) {
            do {
                let naskah = try Prefill.builder(context).build(doc, for: c)
                let missing = naskah.missingFields
                if !missing.isEmpty { add(t.documentIncomplete(missing.count), .warning, indent: 1) }
                add(String(repeating: "─", count: max(10, width - 1)), .border)
                let text = PlainTextRenderer(width: max(20, width - 1)).render(naskah)
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let s = String(line)
                    out.append(ReviewLine(text: s, role: s.contains("[BELUM DIISI") ? .warning : .normal))
                }
            } catch {
                add(error.problem, .muted, indent: 1)
            }
        } else {
            add(t.noDocument, .muted, indent: 1)
        }
        return out
    }

    /// An answer as the review shows it; nil when empty.
    static func display(_ a: Answer, kind: EntryKind) -> String? {
        guard !a.isEmpty else { return nil }
        switch a {
        case .text(let s): return s.replacingOccurrences(of: "\n", with: " ")
        case .lines(let l): return l.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: "; ")
        case .date(let d): return d.map(DisplayDate.long)
        case .money(let m): return m.map(\.figuresAndWords)
        case .number(let n): return n.map(String.init)
        case .choice(let i):
            guard let i, case .choice(let options) = kind, options.indices.contains(i) else { return nil }
            return options[i]
        }
    }
}
