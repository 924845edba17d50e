import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

extension CooperationEditor {
    func sidebarWidth(for width: Int) -> Int { width >= 110 ? 28 : 22 }

    /// Draws the stepper and the current screen into `rect` (the area between the shell's bars).
    public func draw(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect)
        let (side, rest) = rect.splitLeft(sidebarWidth(for: rect.width))
        let main = rest.inset(left: 1)
        var highlight = stageIndex
        if case .stepper(let h) = mode { highlight = h }
        EditorSidebar(stages: stages, selected: stageIndex, highlight: highlight, focused: isStepperMode,
                      errorCounts: stages.map { s in analysis.findings(forStage: s).filter { $0.severity == .error }.count })
            .draw(in: side, buffer: &buffer)
        let messageLines = message.map { m in TextLayout.wrap(Self.prefix(m) + m.text, width: max(1, main.width)) } ?? []
        let (body, messageArea) = main.splitBottom(max(1, min(2, messageLines.count)))
        var content = drawHeader(in: body, buffer: &buffer)
        if content.width >= 84, showsPanel {
            // Wide screens: the stage's rule and its findings stay in view beside the form.
            let (left, panel) = (Rect(x: content.x, y: content.y, width: content.width - 35, height: content.height),
                                 Rect(x: content.maxX - 34, y: content.y, width: 34, height: content.height))
            drawPanel(in: panel, buffer: &buffer)
            content = left
        }
        drawContent(mode, in: content, buffer: &buffer, tall: rect.height >= 34)
        drawMessage(messageLines, in: messageArea, buffer: &buffer)
        switch mode {
        case .confirm(let dialog, _, _):
            dialog.draw(in: rect, buffer: &buffer)
        case .amendment(let field):
            drawAmendment(field, in: main, buffer: &buffer)
        case .financingHelper(let helper, let field):
            drawFinancingHelper(helper, field: field, in: main, buffer: &buffer)
        case .export(let panel, _):
            panel.draw(in: main, buffer: &buffer)
        default:
            break
        }
        if isStepperMode { buffer.cursor = nil }
    }

    /// "Kesalahan: ", "Peringatan: ": the kind in words (the toolkit's, so one vocabulary), so it reads without colour.
    static func prefix(_ m: Message) -> String {
        switch m.kind {
        case .error: TerminalStrings.current.errorPrefix
        case .warning: TerminalStrings.current.warningPrefix
        case .notice: ""
        case .ok: "✓ "
        }
    }

    /// The message under the screen, on up to two rows (a message says how to fix, so it is rarely short).
    func drawMessage(_ lines: [String], in rect: Rect, buffer: inout Buffer) {
        buffer.fill(rect)
        guard let message else { return }
        let role: StyleRole = switch message.kind {
        case .error: .error
        case .warning: .warning
        case .notice: .normal
        case .ok: .ok
        }
        for (i, line) in lines.prefix(rect.height).enumerated() {
            let cut = i == rect.height - 1 && lines.count > rect.height ? TextLayout.fit(line + " …", width: rect.width, pad: false) : line
            buffer.write(cut, at: Point(x: rect.x, y: rect.y + i), role: role, clip: rect.row(i))
        }
    }

    var showsPanel: Bool {
        switch mode {
        case .review: false
        case .confirm(_, _, .review): false
        default: true
        }
    }

    /// Tentang tahapan: the rulebook's summary and basis of the stage, then its findings.
    func drawPanel(in rect: Rect, buffer: inout Buffer) {
        guard let s = currentStage, rect.width > 6, rect.height > 3 else { return }
        let findings = analysis.findings(forStage: s).sorted { $0.severity < $1.severity }
        let t = AppText.current.editor
        buffer.box(rect, title: findings.isEmpty ? t.aboutStage : t.findingsTitle(findings.count))
        let inner = rect.inset(top: 1, left: 1, bottom: 1, right: 1)
        var rows: [(String, StyleRole)] = []
        for f in findings {
            let mark = f.severity == .error ? "✗ " : (f.severity == .warning ? "! " : "i ")
            let role: StyleRole = f.severity == .error ? .error : (f.severity == .warning ? .warning : .muted)
            for l in TextLayout.wrap(mark + f.message, width: inner.width) { rows.append((l, role)) }
            for l in TextLayout.wrap(t.basis(f.basis), width: inner.width) { rows.append((l, .muted)) }
            rows.append(("", .normal))
        }
        for l in TextLayout.wrap(s.rule.displaySummary, width: inner.width) { rows.append((l, .normal)) }
        for l in TextLayout.wrap(t.basis(s.rule.basis), width: inner.width) { rows.append((l, .muted)) }
        for (i, (text, role)) in rows.prefix(inner.height).enumerated() {
            let cut = i == inner.height - 1 && rows.count > inner.height ? TextLayout.fit(text + " …", width: inner.width, pad: false) : text
            buffer.write(cut, at: Point(x: inner.x, y: inner.y + i), role: role, clip: inner.row(i))
        }
    }

    var isStepperMode: Bool { if case .stepper = mode { return true }; return false }

    /// Stage name and state on the first row, the stage's situation (blocked, skipped, gate,
    /// signed) under it. Returns the area left for the content.
    func drawHeader(in rect: Rect, buffer: inout Buffer) -> Rect {
        guard let s = currentStage else {
            buffer.write(AppText.current.editor.noStages, at: Point(x: rect.x, y: rect.y), role: .error, clip: rect.row(0))
            return rect.inset(top: 2)
        }
        let head = AppText.current.editor.stageOf(stageIndex + 1, stages.count, s.rule.displayName)
        var status = AppText.current.editor.entries.label(s.recorded.status)
        if s.recorded.status == .done, let d = s.recorded.completedOn { status += " " + d.dayMonthYear }
        let statusWidth = DisplayWidth.of(status)
        buffer.write(TextLayout.fit(head, width: max(0, rect.width - statusWidth - 1), pad: false), at: Point(x: rect.x, y: rect.y), role: .title, clip: rect.row(0))
        buffer.write(status, at: Point(x: rect.maxX - statusWidth, y: rect.y), role: s.recorded.status == .done ? .ok : .muted, clip: rect.row(0))
        let banner = headerBanner(s)
        var y = rect.y + 1
        for (text, role) in banner {
            for line in TextLayout.wrap(text, width: rect.width).prefix(3) where y < rect.maxY {
                buffer.write(line, at: Point(x: rect.x, y: y), role: role, clip: rect.row(y - rect.y))
                y += 1
            }
        }
        let gap = banner.isEmpty ? 0 : 1
        return Rect(x: rect.x, y: y + gap, width: rect.width, height: rect.maxY - y - gap)
    }

    /// The lines under the stage's heading: its state and, once finished, how to change it.
    func headerBanner(_ s: StageSnapshot) -> [(String, StyleRole)] {
        var banner: [(String, StyleRole)] = []
        let t = AppText.current.editor
        switch s.state {
        case .blocked(let r): banner.append((t.blocked(r), .warning))
        case .skipped(let r): banner.append((t.skipped(r), .muted))
        case .hasErrors(let r): banner.append(("! \(r)", .error))
        default:
            if let gate = s.gate, gate.isOpen { banner.append((t.applies(gate.reason), .warning)) }
        }
        if s.recorded.status == .done, !isSigningOrReview {
            let what = SigningScreens.base(for: s.section) != nil ? t.signedAndFrozen : t.stageFinished
            banner.append((t.typingOpensChange(what, changeName(s)), .ok))
        }
        return banner
    }

    /// Rows the header takes at `width` (heading, banner, gap), as `drawHeader` lays them out.
    func headerRows(width: Int) -> Int {
        guard let s = currentStage else { return 2 }
        let banner = headerBanner(s)
        let lines = banner.reduce(0) { $0 + min(3, TextLayout.wrap($1.0, width: max(1, width)).count) }
        return 1 + lines + (banner.isEmpty ? 0 : 1)
    }

    var isSigningOrReview: Bool {
        switch mode {
        case .review, .signing: true
        default: false
        }
    }

    func drawContent(_ mode: Mode, in rect: Rect, buffer: inout Buffer, tall: Bool) {
        guard !rect.isEmpty else { return }
        let required = currentStage.map { analysis.requiredPaths($0) } ?? []
        switch mode {
        case .export(_, let back):
            drawContent(back, in: rect, buffer: &buffer, tall: tall)
        case .form, .stepper, .amendment, .financingHelper:
            if let s = currentStage, case .skipped = s.state {
                let text = AppText.current.editor.skippedNothingToFill
                for (i, line) in TextLayout.wrap(text, width: rect.width).enumerated() where i < rect.height {
                    buffer.write(line, at: Point(x: rect.x, y: rect.y + i), role: .muted, clip: rect.row(i))
                }
                buffer.cursor = nil
            } else if let list = form.currentGroup.list {
                drawList(list, in: rect, buffer: &buffer)
            } else {
                form.draw(in: rect, buffer: &buffer, issues: issues, requiredIDs: required,
                          editable: lockReason == nil && !isFrozen && !isStepperMode && !isAmendment(mode), tall: tall)
            }
        case .review(let scroll, let lines):
            // Lines are wrapped when the review opens, for the size the last resize reported; a
            // host that draws at another width gets them wrapped afresh.
            drawReview(rect.width == mainWidth ? lines : reviewLines(width: rect.width), scroll: scroll, in: rect, buffer: &buffer)
        case .record(let list, let index, let f, _):
            let marked: Set<String> = list == .financing ? ["\(list.path)[\(index)].description"] : []
            f.draw(in: rect, buffer: &buffer, issues: issues, requiredIDs: marked, editable: lockReason == nil && !isFrozen, tall: tall)
        case .signing(let f):
            let extra = SigningScreens.requiredIDs(for: currentStage?.section ?? .memorandum, parties: draft.parties.count)
            f.draw(in: rect, buffer: &buffer, issues: issues, requiredIDs: extra, editable: true, tall: tall)
        case .confirm(_, _, let back):
            drawContent(back, in: rect, buffer: &buffer, tall: tall)
        }
    }

    func isAmendment(_ m: Mode) -> Bool { if case .amendment = m { return true }; return false }

    func drawReview(_ lines: [ReviewLine], scroll: Int, in rect: Rect, buffer: inout Buffer) {
        let (body, footer) = rect.splitBottom(1)
        for (i, line) in lines.dropFirst(scroll).prefix(body.height).enumerated() {
            buffer.write(TextLayout.fit(line.text, width: body.width, pad: false), at: Point(x: body.x, y: body.y + i), role: line.role, clip: body.row(i))
        }
        let last = min(lines.count, scroll + body.height)
        let t = AppText.current.editor
        let where_ = lines.isEmpty ? t.reviewEmpty : t.reviewRows(scroll + 1, last, lines.count)
        buffer.write(TextLayout.fit(t.reviewFooter(where_), width: footer.width, pad: false), at: Point(x: footer.x, y: footer.y), role: .muted, clip: footer)
    }

    /// A list page: the table, the findings on its records and, for financing, the totals and the DPRD gate.
    func drawList(_ list: ListKind, in rect: Rect, buffer: inout Buffer) {
        var area = rect
        let group = form.currentGroup
        let t = AppText.current.editor
        let heading = form.groups.count > 1 ? t.groupOf(form.groupIndex + 1, form.groups.count, group.title) : group.title
        buffer.write(TextLayout.fit(heading, width: area.width, pad: false), at: Point(x: area.x, y: area.y), role: .title, clip: area.row(0))
        area = area.inset(top: 1)
        if let note = group.note {
            // A note that does not fit one row takes the blank row under it, so its legal basis
            // (from the rulebook) stays readable and the table does not move.
            let lines = TextLayout.wrap(note, width: area.width)
            let shown = lines.count <= 1 ? [note] : [lines[0], lines.dropFirst().joined(separator: " ")]
            for line in shown {
                buffer.write(TextLayout.fit(line, width: area.width, pad: false), at: Point(x: area.x, y: area.y), role: .muted, clip: area.row(0))
                area = area.inset(top: 1)
            }
            if shown.count == 1 { area = area.inset(top: 1) }
        } else {
            area = area.inset(top: 1)
        }
        var below: [(String, StyleRole)] = []
        if list == .financing {
            let summary = FinancingSummary(draft, analysis: analysis)
            if !draft.financing.lines.isEmpty {
                for l in summary.lines.dropLast(summary.gate == nil ? 0 : 1) { below.append((l, .normal)) }
            }
            if let gate = summary.gate { below.append((t.dprdApproval(gate), summary.gateOpen ? .warning : .ok)) }
        }
        let findings = listFindings(list)
        if let f = findings.first {
            let more = findings.count > 1 ? t.moreFindings(findings.count - 1) : ""
            below.append(((f.severity == .error ? "✗ " : "! ") + f.message + more, f.severity == .error ? .error : .warning))
        }
        var wrapped: [(String, StyleRole)] = []
        for (text, role) in below { for l in TextLayout.wrap(text, width: area.width) { wrapped.append((l, role)) } }
        // The table takes the rows it needs (the rest of the page when long); what it says sits right under it.
        let count = list.count(cooperation)
        let reserve = min(wrapped.count + 1, max(0, area.height - 4))
        let tableHeight = max(2, min(area.height - reserve, count + 1))
        let (tableArea, info) = area.splitTop(tableHeight)
        var table = Table(columns: list.columns, rows: list.rows(cooperation))
        table.pageSize = max(1, tableArea.height - 1)
        let row = highlightedRow(list)
        for _ in 0..<row { _ = table.handle(.key(.down)) }
        table.draw(in: tableArea, buffer: &buffer, focused: !isStepperMode)
        for (i, (text, role)) in wrapped.prefix(max(0, info.height - 1)).enumerated() {
            buffer.write(text, at: Point(x: info.x, y: info.y + 1 + i), role: role, clip: info.row(1 + i))
        }
        buffer.cursor = nil
    }

    func drawAmendment(_ field: TextField, in rect: Rect, buffer: inout Buffer) {
        guard let s = currentStage else { return }
        let width = min(rect.width, 60)
        let done = s.recorded.completedOn.map(DisplayDate.long) ?? "-"
        let t = AppText.current.editor
        let what = SigningScreens.base(for: s.section) != nil ? t.wordSigned : t.wordFinished
        let text = t.amendmentExplained(s.rule.displayName, what, done, changeName(s))
        let lines = TextLayout.wrap(text, width: width - 4)
        let box = rect.centered(Size(width: width, height: lines.count + 6))
        buffer.fill(box)
        buffer.box(box, title: changeName(s).prefix(1).uppercased() + changeName(s).dropFirst())
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (i, l) in lines.enumerated() { buffer.write(l, at: Point(x: inner.x, y: inner.y + i), clip: inner) }
        field.draw(in: Rect(x: inner.x, y: inner.y + lines.count + 1, width: inner.width, height: 1), buffer: &buffer, focused: true)
        buffer.write(t.amendmentKeys, at: Point(x: inner.x, y: inner.maxY - 1), role: .muted, clip: inner)
    }

    /// The keys that work now, for the shell's help bar and help page (`EditorKeys`' maps).
    public var bindings: [KeyBinding] { keyMap.bindings }

    /// The map of the mode the editor is in: what the keys do, the bar and the help page.
    var keyMap: KeyMap {
        let t = AppText.current.editor
        switch mode {
        case .confirm(let d, _, _): return KeyMap(d.bindings)
        case .amendment: return EditorKeys.Prompt.amendment
        case .financingHelper: return EditorKeys.Prompt.financingHelper
        case .export(let panel, _): return panel.keyMap
        case .stepper: return EditorKeys.Stepper.map
        case .review:
            let mark = currentStage.map { SigningScreens.base(for: $0.section) != nil ? t.keyMarkSigned : t.keyMarkDone } ?? t.keyMark
            // A finished (signed) stage is not offered for marking again.
            return EditorKeys.Review.map(markLabel: mark, frozen: isFrozen)
        case .record(_, _, let f, _):
            return EditorKeys.Fields.record(widget: f.widgetBindings)
        case .signing(let f):
            return EditorKeys.Fields.signing(canGoBack: f.groupIndex > 0, widget: f.widgetBindings)
        case .form:
            if let list = form.currentGroup.list {
                return EditorKeys.List.map(financing: list == .financing, canGoBack: form.groupIndex > 0)
            }
            let onArticle = currentStage.map { $0.section == .memorandum || $0.section == .agreement } == true
                && form.currentGroup.title.hasPrefix(t.articleWord)
            return EditorKeys.Fields.stage(canGoBack: form.groupIndex > 0, onArticle: onArticle, widget: form.widgetBindings)
        }
    }
}
