import Foundation
import MufakatDomain

/// Surat jawaban penawaran: a partner's answer to an incoming offer, on the partner's letterhead,
/// addressed to the initiator's head and signed by the partner's head (PP 28/2018 Pasal 6 ayat (1)
/// huruf b; Permendagri 22/2020). One letter per partner.
struct AnswerLetterBuilder {
    let context: BuildContext

    /// The answering partner: the one asked for, else the store's region when it is a partner.
    func sender() throws(NaskahError) -> Int {
        let c = context.cooperation
        let initiator = context.initiatorIndex
        if let asked = context.party {
            guard asked != initiator else {
                throw NaskahError(document: .jawaban, problem: "\(context.partyDescriptor(asked)) adalah pemrakarsa; surat jawaban ditulis oleh mitra yang menerima penawaran")
            }
            return asked
        }
        if let store = context.storeIndex, store != initiator { return store }
        let partners = c.offer.partners(partyCount: c.parties.count).map(context.partyDescriptor).joined(separator: ", ")
        throw NaskahError(document: .jawaban, problem: "surat jawaban ditulis oleh mitra yang menerima penawaran (\(partners)), bukan oleh pemrakarsa \(context.partyDescriptor(initiator)); pilih pihak mitra")
    }

    func build() throws(NaskahError) -> Naskah {
        let c = context.cooperation
        let own = try sender()
        let initiator = context.initiatorIndex
        let answer = c.offer.answer(ofParty: own)
        let answerIndex = c.offer.responses?.firstIndex { $0.partyIndex == own }
        let base = answerIndex.map { "offer.responses[\($0)]" }
        let number = answer?.letterNumber ?? (base == nil ? c.offer.responseLetterNumber : nil)
        let date = answer?.letterDate ?? (base == nil ? c.offer.responseDate : nil)
        var blocks: [Block] = [
            context.letterheadBlock(sender: own),
            context.placeAndDate(date, sender: own, datePath: base.map { "\($0).letterDate" } ?? "offer.responseDate",
                                 dateLabel: "Tanggal surat jawaban \(context.partyDescriptor(own))"),
            context.letterDetails(number: context.text(number, base.map { "\($0).letterNumber" } ?? "offer.responseLetterNumber",
                                                       "Nomor surat jawaban \(context.partyDescriptor(own))"),
                                  nature: "Penting", attachments: 0,
                                  subject: "Jawaban atas Penawaran Kerja Sama tentang " + context.title),
        ]
        let head = c.parties[initiator].representative
        // A company's or a ministry's director is named with it: "Direktur Utama Perumda Air Minum Giri Tirta".
        let of = c.parties[initiator].type == .region ? "" : " " + c.parties[initiator].formalName
        blocks += context.addressee(context.phrase(head.title, "parties[\(initiator)].representative.title",
                                                   "Jabatan kepala daerah \(context.partyDescriptor(initiator)) (tujuan surat jawaban)") + of)
        let incoming = c.offer.incomingLetter
        let inNumber = context.text(incoming?.number ?? c.offer.letterNumber, incoming != nil ? "offer.incomingLetter.number" : "offer.letterNumber",
                                    "Nomor surat penawaran yang diterima")
        let inDate = context.date(incoming?.date ?? c.offer.letterDate, incoming != nil ? "offer.incomingLetter.date" : "offer.letterDate",
                                  "Tanggal surat penawaran yang diterima")
        blocks.append(.paragraph(Paragraph(
            "Menunjuk surat " + context.phrase(head.title, "parties[\(initiator)].representative.title", "Jabatan kepala daerah \(context.partyDescriptor(initiator))")
            + of + " Nomor " + inNumber + " tanggal " + inDate + " hal Penawaran Kerja Sama tentang " + context.title
            + initiative(initiator) + ", bersama ini kami sampaikan bahwa " + context.formalName(own) + " " + decision(own, path: base.map { "\($0).response" } ?? "offer.response") + ".")))
        if let notes = answer?.notes.map(BuildContext.paragraphs), !notes.isEmpty {
            blocks.append(.paragraph(Paragraph("Sehubungan dengan hal tersebut, kami sampaikan hal-hal sebagai berikut:")))
            blocks.append(.list(BuildContext.lettered(BuildContext.punctuated(notes).map { RichText($0) })))
        }
        if c.offer.response(ofParty: own) == .accepted {
            blocks.append(.paragraph(Paragraph(
                "Selanjutnya kami mengharapkan pembahasan rancangan " + RichText(context.memorandumName) + " dapat dilaksanakan bersama melalui "
                + context.phrase(context.agency(of: own), "parties[\(own)].agency", "Perangkat daerah pelaksana \(context.partyDescriptor(own))") + ".")))
        }
        blocks.append(.paragraph(Paragraph("Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.", keepWithNext: true)))
        blocks.append(context.letterSignature(c.parties[own].representative, path: "parties[\(own)].representative",
                                              who: "kepala daerah \(context.partyDescriptor(own))"))
        var naskah = Naskah(kind: .jawaban, title: "Jawaban \(c.parties[own].name) atas Penawaran Kerja Sama tentang \(c.title)", blocks: blocks)
        // The letter bears its own partner's date, never the shared answer date of another partner.
        naskah.date = date
        return naskah
    }

    /// After a company's own initiative (PP 28/2018 Pasal 18) the answer cites, as the KAK does,
    /// the company's feasibility study that came with its letter, and the article; else nothing.
    func initiative(_ initiator: Int) -> RichText {
        let c = context.cooperation
        guard let company = c.initiatingThirdParty, company == initiator else { return RichText("") }
        var t = RichText("")
        if let study = c.proposal.feasibilityStudy {
            t += RichText(" beserta studi kelayakannya")
            if let d = study.date { t += RichText(" tanggal \(IndonesianDate.long(d))") }
            let author = study.author.trimmedWhitespace()
            if !author.isEmpty, author != c.parties[company].name { t += RichText(" yang disusun oleh \(BuildContext.trimPunctuation(author))") }
        }
        return t + RichText(", sebagaimana dimaksud dalam Pasal 18 Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah")
    }

    /// "menerima penawaran tersebut", or a missing value while the answer is pending.
    func decision(_ own: Int, path: String) -> RichText {
        switch context.cooperation.offer.response(ofParty: own) {
        case .accepted: RichText("menerima penawaran kerja sama tersebut")
        case .declined: RichText("belum dapat menerima penawaran kerja sama tersebut")
        case .negotiating: RichText("pada prinsipnya menyambut baik penawaran kerja sama tersebut dan mengusulkan pembahasan lebih lanjut atas beberapa hal")
        case .pending: RichText(missing: MissingValue(path: path, label: "Jawaban \(context.partyDescriptor(own)) atas penawaran (diterima, ditolak, atau negosiasi)"))
        }
    }
}
