import Foundation
import MufakatDomain

/// The parts a Kesepakatan Bersama and a Perjanjian Kerja Sama share: title, numbers per party,
/// the opening sentence, the party blocks, the preamble and the signature blocks.
extension BuildContext {
    static func upper(_ text: RichText) -> RichText {
        RichText(text.spans.map { span in
            if case .text(let t, let b) = span { return .text(ASCIIText.uppercased(t), bold: b) }
            return span
        })
    }

    /// "KESEPAKATAN BERSAMA / ANTARA / PEMERINTAH A / DAN / PEMERINTAH B / TENTANG / JUDUL".
    func titleBlock(_ documentName: String) -> Block {
        var lines: [RichText] = [RichText(documentName.uppercased()), "ANTARA"]
        let names = parties.indices.map { BuildContext.upper(formalName($0)) }
        let conjunction = cooperation.kind == .ksdpk || cooperation.kind == .notaKesepakatan ? "DENGAN" : "DAN"
        for (i, name) in names.enumerated() {
            if i == names.count - 1 && i > 0 { lines.append(RichText(conjunction)) }
            lines.append(names.count > 2 && i < names.count - 1 ? name + "," : name)
        }
        lines += ["TENTANG", BuildContext.upper(title)]
        return .title(lines)
    }

    /// One "NOMOR : ..." line per party, in party order.
    func numberLines(_ signing: Signing, stagePath: String, documentName: String) -> Block {
        .numbers(parties.indices.map { i in
            let number = i < signing.numbers.count ? signing.numbers[i] : ""
            return "NOMOR : " + text(number, "\(stagePath).signing.numbers[\(i)]", "Nomor \(documentName) \(partyDescriptor(i))")
        })
    }

    /// "Pada hari ini Rabu tanggal lima belas bulan Juni tahun dua ribu enam belas (15-06-2016),
    /// bertempat di Bogor, kami yang bertanda tangan di bawah ini:".
    func opening(_ signing: Signing, stagePath: String, documentName: String, weSign: Bool) -> Block {
        var t = RichText("Pada hari ini ")
        if let date = signing.date {
            // IndonesianDate.words starts with "hari Rabu ..."; the formula reads "Pada hari ini Rabu ...".
            t += String(IndonesianDate.words(date).dropFirst("hari ".count)) + " (\(date.dayMonthYear))"
        } else {
            t += RichText(missing: MissingValue(path: "\(stagePath).signing.date", label: "Tanggal penandatanganan \(documentName)"))
        }
        t += ", bertempat di " + text(signing.place, "\(stagePath).signing.place", "Tempat penandatanganan \(documentName)")
        t += weSign ? ", kami yang bertanda tangan di bawah ini:" : ", yang bertanda tangan di bawah ini:"
        return .paragraph(Paragraph(t))
    }

    /// The numbered blocks "1. NAMA : Jabatan, berkedudukan di ..., selanjutnya disebut PIHAK PERTAMA."
    func partyBlocks(_ signing: Signing, stagePath: String) -> Block {
        .list(parties.indices.map { i in
            let (person, poa, personPath) = signatory(i, in: signing, stagePath: stagePath)
            var t = text(person.name, "\(personPath).name", "Nama penanda tangan \(partyDescriptor(i))", bold: true)
            t += " : " + phrase(person.title, "\(personPath).title", "Jabatan penanda tangan \(partyDescriptor(i))")
            if let decree = person.appointmentDecree?.trimmedWhitespace(), !decree.isEmpty {
                t += ", yang diangkat berdasarkan " + BuildContext.trimPunctuation(decree)
            }
            if let poa {
                let poaPath = ASCIIText.replacing(".person", with: ".powerOfAttorney", in: personPath)
                t += ", berdasarkan Surat Kuasa " + phrase(poa.grantorTitle, "\(poaPath).grantorTitle", "Pemberi surat kuasa \(partyDescriptor(i))")
                t += " Nomor " + text(poa.number, "\(poaPath).number", "Nomor surat kuasa \(partyDescriptor(i))")
                t += " tanggal " + date(poa.date, "\(poaPath).date", "Tanggal surat kuasa \(partyDescriptor(i))")
            }
            t += ", berkedudukan di " + phrase(parties[i].address, "parties[\(i)].address", "Alamat kantor \(partyDescriptor(i))")
            if parties[i].type == .thirdParty { t += legalIdentity(i) }
            t += ", dalam hal ini bertindak untuk dan atas nama " + formalName(i)
            t += ", selanjutnya disebut " + RichText.bold(partyLabel(i)) + "."
            return ListItem(marker: "\(i + 1).", text: t)
        })
    }

    /// The identity of a third party as a legal person (PP 28/2018 Pasal 14): its legal form, the
    /// deed of establishment and its ratification, a BUMD's Perda, the director's appointment,
    /// NIB and NPWP. What a form of its kind must have and lacks is marked missing.
    func legalIdentity(_ i: Int) -> RichText {
        let party = parties[i]
        let who = partyDescriptor(i)
        let base = "parties[\(i)].company"
        guard let form = party.legalForm else {
            return ", " + RichText(missing: MissingValue(path: "parties[\(i)].legalForm", label: "Bentuk hukum \(who)"))
        }
        let company = party.company ?? CompanyDetails()
        var t = RichText(", berbentuk \(form.label)")
        // `named`: the words before a bare number ("Peraturan Daerah Nomor "), left out when the
        // officer typed the instrument's full name ("Peraturan Daerah Kabupaten Gresik Nomor 4 Tahun 2020").
        func instrument(_ value: LegalInstrument?, _ path: String, _ label: String, prefix: String, named: String = "") -> RichText {
            guard let value, value.isGiven else { return RichText(prefix + named) + RichText(missing: MissingValue(path: "\(path).number", label: label)) }
            let number = BuildContext.trimPunctuation(value.number)
            let spelled = number.first?.isLetter == true && number.contains(" ")
            var r = RichText(prefix + (spelled ? "" : named)) + RichText(number)
            r += " tanggal " + date(value.date, "\(path).date", "Tanggal \(label.prefix(1).lowercased() + label.dropFirst())")
            if let issuer = value.issuer?.trimmedWhitespace(), !issuer.isEmpty { r += RichText(" (\(issuer))") }
            return r
        }
        if form == .bumd {
            t += instrument(company.regionalRegulation, "\(base).regionalRegulation", "Peraturan daerah pendirian BUMD \(who)",
                            prefix: ", yang didirikan berdasarkan ", named: "Peraturan Daerah Nomor ")
        }
        let incorporated: Set<LegalForm> = [.bumn, .bumd, .koperasi, .badanUsahaSwasta, .organisasiBerbadanHukum]
        if incorporated.contains(form) {
            // A perusahaan umum daerah is a legal person by its Perda alone, with no notarial deed
            // (PP 54/2017 Pasal 4 and 5): a BUMD's deed is printed only when one is recorded.
            let deedless = form == .bumd && !(company.deed?.isGiven ?? false) && (company.regionalRegulation?.isGiven ?? false)
            if !deedless {
                t += instrument(company.deed, "\(base).deed", "Akta pendirian \(who)", prefix: ", dengan akta pendirian Nomor ")
                t += instrument(company.ratification, "\(base).ratification", "Pengesahan badan hukum \(who)",
                                prefix: " yang telah disahkan dengan Keputusan Nomor ")
            }
            if let appointment = company.directorAppointment, appointment.isGiven {
                t += instrument(appointment, "\(base).directorAppointment", "Pengangkatan direksi \(who)", prefix: ", pengangkatan direksi berdasarkan ",
                                named: "Keputusan Nomor ")
            }
        }
        if form != .organisasiTidakBerbadanHukum && form != .perseorangan {
            t += ", Nomor Induk Berusaha " + text(company.nib, "\(base).nib", "NIB \(who)")
        }
        t += ", Nomor Pokok Wajib Pajak " + text(company.npwp, "\(base).npwp", "NPWP \(who)")
        return t
    }

    /// Considerations "a. bahwa ...;" closed by "bahwa berdasarkan pertimbangan ... PARA PIHAK sepakat ...".
    func considerations(_ given: [RichText], agreeing documentName: String) -> [ListItem] {
        var items = given.map { c -> RichText in
            var t = c
            if case .text(let s, let b)? = t.spans.first {
                var s2 = s
                if !s2.lowercased().hasPrefix("bahwa") { s2 = "bahwa " + s2 }
                t.spans[0] = .text(s2, bold: b)
            }
            if case .text(let s, let b)? = t.spans.last {
                t.spans[t.spans.count - 1] = .text(BuildContext.trimPunctuation(s) + ";", bold: b)
            } else {
                t += ";"
            }
            return t
        }
        let n = items.count
        let closing = n == 0
            ? RichText("bahwa PARA PIHAK sepakat untuk mengadakan \(documentName) tentang ") + title + "."
            : RichText("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam \(BuildContext.letterRange(n)), PARA PIHAK sepakat untuk mengadakan \(documentName) tentang ") + title + "."
        items.append(closing)
        return BuildContext.lettered(items)
    }

    /// "Dengan memperhatikan ketentuan:" and the numbered legal bases.
    func legalBases() -> [Block] {
        let sources = preambleSources
        guard !sources.isEmpty else { return [] }
        let items = sources.enumerated().map { i, s in RichText(s + (i == sources.count - 1 ? "." : ";")) }
        return [.paragraph(Paragraph("Dengan memperhatikan ketentuan:")), .list(BuildContext.numbered(items))]
    }

    /// Signature blocks of a KB or PKS: captions "PIHAK KEDUA," and the signer's title in
    /// capitals, the first party's block on the right as agreements between regions have it.
    func signatureBlocks(_ signing: Signing, stagePath: String) -> Block {
        let blocks = parties.indices.map { i -> SignatureBlock in
            let (person, poa, personPath) = signatory(i, in: signing, stagePath: stagePath)
            var captions: [RichText] = [RichText("\(partyLabel(i)),")]
            if poa != nil, let grantor = poa?.grantorTitle.trimmedWhitespace(), !grantor.isEmpty {
                captions.append(RichText("a.n. \(grantor.uppercased())"))
            }
            let role = signerCaption(phrase(person.title, "\(personPath).title", "Jabatan penanda tangan \(partyDescriptor(i))"), party: i, titleText: person.title)
            captions.append(BuildContext.upper(role) + ",")
            let name = text(person.name, "\(personPath).name", "Nama penanda tangan \(partyDescriptor(i))", bold: true)
            let details = (person.nip?.trimmedWhitespace()).flatMap { $0.isEmpty ? nil : [RichText("NIP \($0)")] } ?? []
            return SignatureBlock(captions: captions, name: name, details: details)
        }
        return .signatures(SignatureGrid.layout(blocks.reversed(), perRow: blocks.count <= 3 ? blocks.count : 2))
    }
}
