/// Escaping for the XML parts of a DOCX package.
enum XMLText {
    /// Escapes markup characters and drops characters XML 1.0 does not allow; keeps all other Unicode.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                let v = scalar.value
                let allowed = v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v)
                    || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v)
                if allowed { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    static let textOpen = "<w:t xml:space=\"preserve\">"
    static let noBreakHyphen = "<w:noBreakHyphen/>"

    /// The text elements of a run: `protected` text (`Typography.protect`) escaped, its
    /// non-breaking hyphens as `<w:noBreakHyphen/>` between `<w:t>` elements.
    static func textElements(_ protected: String) -> String {
        protected.split(separator: Typography.nbHyphen, omittingEmptySubsequences: false)
            .map { textOpen + escape(String($0)) + "</w:t>" }.joined(separator: noBreakHyphen)
    }

    /// `textElements` of the bytes `ASCIITypography.protect` gives (ASCII, U+00A0 and U+2011
    /// only), escaped byte by byte into one buffer: the same elements as the general road.
    static func textElements(asciiProtected bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        out.append(contentsOf: textOpen.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(b)
            case 0x00..<0x20: break   // not allowed in XML 1.0
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x91:
                out.append(contentsOf: "</w:t>".utf8)
                out.append(contentsOf: noBreakHyphen.utf8)
                out.append(contentsOf: textOpen.utf8)
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        out.append(contentsOf: "</w:t>".utf8)
        return String(decoding: out, as: UTF8.self)
    }
}
