import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat list` (daftar): the cooperations in the store, from the index.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Daftar kerja sama di penyimpanan.",
        discussion: """
        Dibaca dari indeks (index.json), tidak dari setiap berkas. Tahap: usulan, penawaran, kb, dprd, pks, \
        pembiayaan, pelaksanaan, atau selesai. Keadaan: proses, berlaku, berakhir, kedaluwarsa.
        """,
        aliases: ["daftar"]
    )

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp("Hanya kerja sama pada tahap ini.", valueName: "TAHAP"))
    var stage: String?
    @Option(name: .long, help: ArgumentHelp("Cari teks pada id, judul, pihak, urusan dan nomor naskah.", valueName: "TEKS"))
    var search: String?
    @Option(name: .long, help: ArgumentHelp("Hanya jenis ini: ksdd-wajib, ksdd-sukarela, ksdpk, nota-kesepakatan, ksdpl, ksdll.", valueName: "JENIS"))
    var kind: String?
    @Option(name: .long, help: ArgumentHelp("Hanya keadaan ini: proses, berlaku, berakhir, kedaluwarsa.", valueName: "KEADAAN"))
    var status: String?
    @OptionGroup var output: JSONOption

    func validate() throws {
        if let stage, stage != "selesai", StageSection(rawValue: stage) == nil || stage == "tambahan" {
            throw ValidationError("Tahap '\(stage)' tidak dikenal. Pilih: usulan, penawaran, kb, dprd, pks, pembiayaan, pelaksanaan, selesai.")
        }
        if let kind, CooperationKind(rawValue: kind) == nil {
            throw ValidationError("Jenis '\(kind)' tidak dikenal. Pilih: \(CooperationKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if let status, !["proses", "berlaku", "berakhir", "kedaluwarsa"].contains(status) {
            throw ValidationError("Keadaan '\(status)' tidak dikenal. Pilih: proses, berlaku, berakhir, kedaluwarsa.")
        }
    }

    func run() throws {
        let opened = try StoreSupport.open(store, mode: .existingReadWrite)
        let today = CalendarDate.today()
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
        if output.json {
            try StoreSupport.printJSON(entries)
            return
        }
        if entries.isEmpty {
            print("Tidak ada kerja sama yang cocok di \(opened.root.path).")
            return
        }
        let idWidth = min(max(entries.map(\.id.count).max() ?? 2, 2), 24)
        let titleWidth = 80 - idWidth - 12 - 10 - 3
        print("\(StoreSupport.fit("ID", idWidth)) \(StoreSupport.fit("JUDUL", titleWidth)) \(StoreSupport.fit("TAHAP", 12)) BERAKHIR")
        var soon = 0
        for e in entries {
            let days = e.daysUntilExpiry(from: today)
            var end = e.expiryDate?.dayMonthYear ?? "-"
            if e.status == .ended { end = "berakhir" }
            else if e.isExpired(on: today) { end = "LEWAT" }
            else if let days, e.status == .active, days <= 90 { end = "\(days) hari"; soon += 1 }
            let stage = e.status == .ended ? "Berakhir" : StoreSupport.stageLabel(e.currentStage)
            let title = e.title.hasPrefix("Kerja Sama ") ? String(e.title.dropFirst(11)) : e.title
            print("\(StoreSupport.fit(e.id, idWidth)) \(StoreSupport.fit(title, titleWidth)) \(StoreSupport.fit(stage, 12)) \(end)")
        }
        var footer = "\(entries.count) kerja sama"
        if soon > 0 { footer += "; \(soon) berakhir dalam 90 hari" }
        print(footer + ".")
    }
}
