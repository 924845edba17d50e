/// Rupiah: an amount of money in whole rupiah, never floating point, never negative.
public struct Rupiah: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: Int64

    public static let zero = Rupiah(0)!
    /// The largest amount Mufakat accepts (Int64), about 9,2 kuintiliun.
    public static let max = Rupiah(Int64.max)!

    /// Nil for a negative amount.
    public init?(_ value: Int64) {
        guard value >= 0 else { return nil }
        self.value = value
    }

    /// Parses officer input: digits with optional "." grouping, optional "Rp" and ",00".
    /// Nil when it is not a whole non-negative amount or exceeds Int64.
    public init?(parsing text: String) {
        var t = text.trimmedWhitespace()
        if t.lowercased().hasPrefix("rp") { t = String(t.dropFirst(2)).trimmedWhitespace() }
        if t.hasSuffix(",00") { t = String(t.dropLast(3)) } else if t.hasSuffix(",-") { t = String(t.dropLast(2)) }
        let digits = t.filter { $0 != "." && $0 != " " }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int64(digits) else { return nil }
        self.value = v
    }

    /// Sum of amounts; nil on overflow. Over an array, not any sequence: the generic form was
    /// called unspecialized from other modules, and its first call scanned the runtime's
    /// conformance records (issue 19).
    public static func sum(_ amounts: [Rupiah]) -> Rupiah? {
        var total: Int64 = 0
        for a in amounts {
            let (r, o) = total.addingReportingOverflow(a.value)
            if o { return nil }
            total = r
        }
        return Rupiah(total)
    }

    /// "245.400" (grouped with dots).
    public var grouped: String {
        let digits = String(value)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return out
    }

    /// "Rp245.400,00", as written in naskah.
    public var figures: String { "Rp\(grouped),00" }

    /// "dua ratus empat puluh lima ribu empat ratus rupiah".
    public var words: String { NumberWords.spell(value) + " rupiah" }

    /// "Rp245.400,00 (dua ratus empat puluh lima ribu empat ratus rupiah)".
    public var figuresAndWords: String { "\(figures) (\(words))" }

    public var description: String { figures }

    public static func < (a: Rupiah, b: Rupiah) -> Bool { a.value < b.value }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let v = try c.decode(Int64.self)
        guard v >= 0 else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "jumlah uang \(v) negatif; isi jumlah rupiah 0 atau lebih"))
        }
        value = v
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }
}

import Foundation
