import Foundation
import MufakatDomain

/// The parts of a letter from the own region (surat penawaran, permohonan persetujuan DPRD):
/// letterhead, place and date, the number/nature/attachment/subject lines, the addressee, the
/// head of region's signature on the right, and the copies.
extension BuildContext {
    /// Kop surat of the sending party. A region's letter is signed by its head, so when the
    /// rulebook says so (`[letterhead] head_office`) it carries the office letterhead (kop naskah
    /// dinas jabatan): the emblem over "WALI KOTA MADIUN", without the address lines unless
    /// `office_address`. Otherwise, and for a party that is not a region, the government's or
    /// the party's name over the address and contacts. The profile's logo stands above either.
    func letterheadBlock(sender: Int) -> Block {
        let l = letterhead(forParty: sender)
        // Missing values point where they are filled: the store's profile, or the party.
        let fromStore = letterhead != nil && storeIndex == sender
        let rule = rulebook.letterhead
        let logo = l.logo.flatMap { LetterheadImage(png: $0, heightMM: Double(rule?.logoHeightMM ?? 25)) }
        var details = [text(l.address, fromStore ? "letterhead.address" : "parties[\(sender)].address", "Alamat kantor \(partyDescriptor(sender)) pada kop surat")]
        let contacts = [("Telepon", l.phone), ("Surel", l.email), ("Laman", l.website)]
            .filter { !$0.1.trimmedWhitespace().isEmpty }
            .map { "\($0.0) \($0.1.trimmedWhitespace())" }
        if !contacts.isEmpty { details.append(RichText(contacts.joined(separator: ", "))) }
        if let rule, rule.headOffice, parties.indices.contains(sender), parties[sender].type == .region {
            // A letterhead made without the office's name takes it from the catalogue, else the signer's title.
            var officeName = l.officeName.trimmedWhitespace()
            if officeName.isEmpty { officeName = parties[sender].regionCode.flatMap { Catalogues.shared.regions[$0]?.headTitle } ?? parties[sender].representative.title }
            let office = BuildContext.upper(text(officeName, fromStore ? "letterhead.officeName" : "parties[\(sender)].representative.title",
                                                 "Jabatan kepala daerah pada kop surat \(partyDescriptor(sender))"))
            return .letterhead(LetterheadBlock(names: [office], details: rule.officeAddress == true ? details : [], logo: logo))
        }
        var names = [BuildContext.upper(text(l.governmentName, fromStore ? "letterhead.governmentName" : "parties[\(sender)].name",
                                             "Nama pemerintah daerah pada kop surat \(partyDescriptor(sender))"))]
        if !l.unit.trimmedWhitespace().isEmpty { names.append(RichText(ASCIIText.uppercased(l.unit))) }
        return .letterhead(LetterheadBlock(names: names, details: details, logo: logo))
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
            details: (person.nip?.trimmedWhitespace()).flatMap { $0.isEmpty ? nil : [RichText("NIP \($0)")] } ?? [])
        let grid = SignatureGrid.layout([SignatureBlock(captions: [], name: RichText()), block], perRow: 2)
        return .signatures(grid)
    }

    /// Tembusan: the officer's list, or the rulebook's default for the document kind when the
    /// list is empty. "Gubernur" names the province; placeholders `{gubernur}`, `{dprd}` and
    /// `{kementerian}` become the Governor (for a kab/kota only), the own council and the
    /// sector ministry, and are left out when they do not apply.
    func copies(_ list: [String], for document: DocumentKind? = nil) -> [Block] {
        let given = list.map(BuildContext.trimPunctuation).filter { !$0.isEmpty }
        let defaults = document.flatMap { rulebook.document($0.rawValue)?.copies } ?? []
        let items = (given.isEmpty ? defaults : given).compactMap(copyLine)
        guard !items.isEmpty else { return [] }
        return [.copies(items.enumerated().map { RichText($0.element + ($0.offset == items.count - 1 ? "." : ";")) })]
    }

    /// The own region from the catalogue, when the own party is a region with a known code.
    var ownRegion: Region? {
        guard parties.indices.contains(ownIndex) else { return nil }
        guard let code = parties[ownIndex].regionCode else { return nil }
        return Catalogues.shared.regions[code]
    }

    /// One copy line with its placeholders filled; nil when it does not apply.
    func copyLine(_ item: String) -> String? {
        let region = ownRegion
        let province = region.flatMap { Catalogues.shared.regions[$0.provinceCode] }
        switch item.trimmedWhitespace() {
        case "{gubernur}":
            guard let region, region.level != .provinsi, let province else { return nil }
            return province.headTitle
        case "Gubernur", "gubernur":
            // A bare "Gubernur" names the province of the own region.
            guard let province else { return "Gubernur" }
            return province.headTitle
        case "{dprd}":
            guard let region else { return nil }
            return "Ketua Dewan Perwakilan Rakyat Daerah \(region.fullName)"
        case "{kementerian}":
            return sectorSources.compactMap(\.ministry).first
        default:
            return item
        }
    }

    /// "Pemerintah Kabupaten Bogor" etc. of the parties other than `index`.
    func partnerNames(besides index: Int) -> RichText {
        RichText.enumeration(parties.indices.filter { $0 != index }.map(formalName))
    }
}
