import CNcurses

/// Display width in terminal columns, per grapheme cluster.
///
/// Widths come from the C library's `wcwidth`, which is what the terminal itself consults, so the
/// buffer and the screen agree. `wcwidth` only knows non-ASCII characters once a UTF-8 locale is
/// active, so the first use activates one (see `TerminalLocale`).
public enum DisplayWidth {
    /// Columns one grapheme cluster occupies (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        _ = TerminalLocale.isActive
        // One ASCII byte below DEL: the answer without walking the scalars.
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first, byte < 0x7F { return byte < 0x20 ? 0 : 1 }
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.value < 0x7F {
            return only.value < 0x20 ? 0 : 1
        }
        var width = 0
        for scalar in scalars {
            var w = Int(mufakat_wcwidth(scalar.value))
            if w < 0 { w = fallbackWidth(scalar) }
            if w > width { width = w }
        }
        // An emoji presentation selector turns a narrow symbol into a wide emoji.
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return min(width, 2)
    }

    /// Columns a whole string occupies.
    public static func of(_ string: String) -> Int {
        // Printable ASCII (nearly all text): a column a byte, read without breaking graphemes.
        let width: Int? = string.utf8.withContiguousStorageIfAvailable { bytes in
            if let width = printableASCIIWidth(bytes) { return width }
            var width = 0
            walk(bytes) { _, _, ch in width += ch.map { of($0) } ?? 1; return true }
            return width
        }
        return width ?? string.reduce(0) { $0 + of($1) }
    }

    /// Walks UTF-8 text grapheme by grapheme, without breaking graphemes where it need not: a
    /// printable ASCII byte followed by ASCII (or the end) is a grapheme of one column by itself
    /// (`body` gets nil), and only the text around other bytes is read as `Character`s (`body`
    /// gets each). Such a stretch starts and ends where a grapheme boundary is certain: between
    /// two ASCII bytes other than CR LF. `body` gets each grapheme's byte range; it returns false
    /// to stop the walk.
    @inline(__always)
    static func walk(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int, _ end: Int, Character?) -> Bool) {
        let n = bytes.count
        var i = 0
        while i < n {
            let byte = bytes[i]
            if byte >= 0x20, byte < 0x7F, i + 1 == n || bytes[i + 1] < 0x80 {
                if !body(i, i + 1, nil) { return }
                i += 1
                continue
            }
            var j = i + 1
            while j < n, !(bytes[j - 1] < 0x80 && bytes[j] < 0x80 && !(bytes[j - 1] == 0x0D && bytes[j] == 0x0A)) { j += 1 }
            var start = i
            for ch in String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self) {
                let end = start + ch.utf8.count
                if !body(start, end, ch) { return }
                start = end
            }
            i = j
        }
    }

    /// The width of text that is printable ASCII only (each byte one grapheme of one column), or
    /// nil when it holds any other byte (a control character, DEL or anything beyond ASCII).
    @inline(__always)
    static func printableASCIIWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
        return bytes.count
    }

    /// Used when `wcwidth` has no answer (no UTF-8 locale available, or an unassigned code point):
    /// marks are zero width, the East Asian wide blocks and emoji are two, the rest one.
    static func fallbackWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        let v = scalar.value
        let wideRanges: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wideRanges.contains(where: { $0.contains(v) }) ? 2 : 1
    }
}

/// The process locale, set once from the environment so that `wcwidth` and ncurses know UTF-8.
///
/// `setlocale(LC_ALL, "")` must run before `initscr`; when the environment names no UTF-8 locale
/// (a bare CI container with `LANG=C`), `C.UTF-8` is tried so widths still follow Unicode.
public enum TerminalLocale {
    /// True once a locale has been set; reading it performs the set exactly once.
    public static let isActive: Bool = {
        _ = setlocale(LC_ALL, "")
        if !isUTF8 {
            for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
                break
            }
        }
        return true
    }()

    /// Whether the current character type locale is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
