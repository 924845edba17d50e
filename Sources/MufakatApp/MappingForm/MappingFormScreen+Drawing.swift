import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

extension MappingFormScreen {
    /// One line of the list: a group heading or an affair (index into `statuses`).
    enum ListLine: Equatable { case heading(String), affair(Int) }

    func listLines(wide: Bool) -> [ListLine] {
        var out: [ListLine] = []
        var group: AffairGroup?? = .none
        for (i, s) in statuses.enumerated() {
            if group == nil || group! != s.group {
                group = .some(s.group)
                out.append(.heading(s.group.map { wide ? $0.title : $0.shortTitle } ?? txt.unknownAffairCode))
            }
            out.append(.affair(i))
        }
        return out
    }

    func draw(in rect: Rect, buffer: inout Buffer) {
        guard rect.height >= 6 else { return }
        let area = rect.inset(top: 0, left: 1, bottom: 0, right: 1)
        switch mode {
        case .entry(let form):
            form.draw(in: area, buffer: &buffer, findings: findings, catalogues: context.catalogues)
        case .contact(let form):
            form.draw(in: area, buffer: &buffer, regionName: regionName)
        case .list:
            drawList(in: area, buffer: &buffer)
        }
        if let dialog {
            buffer.cursor = nil
            dialog.box.draw(in: rect, buffer: &buffer)
        }
    }

    private func drawList(in area: Rect, buffer: inout Buffer) {
        let wide = area.width >= 110
        var title = txt.listTitle(regionName, regionCode)
        title += revision.map { txt.revision($0) } ?? txt.neverSaved
        if let d = mapping.updatedOn { title += txt.updatedOn(d.dayMonthYear) }
        buffer.write(TextLayout.fit(title, width: area.width, pad: false), at: Point(x: area.x, y: area.y), role: .title, clip: area)

        let c = mapping.contact
        let contactRow = area.row(1)
        if c.name.trimmedWhitespace().isEmpty {
            buffer.write(TextLayout.fit(txt.noContact, width: area.width, pad: false),
                         at: Point(x: area.x, y: contactRow.y), role: .warning, clip: contactRow)
        } else {
            let parts = [c.name, c.nip.map { "NIP \($0)" }, mapping.contactUnit, mapping.contactPhone, mapping.contactEmail].compactMap { $0 }
            buffer.write(TextLayout.fit(txt.contactLine(parts.joined(separator: " · ")), width: area.width, pad: false),
                         at: Point(x: area.x, y: contactRow.y), role: .normal, clip: contactRow)
        }
        let hasErrors = findings.contains { $0.severity == .error }
        buffer.write(TextLayout.fit(summary, width: area.width, pad: false), at: Point(x: area.x, y: area.y + 2),
                     role: hasErrors ? .error : .muted, clip: area.row(2))

        let (listArea, footer) = area.inset(top: 3).splitBottom(2)
        let nameWidth = min(64, max(10, listArea.width - (wide ? 66 : 58)))
        func columns(_ code: String, _ name: String, _ state: String, _ prio: String, _ kind: String, _ year: String, _ done: String, _ mark: String) -> String {
            var line = "  " + TextLayout.fit(code, width: 5) + " " + TextLayout.fit(name, width: nameWidth) + " "
            line += TextLayout.fit(state, width: 11) + " " + TextLayout.fit(prio, width: 7) + " "
            line += TextLayout.fit(kind, width: wide ? 14 : 6) + " " + TextLayout.fit(year, width: 5) + " "
            line += TextLayout.fit(done, width: 8) + " " + mark
            return line
        }
        buffer.write(TextLayout.fit(columns(txt.columnCode, txt.columnAffair, txt.columnFill, txt.columnPriority, txt.columnKind, txt.columnYear, txt.columnComplete, txt.columnFindings), width: listArea.width),
                     at: Point(x: listArea.x, y: listArea.y), role: .title, clip: listArea)
        let body = listArea.inset(top: 1)
        let lines = listLines(wide: wide)
        let focusLine = lines.firstIndex(of: .affair(highlighted)) ?? 0
        // Keep the group heading above the first affair in view when scrolled to the top.
        let top = max(0, min(focusLine - body.height / 2, lines.count - body.height))
        for row in 0..<body.height where top + row < lines.count {
            let line = body.row(row)
            switch lines[top + row] {
            case .heading(let text):
                buffer.write(TextLayout.fit("▸ " + text, width: line.width, pad: false), at: Point(x: line.x, y: line.y), role: .title, clip: line)
            case .affair(let i):
                let s = statuses[i]
                let selected = i == highlighted && dialog == nil
                let role: StyleRole = selected ? .focused : .normal
                if selected { buffer.fill(line, role: role) }
                let state = "\(s.fill.symbol) \(s.fill.label)"
                let kind = s.kind.map { wide ? $0.displayLabel : $0.shortLabel } ?? ""
                var name = s.name
                if s.entryCount > 1 { name += txt.rows(s.entryCount) }
                let text = columns(s.code, name, s.hasEntry ? state : txt.emptyState, s.priority.map(txt.priority) ?? "", kind,
                                   s.targetYear.map(String.init) ?? "", s.completeness, s.findingMark)
                buffer.write(TextLayout.fit((selected ? "›" : " ") + text.dropFirst(), width: line.width, pad: false),
                             at: Point(x: line.x, y: line.y), role: role, clip: line)
                if !selected {
                    if !s.hasEntry { buffer.setRole(.muted, in: line) }
                    let markWidth = DisplayWidth.of(s.findingMark)
                    let markX = line.x + DisplayWidth.of(text) - markWidth
                    if markWidth > 0, markX + markWidth <= line.maxX {
                        buffer.setRole(s.errors > 0 ? .error : .warning, in: Rect(x: markX, y: line.y, width: markWidth, height: 1))
                    }
                }
            }
        }
        drawFooter(in: footer, buffer: &buffer)
    }

    /// Under the list: the highlighted affair's first finding (or what it offers and needs),
    /// then the legend of symbols, which read without colour.
    private func drawFooter(in footer: Rect, buffer: inout Buffer) {
        guard footer.height >= 2 else { return }
        let detail: (String, StyleRole)
        if statuses.indices.contains(highlighted) {
            let s = statuses[highlighted]
            let own = findings.filter { $0.affairCode == s.code }
            if let f = own.first {
                let more = own.count > 1 ? txt.moreFindings(own.count - 1) : ""
                let field = txt.findingField(f.displayField, MappingEntryField.allCases.first { $0.findingFields.contains(f.field) }?.label)
                detail = ("\(f.mark) \(field): \(f.fieldMessage)\(more)", f.severity == .error ? .error : f.severity == .warning ? .warning : .muted)
            } else if let e = mapping.entries(forAffair: s.code).first {
                var parts: [String] = []
                if e.hasOffer { parts.append(txt.detailOffer + e.offer.replacingOccurrences(of: "\n", with: " ")) }
                if e.hasNeed { parts.append(txt.detailNeed + e.need.replacingOccurrences(of: "\n", with: " ")) }
                if !e.partnerRegions.isEmpty {
                    parts.append(txt.detailPartners + e.partnerRegions.map { context.catalogues.regions[$0]?.fullName ?? $0 }.joined(separator: ", "))
                }
                detail = (parts.joined(separator: " · "), .muted)
            } else if let g = generalFindings.first {
                detail = ("\(g.mark) \(g.fieldMessage)", g.severity == .error ? .error : .warning)
            } else {
                detail = (txt.notFilled(s.code), .muted)
            }
        } else {
            detail = ("", .muted)
        }
        buffer.write(TextLayout.fit(detail.0, width: footer.width, pad: false), at: Point(x: footer.x, y: footer.y), role: detail.1, clip: footer.row(0))
        let legend = isDirty ? txt.legendDirty : txt.legend
        buffer.write(TextLayout.fit(legend, width: footer.width, pad: false), at: Point(x: footer.x, y: footer.y + 1),
                     role: isDirty ? .warning : .muted, clip: footer.row(1))
    }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
