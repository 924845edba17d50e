import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// `StrictJSONDecoder` reads revision files to the very value `JSONDecoder` gives, and refuses
/// (so that `JSONDecoder` reads them) whatever it is not sure of: the speed of `check-store`
/// must not change what any file decodes to (issue 19).
@Suite struct StrictJSONDecoderTests {
    typealias Record = RevisionRecord<Cooperation>

    static let author = Author(user: "budi", host: "kantor-bogor", pid: 4121)

    static func foundation(_ data: Data) -> Record? { try? StoreClock.decoder().decode(Record.self, from: data) }
    static func strict(_ data: Data) -> Record? { try? StrictJSONDecoder.decode(Record.self, from: data) }

    /// Revision files of demo cooperations (three seeds, every walked example), as a save writes them.
    static func revisions(count: Int) throws -> [Data] {
        var out: [Data] = []
        var rng = SplitMix64(seed: 19)
        for seed in [UInt64(1), 7, 42] {
            let demo = DemoGenerator(seed: seed)
            for (i, c) in (Array(demo.cooperations(count: count)) + demo.walkedExamples()).enumerated() {
                let n = 1 + i % 5
                let record = Record(revision: n, previousSHA256: n == 1 ? nil : String(repeating: "ab", count: 32),
                                    savedAt: Date(timeIntervalSince1970: Double(rng.int(in: -2_000_000_000...4_000_000_000))),
                                    savedBy: author, restoredFrom: i % 7 == 0 ? 1 : nil, document: c)
                out.append(try StoreJSON.encode(record))
            }
        }
        return out
    }

    @Test func storeFilesDecodeToFoundationsValue() throws {
        let files = try Self.revisions(count: 150)
        for data in files {
            let strict = Self.strict(data)
            // Each file the store writes is read by the strict decoder (else it gains nothing)…
            #expect(strict != nil)
            // …to the value Foundation's decoder gives.
            let same = strict == Self.foundation(data)
            #expect(same, "\(strict?.document.id ?? "?")")
        }
    }

    /// Damaged copies: whatever the strict decoder still takes decodes as Foundation decodes it;
    /// what Foundation refuses, the strict decoder refuses too.
    @Test func damagedCopiesNeverDecodeOtherwise() throws {
        let files = try Self.revisions(count: 4)
        var rng = SplitMix64(seed: 2026)
        let bytes: [UInt8] = Array("0123456789.eE-+\"\\{}[],: \nutfnl/".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xA9, 0xED, 0xFF]
        var taken = 0
        for round in 0..<4000 {
            var data = files[round % files.count]
            for _ in 0..<(1 + rng.int(in: 0...2)) {
                let at = rng.int(in: 0...(data.count - 1))
                switch rng.int(in: 0...2) {
                case 0: data[at] = bytes[rng.int(in: 0...(bytes.count - 1))]
                case 1: data.remove(at: at)
                default: data.insert(bytes[rng.int(in: 0...(bytes.count - 1))], at: at)
                }
            }
            let strict = Self.strict(data)
            if strict != nil { taken += 1 }
            if let strict {
                let same = strict == Self.foundation(data)
                #expect(same, "round \(round)")
            }
        }
        // Most damage lands in text, which both read alike: the comparison above is not empty.
        #expect(taken > 500)
    }

    /// What the strict decoder leaves to Foundation: each of these is still read (or refused) by
    /// `DocumentDecoding` as before, because the strict decoder refuses it.
    @Test func leavesDoubtfulInputToFoundation() throws {
        let file = String(decoding: try Self.revisions(count: 1)[0], as: UTF8.self)
        #expect(Self.strict(Data(file.utf8)) != nil)
        let variants = [
            // A key twice (which one counts is Foundation's call).
            file.replacingOccurrences(of: "\"formatVersion\" : 1,", with: "\"formatVersion\" : 1, \"formatVersion\" : 2,"),
            // Numbers other than plain integers.
            file.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 1.0"),
            file.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 1e0"),
            file.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 01"),
            // A time with an offset, or with fractions of a second.
            file.replacingOccurrences(of: "Z\",\n  \"savedBy\"", with: "+07:00\",\n  \"savedBy\""),
            file.replacingOccurrences(of: "Z\",\n  \"savedBy\"", with: ".5Z\",\n  \"savedBy\""),
            // A byte-order mark, and text after the value.
            "\u{FEFF}" + file,
            file + "{}",
            // A lone surrogate.
            file.replacingOccurrences(of: "\"format\" : \"mufakat-revisi\"", with: "\"format\" : \"mufakat-revisi\\ud800\""),
        ]
        for (i, v) in variants.enumerated() {
            #expect(v != file, "variant \(i) changed nothing")
            #expect(Self.strict(Data(v.utf8)) == nil, "variant \(i)")
        }
        // Escapes, and text outside ASCII, read as Foundation reads them.
        let escaped = file.replacingOccurrences(of: "\"format\" : \"mufakat-revisi\"", with: "\"format\" : \"mufakat\\u002drevisi\"")
            .replacingOccurrences(of: "\"user\" : \"budi\"", with: "\"user\" : \"b\\u00fcdi \\ud83d\\ude00 \\\"\\\\\\/\\n\\t é\"")
        #expect(escaped != file)
        let strict = Self.strict(Data(escaped.utf8))
        #expect(strict != nil)
        let same = strict == Self.foundation(Data(escaped.utf8))
        #expect(same)
        #expect(strict?.format == "mufakat-revisi")
    }
}
