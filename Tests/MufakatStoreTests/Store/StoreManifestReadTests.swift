import Foundation
import Testing
@testable import MufakatStore

/// `store.json` read without `JSONDecoder` (`StoreManifest.read`, issue 19): the manifest the
/// store writes reads the same both ways, and any other shape is left to `JSONDecoder`.
@Suite struct StoreManifestReadTests {
    private static func decoded(_ json: String) -> StoreManifest? {
        try? StoreClock.decoder().decode(StoreManifest.self, from: Data(json.utf8))
    }

    @Test func theManifestTheStoreWritesReadsTheSameWithoutTheDecoder() throws {
        let store = try makeStore()
        let written = try Data(contentsOf: store.root.appendingPathComponent("store.json"))
        let quick = try #require(StoreManifest.read(written))
        #expect(quick == store.manifest)
        #expect(quick == (try StoreClock.decoder().decode(StoreManifest.self, from: written)))
        // With a region, in another key order and spacing, a region of null, escapes and non-ASCII.
        let variants = [
            #"{"version":1,"format":"mufakat-store","documentation":"docs","createdBy":{"pid":7,"host":"kantor","user":"budi"},"createdAt":"2026-05-01T10:20:30Z","regionCode":"32.71"}"#,
            "{\n  \"createdAt\" : \"1999-12-31T23:59:59Z\",\n  \"createdBy\" : { \"host\" : \"h\", \"pid\" : -3, \"user\" : \"Ñúñez \\\"q\\\" \\u00e9\" },\n  \"documentation\" : \"d\",\n  \"format\" : \"mufakat-store\",\n  \"regionCode\" : null,\n  \"version\" : 0\n}\n",
        ]
        for json in variants {
            let quick = try #require(StoreManifest.read(Data(json.utf8)), "\(json)")
            #expect(quick == Self.decoded(json), "\(json)")
        }
    }

    @Test func otherShapesAreLeftToTheDecoder() {
        let good = #"{"createdAt":"2026-05-01T10:20:30Z","createdBy":{"host":"h","pid":1,"user":"u"},"documentation":"d","format":"mufakat-store","version":1"#
        let others = [
            good + #","extra":1}"#,                                  // a key the store does not write
            good + #","version":2}"#,                                // a key twice
            #"{"createdAt":"2026-05-01T10:20:30+07:00","createdBy":{"host":"h","pid":1,"user":"u"},"documentation":"d","format":"mufakat-store","version":1}"#,
            #"{"createdAt":"2026-05-01T10:20:30Z","createdBy":{"host":"h","pid":1,"user":"u","user":"v"},"documentation":"d","format":"mufakat-store","version":1}"#,
            #"{"createdAt":"2026-05-01T10:20:30Z","createdBy":{"host":"h","pid":1,"user":"u"},"documentation":"d","format":"mufakat-store","version":1.0}"#,
            #"{"createdAt":"2026-05-01T10:20:30Z","createdBy":{"host":"h","pid":9999999999,"user":"u"},"documentation":"d","format":"mufakat-store","version":1}"#,
            #"{"createdAt":"2026-05-01T10:20:30Z","documentation":"d","format":"mufakat-store","version":1}"#,
            good + "} x", good, "", "[]",
        ]
        for json in others {
            #expect(StoreManifest.read(Data(json.utf8)) == nil, "\(json)")
        }
        #expect(StoreManifest.read(Data((good + "}").utf8)) != nil)
    }
}
