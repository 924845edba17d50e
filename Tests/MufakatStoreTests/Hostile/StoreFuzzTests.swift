import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Seeded byte mutations (issue 20); the same seed gives the same cases everywhere.
struct StoreMutator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ n: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(1, n)))
    }
    static let interesting = Array("[]{}:,\"\\-0123456789e.".utf8) + [0, 0xFF]
    static let numbers = ["100000000000000000", "-1", "1e300", "99999999999999999999999", "-9223372036854775808", "0"]

    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var b = input
        for _ in 0...next(3) {
            guard !b.isEmpty else { break }
            let at = next(b.count)
            switch next(6) {
            case 0: b.remove(at: at)
            case 1: b.insert(Self.interesting[next(Self.interesting.count)], at: at)
            case 2: b[at] = Self.interesting[next(Self.interesting.count)]
            case 3: b = Array(b.prefix(at))
            case 4: b.removeSubrange(at..<min(b.count, at + 1 + next(30)))
            default:
                if let start = b[at...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                    let end = b[start...].firstIndex(where: { !($0 >= 0x30 && $0 <= 0x39) }) ?? b.count
                    b.replaceSubrange(start..<end, with: Array(Self.numbers[next(Self.numbers.count)].utf8))
                }
            }
        }
        return b
    }
}

/// Issue 20: a fast seeded fuzz pass over the store's inputs. Every case must end in a value
/// or an error, never a trap; the rest of the store keeps working.
@Suite struct StoreFuzzTests {
    @Test func mutatedRevisionFilesNeverCrashTheStore() throws {
        let store = try makeStore()
        var c = sampleCooperation(id: "ks-fuzz")
        c.agreement.durationYears = 5
        c.agreement.startDate = CalendarDate(year: 2027, month: 1, day: 1)
        c.financing.lines = [FinancingLine(budgetYear: 2027, partyIndex: 1, amount: Rupiah(1000)!)]
        try store.save(c, basedOn: nil)
        try store.save(sampleCooperation(id: "ks-tetap"), basedOn: nil)
        let original = try Data(contentsOf: store.root.appendingPathComponent("cooperations/ks-fuzz.json"))
        var mutator = StoreMutator(seed: 2026)
        for i in 0..<150 {
            let bytes = Data(mutator.mutate(Array(original)))
            // Decoding alone, then the whole store road: open, list, load, check.
            _ = try? DocumentDecoding.decodeRevision(bytes, path: "x", as: Cooperation.self)
            if i % 5 == 0 {
                let root = temporaryFolder().appendingPathComponent("s")
                try FileManager.default.copyItem(at: store.root, to: root)
                try bytes.write(to: root.appendingPathComponent("cooperations/ks-fuzz.json"))
                try bytes.write(to: root.appendingPathComponent("history/ks-fuzz/000001.json"))
                let s = try CooperationStore.open(at: root)
                #expect(try s.list().map(\.id).contains("ks-tetap"))
                _ = try? s.load(id: "ks-fuzz")
                _ = s.check()
            }
        }
    }

    @Test func mutatedBundlesNeverCrashTheImport() throws {
        let source = try makeStore()
        var c = sampleCooperation(id: "ks-b")
        c.agreement.durationYears = 3
        try source.save(c, basedOn: nil)
        let bundle = temporaryFolder().appendingPathComponent("b.mufakat")
        try source.exportBundle(to: bundle)
        let original = Array(try Data(contentsOf: bundle))
        var mutator = StoreMutator(seed: 18)
        let folder = temporaryFolder()
        for i in 0..<60 {
            let url = folder.appendingPathComponent("m\(i).mufakat")
            try Data(mutator.mutate(original)).write(to: url)
            let target = try makeStore("bundle\(i)")
            _ = try? target.importBundle(from: url)
            _ = try? BundleReader.contents(of: url)
            _ = try target.list()
        }
    }
}
