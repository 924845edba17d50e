import ArgumentParser
import Foundation
import MufakatServices
import MufakatStore

/// `mufakat check-store`: verifies every file and every hash chain.
struct CheckStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-store",
        abstract: "Periksa seluruh penyimpanan: setiap berkas dan rantai hash riwayat.",
        discussion: """
        Penyimpanan yang terputus di tengah penyimpanan (listrik padam, proses dimatikan) diselesaikan dan \
        dicatat sebagai perbaikan. Kode keluar 1 bila ada yang salah (berkas rusak, riwayat diubah atau hilang).
        """,
        aliases: ["periksa-penyimpanan"]
    )

    @OptionGroup var store: StoreOptions
    @Flag(name: .customLong("read-only"), help: "Periksa saja tanpa memperbaiki atau memindahkan berkas.")
    var readOnly = false
    @OptionGroup var output: JSONOption

    func run() throws {
        let opened = try StoreSupport.open(store, mode: readOnly ? .readOnly : .existingReadWrite)
        let report = opened.check()
        if output.json {
            try StoreSupport.printJSON(report)
        } else {
            print("Penyimpanan \(report.root): \(report.cooperations) kerja sama, \(report.mappings) pemetaan, \(report.revisions) revisi diperiksa.")
            for r in report.repairs { print("Diperbaiki: \(r)") }
            for n in report.notes { print("Catatan: \(n)") }
            if report.findings.isEmpty {
                print("Tidak ada masalah: semua berkas terbaca dan semua rantai hash utuh.")
            } else {
                print("\(report.findings.count) masalah ditemukan:")
                for f in report.findings { print("- \(f.path): \(f.problem)\n  Perbaikan: \(f.fix)") }
            }
        }
        if !report.isHealthy { throw Exit.findings }
    }
}
