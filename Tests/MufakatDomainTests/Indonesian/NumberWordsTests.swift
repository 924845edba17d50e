import Testing
@testable import MufakatDomain

@Suite struct NumberWordsTests {
    @Test(arguments: [
        (0, "nol"), (1, "satu"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"), (19, "sembilan belas"),
        (20, "dua puluh"), (21, "dua puluh satu"), (100, "seratus"), (101, "seratus satu"), (110, "seratus sepuluh"),
        (111, "seratus sebelas"), (200, "dua ratus"), (999, "sembilan ratus sembilan puluh sembilan"),
        (1000, "seribu"), (1001, "seribu satu"), (1100, "seribu seratus"), (2000, "dua ribu"),
        (11000, "sebelas ribu"), (100000, "seratus ribu"), (245400, "dua ratus empat puluh lima ribu empat ratus"),
        (1_000_000, "satu juta"), (1_500_000, "satu juta lima ratus ribu"), (2_000_000_000, "dua miliar"),
        (1_000_000_000_000, "satu triliun"), (7_250_000_000_000, "tujuh triliun dua ratus lima puluh miliar"),
        (2016, "dua ribu enam belas"), (1_001_000, "satu juta seribu"),
    ] as [(Int64, String)])
    func spells(_ n: Int64, _ words: String) {
        #expect(NumberWords.spell(n) == words)
    }

    @Test func rupiahFormats() {
        let r = Rupiah(245_400)!
        #expect(r.figures == "Rp245.400,00")
        #expect(r.words == "dua ratus empat puluh lima ribu empat ratus rupiah")
        #expect(Rupiah(0)!.figuresAndWords == "Rp0,00 (nol rupiah)")
        #expect(Rupiah(-1) == nil)
        #expect(Rupiah(parsing: "Rp1.500.000,00")?.value == 1_500_000)
        #expect(Rupiah(parsing: "12a") == nil)
        #expect(Rupiah(parsing: "99999999999999999999") == nil)
        #expect(Rupiah.sum([Rupiah.max, Rupiah(1)!]) == nil)
    }

    @Test func datesInWords() {
        let d = CalendarDate(year: 2016, month: 6, day: 15)!
        #expect(IndonesianDate.words(d) == "hari Rabu tanggal lima belas bulan Juni tahun dua ribu enam belas")
        #expect(IndonesianDate.long(d) == "15 Juni 2016")
        #expect(CalendarDate(iso: "2025-02-30") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(dayMonthYear: "28-11-2026")?.iso == "2026-11-28")
        #expect(IndonesianDate.dayName(CalendarDate(year: 2026, month: 11, day: 28)!) == "Sabtu")
        let a = CalendarDate(year: 2024, month: 2, day: 29)!
        #expect(a.adding(years: 1).iso == "2025-02-28")
        #expect(CalendarDate(dayNumber: a.dayNumber) == a)
        #expect(a.adding(days: 1).iso == "2024-03-01")
    }
}
