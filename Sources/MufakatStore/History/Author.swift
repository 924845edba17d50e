import Foundation

/// Penyimpan: who saved a revision (user@host and the process id).
public struct Author: Codable, Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var host: String
    public var pid: Int32

    public init(user: String, host: String, pid: Int32) {
        self.user = user; self.host = host; self.pid = pid
    }

    /// The running process.
    public static var current: Author {
        Author(user: POSIX.userName, host: POSIX.hostName, pid: POSIX.processID)
    }

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

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
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
