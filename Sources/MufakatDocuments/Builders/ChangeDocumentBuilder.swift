import MufakatDomain

/// Adendum and perpanjangan: a short naskah that changes a signed KB, Nota or PKS (the latest
/// `amendments` entry) or extends its term (the latest `renewals` entry). Title, one number per
/// party, the opening, the party blocks, a preamble recalling the document it changes, the
/// rulebook's articles (document = "adendum" / "perpanjangan"), and the signatures.
struct ChangeDocumentBuilder {
    let context: BuildContext
    /// `.adendum` or `.perpanjangan`.
    let document: DocumentKind

    /// The name of the document changed: a KB, Nota or PKS.
    static func baseName(_ ctx: BuildContext, document: DocumentKind) -> (name: String, stagePath: String, signing: Signing) {
        let c = ctx.cooperation
        let stage = document == .adendum ? c.amendments.last?.stageID : nil
        let usesMemorandum = stage == "kb" || stage == "nota" || (stage == nil && c.kind == .notaKesepakatan)
        return usesMemorandum ? (ctx.memorandumName, "memorandum", c.memorandum.signing) : ("Perjanjian Kerja Sama", "agreement", c.agreement.signing)
    }

    /// "Perjanjian Kerja Sama Nomor A dan Nomor B tanggal 15 Juni 2026 tentang Judul".
    static func baseReference(_ ctx: BuildContext, document: DocumentKind) -> RichText {
        let (name, path, signing) = baseName(ctx, document: document)
        let numbers = ctx.parties.indices.map { i -> RichText in
            let n = i < signing.numbers.count ? signing.numbers[i] : ""
            return "Nomor " + ctx.text(n, "\(path).signing.numbers[\(i)]", "Nomor \(name) \(ctx.partyDescriptor(i))")
        }
        return RichText(name + " ") + RichText.enumeration(numbers) + " tanggal "
            + ctx.date(signing.date, "\(path).signing.date", "Tanggal penandatanganan \(name)") + " tentang " + ctx.title
    }

    /// The renewed span: from the day after the term before the latest renewal to its new end.
    static func renewedSpan(_ c: Cooperation) -> (CalendarDate?, CalendarDate?) {
        let renewals = c.renewals ?? []
        guard let last = renewals.last else { return (nil, nil) }
        var before = c
        before.renewals = Array(renewals.dropLast())
        let previousEnd: CalendarDate?
        if c.kind == .notaKesepakatan, let start = c.memorandum.signing.date, let y = c.memorandum.durationYears {
            let extra = before.renewals!.reduce(0) { $0 + max(0, $1.years) }
            previousEnd = start.adding(years: y + extra).adding(days: -1)
        } else {
            previousEnd = before.renewedExpiryDate
        }
        guard let previousEnd else { return (nil, nil) }
        let from = previousEnd.adding(days: 1)
        return (from, from.adding(years: max(0, last.years)).adding(days: -1))
    }

    func build() -> Naskah {
        let c = context.cooperation
        let (baseName, basePath, baseSigning) = Self.baseName(context, document: document)
        let isAmendment = document == .adendum
        let numbers = (isAmendment ? c.amendments.last?.numbers : c.renewals?.last?.numbers) ?? []
        let date = isAmendment ? c.amendments.last?.date : c.renewals?.last?.date
        let reason = (isAmendment ? c.amendments.last?.reason : c.renewals?.last?.reason) ?? ""
        let index = max(0, (isAmendment ? c.amendments.count : (c.renewals?.count ?? 0)) - 1)
        let ownPath = isAmendment ? "amendments[\(index)]" : "renewals[\(index)]"
        let word = isAmendment ? "Adendum" : "Perpanjangan"
        let name = "\(word) \(baseName)"
        // The same signatories as the document it changes, on the change's own date and numbers.
        let signing = Signing(date: date, place: baseSigning.place, numbers: numbers, signatories: baseSigning.signatories)
        var title = context.titleBlock(name)
        if case .title(var lines) = title {
            lines.append(isAmendment ? "PERUBAHAN ATAS \(baseName.uppercased())" : "PERPANJANGAN JANGKA WAKTU \(baseName.uppercased())")
            title = .title(lines)
        }
        var blocks: [Block] = [
            title,
            .numbers(context.parties.indices.map { i in
                let n = i < numbers.count ? numbers[i] : ""
                return "NOMOR : " + context.text(n, "\(ownPath).numbers[\(i)]", "Nomor \(word.lowercased()) \(context.partyDescriptor(i))")
            }),
            context.opening(signing, stagePath: basePath, documentName: name, weSign: true),
            context.partyBlocks(signing, stagePath: basePath),
            .paragraph(Paragraph(RichText("\(context.partyLabels) selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:"))),
        ]
        var considerations: [RichText] = [RichText("bahwa PARA PIHAK telah menandatangani ") + Self.baseReference(context, document: document)]
        let why = BuildContext.trimPunctuation(reason)
        considerations.append(why.isEmpty
            ? RichText("bahwa ") + RichText(missing: MissingValue(path: "\(ownPath).reason", label: "Alasan \(word.lowercased())"))
            : RichText("bahwa \(why.prefix(1).lowercased() + why.dropFirst())"))
        blocks.append(.list(context.considerations(considerations, agreeing: name)))
        blocks.append(.paragraph(Paragraph(RichText("PARA PIHAK sepakat untuk mengadakan \(name) dengan ketentuan sebagai berikut:"))))
        blocks += ArticleSet(context: context, document: document).blocks(edited: [])
        blocks.append(context.signatureBlocks(signing, stagePath: basePath))
        return Naskah(kind: document, title: "\(name) tentang \(c.title)", blocks: blocks)
    }
}
