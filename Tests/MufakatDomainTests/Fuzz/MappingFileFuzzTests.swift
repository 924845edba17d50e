import Foundation
import Testing
@testable import MufakatDomain
import MufakatTestSupport

/// Issue 20: `{"format":"mufakat-revisi","mapping":5}` aborted `mapping import`.
@Suite struct MappingFileFuzzTests {
    func sample() throws -> Data {
        var m = RegionMapping(regionCode: "32.71")
        m.entries = [MappingEntry(affairCode: "2.15", offer: "angkutan", targetYear: 2027, rkpdYear: 2026)]
        return try JSONEncoder().encode(m)
    }

    @Test func anEnvelopeWithANumberIsAProblemNotAnAbort() {
        for text in [#"{"format":"mufakat-revisi","mapping":5}"#, #"{"format":"mufakat-revisi","mapping":"x"}"#,
                     #"{"format":"mufakat-revisi","document":null}"#, #"[5]"#, #"5"#, #"{"mappings":5}"#, #"{"mappings":[5]}"#] {
            #expect(throws: MappingFileProblem.self, "\(text)") { try MappingJSONReader.parse(Data(text.utf8), path: "m.json") }
        }
        do { _ = try MappingJSONReader.parse(Data(#"{"format":"mufakat-revisi","mapping":5}"#.utf8), path: "m.json") } catch {
            #expect(error.problem.contains("'mapping'") && error.path == "m.json")
        }
    }

    @Test func theShapesItAcceptsStillRead() throws {
        let one = try sample()
        let text = String(decoding: one, as: UTF8.self)
        #expect(try MappingJSONReader.parse(one, path: "a.json").map(\.regionCode) == ["32.71"])
        #expect(try MappingJSONReader.parse(Data(#"{"format":"mufakat-revisi","mapping":\#(text)}"#.utf8), path: "b.json").count == 1)
        #expect(try MappingJSONReader.parse(Data("[\(text),\(text)]".utf8), path: "c.json").count == 2)
        #expect(try MappingJSONReader.parse(Data(#"{"mappings":[\#(text)]}"#.utf8), path: "d.json").count == 1)
    }

    /// Found in session 4: an envelope claiming formatVersion 10^19 was imported as if it were 1.
    @Test func anEnvelopeFromANewerOrImpossibleVersionIsRefusedNamingTheField() throws {
        let one = String(decoding: try sample(), as: UTF8.self)
        for version in ["10000000000000000000", "2", "0", "-1", "1.5", "\"1\""] {
            let text = #"{"format":"mufakat-revisi","formatVersion":"# + version + #","mapping":"# + one + "}"
            do {
                _ = try MappingJSONReader.parse(Data(text.utf8), path: "m.json")
                Issue.record("formatVersion \(version) was accepted")
            } catch {
                #expect(error.problem.contains("formatVersion") || error.problem.contains("versi 2"), "\(version): \(error.problem)")
            }
        }
        let fine = #"{"format":"mufakat-revisi","formatVersion":1,"mapping":"# + one + "}"
        #expect(try MappingJSONReader.parse(Data(fine.utf8), path: "m.json").count == 1)
    }

    @Test func anOutOfRangeYearIsRefusedNamingTheField() throws {
        let text = String(decoding: try sample(), as: UTF8.self).replacingOccurrences(of: "2027", with: "100000000000000000")
        #expect(throws: MappingFileProblem.self) { try MappingJSONReader.parse(Data(text.utf8), path: "m.json") }
    }

    @Test func mutatedMappingFilesNeverAbort() throws {
        let one = String(decoding: try sample(), as: UTF8.self)
        let seeds = [one, #"{"format":"mufakat-revisi","formatVersion":1,"mapping":\#(one)}"#, "[\(one)]", #"{"mappings":[\#(one)]}"#]
        var mutator = ByteMutator(seed: 5)
        for i in 0..<300 {
            let bytes = mutator.mutate(Array(seeds[i % seeds.count].utf8))
            _ = try? MappingJSONReader.parse(Data(bytes), path: "m.json")
        }
    }

    @Test func mutatedCooperationFilesNeverCrashDecodingOrValidation() throws {
        let original = Array(try JSONEncoder().encode(CooperationFixture.bogorRaya()))
        var mutator = ByteMutator(seed: 17)
        for _ in 0..<300 {
            let bytes = mutator.mutate(original)
            if let c = try? CooperationDecoding.decode(Data(bytes)) {
                _ = Validator.validate(c, rulebook: CooperationFixture.rulebook, catalogues: CooperationFixture.catalogues, today: CooperationFixture.today)
                _ = c.expiryDate
            }
        }
    }
}

/// Reproducers that `scripts/fuzz.sh` kept in `Tests/Fixtures/fuzz/` (issue 20): each must now
/// end in a value or an error. Mapping ones go through `MappingJSONReader`, the reader that
/// replaces the one that aborted on them.
@Suite struct FuzzFixtureTests {
    @Test func everyKeptMappingReproducerIsAnErrorNotAnAbort() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Fixtures/fuzz").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("mapping-") }
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(throws: MappingFileProblem.self, "\(name)") { try MappingJSONReader.parse(data, path: name) }
        }
    }
}
