import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Layar kecocokan: the matches of the meeting, strongest first, each with its reason (offer
/// meets need, same province both wajib, named each other), the affair and the regions. Enter or
/// d asks for a draft cooperation from the match under the highlight.
struct MatchesScreen: Sendable {
    enum Outcome: Equatable { case none, refused(String), notice(String), draft(MappingMatch), withdraw(MappingMatch), change(GroupChange) }

    let matches: [MappingMatch]
    let catalogues: Catalogues
    /// Match id → id of the cooperation drafted from it.
    var drafted: [String: String]
    var highlighted = 0
    /// Kebutuhan tanpa pasangan and potensi tanpa peminat, shown with g.
    let gaps: [MappingGap]
    var showingGaps = false
    /// First line shown in the detail box (j/k scroll it).
    var detailScroll = 0
    /// First line of the gaps page.
    var gapsScroll = 0
    /// The match marked with + to be merged with the next one marked.
    var marked: String? = nil

    init(matches: [MappingMatch], drafted: [String: String], catalogues: Catalogues, gaps: [MappingGap] = []) {
        self.matches = matches; self.drafted = drafted; self.catalogues = catalogues; self.gaps = gaps
    }

    /// The gaps page as lines: both sections, always with their headings.
    var gapLines: [(String, StyleRole)] {
        var out: [(String, StyleRole)] = []
        for (side, title) in [(MappingGap.Side.need, txt.gapsNeeds), (.offer, txt.gapsOffers)] {
            let list = gaps.filter { $0.side == side }
            if !out.isEmpty { out.append(("", .normal)) }
            out.append(("\(title) (\(list.count))", .title))
            if list.isEmpty { out.append((txt.none, .muted)) }
            for g in list {
                out.append(("  \(g.affairCode) \(catalogues.affairs[g.affairCode]?.name ?? "") · \(catalogues.regions[g.regionCode]?.fullName ?? g.regionCode): \(g.text)", .normal))
            }
        }
        return out
    }

    var selected: MappingMatch? { matches.indices.contains(highlighted) ? matches[highlighted] : nil }

    mutating func handle(_ event: Event, page: Int) -> Outcome {
        guard case .key(let key) = event else { return .none }
        let last = max(0, matches.count - 1)
        let keys = MatchesKeys.self
        if keys.gaps.matches(event) { showingGaps.toggle(); gapsScroll = 0; return .none }
        if showingGaps {
            switch key {
            case .up, .char("k"): gapsScroll = max(0, gapsScroll - 1)
            case .down, .char("j"): gapsScroll = min(max(0, gapLines.count - 1), gapsScroll + 1)
            default: break
            }
            return .none
        }
        switch key {
        case _ where keys.scrollDown.matches(event): detailScroll += 1; return .none
        case _ where keys.scrollUp.matches(event): detailScroll = max(0, detailScroll - 1); return .none
        default: break
        }
        let before = highlighted
        defer { if highlighted != before { detailScroll = 0 } }
        switch key {
        case .up: highlighted = max(0, highlighted - 1)
        case .down: highlighted = min(last, highlighted + 1)
        case .pageUp: highlighted = max(0, highlighted - page)
        case .pageDown: highlighted = min(last, highlighted + page)
        case .home: highlighted = 0
        case .end: highlighted = last
        case _ where keys.withdraw.matches(event):
            guard let m = selected else { return .none }
            return .withdraw(m)
        case _ where keys.split.matches(event):
            guard let m = selected, m.isGroup else { return .refused(txt.onlyGroupsSplit) }
            return .change(GroupChange(kind: .split, affairCode: m.affairCode, regionCodes: m.regionCodes))
        case _ where keys.merge.matches(event):
            guard let m = selected else { return .none }
            guard let first = marked, first != m.id, let other = matches.first(where: { $0.id == first }) else {
                marked = m.id
                return .notice(txt.marked(highlighted + 1))
            }
            marked = nil
            guard other.affairCode == m.affairCode else { return .refused(txt.sameAffairOnly) }
            var regions = other.regionCodes
            for r in m.regionCodes where !regions.contains(r) { regions.append(r) }
            return .change(GroupChange(kind: .merge, affairCode: m.affairCode, regionCodes: regions))
        case _ where keys.draft.matches(event):
            guard let m = selected else { return .refused(txt.noMatchesImport) }
            if let id = drafted[m.id] ?? drafted.first(where: { $0.key.hasPrefix(m.affairCode + ":") && Set($0.key.dropFirst(m.affairCode.count + 1).split(separator: "+").map(String.init)) == Set(m.regionCodes) })?.value {
                return .refused(txt.alreadyDraftedOpen(id))
            }
            return .draft(m)
        default: break
        }
        return .none
    }

    var bindings: [KeyBinding] { (showingGaps ? MatchesKeys.gapsMap : MatchesKeys.map).bar }

    /// The help page: the keys of `MatchesKeys.map`, then how matches are ordered.
    static var helpLines: [(key: String, text: String)] { MatchesKeys.map.helpLines + helpNotes }

    static var helpNotes: [(key: String, text: String)] { txt.matchesHelp.filter { $0.key.isEmpty } }

    func regionNames(_ m: MappingMatch) -> String {
        m.regionCodes.map { catalogues.regions[$0]?.fullName ?? $0 }.joined(separator: " – ")
    }

    static func kindShort(_ k: MatchKind, wide: Bool) -> String {
        switch k {
        case .offerNeed: wide ? txt.reasonOfferNeedWide : txt.reasonOfferNeed
        case .mutualPartners: wide ? txt.reasonMutualWide : txt.reasonMutual
        case .sameProvinceWajib: wide ? txt.reasonWajibWide : txt.reasonWajib
        }
    }

    func draw(in body: Rect, buffer: inout Buffer) {
        guard body.height >= 6 else { return }
        if showingGaps {
            let needs = gaps.filter { $0.side == .need }.count
            buffer.write(TextLayout.fit(txt.gapsHeading(needs, gaps.count - needs), width: body.width, pad: false),
                         at: Point(x: body.x, y: body.y), role: .title, clip: body.row(0))
            let area = body.inset(top: 1)
            var rows: [(String, StyleRole)] = []
            for line in gapLines { rows += TextLayout.wrap(line.0, width: max(1, area.width)).map { ($0, line.1) } }
            for (i, line) in rows.dropFirst(gapsScroll).prefix(area.height).enumerated() {
                buffer.write(line.0, at: Point(x: area.x, y: area.y + i), role: line.1, clip: area)
            }
            return
        }
        let heading = matches.isEmpty ? txt.matchesHeading : txt.matchesHeadingOf(highlighted + 1, matches.count)
        buffer.write(TextLayout.fit(heading, width: body.width, pad: false), at: Point(x: body.x, y: body.y), role: .title, clip: body.row(0))
        let detailLines = selected.map { 1 + $0.reasons.reduce(0) { $0 + TextLayout.wrap("• " + $1, width: max(1, body.width - 2)).count } } ?? 1
        // The list takes what its rows need (at most half the body); the reasons get the rest.
        let listNeeds = min(matches.count + 1, max(3, body.height / 2))
        let detailHeight = min(max(4, body.height - 1 - listNeeds), detailLines + 2)
        let list = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1 - detailHeight)
        if matches.isEmpty {
            buffer.write(txt.noMatchesYet,
                         at: Point(x: list.x + 1, y: list.y + 1), role: .muted, clip: list)
            return
        }
        let wide = body.width >= 110
        let columns: [TableColumn] = [
            TableColumn(txt.columnNumber, width: .fixed(4), alignment: .right),
            TableColumn(txt.columnAffair, width: wide ? .fixed(34) : .fixed(16)),
            TableColumn(txt.columnRegions, width: .flexible(3)),
            TableColumn(txt.columnReason, width: wide ? .flexible(2) : .fixed(19)),
            TableColumn(txt.columnDraft, width: .fixed(4)),
        ]
        let page = max(1, list.height - 1)
        let top = max(0, min(highlighted - page + 1, matches.count - page))
        let window = matches[top..<min(top + page, matches.count)]
        let rows: [[String]] = window.enumerated().map { i, m in
            let affair = catalogues.affairs[m.affairCode].map { "\(m.affairCode) \($0.name)" } ?? m.affairCode
            return ["\(top + i + 1)", affair, regionNames(m), m.kinds.map { Self.kindShort($0, wide: wide) }.joined(separator: ", "),
                    drafted[m.id] == nil ? "" : "✓"]
        }
        var table = Table(columns: columns, rows: rows)
        table.pageSize = page
        for _ in 0..<max(0, highlighted - top) { _ = table.handle(.key(.down)) }
        table.draw(in: list, buffer: &buffer, focused: true)

        let detail = Rect(x: body.x, y: list.maxY, width: body.width, height: detailHeight)
        guard let m = selected else { return }
        buffer.box(detail, title: txt.matchTitle(highlighted + 1))
        let inner = detail.inset(top: 1, left: 1, bottom: 1, right: 1)
        var lines: [(String, StyleRole)] = []
        var facts = txt.suggestedKind(m.suggestedKind.displayLabel)
        if let y = m.targetYear { facts += txt.targetYear(y) }
        if let id = drafted[m.id] { facts += txt.draftedAs(id) }
        lines.append((facts, drafted[m.id] == nil ? .normal : .ok))
        for r in m.reasons { lines += TextLayout.wrap("• " + r, width: max(1, inner.width)).map { ($0, StyleRole.muted) } }
        let first = min(detailScroll, max(0, lines.count - inner.height))
        for (i, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            buffer.write(line.0, at: Point(x: inner.x, y: inner.y + i), role: line.1, clip: inner)
        }
        // A scroll mark on the box's border when lines are hidden above or below.
        let below = lines.count - first - inner.height
        if below > 0 || first > 0 {
            let mark = (first > 0 ? "▲ " : "") + (below > 0 ? txt.moreLines(below) : "") + " (j/k)"
            let x = detail.maxX - mark.count - 2
            if x > detail.x + 2 { buffer.write(mark, at: Point(x: x, y: detail.maxY - 1), role: .warning, clip: detail) }
        }
    }
}

/// Tombol kecocokan: the matches list's keys as data; the help bar and the help page come from `map`.
enum MatchesKeys {
    private static var t: Catalogue<KeysText> { AppText.current.keys }

    static var choose: KeyBinding {
        KeyBinding([.up, .down, .pageUp, .pageDown], t.matchesChoose, keyLabel: "↑/↓", help: t.matchesChooseHelp).helpKey("↑/↓ PgUp/PgDn")
    }
    static var draft: KeyBinding { KeyBinding([.enter, .char("d")], t.matchesDraft, keyLabel: "Enter/d", help: t.matchesDraftHelp).helpKey("Enter / d") }
    static var gaps: KeyBinding { KeyBinding(.char("g"), t.matchesGaps, help: t.matchesGapsHelp) }
    static var split: KeyBinding { KeyBinding(.char("s"), t.matchesSplitHelp, inBar: false) }
    static var merge: KeyBinding { KeyBinding(.char("+"), t.matchesMergeHelp, inBar: false) }
    static var withdraw: KeyBinding { KeyBinding(.char("w"), t.matchesWithdraw, help: t.matchesWithdrawHelp) }
    /// Split and merge in one entry of the bar.
    static var group: KeyBinding { KeyBinding([.char("s"), .char("+")], t.matchesGroup, keyLabel: "s/+", inHelp: false) }
    static var scroll: KeyBinding { KeyBinding([.char("j"), .char("k")], t.matchesScroll, keyLabel: "j/k", help: t.matchesScrollHelp).helpKey("j / k") }
    static var scrollDown: KeyBinding { KeyBinding(.char("j"), t.matchesScroll, inBar: false, inHelp: false) }
    static var scrollUp: KeyBinding { KeyBinding(.char("k"), t.matchesScroll, inBar: false, inHelp: false) }
    static var back: KeyBinding { KeyBinding(.escape, t.matchesBack, help: t.matchesBackHelp) }

    /// Bar order: ↑/↓ Enter/d g w s/+ j/k Esc; help order: one line a key.
    static var map: KeyMap { KeyMap([choose, draft, gaps, split, merge, withdraw, group, scroll, back]) }

    /// While the gaps are shown.
    static var gapsMap: KeyMap {
        KeyMap([KeyBinding([.up, .down], t.matchesScroll), KeyBinding(.char("g"), t.matchesBackToMatches), back])
    }
}

/// The meeting screens' words in the language in use.
private var txt: Catalogue<MeetingText> { AppText.current.meeting }
