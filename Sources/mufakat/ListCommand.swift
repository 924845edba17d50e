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

    /// Whether `row` passes the filters.
    private func keeps(_ row: IndexRow, needle: [UInt8]?, today: CalendarDate) -> Bool {
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

    /// The table, written to standard output in one buffer.
    private func printRows(_ rows: IndexRows, root: URL, today: CalendarDate) {
        let needle = search.flatMap { $0.isEmpty ? nil : IndexEntry.searchNeedle($0) }
        rows.withRows {
            var kept: [IndexRow] = []
            var idWidth = 2
            rows.forEach { row in
                guard keeps(row, needle: needle, today: today) else { return }
                kept.append(row)
                idWidth = max(idWidth, ListOutput.width(row.id))
            }
            if kept.isEmpty {
                print(cli.store.noMatch(root.path))
                return
            }
            idWidth = min(idWidth, 24)
            let titleWidth = 80 - idWidth - 12 - 10 - 3
            var out = ListOutput()
            out.fit("ID", idWidth); out.space(); out.fit(cli.store.columnTitle, titleWidth); out.space(); out.fit(cli.store.columnStage, 12)
            out.text(cli.store.columnEnds)
            var soon = 0
            let prefix = Array("Kerja Sama ".utf8)
            for e in kept {
                var end = ""
                if e.status == .ended { end = cli.store.ended }
                else if e.isExpired(on: today) { end = cli.store.overdue }
                else if let days = e.daysUntilExpiry(from: today), e.status == .active, days <= 90 { end = cli.store.days(days); soon += 1 }
                else { end = e.expiryDate?.dayMonthYear ?? "-" }
                let stage = e.status == .ended ? cli.store.stageEnded : StoreSupport.stageLabel(e.currentStage, kind: e.kind)
                var title = e.title
                if title.starts(with: prefix) { title = UnsafeRawBufferPointer(rebasing: title[prefix.count...]) }
                out.fit(e.id, idWidth); out.space(); out.fit(title, titleWidth); out.space()
                out.fit(stage, 12); out.space(); out.text(end); out.text("\n")
                if out.bytes.count > 1 << 16 { out.flush() }
            }
            var footer = cli.store.listed(kept.count)
            if soon > 0 { footer += cli.store.endingSoon(soon) }
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
