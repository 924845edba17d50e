import Foundation
import MufakatDomain

/// Seeded byte mutations for the fuzz tests (issue 20): the same seed gives the same cases on
/// every machine, so a failing case can be replayed from its seed and index.
struct ByteMutator {
    var rng: SplitMix64
    /// Bytes that carry structure in JSON and TOML: the ones worth inserting.
    static let interesting = Array("[]{}=.,:\"'#\\\n\r\t -+0123456789eE_tfnxu".utf8) + [0, 0x7F, 0xC3, 0xFF]
    static let bigNumbers = ["100000000000000000", "-1", "1e300", "99999999999999999999999", "-9223372036854775808", "NaN", "0x7fffffffffffffff"]

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// One to four mutations of `input`.
    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var b = input
        for _ in 0..<rng.int(in: 1...4) {
            let at = b.isEmpty ? 0 : rng.int(in: 0...(b.count - 1))
            switch rng.int(in: 0...6) {
            case 0 where !b.isEmpty: b.remove(at: at)
            case 1: b.insert(rng.pick(Self.interesting), at: at)
            case 2 where !b.isEmpty: b[at] = rng.pick(Self.interesting)
            case 3 where !b.isEmpty: b.removeSubrange(at..<min(b.count, at + rng.int(in: 1...40)))
            case 4 where !b.isEmpty:
                let chunk = b[at..<min(b.count, at + rng.int(in: 1...60))]
                b.insert(contentsOf: chunk, at: rng.int(in: 0...b.count))
            case 5: b = Array(b.prefix(at))
            default:
                // Replace a run of digits with a hostile number.
                if let start = b[at...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                    let end = b[start...].firstIndex(where: { !($0 >= 0x30 && $0 <= 0x39) }) ?? b.count
                    b.replaceSubrange(start..<end, with: Array(rng.pick(Self.bigNumbers).utf8))
                }
            }
        }
        return b
    }
}
