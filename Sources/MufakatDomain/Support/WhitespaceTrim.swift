import Foundation

// Trimming without NSString (issue 19). `trimmingCharacters(in: .whitespaces)` goes through
// NSString on Linux: a PKS export spent a third of its naskah build (10% of the whole command)
// copying substrings there, and its first use in a process alone was a fortieth of the export.
// These give exactly what Foundation gives (a test compares them on every ASCII scalar and on
// Unicode spaces): ASCII is decided here, anything else by the same Foundation character set.
// Every module above the domain trims through these.

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, without the NSString round trip.
    public func trimmedWhitespace() -> String { Substring(self).trimmed(newlines: false, whole: self) }
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without the NSString round trip.
    public func trimmedWhitespaceAndNewlines() -> String { Substring(self).trimmed(newlines: true, whole: self) }
}

extension Substring {
    /// `trimmingCharacters(in: .whitespaces)`, without the NSString round trip.
    public func trimmedWhitespace() -> String { trimmed(newlines: false, whole: nil) }
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without the NSString round trip.
    public func trimmedWhitespaceAndNewlines() -> String { trimmed(newlines: true, whole: nil) }

    /// `whole`: the string itself when it is one, returned as is when nothing is trimmed.
    fileprivate func trimmed(newlines: Bool, whole: String?) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, WhitespaceTrim.isTrimmed(scalars[start], newlines: newlines) {
            start = scalars.index(after: start)
        }
        while start < end {
            let last = scalars.index(before: end)
            guard WhitespaceTrim.isTrimmed(scalars[last], newlines: newlines) else { break }
            end = last
        }
        if start == scalars.startIndex, end == scalars.endIndex, let whole { return whole }
        return String(scalars[start..<end])
    }
}

extension String {
    /// `trimmingCharacters(in: .punctuationCharacters)` without Foundation: the scalars of the
    /// Unicode general categories P* at either end (issue 19).
    public func trimmedPunctuation() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, WhitespaceTrim.isPunctuation(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard WhitespaceTrim.isPunctuation(scalars[last]) else { break }
            end = last
        }
        if start == scalars.startIndex, end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}

public enum WhitespaceTrim {
    /// Whether Foundation's `.whitespaces` (or `.whitespacesAndNewlines`) holds `scalar`.
    public static func isTrimmed(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: return true
        case 0x0A...0x0D: return newlines
        case 0..<0x80: return false
        default: return (newlines ? CharacterSet.whitespacesAndNewlines : CharacterSet.whitespaces).contains(scalar)
        }
    }

    /// Whether Foundation's `.punctuationCharacters` holds `scalar`: general category P*.
    public static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}

extension String {
    /// `components(separatedBy: "\n")` without Foundation (issue 19), on the UTF-8 bytes: split
    /// at every LF that is a character of its own. Foundation compares characters, so CR LF (one
    /// character) is never split, and an LF is always a character of its own otherwise.
    public func linesAtLineFeeds() -> [String] {
        var out: [String] = []
        let bytes = utf8
        var start = bytes.startIndex
        var i = start
        while i < bytes.endIndex {
            if bytes[i] == 0x0A, i == bytes.startIndex || bytes[bytes.index(before: i)] != 0x0D {
                out.append(String(decoding: bytes[start..<i], as: UTF8.self))
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        out.append(String(decoding: bytes[start..<bytes.endIndex], as: UTF8.self))
        return out
    }
}
