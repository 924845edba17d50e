import Foundation
import MufakatDomain
@testable import MufakatStore
import Testing

/// Issue 17: why a stored file cannot be read is told in the interface language
/// (`StoreText.decoding`), the file's own keys named as written in it.
@Suite struct DecodingMessagesTests {
    func reason(_ data: Data) -> String {
        do { _ = try DocumentDecoding.decodeRevision(data, path: "x.json", as: Cooperation.self); return "" } catch {
            if case .damaged(_, let reason, _) = error { return reason }
            return "\(error)"
        }
    }

    @Test func damageIsToldInBothLanguages() {
        let wrongFormat = Data(#"{"format":"lain","formatVersion":1,"cooperation":{}}"#.utf8)
        let id = DisplayLanguage.$override.withValue(.indonesian) { (reason(Data()), reason(Data("{".utf8)), reason(wrongFormat)) }
        let en = DisplayLanguage.$override.withValue(.english) { (reason(Data()), reason(Data("{".utf8)), reason(wrongFormat)) }
        #expect(id.0 == "berkas kosong" && en.0 == "empty file")
        #expect(id.1.hasPrefix("isinya bukan JSON yang sah") && en.1.hasPrefix("its content is not valid JSON"), "\(en.1)")
        #expect(id.2 == "kolom 'format' bernilai 'lain', seharusnya 'mufakat-revisi'")
        #expect(en.2 == "field 'format' is 'lain', it should be 'mufakat-revisi'")
    }

    @Test func typeNamesFollowTheLanguage() {
        DisplayLanguage.$override.withValue(.english) {
            #expect(DocumentDecoding.typeName(Int.self) == "a whole number")
            #expect(DocumentDecoding.fieldPath([]) == "(root of the file)")
        }
        DisplayLanguage.$override.withValue(.indonesian) { #expect(DocumentDecoding.typeName(Bool.self) == "true atau false") }
    }
}
