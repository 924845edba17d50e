import Foundation
import Testing
@testable import MufakatStore

/// The store's dates read by hand (`StoreClock.decodeDate`, issue 19) give the same instants and
/// errors as Foundation's `.iso8601` strategy they replaced, and a date that does not read now
/// names its field: the strategy's error had lost the field's path, so a hand-edited date was
/// reported as "isinya bukan JSON yang sah".
@Suite struct StoreClockDecodingTests {
    private struct Stamped: Codable { var at: Date; var later: Date? }

    private static func iso8601Decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    @Test func canonicalDatesAreTheFormattersInstants() {
        // Every day of leap and common years near the century rules, and spread seconds.
        var texts: [String] = []
        for year in [1600, 1700, 1899, 1900, 1969, 1970, 2000, 2024, 2026, 2100, 2400, 9999] {
            for month in 1...12 {
                for day in 1...31 {
                    let s = (year * 7 + month * 31 + day * 13) % 86_400
                    texts.append(String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, s / 3600, s / 60 % 60, s % 60))
                }
            }
        }
        texts += ["2026-05-01T00:00:00Z", "2026-05-01T23:59:59Z", "1970-01-01T00:00:00Z", "2038-01-19T03:14:08Z"]
        var checked = 0
        for text in texts {
            let formatter = try? Date.ISO8601FormatStyle().parse(text)
            let byHand = StoreClock.date(iso: text)
            if let byHand {
                #expect(byHand == formatter, "\(text)")
                checked += 1
            }
            // Days that do not exist are left to the formatter.
            if formatter == nil { #expect(byHand == nil, "\(text)") }
        }
        #expect(checked > 4_000)
    }

    @Test func otherTextsGoToTheFormatterWithItsErrors() throws {
        let samples = [
            #"{"at": "2026-05-01T10:20:30Z"}"#, #"{"at": "2026-05-01T10:20:30+07:00"}"#,
            #"{"at": "2026-05-01T10:20:30.5Z"}"#, #"{"at": "1500-05-01T10:20:30Z"}"#,
            #"{"at": "2026-02-29T10:20:30Z"}"#, #"{"at": "2026-13-01T10:20:30Z"}"#,
            #"{"at": "2026-05-01T24:00:00Z"}"#, #"{"at": "2026-05-01T10:20:60Z"}"#,
            #"{"at": "2026-05-01 10:20:30Z"}"#, #"{"at": "kemarin"}"#, #"{"at": ""}"#,
            #"{"at": 12}"#, #"{"at": null}"#, #"{}"#,
            #"{"at": "2026-05-01T10:20:30Z", "later": "2026-05-0110:20:30Z"}"#,
            #"{"at": "2026-05-01T10:20:30Z", "later": null}"#,
        ]
        for json in samples {
            let data = Data(json.utf8)
            let expected = Result(catching: { try Self.iso8601Decoder().decode(Stamped.self, from: data) })
            let actual = Result(catching: { try StoreClock.decoder().decode(Stamped.self, from: data) })
            switch (expected, actual) {
            case let (.success(e), .success(a)):
                #expect(e.at == a.at && e.later == a.later, "\(json)")
            case let (.failure(DecodingError.dataCorrupted(e)), .failure(DecodingError.dataCorrupted(a))):
                #expect(e.debugDescription == a.debugDescription, "\(json)")
                let field = try #require(a.codingPath.last?.stringValue, "\(json)")
                #expect(json.contains("\"\(field)\": \"") && DocumentDecoding.describe(DecodingError.dataCorrupted(a)).contains("'\(field)'"), "\(json)")
            case let (.failure(e), .failure(a)):
                #expect(DocumentDecoding.describe(e) == DocumentDecoding.describe(a), "\(json)")
                #expect("\(e)" == "\(a)", "\(json)")
            default:
                Issue.record("\(json): \(expected) against \(actual)")
            }
        }
    }
}
