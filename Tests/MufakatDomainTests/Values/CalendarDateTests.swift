import Testing
import MufakatDomain

/// The packed date (issue 19, memory): four bytes, the same dates and the same order as before.
@Suite struct CalendarDatePackingTests {
    /// Every day number over wide ranges comes back as itself, keeps its year, month and day, and
    /// orders as the day numbers do, including dates far before year 0 and after year 3000 that
    /// date arithmetic on a damaged file can reach.
    @Test func dayNumbersRoundTripAndOrderAsBefore() {
        var previous: CalendarDate?
        let ranges = [-800_000 ... -700_000, -2_000 ... 400_000, 11_000_000 ... 11_100_000]
        for range in ranges {
            previous = nil
            for n in stride(from: range.lowerBound, through: range.upperBound, by: 7) {
                let d = CalendarDate(dayNumber: n)
                #expect(d.dayNumber == n)
                #expect((1...12).contains(d.month) && (1...31).contains(d.day))
                if let p = previous { #expect(p < d && p != d) }
                previous = d
            }
        }
    }

    @Test func fieldsAndTextAreKept() {
        let d = CalendarDate(year: 2999, month: 12, day: 31)!
        #expect((d.year, d.month, d.day) == (2999, 12, 31))
        #expect(d.iso == "2999-12-31")
        #expect(CalendarDate(iso: "1900-01-01")!.dayNumber == -25567)
        #expect(CalendarDate(year: 2024, month: 2, day: 29)! < CalendarDate(year: 2024, month: 3, day: 1)!)
        #expect(CalendarDate(year: 2024, month: 12, day: 31)! < CalendarDate(year: 2025, month: 1, day: 1)!)
    }

    /// Shifting without end stays inside what a date can hold instead of wrapping around.
    @Test func endlessShiftsClampInsteadOfWrapping() {
        var d = CalendarDate(year: 2026, month: 1, day: 1)!
        for _ in 0..<200 { d = d.adding(days: Int.max) }
        #expect(d.year > 900_000)
        var e = CalendarDate(year: 2026, month: 1, day: 1)!
        for _ in 0..<200 { e = e.adding(days: Int.min) }
        #expect(e.year < -900_000)
        #expect(e < d)
    }

    /// An optional date packed in an `Int32` comes back as it was, none included, at both ends of the range.
    @Test func packedOptionalDatesComeBack() {
        #expect(CalendarDate.unpack(CalendarDate.pack(nil)) == nil)
        for n in stride(from: -1_000_000, through: 1_000_000, by: 997) + [0, -1, 1, 730_000] {
            let date = CalendarDate(dayNumber: n)
            #expect(CalendarDate.pack(date) != 0)
            #expect(CalendarDate.unpack(CalendarDate.pack(date)) == date)
        }
    }

    @Test func aDateTakesFourBytes() {
        #expect(MemoryLayout<CalendarDate>.size == 4)
        #expect(MemoryLayout<CalendarDate?>.stride == 8)
    }
}
