import Foundation
import Testing
@testable import MufakatDomain

/// The end-to-end tests drive the binary with JSON copies of the fixtures; this keeps those
/// copies equal to the Swift fixtures (MUFAKAT_UPDATE_SNAPSHOTS=1 rewrites them).
@Suite struct FixtureGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/cooperations")

    @Test(arguments: [("bogor-raya.json", Fixture.bogorRaya()), ("ksdpk-parkir.json", Fixture.ksdpkDraft())])
    func jsonCopyMatchesFixture(_ name: String, _ cooperation: Cooperation) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(cooperation) + Data("\n".utf8)
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["MUFAKAT_UPDATE_SNAPSHOTS"] == "1" {
            try data.write(to: url)
            return
        }
        let stored = try #require(FileManager.default.contents(atPath: url.path), "missing golden \(url.path); run with MUFAKAT_UPDATE_SNAPSHOTS=1")
        #expect(stored == data, "\(name) differs from the Swift fixture; run with MUFAKAT_UPDATE_SNAPSHOTS=1 after checking the change")
        #expect(try CooperationDecoding.decode(stored) == cooperation)
    }
}
