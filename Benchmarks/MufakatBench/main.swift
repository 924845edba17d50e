import Foundation
import MufakatDomain

// mufakat-bench: measures startup, key presses, saves, exports and mapping at the scales users
// reach. `--quick` runs fewer iterations and smaller stores (a smoke run); the full run writes
// the Markdown table that README.md quotes.
let quick = CommandLine.arguments.contains("--quick")
var harness = Harness(quick: quick)
print("mufakat-bench (\(quick ? "cepat" : "lengkap"))")
harness.measure("terbilang 1.234.567.890", iterations: 1000) {
    _ = Rupiah(1_234_567_890)!.words
}
print()
print(harness.markdown())
print(String(format: "Memori puncak: %.1f MiB", Harness.peakMemoryMiB()))
