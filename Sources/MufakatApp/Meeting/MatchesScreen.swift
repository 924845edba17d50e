import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Layar kecocokan: the matches of the meeting, strongest first, each with its reason (offer
/// meets need, same province both wajib, named each other), the affair and the regions. Enter or
/// d asks for a draft cooperation from the match under the highlight.
struct MatchesScreen: Sendable {
    enum Outcome: Equatable { case none, refused(String), draft(MappingMatch) }

    let matches: [MappingMatch]
    let catalogues: Catalogues
    /// Match id → id of the cooperation drafted from it.
    var drafted: [String: String]
    var highlighted = 0

    init(matches: [MappingMatch], drafted: [String: String], catalogues: Catalogues) {
        self.matches = matches; self.drafted = drafted; self.catalogues = catalogues
    }

    var selected: MappingMatch? { matches.indices.contains(highlighted) ? matches[highlighted] : nil }

    mutating func handle(_ event: Event, page: Int) -> Outcome {
        guard case .key(let key) = event else { return .none }
        let last = max(0, matches.count - 1)
        switch key {
        case .up: highlighted = max(0, highlighted - 1)
        case .down: highlighted = min(last, highlighted + 1)
        case .pageUp: highlighted = max(0, highlighted - page)
        case .pageDown: highlighted = min(last, highlighted + page)
        case .home: highlighted = 0
        case .end: highlighted = last
        case .enter, .char("d"):
            guard let m = selected else { return .refused("Belum ada kecocokan. Impor pemetaan daerah peserta dahulu (tekan Esc, lalu i).") }
            if let id = drafted[m.id] {
                return .refused("Kecocokan ini sudah dijadikan draf kerja sama '\(id)'; tidak dibuat lagi. Buka dari beranda.")
            }
            return .draft(m)
        default: break
        }
        return .none
    }

    var bindings: [KeyBinding] {
        [KeyBinding([.up, .down], "pilih"), KeyBinding([.enter, .char("d")], "jadikan draf", keyLabel: "Enter/d"),
         KeyBinding(.escape, "kembali ke matriks"), KeyBinding(.char("?"), "bantuan")]
    }

    static let helpLines: [(key: String, text: String)] = [
        ("↑/↓ PgUp/PgDn", "pilih kecocokan; Home/End ke awal/akhir daftar"),
        ("Enter / d", "jadikan kecocokan draf kerja sama di penyimpanan: para pihak, urusan, jenis dan tahun target terisi; dicatat sebagai kesepakatan rapat"),
        ("Esc", "kembali ke matriks"),
        ("", "Kecocokan diurutkan dari yang terkuat. Alasan: potensi satu daerah bertemu kebutuhan daerah lain; saling menyebut sebagai calon mitra; atau sama-sama KSDD wajib dalam satu provinsi. Pada layar sempit: P→K potensi bertemu kebutuhan, saling = saling menyebut, wajib = wajib satu provinsi. Tanda ✓ berarti sudah menjadi draf."),
    ]

    func regionNames(_ m: MappingMatch) -> String {
        m.regionCodes.map { catalogues.regions[$0]?.fullName ?? $0 }.joined(separator: " – ")
    }

    static func kindShort(_ k: MatchKind, wide: Bool) -> String {
        switch k {
        case .offerNeed: wide ? "potensi→kebutuhan" : "P→K"
        case .mutualPartners: wide ? "saling menyebut" : "saling"
        case .sameProvinceWajib: wide ? "wajib satu provinsi" : "wajib"
        }
    }

    func draw(in body: Rect, buffer: inout Buffer) {
        guard body.height >= 6 else { return }
        let heading = matches.isEmpty ? "Kecocokan pemetaan" : "Kecocokan pemetaan: \(highlighted + 1) dari \(matches.count) calon kerja sama, dari yang terkuat"
        buffer.write(TextLayout.fit(heading, width: body.width, pad: false), at: Point(x: body.x, y: body.y), role: .title, clip: body.row(0))
        let detailLines = selected.map { 1 + $0.reasons.reduce(0) { $0 + TextLayout.wrap("• " + $1, width: max(1, body.width - 2)).count } } ?? 1
        let detailHeight = min(max(4, body.height / 2 - 2), detailLines + 2)
        let list = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1 - detailHeight)
        if matches.isEmpty {
            buffer.write("Belum ada kecocokan. Impor pemetaan daerah peserta dari layar matriks (tekan Esc, lalu i).",
                         at: Point(x: list.x + 1, y: list.y + 1), role: .muted, clip: list)
            return
        }
        let wide = body.width >= 110
        let columns: [TableColumn] = [
            TableColumn("No", width: .fixed(4), alignment: .right),
            TableColumn("Urusan", width: wide ? .fixed(34) : .fixed(16)),
            TableColumn("Daerah", width: .flexible(3)),
            TableColumn("Alasan", width: wide ? .flexible(2) : .fixed(19)),
            TableColumn("Draf", width: .fixed(4)),
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
        buffer.box(detail, title: "Kecocokan \(highlighted + 1)")
        let inner = detail.inset(top: 1, left: 1, bottom: 1, right: 1)
        var lines: [(String, StyleRole)] = []
        var facts = "Jenis yang disarankan: \(m.suggestedKind.label)"
        if let y = m.targetYear { facts += " · tahun target \(y)" }
        if let id = drafted[m.id] { facts += " · sudah menjadi draf '\(id)'" }
        lines.append((facts, drafted[m.id] == nil ? .normal : .ok))
        for r in m.reasons { lines += TextLayout.wrap("• " + r, width: max(1, inner.width)).map { ($0, StyleRole.muted) } }
        for (i, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line.0, at: Point(x: inner.x, y: inner.y + i), role: line.1, clip: inner)
        }
    }
}
