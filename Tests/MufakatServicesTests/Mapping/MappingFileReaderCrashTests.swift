import Foundation
import MufakatServices
import Testing

/// Files that once crashed `mapping import` (and the meeting screen's `i`) come back as messages.
@Suite struct MappingFileReaderCrashTests {
    @Test(arguments: [
        #"{"format":"mufakat-revisi","mapping":5}"#,
        #"{"format":"mufakat-revisi","mapping":"teks"}"#,
        #"[5]"#,
        #"{"mappings":[5, null]}"#,
        #"{"format":"mufakat-revisi","document":[1,2]}"#,
    ])
    func aNonObjectWhereAMappingBelongsIsAMessage(_ text: String) {
        #expect(throws: MappingServiceError.self) { try MappingFileReader.parseJSON(Data(text.utf8), path: "rusak.json") }
    }
}
