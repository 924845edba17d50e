import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct KeyDecoderTests {
    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func plainCharactersOneAtATime() {
        let events = KeyDecoder.decode(reads: [[.scalar(0x61)], [.scalar(0xE9)]])
        #expect(events == [.key(.char("a")), .key(.char("é"))])
    }

    @Test func arrowsAndNavigationSequences() {
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}[A")) == [.key(.up)])
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}OB")) == [.key(.down)])
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}[1;5C")) == [.key(.ctrlRight)])
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}[3~")) == [.key(.delete)])
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}[5~\u{1B}[6~")) == [.key(.pageUp), .key(.pageDown)])
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}[H\u{1B}[F")) == [.key(.home), .key(.end)])
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}[Z")) == [.key(.backTab)])
    }

    @Test func functionKeys() {
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}OP")) == [.key(.function(1))])
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}[15~")) == [.key(.function(5))])
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}[24~")) == [.key(.function(12))])
    }

    @Test func controlAndAltCombos() {
        #expect(KeyDecoder.decode(bytes: [0x13]) == [.key(.ctrl("s"))])
        #expect(KeyDecoder.decode(bytes: [0x03]) == [.signal(.interrupt)])
        #expect(KeyDecoder.decode(bytes: [0x7F]) == [.key(.backspace)])
        #expect(KeyDecoder.decode(bytes: [0x0D]) == [.key(.enter)])
        #expect(KeyDecoder.decode(bytes: [0x09]) == [.key(.tab)])
        #expect(KeyDecoder.decode(bytes: bytes("\u{1B}x")) == [.key(.alt("x"))])
    }

    @Test func loneEscapeIsTheEscapeKeyAfterTheDelay() {
        var d = KeyDecoder()
        #expect(d.feed([.scalar(0x1B)]) == [])
        #expect(d.isWaiting)
        #expect(d.timeout() == [.key(.escape)])
    }

    @Test func escapeSequenceSplitOverReads() {
        let events = KeyDecoder.decode(reads: [[.scalar(0x1B)], [.scalar(0x5B)], [.scalar(0x42)]])
        #expect(events == [.key(.down)])
    }

    @Test func bracketedPasteIsOneEventAndNeverEnter() {
        let events = KeyDecoder.decode(bytes: bytes("\u{1B}[200~baris satu\r\nbaris dua\rtiga\u{1B}[201~"))
        #expect(events == [.paste("baris satu\nbaris dua\ntiga")])
    }

    @Test func bracketedPasteAcrossManyReads() {
        let text = "Ñ\t漢\n🙂"
        var reads: [[InputToken]] = "\u{1B}[200~".unicodeScalars.map { [.scalar($0.value)] }
        reads += text.unicodeScalars.map { [.scalar($0.value)] }
        reads += "\u{1B}[201~".unicodeScalars.map { [.scalar($0.value)] }
        #expect(KeyDecoder.decode(reads: reads) == [.paste(text)])
    }

    @Test func burstOfPlainTextIsAPaste() {
        #expect(KeyDecoder.decode(bytes: bytes("dua baris\nlagi\n")) == [.paste("dua baris\nlagi\n")])
    }

    @Test func burstWithKeysIsDecodedKeyByKey() {
        #expect(KeyDecoder.decode(bytes: bytes("\t\t")) == [.key(.tab), .key(.tab)])
        #expect(KeyDecoder.decode(bytes: bytes("a\u{1B}[A")) == [.key(.char("a")), .key(.up)])
    }

    @Test func cursesKeyCodes() {
        let events = KeyDecoder.decode(reads: [[.keyCode(KeyDecoder.CursesKey.up)], [.keyCode(KeyDecoder.CursesKey.f0 + 3)],
                                              [.keyCode(KeyDecoder.CursesKey.backTab)], [.keyCode(600, name: "kLFT5")]])
        #expect(events == [.key(.up), .key(.function(3)), .key(.backTab), .key(.ctrlLeft)])
    }
}
