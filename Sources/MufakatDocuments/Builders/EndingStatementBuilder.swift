import MufakatDomain

/// Pernyataan bersama berakhirnya kerja sama: the ending put in writing by all parties instead
/// of a notification letter. Title, one number per party, the opening, the party blocks, the
/// document that ends, the ground with its basis (from the rulebook, PP 28/2018 Pasal 9 ayat (1)
/// and Pasal 22), the supporting document, the settling of rights and duties, and the signatures
/// of the parties that signed the cooperation.
struct EndingStatementBuilder {
    let context: BuildContext

    func build() -> Naskah {
        let c = context.cooperation
        let ended = c.ended
        let ground = ended.flatMap { context.rulebook.endingGround($0.ground.rawValue) }
        let name = "Pernyataan Bersama Berakhirnya Kerja Sama"
        // The ending is signed by those who signed the cooperation: the PKS, or the KB or Nota without one.
        let usesMemorandum = c.kind == .notaKesepakatan || c.agreement.signing.date == nil
        let base = usesMemorandum ? c.memorandum.signing : c.agreement.signing
        let basePath = usesMemorandum ? "memorandum" : "agreement"
        let baseName = usesMemorandum ? context.memorandumName : "Perjanjian Kerja Sama"
        let numbers = ended?.statementNumbers ?? []
        let signing = Signing(date: ended?.statementDate, place: base.place, numbers: numbers, signatories: base.signatories)
        var blocks: [Block] = [
            context.titleBlock(name),
            .numbers(context.parties.indices.map { i in
                "NOMOR : " + context.text(i < numbers.count ? numbers[i] : "", "ended.statementNumbers[\(i)]", "Nomor pernyataan bersama \(context.partyDescriptor(i))")
            }),
        ]
        var opening = RichText("Pada hari ini ")
        if let date = ended?.statementDate {
            opening += String(IndonesianDate.words(date).dropFirst("hari ".count)) + " (\(date.dayMonthYear))"
        } else {
            opening += RichText(missing: MissingValue(path: "ended.statementDate", label: "Tanggal penandatanganan pernyataan bersama"))
        }
        opening += ", bertempat di " + context.text(base.place, "\(basePath).signing.place", "Tempat penandatanganan") + ", kami yang bertanda tangan di bawah ini:"
        blocks.append(.paragraph(Paragraph(opening)))
        blocks.append(context.partyBlocks(signing, stagePath: basePath))
        blocks.append(.paragraph(Paragraph(RichText("\(context.partyLabels) selanjutnya secara bersama-sama disebut PARA PIHAK, dengan ini menyatakan hal-hal sebagai berikut:"))))
        var reference = RichText("PARA PIHAK telah menandatangani \(baseName) ") + RichText.enumeration(context.parties.indices.map { i -> RichText in
            "Nomor " + context.text(i < base.numbers.count ? base.numbers[i] : "", "\(basePath).signing.numbers[\(i)]", "Nomor \(baseName) \(context.partyDescriptor(i))")
        })
        reference += " tanggal " + context.date(base.date, "\(basePath).signing.date", "Tanggal penandatanganan \(baseName)") + " tentang " + context.title + ";"
        var ends = RichText("kerja sama tersebut berakhir pada tanggal ") + context.date(ended?.date, "ended.date", "Tanggal berakhirnya kerja sama")
        ends += " karena " + (ground.map { RichText($0.name) } ?? RichText(missing: MissingValue(path: "ended.ground", label: "Alasan berakhirnya kerja sama")))
        ends += ground.map { RichText(" sebagaimana dimaksud dalam \($0.basis)") } ?? RichText()
        ends += ";"
        var items = [reference, ends]
        if let doc = ended?.supportingDocument, doc.isRegistered {
            var t = RichText("berakhirnya kerja sama didasarkan pada ") + RichText(doc.title.isEmpty ? "naskah" : doc.title)
            if !doc.number.isEmpty { t += RichText(" Nomor \(doc.number)") }
            if let d = doc.date { t += RichText(" tanggal \(context.options.dateStyle.format(d))") }
            items.append(t + ";")
        } else if ended?.ground != .termExpired {
            items.append(RichText("berakhirnya kerja sama didasarkan pada ")
                + RichText(missing: MissingValue(path: "ended.supportingDocument", label: "Naskah pendukung berakhirnya kerja sama (nomor, tanggal, judul)")) + ";")
        }
        items.append("hak dan kewajiban PARA PIHAK yang timbul sebelum berakhirnya kerja sama diselesaikan sesuai dengan naskah kerja sama dan ketentuan peraturan perundang-undangan;")
        items.append("aset dan dokumen hasil kerja sama diserahkan dan dicatat sesuai dengan ketentuan peraturan perundang-undangan.")
        blocks.append(.list(BuildContext.numbered(items)))
        blocks.append(.paragraph(Paragraph(RichText("Demikian \(name) ini dibuat dalam rangkap \(BuildContext.countWords(context.parties.count)), masing-masing mempunyai kekuatan hukum yang sama."), keepWithNext: true)))
        blocks.append(context.signatureBlocks(signing, stagePath: basePath))
        return Naskah(kind: .pengakhiran, title: "\(name) tentang \(c.title)", blocks: blocks)
    }
}
