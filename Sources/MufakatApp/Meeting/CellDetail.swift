import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Rincian sel: what the region under the cursor mapped for the affair (every field), then the
/// other regions of the matrix that map the same affair. A panel over the matrix; Esc closes it.
struct CellDetail: Sendable {
    let title: String
    /// Lines with their role; wrapped when drawn.
    let lines: [(text: String, role: StyleRole)]
    var scroll = 0

    init(matrix: MappingMatrix, affair: Int, region: Int, catalogues: Catalogues) {
        let a = matrix.affairs[affair]
        let chosen = matrix.details(affair: affair, region: region)
        title = "\(a.code) \(a.name)"
        var out: [(String, StyleRole)] = []
        out.append((chosen.region.fullName, .title))
        out += Self.entryLines(chosen.entries, mapping: chosen.mapping, catalogues: catalogues)
        var others: [(String, StyleRole)] = []
        var count = 0
        for r in matrix.regions.indices where r != region && matrix.cell(affair: affair, region: r).kind != .empty {
            let d = matrix.details(affair: affair, region: r)
            count += 1
            others.append(("", .normal))
            others.append(("\(d.region.fullName) [\(matrix.cell(affair: affair, region: r).symbol)]", .title))
            others += Self.entryLines(d.entries, mapping: d.mapping, catalogues: catalogues)
        }
        out.append(("", .normal))
        out.append((count == 0 ? txt.noOtherRegion : txt.otherRegions(count), .muted))
        lines = out + others
    }

    static func entryLines(_ entries: [MappingEntry], mapping: RegionMapping, catalogues: Catalogues) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = []
        for e in entries {
            if let sub = e.subAffairID { out.append((txt.subAffair(sub), .muted)) }
            func field(_ label: String, _ value: String) { out.append(("  \(label): \(value.isEmpty ? "-" : value)", .normal)) }
            field(txt.fieldOffer, e.offer)
            field(txt.fieldNeed, e.need)
            let partners = e.partnerRegions.map { catalogues.regions[$0]?.fullName ?? $0 } + e.partnerThirdParties.map(\.rawValue)
            field(txt.fieldPartners, partners.joined(separator: ", "))
            field(txt.fieldKind, e.intendedKind?.displayLabel ?? "")
            field(txt.fieldPriority, e.priority.map(txt.priority) ?? "")
            field(txt.fieldTargetYear, e.targetYear.map(String.init) ?? "")
            var plan = e.inRPJMD ? txt.inRPJMD : txt.notInRPJMD
            if let y = e.rkpdYear { plan += txt.rkpdYear(y) }
            field(txt.fieldPlanning, plan)
            field(txt.fieldBudget, e.indicativeBudget?.figures ?? "")
            if let p = e.plannedCooperation { field(txt.fieldPlannedCooperation, p) }
            field(txt.fieldNotes, e.notes)
        }
        let contact = [mapping.contact.name, mapping.contact.title, mapping.contactPhone ?? "", mapping.contactEmail ?? ""].filter { !$0.isEmpty }
        if !contact.isEmpty { out.append((txt.contactOfficer(contact.joined(separator: ", ")), .muted)) }
        return out
    }

    /// True when the panel should close.
    mutating func handle(_ event: Event) -> Bool {
        switch event {
        case _ where Keys.close.matches(event): return true
        case .key(.up): scroll = max(0, scroll - 1)
        case .key(.down): scroll += 1
        case .key(.pageUp): scroll = max(0, scroll - 10)
        case .key(.pageDown): scroll += 10
        case .key(.home): scroll = 0
        default: break
        }
        return false
    }

    /// Tombol rincian sel: the panel's keys as data; its help bar is made from `map`.
    enum Keys {
        static var scroll: KeyBinding { KeyBinding([.up, .down], AppText.current.keys.matchesScroll) }
        static var close: KeyBinding { KeyBinding([.escape, .enter, .char("q")], AppText.current.keys.cellClose, keyLabel: "Esc") }
        static var map: KeyMap { KeyMap([scroll, close]) }
    }

    var bindings: [KeyBinding] { Keys.map.bar }

    func draw(in rect: Rect, buffer: inout Buffer) {
        let width = min(rect.width - 2, max(60, rect.width * 2 / 3))
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y, width: width, height: rect.height)
        guard box.width >= 10, box.height >= 4 else { return }
        buffer.fill(box)
        buffer.box(box, title: title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        var rows: [(String, StyleRole)] = []
        for (text, role) in lines {
            let parts = TextLayout.wrap(text, width: max(1, inner.width))
            for p in (parts.isEmpty ? [""] : parts) { rows.append((p, role)) }
        }
        let top = max(0, min(scroll, rows.count - inner.height))
        for i in 0..<inner.height where top + i < rows.count {
            buffer.write(rows[top + i].0, at: Point(x: inner.x, y: inner.y + i), role: rows[top + i].1, clip: inner)
        }
        if rows.count > inner.height {
            let info = " \(min(rows.count, top + inner.height))/\(rows.count) "
            buffer.write(info, at: Point(x: box.maxX - DisplayWidth.of(info) - 2, y: box.maxY - 1), role: .muted, clip: box)
        }
    }
}

/// The meeting screens' words in the language in use.
private var txt: Catalogue<MeetingText> { AppText.current.meeting }
