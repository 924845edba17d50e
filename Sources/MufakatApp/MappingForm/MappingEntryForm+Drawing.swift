import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

extension MappingEntryForm {
    /// Rows the field's input takes at a screen of `height` rows.
    func inputRows(_ f: MappingEntryField, tall: Bool) -> Int {
        switch f {
        case .offer, .need: tall ? 5 : 3
        case .notes: tall ? 4 : 2
        case .thirdParties: tall ? thirdParties.items.count : 3
        default: 1
        }
    }

    /// Messages beside each field: the form's own errors, then the validator's findings for
    /// this affair (which name the field in Indonesian).
    func messages(findings: [MappingFinding]) -> [MappingEntryField: [(String, StyleRole)]] {
        var out: [MappingEntryField: [(String, StyleRole)]] = [:]
        for (f, text) in formatErrors() { out[f, default: []].append(("✗ " + text, .error)) }
        for finding in findings where finding.affairCode == affairCode {
            guard let f = MappingEntryField.allCases.first(where: { $0.findingFields.contains(finding.field) }) else { continue }
            let role: StyleRole = finding.severity == .error ? .error : finding.severity == .warning ? .warning : .muted
            out[f, default: []].append(("\(finding.mark) \(finding.fieldMessage)", role))
        }
        return out
    }

    /// Findings about the affair as a whole (its code, its sub-affair), shown under the title.
    func affairFindings(_ findings: [MappingFinding]) -> [MappingFinding] {
        findings.filter { f in f.affairCode == affairCode && !MappingEntryField.allCases.contains { $0.findingFields.contains(f.field) } }
    }

    func draw(in rect: Rect, buffer: inout Buffer, findings: [MappingFinding], catalogues: Catalogues) {
        guard rect.height >= 4 else { return }
        let tall = rect.height >= 40
        var title = txt.affairTitle(affairCode, affairName)
        if let rowLabel { title += " · " + rowLabel }
        buffer.write(TextLayout.fit(title, width: rect.width, pad: false), at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
        let general = affairFindings(findings)
        if let first = general.first {
            let role: StyleRole = first.severity == .error ? .error : .warning
            let more = general.count > 1 ? " (+\(general.count - 1))" : ""
            buffer.write(TextLayout.fit("\(first.mark) \(first.fieldMessage)\(more)", width: rect.width, pad: false),
                         at: Point(x: rect.x, y: rect.y + 1), role: role, clip: rect)
        } else {
            buffer.write(TextLayout.fit(txt.entryKeysHint, width: rect.width, pad: false),
                         at: Point(x: rect.x, y: rect.y + 1), role: .muted, clip: rect)
        }
        let body = rect.inset(top: 2)
        let messages = messages(findings: findings)
        let labelWidth = rect.width >= 100 ? 24 : 22
        let fields = MappingEntryField.allCases
        let inputWidth = max(1, body.width - labelWidth)
        // Messages wrap to two rows at most, so a narrow screen still shows the fix.
        func wrapped(_ f: MappingEntryField) -> [(String, StyleRole)] {
            let lines = messages[f] ?? (f == focus ? [(f.help, .muted)] : [])
            return lines.flatMap { text, role in
                let rows = TextLayout.wrap(text, width: inputWidth)
                let kept = rows.count > 2 ? [rows[0], TextLayout.fit(rows[1...].joined(separator: " "), width: inputWidth, pad: false)] : rows
                return kept.map { ($0, role) }
            }
        }
        func extra(_ f: MappingEntryField) -> Int { wrapped(f).count }
        let heights = fields.map { inputRows($0, tall: tall) + extra($0) + (tall ? 1 : 0) }
        var top = 0
        let focusIndex = focus.rawValue
        while heights[top...focusIndex].reduce(0, +) > body.height, top < focusIndex { top += 1 }
        var y = body.y
        for f in fields[top...] {
            let rows = inputRows(f, tall: tall)
            guard y + rows <= body.maxY else { break }
            let focused = f == focus && picker == nil
            buffer.write(TextLayout.fit((f == focus ? "› " : "  ") + f.label, width: labelWidth), at: Point(x: body.x, y: y),
                         role: f == focus ? .title : .normal, clip: body)
            let input = Rect(x: body.x + labelWidth, y: y, width: body.width - labelWidth, height: rows)
            drawInput(f, in: input, buffer: &buffer, focused: focused, catalogues: catalogues)
            y += rows
            for (text, role) in wrapped(f) where y < body.maxY {
                buffer.write(TextLayout.fit(text, width: input.width, pad: false), at: Point(x: input.x, y: y), role: role, clip: body.row(y - body.y))
                y += 1
            }
            if tall { y += 1 }
        }
        if let picker { picker.draw(in: rect, buffer: &buffer, catalogues: catalogues) }
    }

    private func drawInput(_ f: MappingEntryField, in rect: Rect, buffer: inout Buffer, focused: Bool, catalogues: Catalogues) {
        func value(_ text: String, muted: Bool = false) {
            let role: StyleRole = focused ? .focused : (muted ? .muted : .normal)
            buffer.fill(rect.row(0), role: role)
            buffer.write(TextLayout.fit(text, width: rect.width, pad: false), at: Point(x: rect.x, y: rect.y), role: role, clip: rect)
            if focused { buffer.cursor = Point(x: rect.x, y: rect.y) }
        }
        switch f {
        case .offer: var w = offer; w.wrapWidth = rect.width; w.draw(in: rect, buffer: &buffer, focused: focused)
        case .need: var w = need; w.wrapWidth = rect.width; w.draw(in: rect, buffer: &buffer, focused: focused)
        case .notes: var w = notes; w.wrapWidth = rect.width; w.draw(in: rect, buffer: &buffer, focused: focused)
        case .planned: planned.draw(in: rect, buffer: &buffer, focused: focused)
        case .targetYear: targetYear.draw(in: rect.row(0).inset(right: max(0, rect.width - 6)), buffer: &buffer, focused: focused)
        case .rkpdYear: rkpdYear.draw(in: rect.row(0).inset(right: max(0, rect.width - 6)), buffer: &buffer, focused: focused)
        case .budget:
            budget.draw(in: rect.row(0).inset(right: max(0, rect.width - 28)), buffer: &buffer, focused: focused)
        case .thirdParties: thirdParties.draw(in: rect, buffer: &buffer, focused: focused)
        case .partners:
            let names = partners.map { catalogues.regions[$0]?.fullName ?? $0 }
            value(names.isEmpty ? txt.noPartnersYet : names.joined(separator: ", "), muted: names.isEmpty)
        case .kind: value("‹ \(kind?.displayLabel ?? txt.notChosen) ›", muted: kind == nil)
        case .priority: value("‹ \(priority.map(txt.priority) ?? txt.notChosen) ›", muted: priority == nil)
        case .inRPJMD: value(inRPJMD ? txt.inRPJMDYes : txt.inRPJMDNo)
        case .subAffair:
            let text = subAffairID.map { id in catalogues.authority[id].map { "\($0.subAffair): \($0.description)" } ?? id } ?? txt.wholeAffair
            value("‹ \(text) ›", muted: subAffairID == nil)
        }
    }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
