import ArgumentParser
import Foundation
import MufakatDomain
import MufakatStore

/// `mufakat store-bench` (hidden): measures opening, listing and saving on stores of several
/// sizes, to show that listing reads the index and that a save costs the same with 10 or 10 000
/// cooperations. Build with `swift build -c release` for meaningful numbers.
struct StoreBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-bench",
        abstract: "Ukur kinerja penyimpanan (buka, daftar, simpan) pada beberapa ukuran.",
        shouldDisplay: false
    )

    @Option(name: .long, help: "Ukuran penyimpanan, dipisah koma.")
    var sizes: String = "10,10000"
    @Option(name: .long, help: "Folder kerja (bawaan: folder sementara).")
    var folder: String?
    @Option(name: .long, help: "Jumlah penyimpanan yang diukur per ukuran.")
    var saves: Int = 50
    @Flag(name: .long, help: "Pakai ulang penyimpanan yang sudah diisi di folder kerja (tidak dihapus).")
    var reuse = false
    @OptionGroup var output: JSONOption

    struct Row: Encodable {
        var cooperations: Int
        var fillSeconds: Double
        var openMilliseconds: Double
        var listMilliseconds: Double
        var listCachedMilliseconds: Double
        var saveMilliseconds: Double
        var indexBytes: Int64
    }

    func run() throws {
        let base = URL(fileURLWithPath: folder ?? NSTemporaryDirectory()).appendingPathComponent(reuse ? "mufakat-bench" : "mufakat-bench-\(getpid())")
        var rows: [Row] = []
        for size in sizes.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            let root = base.appendingPathComponent("\(size)")
            let generator = DemoGenerator(seed: 1)
            let row = try StoreSupport.run(nil) { () throws(StoreError) -> Row in
                var t = Date()
                let store = try CooperationStore.open(at: root)
                if try store.list().count < size { try store.bulkInsert(generator.cooperations(count: size)) }
                let fill = Date().timeIntervalSince(t)
                // A fresh process would open and list like this.
                t = Date()
                let fresh = try CooperationStore.open(at: root)
                let open = Date().timeIntervalSince(t)
                t = Date()
                let entries = try fresh.list()
                let list = Date().timeIntervalSince(t)
                t = Date()
                _ = try fresh.list()
                let cached = Date().timeIntervalSince(t)
                // Saves of one cooperation (full durability: fsync of file and folder).
                var c = try fresh.load(id: entries[entries.count / 2].id)
                var total = 0.0
                for n in 0..<saves {
                    c.document.notes = "ukur \(n)"
                    t = Date()
                    let info = try fresh.save(c.cooperation, basedOn: c.revision)
                    total += Date().timeIntervalSince(t)
                    c.info = info
                }
                return Row(cooperations: size, fillSeconds: fill, openMilliseconds: open * 1000, listMilliseconds: list * 1000,
                           listCachedMilliseconds: cached * 1000, saveMilliseconds: total / Double(max(saves, 1)) * 1000,
                           indexBytes: (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("index.json").path)[.size] as? Int64) ?? 0)
            }
            rows.append(row)
        }
        if !reuse { try? FileManager.default.removeItem(at: base) }
        if output.json { try StoreSupport.printJSON(rows); return }
        print("KERJA SAMA  ISI (s)  BUKA (ms)  DAFTAR (ms)  DAFTAR LAGI (ms)  SIMPAN (ms)  INDEKS (bita)")
        for r in rows {
            print(String(format: "%10d  %7.1f  %9.1f  %11.1f  %16.2f  %11.2f  %13lld", r.cooperations, r.fillSeconds, r.openMilliseconds,
                         r.listMilliseconds, r.listCachedMilliseconds, r.saveMilliseconds, r.indexBytes))
        }
    }
}
