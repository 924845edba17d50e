import Foundation
import Testing
@testable import MufakatStore

@Suite struct StoreLocationTests {
    /// A blank `--store` or `MUFAKAT_STORE` is decided as Foundation's trimming decides it, on
    /// every ASCII character, Unicode spaces and mixtures.
    @Test func blankIsFoundationsTrimmedEmpty() {
        var texts = ["", " ", "\t", " \t ", "a", " a ", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{00A0}", " \u{3000} ", "\u{2003}x", "x\u{2003}",
                     "\u{301}", " \u{301}", "/tmp/ruang kerja", "é", "\u{200B}", "\u{FEFF}"]
        texts += (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        texts += (0..<128).map { " " + String(UnicodeScalar(UInt8($0))) + "\t" }
        for text in texts {
            #expect(StoreLocation.isBlank(text) == text.trimmingCharacters(in: .whitespaces).isEmpty, "\(text.unicodeScalars.map(\.value))")
        }
    }
}
