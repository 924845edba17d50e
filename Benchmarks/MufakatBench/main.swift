import Foundation
import MufakatDomain

// mufakat-bench: measures what users feel (start-up, key presses, saves, exports, a mapping
// meeting) at the scales they reach, in release mode. The full run prints Markdown tables that
// README.md quotes; `--quick` is a short smoke run. See `BenchOptions.usage`.
let options = BenchOptions.parse(CommandLine.arguments)
var harness = Harness(quick: options.quick)

let workFolder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-bench-\(getpid())")
try? FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: workFolder) }

print("mufakat-bench (\(options.quick ? "cepat" : "lengkap")), benih \(options.seed)")
let machine = Machine.describe()
machine.forEach { print($0) }
let started = Harness.now()

do {
    if options.runs("terminal") { TerminalCases.run(&harness) }
    if options.runs("documents") { try DocumentCases.run(&harness, cooperation: DocumentCases.fullCooperation()) }
    if options.runs("mapping") { try MappingCases.run(&harness, folder: workFolder.appendingPathComponent("mapping"), seed: options.seed) }
} catch {
    fail("gagal: \(error)")
}

let total = Harness.now() - started
let table = harness.markdown()
print()
print(table)
print(String(format: "\nSelesai dalam %.0f detik. Memori puncak proses pengukur: %.1f MiB", total, Harness.peakMemoryMiB()))
if let path = options.markdownPath {
    let command = (["swift build -c release && .build/release/mufakat-bench"] + CommandLine.arguments.dropFirst().filter { $0 != "--markdown" && $0 != path }).joined(separator: " ")
    let text = (["Machine:", ""] + machine + ["", "Command: `\(command)`", ""] + [table, ""]).joined(separator: "\n")
    do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch { fail("\(path): \(error)") }
}
