import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat list` (daftar): the cooperations in the store, from the index.
struct ListCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: cli.store.listAbstract,
        discussion: cli.store.listDiscussion,
        aliases: ["daftar"]
    ) }

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp(cli.store.stageHelp, valueName: cli.store.stageValue))
    var stage: String?
    @Option(name: .long, help: ArgumentHelp(cli.store.searchHelp, valueName: cli.store.textValue))
    var search: String?
    @Option(name: .long, help: ArgumentHelp(cli.store.kindHelp, valueName: cli.store.kindValue))
    var kind: String?
    @Option(name: .long, help: ArgumentHelp(cli.store.statusHelp, valueName: cli.store.statusValue))
    var status: String?
    @OptionGroup var output: JSONOption

    func validate() throws {
        if let stage, stage != "selesai", StageSection(rawValue: stage) == nil || stage == "tambahan" {
            throw ValidationError(cli.store.unknownStage(stage))
        }
        if let kind, CooperationKind(rawValue: kind) == nil {
            throw ValidationError(cli.store.unknownKind(kind, CooperationKind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if let status, !["proses", "berlaku", "berakhir", "kedaluwarsa"].contains(status) {
            throw ValidationError(cli.store.unknownStatus(status))
        }
    }

    func run() throws {
        let opened = try StoreSupport.open(store, mode: .existingReadWrite)
        let today = CalendarDate.today()
        if !output.json {
            // The compact index only: no entry decoded, no file touched (issue 19).
            let rows = try StoreSupport.run(opened) { () throws(StoreError) -> IndexRows in try opened.indexRows() }
            printRows(rows, root: opened.root, today: today)
            return
        }
        var entries = try StoreSupport.run(opened) { () throws(StoreError) -> [IndexEntry] in try opened.entries() }
        if let stage {
            entries = entries.filter { stage == "selesai" ? $0.currentStage == nil : $0.currentStage?.rawValue == stage }
        }
        if let kind { entries = entries.filter { $0.kind.rawValue == kind } }
        if let status {
            entries = entries.filter { e in
                switch status {
                case "kedaluwarsa": return e.isExpired(on: today)
                case "berlaku": return e.status == .active && !e.isExpired(on: today)
                default: return e.status.rawValue == status
                }
            }
        }
        if let search, !search.isEmpty {
            let needle = IndexEntry.searchNeedle(search)
            entries = entries.filter { $0.matches(folded: needle) }
        }
        try StoreSupport.printJSON(entries)
    }

    /// The filters, read once from the parsed options (an option's `wrappedValue` is not a plain
    /// load: reading four of them for each of 100,000 rows was a tenth of the command).
    private struct Filters {
        var stage: String?, kind: String?, status: String?, needle: [UInt8]?
        var today: CalendarDate

        /// Whether `row` passes the filters.
        func keeps(_ row: IndexRow) -> Bool {
            if let stage, stage == "selesai" ? row.currentStage != nil : row.currentStage?.rawValue != stage { return false }
            if let kind, row.kind.rawValue != kind { return false }
            if let status {
                switch status {
                case "kedaluwarsa": if !row.isExpired(on: today) { return false }
                case "berlaku": if row.status != .active || row.isExpired(on: today) { return false }
                default: if row.status.rawValue != status { return false }
                }
            }
            if let needle, !row.matches(folded: needle) { return false }
            return true
        }
    }

    /// The table, written to standard output in one buffer. Two passes over the records (the
    /// first finds the rows kept and the width of their ids; nothing is copied), and the words
    /// that repeat (a stage's label, "berakhir") are fitted once, not once a row. When few rows
    /// are kept (a search), the first pass keeps them and the second writes only those instead
    /// of reading every record again (keeping thousands of rows cost more than the second read).
    private func printRows(_ rows: IndexRows, root: URL, today: CalendarDate) {
        let filters = Filters(stage: stage, kind: kind, status: status,
                              needle: search.flatMap { $0.isEmpty ? nil : IndexEntry.searchNeedle($0) }, today: today)
        rows.withRows {
            var keptMask: [Bool] = []
            var kept: [IndexRow] = []
            let keptAtMost = 1_024
            var keptCount = 0
            var idWidth = 2
            // With a search, rows without the needle are passed over before they are made; the
            // mask then counts only the rows visited, as the second pass visits the same ones.
            func visit(_ body: (IndexRow) -> Void) {
                if let needle = filters.needle { rows.forEach(matching: needle, body) } else { rows.forEach(body) }
            }
            visit { row in
                let keep = filters.keeps(row)
                keptMask.append(keep)
                guard keep else { return }
                keptCount += 1
                if keptCount <= keptAtMost { kept.append(row) }
                idWidth = max(idWidth, ListOutput.width(row.id))
            }
            if keptCount == 0 {
                print(cli.store.noMatch(root.path))
                return
            }
            idWidth = min(idWidth, 24)
            let titleWidth = 80 - idWidth - 12 - 10 - 3
            let words = cli.store
            var out = ListOutput()
            out.fit("ID", idWidth); out.space(); out.fit(words.columnTitle, titleWidth); out.space(); out.fit(words.columnStage, 12)
            out.text(words.columnEnds)
            // Fitted stage labels by kind and stage (the last column of each kind: all stages done).
            let sections = StageSection.allCases
            var stageLabels: [[UInt8]?] = Array(repeating: nil, count: CooperationKind.allCases.count * (sections.count + 1))
            let endedStage = Array(StoreSupport.fit(words.stageEnded, 12).utf8)
            let endedWord = Array(words.ended.utf8), overdueWord = Array(words.overdue.utf8)
            var soon = 0
            let prefix = Array("Kerja Sama ".utf8)
            func write(_ e: IndexRow) {
                out.fit(e.id, idWidth); out.space()
                var title = e.title
                if title.starts(with: prefix) { title = UnsafeRawBufferPointer(rebasing: title[prefix.count...]) }
                out.fit(title, titleWidth); out.space()
                if e.status == .ended {
                    out.bytes.append(contentsOf: endedStage)
                } else {
                    let k = CooperationKind.allCases.firstIndex(of: e.kind)! * (sections.count + 1)
                        + (e.currentStage.flatMap { sections.firstIndex(of: $0) } ?? sections.count)
                    if stageLabels[k] == nil { stageLabels[k] = Array(StoreSupport.fit(StoreSupport.stageLabel(e.currentStage, kind: e.kind), 12).utf8) }
                    out.bytes.append(contentsOf: stageLabels[k]!)
                }
                out.space()
                if e.status == .ended { out.bytes.append(contentsOf: endedWord) }
                else if e.isExpired(on: today) { out.bytes.append(contentsOf: overdueWord) }
                else if let days = e.daysUntilExpiry(from: today), e.status == .active, days <= 90 { out.text(words.days(days)); soon += 1 }
                else if let expiry = e.expiryDate { out.date(expiry) }
                else { out.text("-") }
                out.text("\n")
                if out.bytes.count > 1 << 16 { out.flush() }
            }
            if keptCount <= keptAtMost {
                kept.forEach(write)
            } else {
                var seq = 0
                visit { e in
                    defer { seq += 1 }
                    if keptMask[seq] { write(e) }
                }
            }
            var footer = words.listed(keptCount)
            if soon > 0 { footer += words.endingSoon(soon) }
            out.text(footer + ".\n")
            out.flush()
        }
    }
}

/// The table of `mufakat list` as bytes, with ASCII fitted byte by byte (same output as
/// `StoreSupport.fit`).
struct ListOutput {
    var bytes: [UInt8] = []

    static func width(_ text: UnsafeRawBufferPointer) -> Int {
        text.allSatisfy({ $0 < 0x80 }) ? text.count : String(decoding: text, as: UTF8.self).count
    }

    mutating func text(_ s: String) { bytes.append(contentsOf: s.utf8) }
    mutating func space() { bytes.append(0x20) }

    /// "17-12-2025", as `CalendarDate.dayMonthYear`, without making a string.
    mutating func date(_ d: CalendarDate) {
        func two(_ v: Int) { bytes.append(UInt8(0x30 + v / 10)); bytes.append(UInt8(0x30 + v % 10)) }
        two(d.day); bytes.append(0x2D); two(d.month); bytes.append(0x2D)
        if d.year >= 1000 && d.year <= 9999 {
            two(d.year / 100); two(d.year % 100)
        } else {
            text(String(d.year))
        }
    }

    mutating func fit(_ s: String, _ width: Int) { text(StoreSupport.fit(s, width)) }

    mutating func fit(_ raw: UnsafeRawBufferPointer, _ width: Int) {
        guard raw.allSatisfy({ $0 < 0x80 }) else { return fit(String(decoding: raw, as: UTF8.self), width) }
        if raw.count <= width {
            bytes.append(contentsOf: raw)
            bytes.append(contentsOf: repeatElement(0x20, count: width - raw.count))
        } else {
            bytes.append(contentsOf: raw.prefix(max(width - 1, 0)))
            text("…")
        }
    }

    mutating func flush() {
        fflush(nil)  // whatever print() buffered goes first
        bytes.withUnsafeBytes { b in
            var off = 0
            while off < b.count {
                let n = write(1, b.baseAddress! + off, b.count - off)
                if n <= 0 { if n < 0, errno == EINTR { continue }; break }
                off += n
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
