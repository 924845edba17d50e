import Foundation
import Testing
import MufakatDomain
@testable import MufakatDocuments

@Suite struct IntegrityTests {
    let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead)

    @Test func fingerprintIsSHA256Hex() {
        #expect(Fingerprint.sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Fingerprint.sha256(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func markingSignedRecordsTheFingerprintOnTheStage() throws {
        let data = try DocxRenderer().render(builder.build(.pks, for: Fixtures.bogorRaya))
        let day = Fixtures.date("2026-04-01")
        let signed = try #require(SignedDocument.markSigned(Fixtures.bogorRaya, document: .pks, data: data, format: "docx", on: day))
        #expect(signed.agreement.signing.documentSHA256 == Fingerprint.sha256(data))
        #expect(signed.agreement.signing.documentFormat == "docx")
        #expect(signed.agreement.progress.status == .done)
        #expect(signed.agreement.progress.completedOn == day)
        #expect(signed.memorandum.signing.documentSHA256 == nil)
        #expect(SignedDocument.markSigned(Fixtures.bogorRaya, document: .kak, data: data, format: "docx", on: day) == nil)
    }

    @Test func theSignedFileIsRecognisedAndAnEditedOneIsNot() throws {
        let c1 = Fixtures.bogorRaya
        let kb = try DocxRenderer(page: PageSetup(paper: .f4)).render(builder.build(.kb, for: c1))
        let c2 = try #require(SignedDocument.markSigned(c1, document: .kb, data: kb, format: "docx", on: Fixtures.date("2026-03-18")))
        var c3 = c2
        c3.notes = "catatan setelah penandatanganan"
        let revisions = [DocumentMatcher.Revision(number: 1, cooperation: c1), DocumentMatcher.Revision(number: 2, cooperation: c2),
                         DocumentMatcher.Revision(number: 3, cooperation: c3)]
        let matcher = DocumentMatcher(builder: builder)
        #expect(matcher.verdicts(for: kb, revisions: revisions) == [.signed(document: .kb, revision: 2)])

        var edited = kb
        edited[edited.count / 2] ^= 0x01
        #expect(matcher.verdicts(for: edited, revisions: revisions) == [.unknown])

        // An amendment replaced the signed KB: the old file is recognised as formerly signed.
        var c4 = c3
        c4.memorandum.signing.documentSHA256 = Fingerprint.sha256(Data("naskah perubahan".utf8))
        #expect(matcher.verdicts(for: kb, revisions: revisions + [.init(number: 4, cooperation: c4)])
                == [.formerlySigned(document: .kb, revision: 2)])
    }

    @Test func anUnsignedExportIsTracedToItsRevisionAndSettings() throws {
        let c1 = Fixtures.bogorRaya
        var c2 = c1
        c2.title = "Angkutan Perkotaan Bogor Raya"
        let matcher = DocumentMatcher(builder: builder)
        let revisions = [DocumentMatcher.Revision(number: 1, cooperation: c1), DocumentMatcher.Revision(number: 2, cooperation: c2)]
        let oldText = Data(PlainTextRenderer().render(try builder.build(.ringkasan, for: c1)).utf8)
        #expect(matcher.verdicts(for: oldText, revisions: revisions) == [.exported(document: .ringkasan, revision: 1, settings: "txt")])
        let docx = try DocxRenderer(page: PageSetup(paper: .f4, typeface: .arial)).render(builder.build(.pks, for: c2))
        #expect(matcher.verdicts(for: docx, revisions: revisions)
                == [.exported(document: .pks, revision: 2, settings: "docx, \(Paper.f4.label), Arial")])
    }
}
