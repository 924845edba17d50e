import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import Testing

/// The one decoder reads the three shapes a person hands over: bare, `show --json`, the store's own file.
@Suite struct CooperationFileDecoderTests {
    static func storeWithSample() throws -> (StoreSession, URL, Cooperation) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-decoder-\(UUID().uuidString)")
        let session = try StoreSession.open(folder: folder)
        let c = CooperationFixture.bogorRaya()
        _ = try session.save(c, basedOn: nil)
        return (session, folder, c)
    }

    @Test func readsTheStoresOwnFileAndTheShowEnvelope() throws {
        let (session, folder, c) = try Self.storeWithSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = folder.appendingPathComponent("cooperations/\(c.id).json")
        let decoded = try CooperationFileDecoder.read(path: own.path)
        #expect(decoded.cooperation == c)
        #expect(decoded.basedOnRevision == 1)
        let shown = try session.rawFile(id: c.id)
        #expect(try CooperationFileDecoder.decode(shown, path: "-").cooperation == c)
    }

    @Test func readsABareCooperation() throws {
        let c = CooperationFixture.bogorRaya()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(c)
        let decoded = try CooperationFileDecoder.decode(data, path: "kerja-sama.json")
        #expect(decoded.cooperation == c)
        #expect(decoded.basedOnRevision == nil)
    }

    @Test func refusesANewerSchemaNamingTheFile() throws {
        var tree = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(CooperationFixture.bogorRaya())) as? [String: Any])
        tree["schemaVersion"] = 999
        let data = try JSONSerialization.data(withJSONObject: tree)
        #expect(throws: StoreError.self) { try CooperationFileDecoder.decode(data, path: "baru.json") }
    }
}
