import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Layar matriks pemetaan: affairs × regions (or the transpose) with frozen headers, a legend,
/// filters by province, group of affairs and priority, and the cursor cell described below the
/// grid. The matrix is built once per load and per filter; a key that moves the cursor only
/// moves the cursor.
struct MatrixScreen: Sendable {
    enum Outcome: Equatable { case none, refused(String), openDetail }

    let data: MeetingData
    let catalogues: Catalogues
    private(set) var filter: MatrixFilter = .none
    private(set) var matrix: MappingMatrix
    private(set) var grid: Grid
    /// Provinces that have at least one mapping, for the province filter.
    let provinces: [String]
    /// The size of the terminal, for the window size of the grid.
    private(set) var screen: Size

    init(data: MeetingData, catalogues: Catalogues, screen: Size) {
        InterfaceLanguage.install()
        self.data = data
        self.catalogues = catalogues
        self.screen = screen
        matrix = MappingMatrix(mappings: data.mappings, catalogues: catalogues)
        var seen = Set<String>()
        provinces = matrix.regions.map(\.provinceCode).filter { seen.insert($0).inserted }
        grid = Grid(layout: Self.layout(for: screen, transposed: false, matrix: matrix))
        refit()
    }

    var isTransposed: Bool { matrix.isTransposed }

    // MARK: Layout

    /// Grid layout for a terminal size: wider cells and taller headers on a big screen.
    static func layout(for screen: Size, transposed: Bool, matrix: MappingMatrix) -> GridLayout {
        let big = screen.width >= 160
        let labelWidth = min(big ? 40 : (screen.width >= 110 ? 30 : 22), max(12, screen.width / 3))
        var cell = big ? 6 : (transposed ? 5 : 4)
        // On a projector the free width goes to the columns, so region names stay whole.
        let columns = max(1, transposed ? matrix.affairs.count : matrix.regions.count)
        cell = max(cell, min(14, (screen.width - labelWidth - 2) / columns))
        let header = screen.height >= 40 ? 5 : 3
        return GridLayout(rowHeaderWidth: labelWidth, cellWidth: cell, headerHeight: header)
    }

    /// Where the grid goes inside the screen's body: below the heading, filter and legend lines,
    /// above the line that describes the cursor cell.
    static func gridRect(in body: Rect) -> Rect {
        body.inset(top: 3, bottom: 1)
    }

    /// The body of the shell's frame for a terminal size (title above, message and help below).
    static func body(for screen: Size) -> Rect {
        Rect(x: 0, y: 1, width: screen.width, height: max(0, screen.height - 3))
    }

    private mutating func refit() {
        grid.layout = Self.layout(for: screen, transposed: isTransposed, matrix: matrix)
        grid.fit(in: Self.gridRect(in: Self.body(for: screen)), rowCount: matrix.rowCount, columnCount: matrix.columnCount)
    }

    mutating func resize(_ size: Size) {
        screen = size
        refit()
    }

    // MARK: Cursor

    /// The affair and region under the cursor (indices into `matrix.affairs` and `matrix.regions`).
    var cursor: (affair: Int, region: Int)? {
        guard matrix.rowCount > 0, matrix.columnCount > 0 else { return nil }
        return isTransposed ? (grid.column, grid.row) : (grid.row, grid.column)
    }

    // MARK: Filters

    /// Rebuilds the matrix for a new filter, keeping the cursor on the same affair and region when
    /// they are still shown.
    mutating func apply(_ filter: MatrixFilter) {
        let keep = cursor.map { (matrix.affairs[$0.affair].code, matrix.regions[$0.region].code) }
        self.filter = filter
        matrix = MappingMatrix(mappings: data.mappings, catalogues: catalogues, filter: filter, transposed: isTransposed)
        refit()
        var affair = 0, region = 0
        if let keep {
            affair = matrix.affairs.firstIndex { $0.code == keep.0 } ?? 0
            region = matrix.regions.firstIndex { $0.code == keep.1 } ?? 0
        }
        place(affair: affair, region: region)
    }

    mutating func transpose() {
        let at = cursor
        matrix = matrix.transposed()
        refit()
        if let at { place(affair: at.affair, region: at.region) }
    }

    /// The affair and region codes under the cursor, to find the same cell in a reloaded matrix.
    var cursorCodes: (affair: String, region: String)? {
        cursor.map { (matrix.affairs[$0.affair].code, matrix.regions[$0.region].code) }
    }

    /// Puts the cursor on the cell of these codes when they are shown.
    mutating func focus(affairCode: String, regionCode: String) {
        guard let a = matrix.affairs.firstIndex(where: { $0.code == affairCode }),
              let r = matrix.regions.firstIndex(where: { $0.code == regionCode }) else { return }
        place(affair: a, region: r)
    }

    private mutating func place(affair: Int, region: Int) {
        let (r, c) = isTransposed ? (region, affair) : (affair, region)
        grid.moveTo(row: r, column: c, rowCount: matrix.rowCount, columnCount: matrix.columnCount)
    }

    /// The next value among `values` after `current` (nil = all).
    static func cycle<T: Equatable>(_ current: T?, among values: [T]) -> T? {
        guard !values.isEmpty else { return nil }
        guard let current, let i = values.firstIndex(of: current) else { return values.first }
        return i + 1 < values.count ? values[i + 1] : nil
    }

    // MARK: Keys

    mutating func handle(_ event: Event) -> Outcome {
        if grid.handle(event, rowCount: matrix.rowCount, columnCount: matrix.columnCount) != .ignored { return .none }
        guard case .key(let key) = event else { return .none }
        var f = filter
        let keys = MatrixKeys.self
        switch key {
        case _ where keys.detail.matches(event):
            guard let c = cursor else { return .refused(emptyText) }
            if matrix.cell(affair: c.affair, region: c.region).kind == .empty {
                return .refused(txt.affairNotMapped(matrix.regions[c.region].fullName, "\(matrix.affairs[c.affair].code) \(matrix.affairs[c.affair].name)"))
            }
            return .openDetail
        case _ where keys.transpose.matches(event): transpose(); return .none
        case _ where keys.province.matches(event): f.provinceCode = Self.cycle(filter.provinceCode, among: provinces)
        case _ where keys.group.matches(event): f.group = Self.cycle(filter.group, among: AffairGroup.allCases)
        case _ where keys.priority.matches(event): f.priority = Self.cycle(filter.priority, among: MappingPriority.allCases)
        case _ where keys.mappedOnly.matches(event): f.mappedOnly.toggle()
        case _ where keys.clear.matches(event): f = .none
        default: return .none
        }
        if f != filter { apply(f) }
        return .none
    }

    var emptyText: String {
        data.mappings.isEmpty ? txt.noMappings : txt.noRegionMatches
    }

    var bindings: [KeyBinding] { MatrixKeys.map.bar }

    /// The help page: the keys of `MatrixKeys.map`, then what the symbols mean.
    static var helpLines: [(key: String, text: String)] { MatrixKeys.map.helpLines + helpNotes }

    static var helpNotes: [(key: String, text: String)] { txt.matrixHelp.filter { $0.key.isEmpty } }

    // MARK: Drawing

    func draw(in body: Rect, buffer: inout Buffer, focused: Bool) {
        guard body.height >= 6 else { return }
        drawHeading(in: body.row(0), buffer: &buffer)
        drawFilters(in: body.row(1), buffer: &buffer)
        drawLegend(in: body.row(2), buffer: &buffer)
        let gridArea = Self.gridRect(in: body)
        if matrix.rowCount == 0 || matrix.columnCount == 0 {
            buffer.write(TextLayout.fit(emptyText, width: gridArea.width, pad: false), at: Point(x: gridArea.x + 1, y: gridArea.y + 1),
                         role: .muted, clip: gridArea)
            return
        }
        grid.draw(MatrixGridSource(matrix: matrix, textWidth: max(1, grid.layout.cellWidth - 1)), in: gridArea, buffer: &buffer,
                  focused: focused)
        drawCursorLine(in: body.row(body.height - 1), buffer: &buffer)
    }

    private func drawHeading(in row: Rect, buffer: inout Buffer) {
        let title = data.meeting.map { txt.meetingHeading($0.title) }
            ?? txt.noMeetingHeading
        var counts = (data.outsideNote?.split(separator: " ").first).map { txt.notParticipants(String($0)) } ?? ""
        counts += txt.matrixCounts(matrix.affairs.count, matrix.regions.count) + (isTransposed ? txt.transposed : "")
        let position = cursor == nil ? "" : txt.cellPosition(grid.row + 1, matrix.rowCount, grid.column + 1, matrix.columnCount)
        // The meeting's title comes first; the cell position gives way when both do not fit.
        if DisplayWidth.of(title) + DisplayWidth.of(counts + position) + 2 <= row.width { counts += position }
        let width = DisplayWidth.of(counts)
        buffer.write(TextLayout.fit(title, width: max(0, row.width - width - 2), pad: false), at: Point(x: row.x, y: row.y), role: .title, clip: row)
        buffer.write(counts, at: Point(x: row.maxX - width, y: row.y), role: .muted, clip: row)
    }

    private func drawFilters(in row: Rect, buffer: inout Buffer) {
        var x = row.x
        func chip(_ key: String, _ label: String, _ value: String?) {
            let text = "\(key) \(label): \(value ?? txt.chipAll)"
            x += buffer.write(text, at: Point(x: x, y: row.y), role: value == nil ? .muted : .warning, clip: row) + 2
        }
        let wide = row.width >= 110
        chip("p", txt.chipProvince, filter.provinceCode.map { catalogues.regions[$0]?.name ?? $0 })
        chip("k", txt.chipGroup, filter.group.map { wide ? $0.title : Self.shortGroup($0) })
        chip("o", txt.chipPriority, filter.priority.map { txt.priority($0).lowercased() })
        chip("u", txt.chipAffair, filter.mappedOnly ? txt.chipMapped : nil)
    }

    static func shortGroup(_ g: AffairGroup) -> String {
        switch g {
        case .wajibPelayananDasar: txt.groupShortBasic
        case .wajibNonPelayananDasar: txt.groupShortNonBasic
        case .pilihan: txt.groupShortChoice
        }
    }

    private func drawLegend(in row: Rect, buffer: inout Buffer) {
        let wide = row.width >= 110
        let items: [(String, String, StyleRole)] = [
            ("P", txt.legendOffer, .cellOffer), ("K", txt.legendNeed, .cellNeed), ("PK", txt.legendBoth, .cellBoth),
            ("*", wide ? txt.legendPlannedWide : txt.legendPlanned, .cellPlanned), ("W/M", wide ? txt.legendDutyWide : txt.legendDuty, .normal), ("?", wide ? txt.legendBlankWide : txt.legendBlank, .normal),
            ("·", txt.legendEmpty, .muted), ("Nm.", wide ? txt.legendShortenedWide : txt.legendShortened, .muted),
        ]
        var x = row.x
        for (symbol, label, role) in items {
            // Whole items only: a narrow screen leaves the last ones to the help ("?"), never
            // half a word ("? tanpa isia").
            guard x + DisplayWidth.of(symbol + " " + label) <= row.maxX else { break }
            x += buffer.write(symbol, at: Point(x: x, y: row.y), role: role, clip: row)
            x += buffer.write(" " + label + "  ", at: Point(x: x, y: row.y), role: .muted, clip: row)
        }
    }

    private func drawCursorLine(in row: Rect, buffer: inout Buffer) {
        guard let c = cursor else { return }
        let a = matrix.affairs[c.affair], r = matrix.regions[c.region]
        let cell = matrix.cell(affair: c.affair, region: c.region)
        var text = "\(a.code) \(a.name) × \(r.fullName): "
        text += cell.kind == .empty ? txt.notMapped : "\(cell.symbol) \(Self.describe(cell))"
        if let p = cell.priority { text += txt.cursorPriority(txt.priority(p).lowercased()) }
        // P/K totals of the cursor's row and column; an affair only offered is said so.
        let rowTotal = matrix.rowTotal(grid.row), columnTotal = matrix.columnTotal(grid.column)
        text += txt.rowColumnTotals(rowTotal.text, columnTotal.text)
        if !isTransposed && rowTotal.isOfferOnly { text += txt.offerOnly }
        buffer.fill(row)
        buffer.write(TextLayout.fit(text, width: row.width, pad: false), at: Point(x: row.x, y: row.y), role: .normal, clip: row)
    }

    /// "potensi dan kebutuhan, sudah dalam RPJMD/RKPD".
    static func describe(_ cell: MatrixCell) -> String {
        var parts: [String] = []
        if cell.hasOffer && cell.hasNeed { parts.append(txt.offerAndNeed) }
        else if cell.hasOffer { parts.append(txt.offer) }
        else if cell.hasNeed { parts.append(txt.need) }
        else { parts.append(txt.mappedBlank) }
        if cell.planned { parts.append(txt.planned) }
        return parts.joined(separator: ", ")
    }
}

/// Tombol matriks rapat: the matrix's keys as data (`MatrixKeys.transpose.matches(event)`); the
/// help bar and the help page are made from `map`.
enum MatrixKeys {
    private static var t: Catalogue<KeysText> { AppText.current.keys }

    static var move: KeyBinding { KeyBinding([.left, .up, .down, .right], t.matrixMoveHelp, keyLabel: "←↑↓→", inBar: false) }
    static var ends: KeyBinding { KeyBinding([.home, .end], t.matrixEndsHelp, keyLabel: "Home/End", inBar: false) }
    static var detail: KeyBinding { KeyBinding(.enter, t.matrixDetail, help: t.matrixDetailHelp) }
    static var transpose: KeyBinding { KeyBinding(.char("t"), t.matrixTranspose, help: t.matrixTransposeHelp) }
    /// The three filters in one entry of the bar.
    static var filters: KeyBinding { KeyBinding([.char("p"), .char("k"), .char("o")], t.matrixFilter, keyLabel: "p/k/o", inHelp: false) }
    static var province: KeyBinding { KeyBinding(.char("p"), t.matrixProvinceHelp, inBar: false) }
    static var group: KeyBinding { KeyBinding(.char("k"), t.matrixGroupHelp, inBar: false) }
    static var priority: KeyBinding { KeyBinding(.char("o"), t.matrixPriorityHelp, inBar: false) }
    static var mappedOnly: KeyBinding { KeyBinding(.char("u"), t.matrixMappedOnlyHelp, inBar: false) }
    static var clear: KeyBinding { KeyBinding(.char("x"), t.matrixClearHelp, inBar: false) }
    static var matches: KeyBinding { KeyBinding(.char("m"), t.matrixMatches, help: t.matrixMatchesHelp) }
    static var importFiles: KeyBinding { KeyBinding(.char("i"), t.matrixImport, help: t.matrixImportHelp) }
    static var export: KeyBinding { KeyBinding(.char("e"), t.matrixExport, help: t.matrixExportHelp) }
    static var documents: KeyBinding { KeyBinding(.char("b"), t.matrixDocuments, help: t.matrixDocumentsHelp) }
    static var createMeeting: KeyBinding { KeyBinding(.char("n"), t.matrixCreateMeetingHelp, inBar: false) }
    static var participants: KeyBinding { KeyBinding(.char("a"), t.matrixParticipantsHelp, inBar: false) }
    static var back: KeyBinding { KeyBinding([.escape, .char("q")], t.back, keyLabel: "Esc", help: t.matrixBackHelp).helpKey("Esc/q") }
    static var help: KeyBinding { KeyBinding(.char("?"), t.help, inHelp: false) }

    /// Bar order: Enter t p/k/o m i e b Esc ?; help order: every key, one line each.
    static var map: KeyMap {
        KeyMap([move, ends, detail, transpose, filters, province, group, priority, mappedOnly, clear,
                matches, importFiles, export, documents, createMeeting, participants, back, help])
    }
}

/// The meeting screens' words in the language in use.
private var txt: Catalogue<MeetingText> { AppText.current.meeting }
