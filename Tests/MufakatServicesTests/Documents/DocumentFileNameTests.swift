import Foundation
import Testing
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatTestSupport

/// Issue 15: a joint ending statement (`EndRecord.instrument` `.statement`) has its own file
/// name and label; it is never written under the notification letter's name.
@Suite struct DocumentFileNameTests {
    let service = DocumentService(rulebook: CooperationFixture.rulebook, profile: nil)

    func ended(_ instrument: EndRecord.Instrument?) -> Cooperation {
        var c = CooperationFixture.bogorRaya()
        c.ended = EndRecord(ground: .mutualAgreement, date: CalendarDate(year: 2028, month: 1, day: 31)!)
        c.ended?.instrument = instrument
        return c
    }

    @Test func aJointEndingStatementHasItsOwnNameAndLabel() {
        let statement = ended(.statement)
        let name = service.fileName(for: statement, kind: .pengakhiran, format: .docx)
        #expect(name == "\(statement.id)-pernyataan-pengakhiran.docx")
        #expect(DocumentKind.pengakhiran.label(for: statement) == "Pernyataan Bersama Berakhirnya Kerja Sama")
        let letter = ended(nil)
        #expect(service.fileName(for: letter, kind: .pengakhiran, format: .docx) == "\(letter.id)-pengakhiran.docx")
        #expect(DocumentKind.pengakhiran.label(for: letter) == DocumentKind.pengakhiran.label)
        #expect(service.fileName(for: letter, kind: .pks, format: .txt, party: 1) == "\(letter.id)-pks-pihak2.txt")
    }
}
