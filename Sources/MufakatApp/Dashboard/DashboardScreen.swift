import MufakatDomain
import MufakatServices
import TerminalUI

/// Layar rekapitulasi: the dashboard of the head of the cooperation unit. Each group is a bar
/// chart of block characters (readable without colour: the bar's length carries the value);
/// ↑/↓ pick a figure and Enter lists the cooperations behind it.
struct DashboardScreen: Sendable {
    enum Outcome: Equatable { case none, close, refused(String), help }

    /// A line of the chart list: a group heading or one figure.
    enum Line: Equatable {
        case heading(group: Int)
        case figure(group: Int, index: Int)
        case blank
    }

    var dashboard: Dashboard?
    /// Index into `figureLines` of the highlighted figure.
    var highlighted = 0
    /// The figure whose cooperations are listed (Enter), nil while the charts show.
    var detail: (group: Int, index: Int)?
    var detailHighlighted = 0

    init(dashboard: Dashboard? = nil) { self.dashboard = dashboard }

    var lines: [Line] {
        guard let d = dashboard else { return [] }
        var out: [Line] = []
        for (g, group) in d.groups.enumerated() {
            out.append(.heading(group: g))
            out += group.figures.indices.map { Line.figure(group: g, index: $0) }
            out.append(.blank)
        }
        return out
    }

    var figureLines: [(group: Int, index: Int)] {
        lines.compactMap { if case let .figure(g, i) = $0 { (g, i) } else { nil } }
    }

    var selected: (group: Int, index: Int)? {
        let f = figureLines
        return f.indices.contains(highlighted) ? f[highlighted] : nil
    }

    func figure(_ at: (group: Int, index: Int)) -> Dashboard.Figure? {
        guard let d = dashboard, d.groups.indices.contains(at.group), d.groups[at.group].figures.indices.contains(at.index) else { return nil }
        return d.groups[at.group].figures[at.index]
    }

    mutating func handle(_ event: Event, page: Int) -> Outcome {
        guard case .key(let key) = event else { return .none }
        let keys = DashboardKeys.self
        if keys.help.matches(event) { return .help }
        if let open = detail {
            let count = figure(open)?.ids.count ?? 0
            if keys.backToChart.matches(event) { detail = nil; return .none }
            switch key {
            case .up: detailHighlighted = max(0, detailHighlighted - 1)
            case .down: detailHighlighted = min(max(0, count - 1), detailHighlighted + 1)
            case .pageUp: detailHighlighted = max(0, detailHighlighted - page)
            case .pageDown: detailHighlighted = min(max(0, count - 1), detailHighlighted + page)
            default: break
            }
            return .none
        }
        let last = max(0, figureLines.count - 1)
        if keys.close.matches(event) { return .close }
        switch key {
        case .up: highlighted = max(0, highlighted - 1)
        case .down: highlighted = min(last, highlighted + 1)
        case .pageUp: highlighted = max(0, highlighted - page)
        case .pageDown: highlighted = min(last, highlighted + page)
        case .home: highlighted = 0
        case .end: highlighted = last
        case _ where keys.details.matches(event):
            guard let s = selected, let f = figure(s) else { return .refused(txt.nothingToDetail) }
            guard !f.ids.isEmpty else { return .refused(txt.noCooperationBehind(f.label)) }
            detail = s
            detailHighlighted = 0
        default: break
        }
        return .none
    }

    var title: String {
        if let open = detail, let d = dashboard, let f = figure(open) { return txt.detailTitle(d.groups[open.group].title, f.label) }
        return txt.title
    }

    /// The keys in use now: the bar and the help page are both made from this map.
    var keyMap: KeyMap { detail != nil ? DashboardKeys.detailMap : DashboardKeys.map }

    var bindings: [KeyBinding] { keyMap.bar }

    /// What the help page says besides the keys.
    static var helpNotes: [(key: String, text: String)] { txt.help.filter { $0.key.isEmpty } }

    // MARK: Drawing

    func draw(in body: Rect, buffer: inout Buffer) {
        guard body.height >= 3, body.width >= 20 else { return }
        guard let d = dashboard else {
            buffer.write(txt.computing, at: Point(x: body.x + 1, y: body.y + 1), role: .muted, clip: body)
            return
        }
        if let open = detail { drawDetail(d, open, in: body, buffer: &buffer); return }
        let heading = txt.heading(txt.longDate(d.generatedOn), d.total)
        buffer.write(TextLayout.fit(heading, width: body.width, pad: false), at: Point(x: body.x, y: body.y), role: .title, clip: body.row(0))
        let list = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        let all = lines
        let sel = selected
        let selectedLine = all.firstIndex { if case let .figure(g, i) = $0, let sel { g == sel.group && i == sel.index } else { false } } ?? 0
        // Keep the heading of the highlighted figure's group in view when it fits.
        var top = max(0, min(selectedLine - list.height + 2, all.count - list.height))
        if selectedLine - top >= list.height { top = selectedLine - list.height + 1 }
        top = max(0, top)
        let labelWidth = max(12, min(28, body.width / 3))
        for row in 0..<list.height {
            let n = top + row
            guard all.indices.contains(n) else { break }
            let y = list.y + row
            switch all[n] {
            case .blank: break
            case .heading(let g):
                let group = d.groups[g]
                buffer.write(TextLayout.fit(group.title, width: list.width, pad: false), at: Point(x: list.x, y: y), role: .title, clip: list.row(row))
            case let .figure(g, i):
                let group = d.groups[g]
                let f = group.figures[i]
                let isSel = sel.map { $0.group == g && $0.index == i } ?? false
                let value = Dashboard.format(f.value, unit: group.unit)
                let valueWidth = max(group.figures.map { Dashboard.format($0.value, unit: group.unit).count }.max() ?? 1, 3)
                let label = TextLayout.fit(f.label, width: labelWidth)
                let marker = isSel ? "▶ " : "  "
                let left = marker + label + " " + String(repeating: " ", count: max(0, valueWidth - value.count)) + value + " "
                let barWidth = max(1, min(80, list.width - DisplayWidth.of(left)))
                buffer.write(left, at: Point(x: list.x, y: y), role: isSel ? .selection : .normal, clip: list.row(row))
                let bar = DashboardExport.bar(f.value, maximum: group.maximum, width: barWidth)
                buffer.write(bar, at: Point(x: list.x + DisplayWidth.of(left), y: y), role: isSel ? .selection : .ok, clip: list.row(row))
            }
        }
    }

    func drawDetail(_ d: Dashboard, _ open: (group: Int, index: Int), in body: Rect, buffer: inout Buffer) {
        guard let f = figure(open) else { return }
        let group = d.groups[open.group]
        let heading = txt.detailHeading(group.title, f.label, Dashboard.format(f.value, unit: group.unit), f.ids.count)
        buffer.write(TextLayout.fit(heading, width: body.width, pad: false), at: Point(x: body.x, y: body.y), role: .title, clip: body.row(0))
        let list = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        let top = max(0, min(detailHighlighted - list.height + 1, f.ids.count - list.height))
        let idWidth = min(24, max(10, (f.ids.map(\.count).max() ?? 10)))
        for row in 0..<list.height {
            let n = top + row
            guard f.ids.indices.contains(n) else { break }
            let id = f.ids[n]
            let text = "\(n + 1). " + TextLayout.fit(id, width: idWidth) + "  " + (d.titles[id] ?? "")
            buffer.write(TextLayout.fit(text, width: list.width), at: Point(x: list.x, y: list.y + row),
                         role: n == detailHighlighted ? .selection : .normal, clip: list.row(row))
        }
    }
}

/// The dashboard screen's words in the language in use.
private var txt: Catalogue<DashboardText> { AppText.current.dashboard }

/// Tombol rekapitulasi: the dashboard's keys as data; the bar and the help page come from one map.
enum DashboardKeys {
    private static var t: Catalogue<KeysText> { AppText.current.keys }

    static var choose: KeyBinding {
        KeyBinding([.up, .down, .pageUp, .pageDown], t.dashboardChoose, keyLabel: "↑/↓", help: t.dashboardChooseHelp).helpKey("↑/↓ PgUp/PgDn")
    }
    static var details: KeyBinding { KeyBinding(.enter, t.dashboardDetails, help: t.dashboardDetailsHelp) }
    static var close: KeyBinding { KeyBinding([.escape, .char("q")], t.dashboardHome, keyLabel: "Esc", help: t.dashboardBackHelp) }
    static var help: KeyBinding { KeyBinding(.char("?"), t.help) }
    static var map: KeyMap { KeyMap([choose, details, close, help]) }

    /// The list of cooperations behind a figure.
    static var chooseRow: KeyBinding { KeyBinding([.up, .down], t.choose) }
    static var backToChart: KeyBinding { KeyBinding([.escape, .backspace, .char("q")], t.dashboardBackToChart, keyLabel: "Esc") }
    static var detailMap: KeyMap { KeyMap([chooseRow, backToChart, help]) }
}
