/// Tanggal: a calendar date without time or time zone, stored as "YYYY-MM-DD".
/// Impossible dates (2025-02-30) cannot be constructed.
///
/// Kept in four bytes (year, month and day packed in one `Int32`, in that order of significance,
/// so that comparing the packed values compares the dates): a cooperation's summary carries a
/// dozen dates, and at 100,000 cooperations three `Int`s each were a sixth of the interface's
/// memory (issue 19).
public struct CalendarDate: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `year << 9 | month << 5 | day`, the year signed.
    private let packed: Int32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int((packed >> 5) & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    /// The years a packed date can hold (±4 million); `init(dayNumber:)` keeps within them.
    static let yearLimit = (1 << 22) - 1

    private init(unchecked year: Int, month: Int, day: Int) {
        packed = Int32(truncatingIfNeeded: year << 9 | month << 5 | day)
    }

    /// An optional date in four bytes, for values kept by the hundred thousand (issue 19, memory):
    /// 0 is no date (no date packs to 0, its month is never 0). `unpack` takes it back.
    public static func pack(_ date: CalendarDate?) -> Int32 { date?.packed ?? 0 }

    /// The date `pack` gave, nil for 0.
    public static func unpack(_ raw: Int32) -> CalendarDate? { raw == 0 ? nil : CalendarDate(packed: raw) }

    private init(packed: Int32) { self.packed = packed }

    /// Nil when the date does not exist in the Gregorian calendar or the year is outside 1900–2999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.init(unchecked: year, month: month, day: day)
    }

    /// Parses "YYYY-MM-DD".
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses "dd-mm-yyyy" (also with "/" or "."), the way officers type dates.
    public init?(dayMonthYear text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var iso: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// "15-06-2016".
    public var dayMonthYear: String {
        "\(day < 10 ? "0" : "")\(day)-\(month < 10 ? "0" : "")\(month)-\(year)"
    }

    public var description: String { iso }

    /// Day of week, 0 = Sunday (Minggu) ... 6 = Saturday (Sabtu).
    public var weekday: Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    public var dayNumber: Int { Self.dayNumber(year: year, month: month, day: day) }

    /// Days from 1970-01-01 to a day given by its fields, in any year (H. Hinnant's
    /// days_from_civil); the fields are not checked.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `z0` days after 1970-01-01, clamped to the years a date can hold (a million
    /// years either way; only a damaged file or endless shifting comes near).
    public init(dayNumber z0: Int) {
        let z = min(max(z0, -Self.maxDayNumber), Self.maxDayNumber) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// About a million years from 1970, well inside `yearLimit`.
    static let maxDayNumber = 365_000_000

    /// The most days or years a date moves: far enough for any real deadline, small enough that
    /// no arithmetic below can overflow on a value read from a damaged file (issue 20).
    public static let maxDayShift = 10_000_000
    public static let maxYearShift = 10_000

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + min(max(days, -Self.maxDayShift), Self.maxDayShift))
    }

    /// The same day `years` later (29 February becomes 28 February in a common year).
    /// Shifts beyond ±`maxYearShift` years are clamped instead of trapping.
    public func adding(years: Int) -> CalendarDate {
        let years = min(max(years, -Self.maxYearShift), Self.maxYearShift)
        let y = year + years
        return CalendarDate(year: y, month: month, day: min(day, CalendarDate.daysIn(month: month, year: y)))
            ?? CalendarDate(dayNumber: dayNumber + 365 * years)
    }

    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.packed < b.packed }

    /// Today's date in the local time zone of the machine.
    public static func today() -> CalendarDate {
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CalendarDate(dayNumber: 0)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "tanggal '\(text)' tidak valid; tulis sebagai TTTT-BB-HH dengan tanggal yang ada di kalender, misalnya 2026-02-28"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
