import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

// mufakat-bench: measures what users feel (start-up, key presses, saves, exports, a mapping
// meeting) at the scales they reach, in release mode. The full run prints Markdown tables that
// README.md quotes; `--quick` is a short smoke run. See `BenchOptions.usage`.
let options = BenchOptions.parse(CommandLine.arguments)
var harness = Harness(quick: options.quick)

// A child process: one group at one size, results as JSON lines into a file for the parent.
if let child = options.child {
    do {
        switch child.group {
        case "store": try StoreCases.run(&harness, size: child.size, store: URL(fileURLWithPath: child.store))
        default: fail("kelompok anak '\(child.group)' tidak dikenal")
        }
        let encoder = JSONEncoder()
        let lines = try harness.results.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(toFile: child.results, atomically: true, encoding: .utf8)
    } catch {
        fail("anak \(child.group) \(child.size): \(error)")
    }
    exit(0)
}

let workFolder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-bench-\(getpid())")
try? FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
let storeFolder = options.cacheFolder.map { URL(fileURLWithPath: $0) } ?? workFolder.appendingPathComponent("stores")

print("mufakat-bench (\(options.quick ? "cepat" : "lengkap")), benih \(options.seed), ukuran \(options.sizes.map(grouped).joined(separator: " / "))")
let machine = Machine.describe()
machine.forEach { print($0) }
print(inProcessNote)
let started = Harness.now()

/// Runs one group at one size in a child process and adds its results with the child's peak memory.
@MainActor func runChild(_ group: String, size: Int, store: URL) throws {
    let results = workFolder.appendingPathComponent("child-\(group)-\(size).jsonl")
    var arguments = [CommandLine.arguments[0], "--child", group, String(size), store.path, results.path]
    if options.quick { arguments.insert("--quick", at: 1) }
    let run = try Shell.run(arguments, inherit: true)
    guard run.status == 0, let text = try? String(contentsOf: results, encoding: .utf8) else {
        print("  (anak \(group) \(size) gagal: keluar \(run.status))")
        return
    }
    let decoder = JSONDecoder()
    for line in text.split(separator: "\n") {
        var r = try decoder.decode(Harness.Result.self, from: Data(line.utf8))
        r.peakMiB = run.peakMiB
        harness.addQuietly(r)
    }
}

do {
    if options.runs("terminal") { TerminalCases.run(&harness) }
    if options.runs("editor") { try EditorCases.run(&harness, seed: options.seed, folder: workFolder) }

    var stores: [(size: Int, url: URL)] = []
    if options.runs("store") || options.runs("process") {
        harness.group = "Demo stores (DemoGenerator + bulkLoad, as `mufakat demo`)"
        for size in options.sizes {
            let (url, seconds) = try StoreFixtures.demoStore(size: size, seed: options.seed, in: storeFolder)
            stores.append((size, url))
            let files = StoreFixtures.footprint(url, only: "cooperations")
            let note = "\(grouped(files.files)) files, \(files.bytes / 1_048_576) MiB in cooperations/"
            if let seconds {
                harness.add(Harness.Result(group: harness.group, name: "generate the demo store", size: grouped(size),
                                           samples: [seconds], note: note, peakMiB: nil))
            } else {
                print("  penyimpanan \(grouped(size)) dipakai ulang dari \(url.path) (\(note))")
            }
        }
    }
    if options.runs("store") {
        print("Pembukaan dan beranda (satu proses anak per ukuran):")
        for (size, url) in stores { try runChild("store", size: size, store: url) }
    }
    if options.runs("save") {
        try SaveCases.run(&harness, sizes: options.quick ? [10, 1_000] : [10, 10_000], seed: options.seed, folder: workFolder)
    }
    if options.runs("documents") { try DocumentCases.run(&harness, cooperation: DocumentCases.fullCooperation()) }
    if options.runs("mapping") { try MappingCases.run(&harness, folder: workFolder.appendingPathComponent("mapping"), seed: options.seed) }
    if options.runs("process") { try ProcessCases.run(&harness, stores: stores, quick: options.quick) }
} catch {
    fail("gagal: \(error)")
}

let total = Harness.now() - started
let table = inProcessNote + "\n\n" + harness.markdown()
print()
print(table)
print(String(format: "\nSelesai dalam %.0f detik. Memori puncak proses pengukur: %.1f MiB", total, Harness.peakMemoryMiB()))
if let path = options.markdownPath {
    var shown: [String] = []
    var skip = false
    for a in CommandLine.arguments.dropFirst() {
        if skip { skip = false; continue }
        if a == "--markdown" || a == "--stores" { skip = true; continue }
        shown.append(a)
    }
    let command = (["swift build -c release && .build/release/mufakat-bench"] + shown).joined(separator: " ")
    let text = (["Machine:", ""] + machine + ["", "Command: `\(command)`", String(format: "Whole run: %.0f s.", total), ""] + [table, ""]).joined(separator: "\n")
    do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch { fail("\(path): \(error)") }
}
try? FileManager.default.removeItem(at: workFolder)
