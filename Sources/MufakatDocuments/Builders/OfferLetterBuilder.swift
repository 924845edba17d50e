import MufakatDomain

/// Surat penawaran: the offer letter signed by the head of region (never an agency), with the
/// KAK attached (Permendagri 22/2020; PP 28/2018 Pasal 6 ayat (1) huruf b).
struct OfferLetterBuilder {
    let context: BuildContext

    func build() throws(NaskahError) -> Naskah {
        let c = context.cooperation
        let offer = c.offer
        let own = context.initiatorIndex
        if let asked = context.party, asked != own {
            throw NaskahError(document: .penawaran, problem: "surat penawaran ditulis oleh pihak pemrakarsa (\(context.partyDescriptor(own))), bukan oleh \(context.partyDescriptor(asked)); mitra menyusun surat jawaban")
        }
        if context.party == nil, let store = context.storeIndex, store != own {
            throw NaskahError(document: .penawaran, problem: "penawaran ini diprakarsai oleh \(context.partyDescriptor(own)); di sini catat surat masuknya pada tahapan Penawaran dan susun Surat Jawaban Penawaran")
        }
        let attachments = offer.attachments.map(BuildContext.trimPunctuation).filter { !$0.isEmpty }
        let attachmentNames = attachments.isEmpty ? ["Kerangka Acuan Kerja"] : attachments
        var blocks: [Block] = [
            context.letterheadBlock(sender: own),
            context.placeAndDate(offer.letterDate, sender: own, datePath: "offer.letterDate", dateLabel: "Tanggal surat penawaran"),
            context.letterDetails(number: context.text(offer.letterNumber, "offer.letterNumber", "Nomor surat penawaran"),
                                  nature: "Penting", attachments: attachmentNames.count,
                                  subject: "Penawaran Kerja Sama tentang " + context.title),
        ]
        blocks += context.addressee(addressees(own: own))
        let p = c.proposal
        // A third party's own initiative (PP 28/2018 Pasal 18): the letter answers its offer.
        if p.initiator == .thirdParty, let incoming = p.incomingOffer, !incoming.number.isEmpty {
            var ref = RichText("Menindaklanjuti surat Saudara Nomor \(BuildContext.trimPunctuation(incoming.number))")
            if let d = incoming.date { ref += RichText(" tanggal \(IndonesianDate.long(d))") }
            if !incoming.title.isEmpty { ref += RichText(" perihal \(BuildContext.trimPunctuation(incoming.title))") }
            if let study = p.feasibilityStudy, study.feasible == true { ref += RichText(" beserta studi kelayakannya") }
            ref += RichText(", dengan hormat kami sampaikan bahwa prakarsa tersebut telah kami nilai sesuai dengan Pasal 18 Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah.")
            blocks.append(.paragraph(Paragraph(ref)))
        }
        blocks.append(.paragraph(Paragraph(
            "Dalam rangka meningkatkan efektivitas dan efisiensi penyelenggaraan urusan pemerintahan bidang " + context.affairName
            + ", " + context.formalName(own) + " bermaksud mengadakan kerja sama daerah dengan " + context.partnerNames(besides: own)
            + " tentang " + context.title + ", dengan maksud " + context.inSentence(p.purpose, "proposal.purpose", "Maksud kerja sama") + ".")))
        var scope: [RichText] = []
        if case .list(let items)? = ClauseVariables(context: context, document: .kb).value("lingkup") { scope = items }
        blocks.append(.paragraph(Paragraph(
            "Sesuai dengan Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, kerja sama tersebut kami tawarkan dengan objek "
            + context.inSentence(p.object, "proposal.object", "Objek kerja sama") + " dan ruang lingkup sebagai berikut:")))
        blocks.append(.list(BuildContext.lettered(scope)))
        let listed = RichText.enumeration(attachmentNames.map { RichText($0) })
        blocks.append(.paragraph(Paragraph(
            "Sebagai bahan pertimbangan, bersama ini kami sampaikan " + listed + " sebagaimana terlampir. Kami mengharapkan Saudara berkenan memberikan jawaban atas penawaran ini"
            + (offer.responseDeadline.map { RichText(" paling lambat tanggal \(context.options.dateStyle.format($0))") } ?? RichText()) + ".")))
        blocks.append(.paragraph(Paragraph("Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.", keepWithNext: true)))
        // The initiator's head signs; a recorded signer is used only when named.
        let signer = offer.signer.name.trimmedWhitespace().isEmpty ? c.parties[own].representative : offer.signer
        let signerPath = offer.signer.name.trimmedWhitespace().isEmpty ? "parties[\(own)].representative" : "offer.signer"
        blocks.append(context.letterSignature(signer, path: signerPath, who: "penanda tangan surat penawaran (kepala daerah)"))
        blocks += context.copies(offer.copies, for: .penawaran)
        if context.options.includeAttachments {
            blocks.append(.pageBreak)
            blocks.append(.table(Table(
                columns: [.init(weight: 45), .init(weight: 15), .init(weight: 3), .init(weight: 37)],
                rows: [
                    Table.Row(["", "LAMPIRAN", ":", BuildContext.upper("SURAT " + context.phrase(signer.title, "\(signerPath).title", "Jabatan penanda tangan surat penawaran (kepala daerah)"))]),
                    Table.Row(["", "NOMOR", ":", context.text(offer.letterNumber, "offer.letterNumber", "Nomor surat penawaran")]),
                    Table.Row(["", "TANGGAL", ":", context.date(offer.letterDate, "offer.letterDate", "Tanggal surat penawaran")]),
                ],
                style: .plain)))
            blocks.append(.title(["KERANGKA ACUAN KERJA", "RENCANA KERJA SAMA DAERAH", "TENTANG", BuildContext.upper(context.title)]))
            blocks += TermsOfReferenceBuilder(context: context).sections()
        }
        return Naskah(kind: .penawaran, title: "Surat Penawaran Kerja Sama tentang \(BuildContext.withoutLeadingKerjaSama(c.title))", blocks: blocks)
    }

    /// Yth.: the one addressee written on the offer, else one line per partner (its answer's
    /// addressee or its head's title), numbered when there are several.
    func addressees(own: Int) -> RichText {
        let c = context.cooperation
        let written = c.offer.addressee.trimmedWhitespace()
        if !written.isEmpty { return context.phrase(written, "offer.addressee", "Tujuan surat penawaran") }
        let partners = c.offer.partners(partyCount: c.parties.count)
        let names: [RichText] = partners.map { i in
            if let a = c.offer.answer(ofParty: i)?.addressee?.trimmedWhitespace(), !a.isEmpty { return RichText(a) }
            return context.phrase(c.parties[i].representative.title, "parties[\(i)].representative.title", "Jabatan kepala daerah \(context.partyDescriptor(i)) (tujuan surat penawaran)")
        }
        if names.count <= 1 { return names.first ?? context.phrase("", "offer.addressee", "Tujuan surat penawaran") }
        var out = RichText()
        for (n, name) in names.enumerated() { out += (n == 0 ? RichText() : RichText("; ")) + "\(n + 1). " + name }
        return out
    }
}
