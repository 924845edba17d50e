import Foundation
import Testing
import MufakatDomain
@testable import MufakatDocuments

@Suite struct MappingDocumentsTests {
    let catalogues = Catalogues.shared

    var meeting: Meeting {
        var m = Meeting(id: "rakortek", title: "Rapat Koordinasi Teknis Pemetaan Urusan Jawa Barat", level: .provinsi, provinceCode: "32",
                        date: CalendarDate(year: 2026, month: 6, day: 15), place: "Gedung Sate, Bandung",
                        facilitator: Person(name: "Dr. Rina Wulandari", title: "Kepala Biro Pemerintahan", nip: "197505122000032001"),
                        facilitatorAgency: "Biro Pemerintahan dan Otonomi Daerah Setda Provinsi Jawa Barat",
                        participantRegions: ["32.01", "32.71"], participantAgencies: ["Kementerian Dalam Negeri"])
        m.agreements = [AgreedCooperation(affairCode: "1.03", regionCodes: ["32.01", "32.71"], kind: .ksddWajib, title: "Pengelolaan TPA regional bersama", targetYear: 2027)]
        m.followUps = [FollowUp(action: "Menyusun KAK", responsible: "Kabupaten Bogor", dueDate: CalendarDate(year: 2026, month: 8, day: 31))]
        return m
    }

    var mappings: [RegionMapping] { Array(FiveRegions.mappings.prefix(2)) }

    @Test func minutesHoldOpeningParticipantsAgreementsFollowUpsAndSignatures() throws {
        let naskah = MeetingMinutesBuilder(meeting: meeting, mappings: mappings, matchCount: 4, catalogues: catalogues).build()
        #expect(naskah.isComplete, "\(naskah.missingFields)")
        let text = PlainTextRenderer(width: 200).render(naskah)
        #expect(text.contains("BERITA ACARA"))
        #expect(text.contains("Pada hari Senin tanggal lima belas bulan Juni tahun dua ribu dua puluh enam, bertempat di Gedung Sate, Bandung, telah dilaksanakan"))
        #expect(text.contains("Pemerintah Kabupaten Bogor"))
        #expect(text.contains("Kementerian Dalam Negeri"))
        #expect(text.contains("ditemukan 4 (empat) kecocokan"))
        #expect(text.contains("Sebanyak 2 (dua) daerah menyampaikan pemetaan"))
        // No sentence opens with a numeral.
        let sentences = text.replacingOccurrences(of: "\n", with: " ").components(separatedBy: ". ")
        #expect(!sentences.contains { $0.first?.isNumber == true && $0.count > 12 })
        #expect(text.contains("Pengelolaan TPA regional bersama"))
        #expect(text.contains("Menyusun KAK (penanggung jawab: Kabupaten Bogor), paling lambat 31 Agustus 2026;"))
        #expect(text.contains("Bandung, 15 Juni 2026"))
        guard case .signatures(let grid)? = naskah.blocks.last else { Issue.record("no signatures"); return }
        let names = grid.rows.filter { $0.kind == .name }.flatMap(\.cells).map(\.plain).filter { !$0.isEmpty }
        #expect(names == ["Dr. Rina Wulandari", "Ahmad", "Budi"])
    }

    @Test func minutesFlagWhatIsMissing() {
        let bare = Meeting(id: "x", title: "Rapat", level: .nasional, participantRegions: ["32.76"])
        let naskah = MeetingMinutesBuilder(meeting: bare, mappings: [], matchCount: 0, catalogues: catalogues).build()
        #expect(naskah.missingFields.map(\.label) == ["Tanggal rapat", "Tempat rapat", "Instansi fasilitator", "Nama fasilitator", "Nama wakil Kota Depok"])
    }

    @Test func annexDocumentHasATablePerRegionWithTotals() throws {
        var ms = mappings
        ms[0].entries[0].indicativeBudget = Rupiah(750_000_000)
        ms[0].entries[0].intendedKind = .ksddWajib
        ms[1].entries[1].indicativeBudget = Rupiah(250_000_000)
        let annex = PlanningAnnex.build(mappings: ms, meeting: meeting, catalogues: catalogues)
        let naskah = annex.naskah()
        let tables = naskah.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
        #expect(tables.count == 2)
        #expect(tables[0].header.map(\.plain).prefix(4) == ["No", "Kode", "Urusan", "Rencana Kerja Sama"])
        #expect(tables[0].rows.last?.emphasised == true)
        #expect(tables[0].rows.last?.cells[7].plain == "750.000.000")
        let text = PlainTextRenderer(width: 200).render(naskah)
        #expect(text.contains("PEMERINTAH KABUPATEN BOGOR"))
        #expect(text.contains("Lampiran Berita Acara Rapat Koordinasi Teknis Pemetaan Urusan Jawa Barat Nomor \(MeetingMinutesBuilder.number(meeting)) tanggal 15 Juni 2026"))
        #expect(text.contains("Jumlah seluruh pagu indikatif 2 (dua) daerah: Rp1.000.000.000,00"))
        var numbered = meeting
        numbered.minutesNumber = "005/12/BA/2026"
        let cited = PlainTextRenderer(width: 200).render(PlanningAnnex.build(mappings: ms, meeting: numbered, catalogues: catalogues).naskah())
        #expect(cited.contains("Nomor 005/12/BA/2026 tanggal 15 Juni 2026"))
        #expect(PlanningAnnex.pageSetup(paper: .f4, typeface: .arial).paper == .f4)
        #expect(PlanningAnnex.pageSetup(paper: .f4, typeface: .arial).landscape)
        #expect(MeetingMinutesBuilder.pageSetup(paper: .f4, typeface: .timesNewRoman).typeface == .timesNewRoman)
    }

    @Test func docxRendersTheMinutes() throws {
        let naskah = MeetingMinutesBuilder(meeting: meeting, mappings: mappings, matchCount: 4, catalogues: catalogues).build()
        let x = try XlsxReading(try DocxRenderer().render(naskah))
        #expect(x.allPartsWellFormed() == [])
        let body = String(decoding: try #require(x.parts["word/document.xml"]), as: UTF8.self)
        #expect(body.contains("BERITA ACARA"))
        #expect(body.contains("WAKIL PEMERINTAH KOTA BOGOR,"))
    }

    @Test func minutesDoNotRepeatTheProvince() {
        var m = meeting
        m.title = "Rapat Koordinasi Pemetaan Kerja Sama Daerah Provinsi Jawa Barat"
        m.provinceCode = "32"
        m.level = .provinsi
        let text = PlainTextRenderer(width: 3_000).render(MeetingMinutesBuilder(meeting: m, mappings: mappings, matchCount: 0, catalogues: catalogues).build())
        #expect(!text.contains("Provinsi Jawa Barat tingkat provinsi"))
        #expect(!text.contains("di wilayah Provinsi Jawa Barat"))
    }
}
