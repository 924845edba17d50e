import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

extension MappingEntryForm {
    /// Findings about the affair as a whole (its code, its sub-affair), shown under the title.
    func affairFindings(_ findings: [MappingFinding]) -> [MappingFinding] {
        findings.filter { f in f.affairCode == affairCode && !MappingEntryField.allCases.contains { $0.findingFields.contains(f.field) } }
    }

    /// The title ("Urusan 2.15 Perhubungan · baris 1 dari 2"), the affair's own finding or the
    /// keys, then the fields in the engine's column layout with the validator's findings
    /// beside them; the partner list over it all while open.
    func draw(in rect: Rect, buffer: inout Buffer, findings: [MappingFinding], catalogues: Catalogues) {
        guard rect.height >= 4 else { return }
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
        var form = engine
        form.notes = notes(findings: findings)
        form.editable = picker == nil
        form.tallAreas = rect.height >= 40
        form.draw(in: rect.inset(top: 2), buffer: &buffer)
        if let picker { picker.draw(in: rect, buffer: &buffer, catalogues: catalogues) }
    }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
