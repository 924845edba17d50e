import Foundation
import MufakatDomain

/// Penyimpan: who saved a revision (user@host and the process id).
public struct Author: Codable, Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var host: String
    public var pid: Int32

    public init(user: String, host: String, pid: Int32) {
        self.user = user; self.host = host; self.pid = pid
    }

    /// The running process: looked up once, when first asked for.
    public static let current = Author(user: POSIX.userName, host: POSIX.hostName, pid: POSIX.processID)

    /// "budi@kantor-bogor (pid 4121)".
    public var description: String { "\(user)@\(host) (pid \(pid))" }
}

/// Timestamps of the store: ISO 8601 in UTC in files, whole seconds.
public enum StoreClock {
    /// Now, truncated to whole seconds so that what is written reads back equal.
    public static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    /// "2026-05-01T10:20:30Z".
    public static func iso(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// "01-05-2026 17:20:30 (UTC+07:00)": local time for messages to a person.
    public static func display(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&t, &parts)
        let offset = Int(parts.tm_gmtoff)
        let sign = offset < 0 ? "-" : "+"
        let zone = "UTC" + sign + String(format: "%02d:%02d", abs(offset) / 3600, (abs(offset) % 3600) / 60)
        return String(format: "%02d-%02d-%04d %02d:%02d:%02d", Int(parts.tm_mday), Int(parts.tm_mon) + 1,
                      Int(parts.tm_year) + 1900, Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec)) + " (" + zone + ")"
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Dates as `.iso8601` reads them, with the store's own form read by hand (`date(iso:)`).
    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom(decodeDate)
        return decoder
    }

    /// The same dates and errors as the `.iso8601` strategy: the store's own form
    /// ("2026-05-01T10:20:30Z") is read by hand; anything else goes to the formatter `.iso8601`
    /// uses, with its message. Reading the first date through the formatter set up ICU's calendar
    /// and time zones, 5 % of `mufakat list` in a profile (issue 19). One difference, a fix: the
    /// error keeps the field's path, which the strategy dropped (a bad date was then reported as
    /// "not JSON" instead of naming its field).
    @Sendable static func decodeDate(_ decoder: Decoder) throws -> Date {
        let text = try decoder.singleValueContainer().decode(String.self)
        if let date = date(iso: text) { return date }
        guard let date = try? Date.ISO8601FormatStyle().parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "Expected date string to be ISO8601-formatted."))
        }
        return date
    }

    /// "YYYY-MM-DDTHH:MM:SSZ" with every field in range (years 1600–9999, where Foundation's
    /// Gregorian calendar is proleptic, and no leap second): that instant; nil for any other text,
    /// which the formatter then reads or refuses.
    static func date(iso text: String) -> Date? {
        var text = text
        return text.withUTF8 { b -> Date? in
            guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var v = 0
                for i in from..<(from + count) {
                    let d = Int(b[i]) - 0x30
                    guard d >= 0 && d <= 9 else { return nil }
                    v = v * 10 + d
                }
                return v
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                  (1600...9999).contains(year), (1...12).contains(month), hour < 24, minute < 60, second < 60 else { return nil }
            guard day >= 1 && day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
            let days = CalendarDate.dayNumber(year: year, month: month, day: day)
            return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
        }
    }
}

/// JSON as the store writes it: pretty, sorted keys, ISO dates, and empty lists and objects
/// written as `[]` and `{}` (Foundation's pretty printer puts a blank line inside them).
enum StoreJSON {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try StoreClock.encoder().encode(value)
        data = tidy(data)
        data.append(0x0A)
        return data
    }

    /// Collapses "[\n\n   ]" to "[]" and "{\n\n   }" to "{}". Safe because a raw newline can
    /// only be formatting: newlines inside JSON strings are escaped.
    static func tidy(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if (b == UInt8(ascii: "[") || b == UInt8(ascii: "{")), i + 2 < bytes.count, bytes[i + 1] == 0x0A, bytes[i + 2] == 0x0A {
                var j = i + 3
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                let close: UInt8 = b == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
                if j < bytes.count, bytes[j] == close {
                    out.append(b); out.append(close)
                    i = j + 1
                    continue
                }
            }
            out.append(b)
            i += 1
        }
        return Data(out)
    }
}
