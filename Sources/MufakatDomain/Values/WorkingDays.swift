/// Hari kerja: counting working days (Monday to Friday) for deadlines such as the DPRD's answer
/// on a foreign cooperation plan (PP 28/2018 Pasal 30 ayat (4)). National holidays are not in
/// the data yet, so a count may be a little high; messages say so.
public enum WorkingDays {
    /// Working days after `start` up to and including `end` (0 when `end` is not after `start`).
    public static func count(from start: CalendarDate, to end: CalendarDate) -> Int {
        let total = start.days(until: end)
        guard total > 0 else { return 0 }
        let weeks = total / 7
        var n = weeks * 5
        var day = start.adding(days: weeks * 7)
        while day < end {
            day = day.adding(days: 1)
            if day.weekday != 0 && day.weekday != 6 { n += 1 }
        }
        return n
    }

    /// The date `days` working days after `start`.
    public static func add(_ days: Int, to start: CalendarDate) -> CalendarDate {
        var day = start, left = days
        while left > 0 {
            day = day.adding(days: 1)
            if day.weekday != 0 && day.weekday != 6 { left -= 1 }
        }
        return day
    }
}
