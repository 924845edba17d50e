#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// A facilitator's batch import (`mapping import` of many regions, one flush for the batch;
/// issue 19) killed with SIGKILL at random moments: every mapping stays whole, at the revision of
/// an import that was started, never older than the last import that finished; `check-store`
/// passes (the history chain holds), and a last import finishes cleanly.
@Suite(.serialized) struct MappingBatchCrashTests {
    /// The first 40 autonomous regions of the catalogue (wilayah.csv).
    static let codes = ["11", "11.01", "11.02", "11.03", "11.04", "11.05", "11.06", "11.07", "11.08", "11.09", "11.10", "11.11", "11.12", "11.13", "11.14", "11.15", "11.16", "11.17", "11.18", "11.71", "11.72", "11.73", "11.74", "11.75", "12", "12.01", "12.02", "12.03", "12.04", "12.05", "12.06", "12.07", "12.08", "12.09", "12.10", "12.11", "12.12", "12.13", "12.14", "12.15"]

    /// Writes one mapping file per region whose offer names `round`; returns their paths.
    static func files(_ codes: [String], round: Int, in folder: URL) throws -> [String] {
        try codes.map { code in
            let url = folder.appendingPathComponent("m-\(code)-\(round).json")
            let json = #"{"regionCode": "\#(code)", "entries": [{"affairCode": "1.03", "offer": "putaran \#(round)"}]}"#
            try Data(json.utf8).write(to: url)
            return url.path
        }
    }

    /// The round a stored mapping file names, nil when it is not whole JSON of a mapping.
    static func round(of url: URL) -> Int? {
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let mapping = object["mapping"] as? [String: Any],
              let entries = mapping["entries"] as? [[String: Any]], let offer = entries.first?["offer"] as? String,
              offer.hasPrefix("putaran ") else { return nil }
        return Int(offer.dropFirst(8))
    }

    @Test func aKilledBatchImportLeavesEveryMappingOldOrNewNeverTorn() throws {
        let root = StoreProcess.folder("mappingbatchcrash")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store")
        let codes = Self.codes
        #expect(codes.count == 40)
        let iterations = Int(ProcessInfo.processInfo.environment["MUFAKAT_CRASH_ITERATIONS"] ?? "") ?? 8
        var rng = SystemRandomNumberGenerator()
        var finished = 0
        for round in 1...iterations {
            let files = try Self.files(codes, round: round, in: root)
            // Every other round pauses after the batch's flush and halfway through its renames.
            let pause = round % 2 == 0 ? String(Int.random(in: 20...120, using: &rng)) : "0"
            let writer = try StoreProcess.start(["mapping", "import", "--store", store.path, "--replace"] + files,
                                                environment: ["MUFAKAT_STORE_TEST_PAUSE_MS": pause])
            usleep(useconds_t(Int.random(in: 50_000...900_000, using: &rng)))
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
            if writer.terminationReason == .exit {
                #expect(writer.terminationStatus == 0, "round \(round): the import failed on its own")
                finished = round
            }
            // Each mapping file is whole, from a round that was started and not older than the
            // last import that finished.
            for code in codes {
                let url = store.appendingPathComponent("mappings/\(code).json")
                guard FileManager.default.fileExists(atPath: url.path) else {
                    #expect(finished == 0, "round \(round): \(code) missing after a finished import")
                    continue
                }
                let r = Self.round(of: url)
                #expect(r != nil, "round \(round): \(code) torn")
                if let r { #expect(r >= finished && r <= round, "round \(round): \(code) at round \(r), finished \(finished)") }
            }
            if FileManager.default.fileExists(atPath: store.appendingPathComponent("store.json").path) {
                let check = try StoreProcess.run(["check-store", "--store", store.path])
                #expect(check.status == 0, "round \(round): check-store\n\(check.stdout)\n\(check.stderr)")
            }
        }
        // A last import, not killed: every region at its round, each history a chain 1...n.
        let last = iterations + 1
        let done = try StoreProcess.run(["mapping", "import", "--store", store.path, "--replace"] + Self.files(codes, round: last, in: root))
        #expect(done.status == 0, "\(done.stderr)")
        for code in codes {
            #expect(Self.round(of: store.appendingPathComponent("mappings/\(code).json")) == last)
            let history = (try? FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("mapping-history/\(code)").path)) ?? []
            let revisions = history.filter { !$0.hasPrefix(".") }.compactMap { Int($0.dropLast(5)) }.sorted()
            #expect(!revisions.isEmpty && revisions == Array(1...revisions.count), "\(code): \(revisions)")
        }
        let check = try StoreProcess.run(["check-store", "--store", store.path])
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
    }
}
