import Foundation
import Testing
@testable import MufakatDomain

@Suite struct CooperationDecodingTests {
    func json(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        let data = try JSONEncoder().encode(Fixture.bogorRaya())
        var tree = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&tree)
        return try JSONSerialization.data(withJSONObject: tree)
    }

    func refusal(_ data: Data) -> CooperationDecodingError? {
        do { _ = try CooperationDecoding.decode(data); return nil } catch { return error }
    }

    @Test func roundTripsTheFixture() throws {
        let c = try CooperationDecoding.decode(try JSONEncoder().encode(Fixture.bogorRaya()))
        #expect(c == Fixture.bogorRaya())
    }

    @Test func unknownKindNamesFieldAndChoices() throws {
        let e = try #require(refusal(try json { $0["kind"] = "ksdd-paksa" }))
        #expect(e.path == "kind")
        #expect(e.problem.contains("'ksdd-paksa'") && e.problem.contains("ksdd-sukarela"), "\(e)")
    }

    @Test func missingField() throws {
        let e = try #require(refusal(try json { $0["title"] = nil }))
        #expect(e.path == "title")
        #expect(e.problem.contains("wajib"), "\(e)")
        let nested = try #require(refusal(try json { tree in
            var proposal = tree["proposal"] as! [String: Any]
            proposal["background"] = nil
            tree["proposal"] = proposal
        }))
        #expect(nested.path == "proposal.background")
    }

    @Test func negativeMoneyInALine() throws {
        let e = try #require(refusal(try json { tree in
            var financing = tree["financing"] as! [String: Any]
            var lines = financing["lines"] as! [[String: Any]]
            lines[2]["amount"] = -5
            financing["lines"] = lines
            tree["financing"] = financing
        }))
        #expect(e.path == "financing.lines[2].amount")
        #expect(e.problem.contains("negatif"), "\(e)")
    }

    @Test func impossibleDate() throws {
        let e = try #require(refusal(try json { tree in
            var proposal = tree["proposal"] as! [String: Any]
            proposal["date"] = "2025-02-30"
            tree["proposal"] = proposal
        }))
        #expect(e.path == "proposal.date")
        #expect(e.problem.contains("2025-02-30"), "\(e)")
    }

    @Test func wrongTypeAndNull() throws {
        let e = try #require(refusal(try json { $0["partiesBordering"] = "ya" }))
        #expect(e.path == "partiesBordering" && e.problem.contains("true atau false"), "\(e)")
        let n = try #require(refusal(try json { $0["affairCode"] = NSNull() }))
        #expect(n.path == "affairCode", "\(n)")
    }

    @Test func newerSchemaAndBrokenJSON() throws {
        let e = try #require(refusal(try json { $0["schemaVersion"] = 99 }))
        #expect(e.path == "schemaVersion" && e.problem.contains("perbarui Mufakat"))
        let broken = try #require(refusal(Data("{\"id\": ".utf8)))
        #expect(broken.path == "" && broken.problem.contains("JSON"))
        let array = try #require(refusal(Data("[1,2]".utf8)))
        #expect(array.problem.contains("objek"))
    }
}
