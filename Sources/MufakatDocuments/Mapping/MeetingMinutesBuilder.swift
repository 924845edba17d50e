import MufakatDomain

/// Berita acara rapat pemetaan: the minutes of a mapping meeting as a naskah: opening with the
/// day and date in words, legal basis, participants, results, agreements, follow-ups, closing
/// and signature blocks of the facilitator and each participating region's representative.
public struct MeetingMinutesBuilder: Sendable {
    public let meeting: Meeting
    /// The participants' mappings (their contact officers sign for them).
    public let mappings: [RegionMapping]
    public let matchCount: Int
    public let catalogues: Catalogues

    public init(meeting: Meeting, mappings: [RegionMapping], matchCount: Int, catalogues: Catalogues) {
        self.meeting = meeting; self.mappings = mappings; self.matchCount = matchCount; self.catalogues = catalogues
    }

    // `DocumentKind` lists the cooperation's own naskah; the minutes ride on `.ringkasan`
    // (a plain, non-letter layout) until the documents model has a kind for meeting papers.
    static let carrierKind = DocumentKind.ringkasan

    /// The page of the minutes: portrait, on the paper and typeface the officer chose
    /// (`--paper`, `--font`), margins of the tata naskah dinas.
    public static func pageSetup(paper: Paper = .a4, typeface: Typeface = .bookmanOldStyle, fontSize: Int = 12) -> PageSetup {
        PageSetup(paper: paper, typeface: typeface, fontSize: fontSize)
    }

    /// "Nomor: 005/12/BA/2026", or a dotted line to fill by hand.
    static func number(_ meeting: Meeting) -> String {
        let n = (meeting.minutesNumber ?? "").trimmedWhitespace()
        return n.isEmpty ? "...................................." : n
    }

    /// "5 (lima)".
    static func countWords(_ n: Int) -> String { "\(n) (\(NumberWords.spell(n)))" }

    func missing(_ path: String, _ label: String) -> RichText { RichText(missing: MissingValue(path: "meeting.\(path)", label: label)) }

    public func build() -> Naskah {
        var blocks: [Block] = []
        let title = meeting.title.isEmpty ? "Rapat Koordinasi Teknis Pemetaan Urusan Pemerintahan yang Dapat Dikerjasamakan" : meeting.title
        blocks.append(.title([.bold("BERITA ACARA"), .bold(title.uppercased()), RichText("NOMOR: " + Self.number(meeting))]))

        var opening: RichText = "Pada "
        if let date = meeting.date { opening += IndonesianDate.words(date) } else { opening += missing("date", "Tanggal rapat") }
        opening += ", bertempat di "
        opening += meeting.place.isEmpty ? missing("place", "Tempat rapat") : RichText(meeting.place)
        opening += ", telah dilaksanakan \(title)"
        // The level and the province only where the title does not already say them.
        let lowered = title.lowercased()
        let province = meeting.provinceCode.flatMap { catalogues.regions[$0] }
        if meeting.level == .provinsi {
            if !lowered.contains("provinsi") { opening += " tingkat provinsi" }
            if let province, !lowered.contains(province.name.lowercased()) { opening += " di wilayah Provinsi \(province.name)" }
        } else if !lowered.contains("nasional") {
            opening += " tingkat nasional"
        }
        opening += " yang difasilitasi oleh "
        opening += meeting.facilitatorAgency.isEmpty ? missing("facilitatorAgency", "Instansi fasilitator") : RichText(meeting.facilitatorAgency)
        opening += ", dengan hasil sebagai berikut:"
        blocks.append(.paragraph(Paragraph(opening)))

        blocks.append(.heading("A. DASAR"))
        blocks.append(.list([
            ListItem(marker: "1.", text: "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, Pasal 363 sampai dengan Pasal 369;"),
            ListItem(marker: "2.", text: "Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, Pasal 5;"),
            ListItem(marker: "3.", text: "Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga."),
        ]))

        blocks.append(.heading("B. PESERTA RAPAT"))
        let byRegion = Dictionary(mappings.map { ($0.regionCode, $0) }, uniquingKeysWith: { a, _ in a })
        var participantRows: [Table.Row] = []
        for (i, code) in meeting.participantRegions.enumerated() {
            let name = catalogues.regions[code]?.governmentName ?? code
            let contact = byRegion[code].map { MappingLabels.contact($0) } ?? ""
            participantRows.append(Table.Row([RichText("\(i + 1)."), RichText(name), RichText(contact.isEmpty ? "-" : contact)]))
        }
        for (j, agency) in meeting.participantAgencies.enumerated() {
            participantRows.append(Table.Row([RichText("\(meeting.participantRegions.count + j + 1)."), RichText(agency), "-"]))
        }
        if participantRows.isEmpty {
            blocks.append(.paragraph(Paragraph(missing("participantRegions", "Daerah peserta rapat"))))
        } else {
            blocks.append(.table(Table(columns: [.init(weight: 2, alignment: .center), .init(weight: 11), .init(weight: 13)],
                                       header: ["No.", "Pemerintah Daerah / Instansi", "Petugas Penghubung"], rows: participantRows)))
        }

        blocks.append(.heading("C. HASIL PEMETAAN"))
        let affairs = Set(mappings.flatMap { $0.entries.map(\.affairCode) }.filter { catalogues.affairs[$0] != nil })
        blocks.append(.paragraph(Paragraph(RichText(
            // A sentence never opens with a numeral: "Sebanyak 5 (lima) daerah ...".
            "Sebanyak \(Self.countWords(mappings.count)) daerah menyampaikan pemetaan urusan pemerintahan yang dapat dikerjasamakan, meliputi \(Self.countWords(affairs.count)) dari 32 (tiga puluh dua) urusan konkuren. "
            + "Dari pertemuan potensi dan kebutuhan, calon mitra yang saling disebut, dan urusan yang sama-sama dipetakan sebagai kerja sama wajib, "
            + "ditemukan \(Self.countWords(matchCount)) kecocokan yang dibahas dalam rapat. Matriks pemetaan dan daftar kecocokan menjadi bahan rapat ini."))))

        blocks.append(.heading("D. KESEPAKATAN"))
        if meeting.agreements.isEmpty {
            blocks.append(.paragraph(Paragraph("Rapat belum menyepakati rencana kerja sama.")))
        } else {
            blocks.append(.paragraph(Paragraph("Para peserta rapat menyepakati rencana kerja sama sebagai berikut:")))
            let rows = meeting.agreements.enumerated().map { i, a in
                Table.Row([
                    RichText("\(i + 1)."),
                    RichText("\(a.affairCode) \(catalogues.affairs[a.affairCode]?.name ?? "")"),
                    RichText(a.title),
                    RichText(a.regionCodes.map { catalogues.regions[$0]?.fullName ?? $0 }.joined(separator: ", ")),
                    RichText(a.kind.label),
                    RichText(a.targetYear.map(String.init) ?? "-"),
                ])
            }
            blocks.append(.table(Table(columns: [.init(weight: 2, alignment: .center), .init(weight: 5), .init(weight: 6), .init(weight: 6),
                                                 .init(weight: 4), .init(weight: 3, alignment: .center)],
                                       header: ["No.", "Urusan", "Rencana Kerja Sama", "Para Pihak", "Jenis", "Tahun"], rows: rows)))
        }

        blocks.append(.heading("E. TINDAK LANJUT"))
        var followUps: [ListItem] = meeting.followUps.enumerated().map { i, f in
            var text = RichText(f.action)
            if !f.responsible.isEmpty { text += " (penanggung jawab: \(f.responsible))" }
            if let d = f.dueDate { text += ", paling lambat \(IndonesianDate.long(d))" }
            return ListItem(marker: "\(i + 1).", text: text + ";")
        }
        followUps.append(ListItem(marker: "\(followUps.count + 1).",
                                  text: "Setiap daerah memuat rencana kerja sama yang disepakati dalam RPJMD dan RKPD masing-masing sebagaimana tercantum dalam Lampiran Berita Acara ini;"))
        followUps.append(ListItem(marker: "\(followUps.count + 1).",
                                  text: "Kerja sama yang disepakati ditindaklanjuti dengan tahapan kerja sama daerah sesuai Peraturan Pemerintah Nomor 28 Tahun 2018 Pasal 6."))
        blocks.append(.list(followUps))

        blocks.append(.paragraph(Paragraph("Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya.", keepWithNext: true)))
        var placeDate = meeting.place.isEmpty ? missing("place", "Tempat rapat") : RichText(meeting.place.components(separatedBy: ",").last!.trimmedWhitespace())
        placeDate += ", "
        placeDate += meeting.date.map { RichText(IndonesianDate.long($0)) } ?? missing("date", "Tanggal rapat")
        blocks.append(.paragraph(Paragraph(placeDate, alignment: .right, keepWithNext: true)))

        var signers: [SignatureBlock] = []
        signers.append(SignatureBlock(
            captions: ["FASILITATOR,"] + (meeting.facilitator.title.isEmpty ? [] : [RichText(meeting.facilitator.title.uppercased() + ",")]),
            name: meeting.facilitator.name.isEmpty ? missing("facilitator.name", "Nama fasilitator") : .bold(meeting.facilitator.name),
            details: meeting.facilitator.nip.map { [RichText("NIP \($0)")] } ?? []))
        for code in meeting.participantRegions {
            let region = catalogues.regions[code]
            let contact = byRegion[code]?.contact
            signers.append(SignatureBlock(
                captions: [RichText("WAKIL \((region?.governmentName ?? code).uppercased()),")],
                name: contact.map { $0.name.isEmpty ? missing("participants.\(code)", "Nama wakil \(region?.fullName ?? code)") : .bold($0.name) }
                    ?? missing("participants.\(code)", "Nama wakil \(region?.fullName ?? code)"),
                details: (contact?.nip).map { [RichText("NIP \($0)")] } ?? []))
        }
        blocks.append(.signatures(SignatureGrid.layout(signers, perRow: 3)))
        return Naskah(kind: Self.carrierKind, title: "Berita Acara \(title)", blocks: blocks)
    }
}

import Foundation
