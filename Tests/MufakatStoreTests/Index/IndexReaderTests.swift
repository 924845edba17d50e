import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// The quick index reader must give exactly what `JSONDecoder` gives, and give up (so that
/// `JSONDecoder` reads it) on anything it does not know.
@Suite struct IndexReaderTests {
    @Test func snapshotOfADemoStoreReadsLikeJSONDecoder() throws {
        let store = try makeStore()
        let generator = DemoGenerator(seed: 7, referenceDate: CalendarDate(year: 2026, month: 1, day: 15)!)
        try store.bulkInsert(generator.cooperations(count: 300))
        var odd = sampleCooperation(id: "ks-aneh", title: "Judul \"bertanda kutip\" \\ garis miring\nbaris baru\ttab é 漢字 🙂 \u{1}")
        odd.parties[1].name = "Kabupaten \u{7F} Ñúñez"
        try store.save(odd, basedOn: nil)
        _ = try store.rebuildIndex()
        let data = try Data(contentsOf: store.root.appendingPathComponent("index.json"))
        let quick = try #require(IndexReader.snapshot(data))
        let slow = try StoreClock.decoder().decode(IndexFile.self, from: data)
        #expect(quick.entries.count == 301)
        #expect(quick.entries == slow.entries)
        #expect(quick.folderStamp == slow.folderStamp && quick.builtAt == slow.builtAt)
        #expect(quick.format == slow.format && quick.version == slow.version)
        #expect(quick.entries.contains { $0.title == odd.title })
    }

    @Test func logLinesReadLikeJSONDecoder() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        var c = sampleCooperation(id: "ks-a", title: "Diubah")
        c.agreement.signing.date = CalendarDate(year: 2026, month: 2, day: 29)
        try store.save(c, basedOn: 1)
        let log = try Data(contentsOf: store.root.appendingPathComponent("index.log"))
        let lines = log.split(separator: 0x0A)
        #expect(!lines.isEmpty)
        for line in lines {
            let quick = try #require(IndexReader.logLine(line))
            let slow = try StoreClock.decoder().decode(IndexLogLine.self, from: Data(line))
            #expect(quick.entry == slow.entry && quick.folderStamp == slow.folderStamp)
        }
    }

    @Test func escapesAndNullsAsJSONAllowsThem() throws {
        let line = #"{"entry":{"affairCode":"2.15","affairName":"Perhubungan","currentStage":null,"documentNumbers":[],"fileStamp":5,"hasUnbudgetedFinancing":false,"id":"ks-a","kind":"ksdd-sukarela","parties":["Kota \u00c9\ud83d\ude00 \/ \"x\""],"regionCodes":[],"revision":2,"savedAt":"2024-02-29T23:59:59Z","savedBy":{"host":"h","pid":7,"user":"u"},"status":"proses","title":"T"},"folderStamp":-3}"#
        let quick = try #require(IndexReader.logLine(Data(line.utf8)))
        let slow = try StoreClock.decoder().decode(IndexLogLine.self, from: Data(line.utf8))
        #expect(quick.entry == slow.entry)
        #expect(quick.entry.parties == ["Kota É😀 / \"x\""])
        #expect(quick.folderStamp == -3)
    }

    @Test func anythingUnknownIsLeftToJSONDecoder() {
        let base = #"{"affairCode":"2.15","affairName":"P","documentNumbers":[],"fileStamp":5,"hasUnbudgetedFinancing":false,"id":"ks-a","kind":"ksdd-sukarela","parties":[],"regionCodes":[],"revision":2,"savedAt":"2024-02-29T23:59:59Z","savedBy":{"host":"h","pid":7,"user":"u"},"status":"proses","title":"T""#
        func line(_ extra: String) -> Data { Data((#"{"entry":"# + base + extra + "}" + #","folderStamp":1}"#).utf8) }
        #expect(IndexReader.logLine(line("")) != nil)
        #expect(IndexReader.logLine(line(#","newField":1"#)) == nil)            // a field added later
        #expect(IndexReader.logLine(line(#","totalFinancing":1.5"#)) == nil)    // a fraction
        #expect(IndexReader.logLine(line(#","totalFinancing":-1"#)) == nil)     // negative money
        #expect(IndexReader.logLine(line(#","expiryDate":"2025-02-29""#)) == nil) // not on the calendar
        #expect(IndexReader.logLine(Data(#"{"entry":{"id":null},"folderStamp":1}"#.utf8)) == nil)
        #expect(IndexReader.logLine(Data((#"{"entry":"# + base + "}").utf8)) == nil)  // cut off
        var savedAt = base.replacingOccurrences(of: "2024-02-29T23:59:59Z", with: "2024-02-29T23:59:59+07:00")
        savedAt = #"{"entry":"# + savedAt + #"},"folderStamp":1}"#
        #expect(IndexReader.logLine(Data(savedAt.utf8)) == nil)  // another date form: JSONDecoder decides
    }
}
