import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat show ID` (tampil): one cooperation, readable, or its stored JSON.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Tampilkan satu kerja sama.",
        discussion: "Dengan --json, mencetak berkas JSON yang tersimpan apa adanya (dapat disunting lalu diimpor kembali dengan `mufakat import`).",
        aliases: ["tampil"]
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("Id kerja sama.", valueName: "ID"))
    var id: String
    @Option(name: .long, help: ArgumentHelp("Tampilkan revisi lama ini, bukan yang terkini.", valueName: "R"))
    var revision: Int?
    @OptionGroup var output: JSONOption

    func run() throws {
        let opened = try StoreSupport.open(store, mode: .readOnly)
        let stored = try StoreSupport.run(opened) { () throws(StoreError) -> StoredCooperation in
            if let revision { return try opened.revision(id: id, number: revision) }
            return try opened.load(id: id)
        }
        if output.json {
            let data = try StoreSupport.run(opened) { () throws(StoreError) -> Data in try opened.rawFile(id: id, revision: revision) }
            FileHandle.standardOutput.write(data)
            return
        }
        print(ShowCommand.summary(stored, lock: opened.lockHolder(id: id)))
        if let rulebook = try? RulebookLoader.load(), let scans = ArchiveService(session: opened, rulebook: rulebook).scanSummary(stored.cooperation) {
            print("  " + StoreSupport.fit("Pindaian TTD", 18) + scans)
        }
        let archived = stored.cooperation.archivedFiles.count
        if archived > 0 { print("  " + StoreSupport.fit("Berkas arsip", 18) + "\(archived) berkas (`mufakat berkas \(id)`)") }
    }

    /// Splits `text` into lines of at most `width` characters at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The readable Indonesian summary.
    static func summary(_ stored: StoredCooperation, lock: LockHolder?) -> String {
        let c = stored.cooperation
        var lines: [String] = []
        func add(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append("  " + StoreSupport.fit(label, 18) + value)
        }
        lines.append(c.title.isEmpty ? "(tanpa judul)" : c.title)
        lines.append(String(repeating: "=", count: min(max(c.title.count, 13), 78)))
        add("Id", c.id)
        add("Jenis", c.kind.label)
        let affair = Catalogues.shared.affairs[c.affairCode].map { "\($0.code) \($0.name)" } ?? c.affairCode
        add("Urusan", affair)
        if let sub = c.subAffairID, let row = Catalogues.shared.authority[sub] { add("Sub-urusan", row.description) }
        for (i, p) in c.parties.enumerated() {
            var text = p.name
            if !p.representative.name.isEmpty { text += " (diwakili \(p.representative.name), \(p.representative.title))" }
            add(Party.label(at: i).capitalized, text)
        }
        if c.kind.isBetweenRegions { add("Berbatasan", c.partiesBordering ? "ya" : "tidak") }
        // Status kerja sama: an ending record wins, then the signed term (with its renewals).
        add("Status", c.status(on: CalendarDate.today()).label)
        lines.append("")
        lines.append("  Tahapan:")
        let stages: [(StageSection, String)] = [(.proposal, "Usulan"), (.offer, "Penawaran"), (.memorandum, "Kesepakatan Bersama"),
                                                (.councilApproval, "Persetujuan DPRD"), (.agreement, "Perjanjian Kerja Sama"),
                                                (.financing, "Pembiayaan"), (.implementation, "Pelaksanaan")]
        for (section, label) in stages {
            let p = c.progress(of: section)
            var text = p.status.label
            if let d = p.completedOn, p.status == .done { text += " \(d.dayMonthYear)" }
            else if let d = p.startedOn, p.status != .notStarted { text += " sejak \(d.dayMonthYear)" }
            lines.append("    " + StoreSupport.fit(label, 24) + text)
            if p.status == .skipped, let reason = p.skipReason {
                lines += ShowCommand.wrap(reason, width: 80 - 28).map { String(repeating: " ", count: 28) + $0 }
            }
        }
        lines.append("")
        if !c.memorandum.signing.numbers.isEmpty { add("Nomor KB", c.memorandum.signing.numbers.joined(separator: "; ")) }
        if !c.agreement.signing.numbers.isEmpty { add("Nomor PKS", c.agreement.signing.numbers.joined(separator: "; ")) }
        if let years = c.agreement.durationYears ?? c.proposal.durationYears { add("Jangka waktu", "\(years) tahun") }
        if let start = c.agreement.startDate { add("Mulai berlaku", IndonesianDate.long(start)) }
        if let end = c.renewedExpiryDate {
            let days = CalendarDate.today().days(until: end)
            let note = c.ended != nil ? "" : days < 0 ? " (sudah lewat \(-days) hari)" : days <= 90 ? " (tinggal \(days) hari)" : ""
            add("Berakhir", IndonesianDate.long(end) + note)
        }
        if let n = c.renewals?.count, n > 0 { add("Perpanjangan", "\(n) kali, \(c.renewals!.reduce(0) { $0 + $1.years }) tahun") }
        if let ended = c.ended {
            add("Diakhiri", "\(IndonesianDate.long(ended.date)) (\(ended.ground.rawValue))" + (ended.note.isEmpty ? "" : ": \(ended.note)"))
        }
        if let total = c.financing.total, !c.financing.lines.isEmpty {
            add("Pembiayaan", total.figures + (c.financing.hasUnbudgetedLine ? " (ada yang belum dianggarkan dalam APBD)" : ""))
        } else if let cost = c.proposal.indicativeCost {
            add("Perkiraan biaya", cost.figures)
        }
        lines.append("")
        add("Revisi", "\(stored.revision), disimpan \(StoreClock.display(stored.savedAt)) oleh \(stored.savedBy)")
        if let lock { add("Penanda edit", lock.description) }
        return lines.joined(separator: "\n")
    }
}
