import Foundation
import Testing
import MufakatDomain

import MufakatStore
@testable import MufakatServices
import MufakatTestSupport

@Suite struct MappingFileReaderTests {
    @Test func bareEnvelopeAndList() throws {
        let m = RegionMapping(regionCode: "32.71", entries: [MappingEntry(affairCode: "1.03", offer: "IPA")])
        let bare = try JSONEncoder().encode(m)
        #expect(try MappingFileReader.parseJSON(bare, path: "a.json") == [m])
        let envelope = #"{"format":"mufakat-revisi","formatVersion":1,"revision":3,"document":"# + String(decoding: bare, as: UTF8.self) + "}"
        #expect(try MappingFileReader.parseJSON(Data(envelope.utf8), path: "b.json") == [m])
        let list = "[" + String(decoding: bare, as: UTF8.self) + "," + String(decoding: bare, as: UTF8.self) + "]"
        #expect(try MappingFileReader.parseJSON(Data(list.utf8), path: "c.json").count == 2)
    }

    @Test func theStoresOwnMappingFileIsRead() throws {
        // An officer hands over `mappings/<region>.json` straight from their store folder.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-reader-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try CooperationStore.open(at: root)
        let m = RegionMapping(regionCode: "32.71", entries: [MappingEntry(affairCode: "1.03", offer: "IPA")])
        _ = try store.saveMapping(m, basedOn: nil)
        let url = root.appendingPathComponent("mappings/32.71.json")
        let read = try MappingFileReader.read(url)
        #expect(read.map(\.mapping.regionCode) == ["32.71"] && read.first?.mapping.entries.first?.offer == "IPA")
    }

    @Test func errorsNameTheFileAndField() {
        #expect(throws: MappingServiceError.unreadableFile(path: "d.json", problem: "tidak ada kolom 'regionCode'; berkas ini bukan pemetaan daerah.")) {
            try MappingFileReader.parseJSON(Data(#"{"x":1}"#.utf8), path: "d.json")
        }
        do {
            _ = try MappingFileReader.parseJSON(Data(#"{"regionCode":"32.71","contact":{"name":"","title":""},"entries":[{"offer":"x"}]}"#.utf8), path: "e.json")
            Issue.record("no error")
        } catch let e as MappingServiceError {
            #expect(e.description.hasPrefix("e.json: bukan pemetaan yang sah: isian Kode urusan (baris 1) tidak ada"), "\(e)")
        } catch { Issue.record("\(error)") }
    }

    @Test func nonJSONWithoutBundleReaderIsExplained() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-reader-\(UUID().uuidString).mufakat")
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: MappingServiceError.self) { try MappingFileReader.read(url) }
        let read = try MappingFileReader.read(url) { _ in [RegionMapping(regionCode: "32.71")] }
        #expect(read.map(\.source) == [url.lastPathComponent])
    }
}
