import MufakatDomain

/// Surat pemberitahuan berakhirnya kerja sama: from the head of the own region to the other
/// parties, naming the ground (one of the rulebook's, PP 28/2018 Pasal 9 ayat (1) and Pasal 22),
/// the date, and the supporting document; copied to the Governor or the Minister.
struct EndingNoticeBuilder {
    let context: BuildContext

    func build() -> Naskah {
        let c = context.cooperation
        let own = context.ownIndex
        let ended = c.ended
        let letter = ended?.notificationLetter
        let ground = ended.flatMap { context.rulebook.endingGround($0.ground.rawValue) }
        var blocks: [Block] = [
            context.letterheadBlock(sender: own),
            context.placeAndDate(letter?.date, sender: own, datePath: "ended.notificationLetter.date", dateLabel: "Tanggal surat pemberitahuan"),
            context.letterDetails(number: context.text(letter?.number, "ended.notificationLetter.number", "Nomor surat pemberitahuan"),
                                  nature: "Penting", attachments: ended?.supportingDocument?.isRegistered == true ? 1 : 0,
                                  subject: "Pemberitahuan Berakhirnya Kerja Sama tentang " + context.title),
        ]
        let partners = c.parties.indices.filter { $0 != own }.map { i -> RichText in
            let title = c.parties[i].representative.title.trimmedWhitespace()
            return title.isEmpty ? context.formalName(i) : RichText(context.signerCaption(RichText(title), party: i, titleText: title).plain)
        }
        blocks += context.addressee(RichText.enumeration(partners))
        var basis = RichText("Dengan hormat, bersama ini kami beritahukan bahwa kerja sama antara ") + context.formalNames + " tentang " + context.title
        let signed = c.signedOn
        if let signed { basis += RichText(" yang ditandatangani pada tanggal \(context.options.dateStyle.format(signed))") }
        basis += " berakhir pada tanggal " + context.date(ended?.date, "ended.date", "Tanggal berakhirnya kerja sama")
        basis += " karena " + (ground.map { RichText($0.name) } ?? RichText(missing: MissingValue(path: "ended.ground", label: "Alasan berakhirnya kerja sama")))
        basis += ground.map { RichText(" sebagaimana dimaksud dalam \($0.basis)") } ?? RichText()
        basis += "."
        blocks.append(.paragraph(Paragraph(basis)))
        if let doc = ended?.supportingDocument, doc.isRegistered {
            var t = RichText("Berakhirnya kerja sama tersebut didasarkan pada ") + RichText(doc.title.isEmpty ? "naskah" : doc.title)
            if !doc.number.isEmpty { t += RichText(" Nomor \(doc.number)") }
            if let d = doc.date { t += RichText(" tanggal \(context.options.dateStyle.format(d))") }
            blocks.append(.paragraph(Paragraph(t + " sebagaimana terlampir.")))
        } else if ended?.ground != .termExpired {
            blocks.append(.paragraph(Paragraph(RichText("Berakhirnya kerja sama tersebut didasarkan pada ")
                + RichText(missing: MissingValue(path: "ended.supportingDocument", label: "Naskah pendukung berakhirnya kerja sama (nomor, tanggal, judul)")) + ".")))
        }
        blocks.append(.paragraph(Paragraph("Hak dan kewajiban PARA PIHAK yang timbul sebelum berakhirnya kerja sama diselesaikan sesuai dengan naskah kerja sama dan ketentuan peraturan perundang-undangan.")))
        blocks.append(.paragraph(Paragraph("Demikian kami sampaikan. Atas kerja sama yang telah terjalin, kami ucapkan terima kasih.", keepWithNext: true)))
        blocks.append(context.letterSignature(c.parties[own].representative, path: "parties[\(own)].representative", who: "kepala daerah"))
        // Tembusan from the rulebook ([[document]] id = "pengakhiran"); the Governor or the
        // Minister who oversees the cooperation when the rulebook names none.
        let recipient = context.reportRecipient.title
        let defaults = context.rulebook.document(DocumentKind.pengakhiran.rawValue)?.copies
        blocks += defaults.map { _ in context.copies([], for: .pengakhiran) } ?? context.copies(recipient.isEmpty ? [] : [recipient])
        return Naskah(kind: .pengakhiran, title: "Pemberitahuan Berakhirnya Kerja Sama tentang \(c.title)", blocks: blocks)
    }
}
