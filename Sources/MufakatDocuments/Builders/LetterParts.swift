import Foundation
import MufakatDomain

/// The parts of a letter from the own region (surat penawaran, permohonan persetujuan DPRD):
/// letterhead, place and date, the number/nature/attachment/subject lines, the addressee, the
/// head of region's signature on the right, and the copies.
extension BuildContext {
    func letterheadBlock(sender: Int) -> Block {
        let l = letterhead(forParty: sender)
        // Missing values point where they are filled: the store's profile, or the party.
        let fromStore = letterhead != nil && storeIndex == sender
        var names = [BuildContext.upper(text(l.governmentName, fromStore ? "letterhead.governmentName" : "parties[\(sender)].name",
                                             "Nama pemerintah daerah pada kop surat \(partyDescriptor(sender))"))]
        if !l.unit.trimmingCharacters(in: .whitespaces).isEmpty { names.append(RichText(l.unit.uppercased(with: Locale(identifier: "id_ID")))) }
        var details = [text(l.address, fromStore ? "letterhead.address" : "parties[\(sender)].address", "Alamat kantor \(partyDescriptor(sender)) pada kop surat")]
        let contacts = [("Telepon", l.phone), ("Surel", l.email), ("Laman", l.website)]
            .filter { !$0.1.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { "\($0.0) \($0.1.trimmingCharacters(in: .whitespaces))" }
        if !contacts.isEmpty { details.append(RichText(contacts.joined(separator: ", "))) }
        return .letterhead(LetterheadBlock(names: names, details: details))
    }

    /// "Bogor, 12 Maret 2026", on the right.
    func placeAndDate(_ date: CalendarDate?, sender: Int, datePath: String, dateLabel: String) -> Block {
        let fromStore = letterhead != nil && storeIndex == sender
        let city = text(letterhead(forParty: sender).city, fromStore ? "letterhead.city" : "parties[\(sender)].city",
                        "Tempat penulisan surat \(partyDescriptor(sender)) (kota kedudukan)")
        return .paragraph(Paragraph(city + ", " + self.date(date, datePath, dateLabel), alignment: .right))
    }

    /// "Nomor : ...", "Sifat : ...", "Lampiran : ...", "Hal : ..." as a table without rules.
    func letterDetails(number: RichText, nature: String, attachments: Int, subject: RichText) -> Block {
        let attachmentText = attachments == 0 ? "-" : "\(BuildContext.countWords(attachments)) berkas"
        return .table(Table(
            columns: [.init(weight: 14), .init(weight: 3), .init(weight: 83)],
            rows: [
                Table.Row(["Nomor", ":", number]),
                Table.Row(["Sifat", ":", RichText(nature)]),
                Table.Row(["Lampiran", ":", RichText(attachmentText)]),
                Table.Row(["Hal", ":", subject]),
            ],
            style: .plain))
    }

    /// "Yth. Bupati Bogor / di / Tempat", as one block so the lines stay together.
    func addressee(_ to: RichText) -> [Block] {
        [.table(Table(columns: [.init(weight: 8), .init(weight: 92)],
                      rows: [Table.Row(["Yth.", to]), Table.Row(["", "di"]), Table.Row(["", "Tempat"])],
                      style: .plain))]
    }

    /// The head's signature on the right half: "WALI KOTA BOGOR," and the name.
    func letterSignature(_ person: Person, path: String, who: String) -> Block {
        let block = SignatureBlock(
            captions: [BuildContext.upper(phrase(person.title, "\(path).title", "Jabatan \(who)")) + ","],
            name: text(person.name, "\(path).name", "Nama \(who)", bold: true),
            details: (person.nip?.trimmingCharacters(in: .whitespaces)).flatMap { $0.isEmpty ? nil : [RichText("NIP \($0)")] } ?? [])
        let grid = SignatureGrid.layout([SignatureBlock(captions: [], name: RichText()), block], perRow: 2)
        return .signatures(grid)
    }

    func copies(_ list: [String]) -> [Block] {
        let items = list.map(BuildContext.trimPunctuation).filter { !$0.isEmpty }
        guard !items.isEmpty else { return [] }
        return [.paragraph(Paragraph("Tembusan:", alignment: .left)),
                .list(BuildContext.numbered(items.enumerated().map { RichText($0.element + ($0.offset == items.count - 1 ? "." : ";")) }))]
    }

    /// "Pemerintah Kabupaten Bogor" etc. of the parties other than `index`.
    func partnerNames(besides index: Int) -> RichText {
        RichText.enumeration(parties.indices.filter { $0 != index }.map(formalName))
    }
}
