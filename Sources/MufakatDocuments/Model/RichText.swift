/// A run of text inside a paragraph, table cell or signature block.
public enum Span: Sendable, Hashable {
    /// Text as written; `bold` for names, labels and emphasis.
    case text(String, bold: Bool = false)
    /// A value the cooperation does not hold yet; renderers print `MissingValue.marker`, flagged.
    case missing(MissingValue)
}

/// Teks: a sequence of spans on one logical line (renderers wrap it). Newlines are not part
/// of rich text; builders split multi-paragraph input into separate blocks.
public struct RichText: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public var spans: [Span]

    public init(_ spans: [Span] = []) { self.spans = spans }
    public init(_ text: String, bold: Bool = false) {
        spans = text.isEmpty ? [] : [.text(RichText.oneLine(text), bold: bold)]
    }
    public init(stringLiteral value: String) { self.init(value) }
    public init(missing field: MissingValue) { spans = [.missing(field)] }

    public static func bold(_ text: String) -> RichText { RichText(text, bold: true) }

    public static func + (a: RichText, b: RichText) -> RichText { RichText(a.spans + b.spans) }
    public static func + (a: RichText, b: String) -> RichText { a + RichText(b) }
    public static func + (a: String, b: RichText) -> RichText { RichText(a) + b }
    public static func += (a: inout RichText, b: RichText) { a.spans += b.spans }
    public static func += (a: inout RichText, b: String) { a.spans += RichText(b).spans }

    public var isEmpty: Bool { spans.isEmpty }

    /// The fields still missing in this text, in order.
    public var missingFields: [MissingValue] {
        spans.compactMap { if case .missing(let f) = $0 { f } else { nil } }
    }

    /// Plain text as renderers print it (missing values as their marker).
    public var plain: String {
        spans.map { span in
            switch span {
            case .text(let t, _): t
            case .missing(let f): f.marker
            }
        }.joined()
    }

    /// Joins texts with a separator.
    public static func join(_ parts: [RichText], separator: String) -> RichText {
        var out = RichText()
        for (i, p) in parts.enumerated() {
            if i > 0 { out += separator }
            out += p
        }
        return out
    }

    /// Joins as an Indonesian enumeration: "A", "A dan B", "A, B, dan C".
    public static func enumeration(_ parts: [RichText], conjunction: String = "dan") -> RichText {
        switch parts.count {
        case 0: return RichText()
        case 1: return parts[0]
        case 2: return parts[0] + " \(conjunction) " + parts[1]
        default:
            return join(Array(parts.dropLast()), separator: ", ") + ", \(conjunction) " + parts[parts.count - 1]
        }
    }

    /// Rich text keeps to one line: line breaks and tabs become spaces.
    static func oneLine(_ text: String) -> String {
        guard mayBreakLine(text), text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    /// Whether `text` holds a scalar that a line break or a tab starts with (LF, VT, FF, CR, tab,
    /// U+0085, U+2028, U+2029), read from its bytes. Without one, no character of it is a line
    /// break or a tab, and `oneLine` need not read it character by character (issue 19: every
    /// run of every naskah goes through here).
    static func mayBreakLine(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D: return true
            case 0x85 where previous == 0xC2: return true
            case 0xA8, 0xA9: if previous == 0x80 && beforePrevious == 0xE2 { return true }
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
