#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import MufakatServices
import MufakatDomain
import MufakatStore

/// `mufakat store-bench` (hidden): measures opening, listing and saving on stores of several
/// sizes, to show that listing reads the index and that a save costs the same with 10 or 10 000
/// cooperations. Build with `swift build -c release` for meaningful numbers.
struct StoreBenchCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "store-bench",
        abstract: cli.store.benchAbstract,
        shouldDisplay: false
    ) }

    @Option(name: .long, help: ArgumentHelp(cli.store.benchSizesHelp))
    var sizes: String = "10,10000"
    @Option(name: .long, help: ArgumentHelp(cli.store.benchFolderHelp))
    var folder: String?
    @Option(name: .long, help: ArgumentHelp(cli.store.benchSavesHelp))
    var saves: Int = 50
    @Flag(name: .long, help: ArgumentHelp(cli.store.benchReuseHelp))
    var reuse = false
    @OptionGroup var output: JSONOption

    struct Row: Encodable {
        var cooperations: Int
        var fillSeconds: Double
        var openMilliseconds: Double
        var listMilliseconds: Double
        /// CPU time (user + system) of the cold listing; wall time suffers on a busy machine.
        var listCPUMilliseconds: Double
        /// Bytes read by the cold listing (Linux /proc/self/io): the index, not the files.
        var listBytesRead: Int64?
        var listCachedMilliseconds: Double
        var saveMilliseconds: Double
        var saveCPUMilliseconds: Double
        /// Bytes read and written per save (Linux /proc/self/io).
        var saveBytesRead: Int64?
        var saveBytesWritten: Int64?
        var indexBytes: Int64
        var storeBytes: Int64
    }

    /// User + system CPU seconds of this process.
    static func cpu() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// (bytes read, bytes written) through system calls so far; nil where /proc is missing.
    static func io() -> (Int64, Int64)? {
        guard let text = try? String(contentsOfFile: "/proc/self/io", encoding: .utf8) else { return nil }
        var read: Int64 = 0, written: Int64 = 0
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":").map { $0.trimmedWhitespace() }
            if parts.count == 2 && parts[0] == "rchar" { read = Int64(parts[1]) ?? 0 }
            if parts.count == 2 && parts[0] == "wchar" { written = Int64(parts[1]) ?? 0 }
        }
        return (read, written)
    }

    static func folderBytes(_ url: URL) -> Int64 {
        var total: Int64 = 0
        if let e = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.fileSizeKey]) {
            for case let f as URL in e { total += Int64((try? f.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0) }
        }
        return total
    }

    func run() throws {
        let base = URL(fileURLWithPath: folder ?? NSTemporaryDirectory()).appendingPathComponent(reuse ? "mufakat-bench" : "mufakat-bench-\(getpid())")
        var rows: [Row] = []
        for size in sizes.split(separator: ",").compactMap({ Int($0.trimmedWhitespace()) }) {
            let root = base.appendingPathComponent("\(size)")
            let generator = DemoGenerator(seed: 1)
            let row = try StoreSupport.run(nil) { () throws(StoreError) -> Row in
                var t = Date()
                let store = try StoreSession.open(folder: root)
                if try store.entries().count < size { _ = try store.insert(generator.cooperations(count: size)) }
                let fill = Date().timeIntervalSince(t)
                // A fresh process would open and list like this.
                t = Date()
                let fresh = try StoreSession.open(folder: root)
                let open = Date().timeIntervalSince(t)
                t = Date()
                var cpu = StoreBenchCommand.cpu()
                var io = StoreBenchCommand.io()
                let entries = try fresh.entries()
                let list = Date().timeIntervalSince(t)
                let listCPU = StoreBenchCommand.cpu() - cpu
                let listRead = io.flatMap { before in StoreBenchCommand.io().map { $0.0 - before.0 } }
                t = Date()
                _ = try fresh.entries()
                let cached = Date().timeIntervalSince(t)
                // Saves of one cooperation (full durability: fsync of file and folder).
                var c = try fresh.load(id: entries[entries.count / 2].id)
                var total = 0.0
                cpu = StoreBenchCommand.cpu()
                io = StoreBenchCommand.io()
                for n in 0..<saves {
                    c.document.notes = "ukur \(n)"
                    t = Date()
                    let info = try fresh.save(c.cooperation, basedOn: c.revision)
                    total += Date().timeIntervalSince(t)
                    c.info = info
                }
                let n = Double(max(saves, 1))
                let saveCPU = (StoreBenchCommand.cpu() - cpu) / n
                let saveIO = io.flatMap { before in StoreBenchCommand.io().map { ($0.0 - before.0, $0.1 - before.1) } }
                return Row(cooperations: size, fillSeconds: fill, openMilliseconds: open * 1000, listMilliseconds: list * 1000,
                           listCPUMilliseconds: listCPU * 1000, listBytesRead: listRead,
                           listCachedMilliseconds: cached * 1000, saveMilliseconds: total / n * 1000, saveCPUMilliseconds: saveCPU * 1000,
                           saveBytesRead: saveIO.map { $0.0 / Int64(n) }, saveBytesWritten: saveIO.map { $0.1 / Int64(n) },
                           indexBytes: (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("index.json").path)[.size] as? Int64) ?? 0,
                           storeBytes: StoreBenchCommand.folderBytes(root))
            }
            rows.append(row)
        }
        if !reuse { try? FileManager.default.removeItem(at: base) }
        if output.json { try StoreSupport.printJSON(rows); return }
        print("Waktu dinding (ms) dipengaruhi beban mesin; waktu CPU (ms) dan bita dibaca/ditulis tidak.")
        print("KERJA SAMA  BUKA  DAFTAR  DAFTAR-CPU  DAFTAR-BACA  SIMPAN  SIMPAN-CPU  SIMPAN-BACA  SIMPAN-TULIS  INDEKS  PENYIMPANAN")
        for r in rows {
            print(String(format: "%10d %5.1f %7.1f %11.1f %12lld %7.2f %11.2f %12lld %13lld %7lld %12lld", r.cooperations, r.openMilliseconds,
                         r.listMilliseconds, r.listCPUMilliseconds, r.listBytesRead ?? -1, r.saveMilliseconds, r.saveCPUMilliseconds,
                         r.saveBytesRead ?? -1, r.saveBytesWritten ?? -1, r.indexBytes, r.storeBytes))
        }
    }
}
