import Foundation

/// A colour as a theme file names it. Named ANSI colours follow the person's terminal palette;
/// indexed and RGB colours are exact where the terminal allows and approximated where not.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background (`use_default_colors`), so transparent and
    /// light terminals keep their look.
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(Int)
    /// One of the 256 xterm colours.
    case indexed(Int)
    /// A 24-bit colour, `#rrggbb` in the file.
    case rgb(UInt8, UInt8, UInt8)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses "default", an ANSI name ("cyan", "bright_cyan", "gray"), a number 0–255 or "#rrggbb".
    public init?(parsing text: String) {
        let t = text.lowercased().trimmingCharacters(in: .whitespaces)
        if t == "default" || t == "none" { self = .terminalDefault; return }
        if let i = Self.names.firstIndex(of: t) { self = .ansi(i); return }
        if t.hasPrefix("bright_"), let i = Self.names.firstIndex(of: String(t.dropFirst(7))) { self = .ansi(i + 8); return }
        if t == "gray" || t == "grey" { self = .ansi(8); return }
        if let n = Int(t), (0...255).contains(n) { self = .indexed(n); return }
        if t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)); return
        }
        return nil
    }

    /// The approximate RGB value (for down-sampling to smaller palettes).
    var rgbValue: (Int, Int, Int) {
        switch self {
        case .terminalDefault: return (0, 0, 0)
        case .ansi(let n) where n < 16, .indexed(let n) where n < 16:
            let base: [(Int, Int, Int)] = [
                (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
            ]
            return base[max(0, min(15, n))]
        case .indexed(let n) where n >= 232:
            let g = 8 + (n - 232) * 10
            return (g, g, g)
        case .indexed(let n):
            let levels = [0, 95, 135, 175, 215, 255]
            let i = n - 16
            return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
        case .ansi: return (255, 255, 255)
        case let .rgb(r, g, b): return (Int(r), Int(g), Int(b))
        }
    }

    /// The ncurses colour number for a terminal in `mode`, and whether bold must stand in for
    /// "bright" (8-colour terminals). -1 is the terminal default.
    public func cursesColor(for mode: ColorMode) -> (number: Int32, needsBold: Bool) {
        switch (self, mode) {
        case (.terminalDefault, _), (_, .monochrome): return (-1, false)
        case (.ansi(let n), .ansi8): return (Int32(n % 8), n >= 8)
        case (.ansi(let n), .truecolor) where n >= 8, (.indexed(let n), .truecolor) where n >= 8:
            // Direct-colour terminfo reads numbers from 8 up as RGB values, not palette slots.
            let (r, g, b) = rgbValue
            return (Int32(r << 16 | g << 8 | b), false)
        case (.ansi(let n), _): return (Int32(n), false)
        case (.indexed(let n), .ansi8) where n < 16: return (Int32(n % 8), n >= 8)
        case (.indexed(let n), .indexed256), (.indexed(let n), .truecolor): return (Int32(n), false)
        case (.rgb, .truecolor):
            let (r, g, b) = rgbValue
            return (Int32(r << 16 | g << 8 | b), false)
        case (.rgb, .indexed256): return (Int32(Self.nearest256(rgbValue)), false)
        case (_, .ansi8):
            let n = Self.nearestANSI(rgbValue)
            return (Int32(n % 8), n >= 8)
        }
    }

    static func nearest256(_ c: (Int, Int, Int)) -> Int {
        func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        let cube = 16 + 36 * level(c.0) + 6 * level(c.1) + level(c.2)
        let gray = max(0, min(23, (c.0 + c.1 + c.2) / 3 - 3) / 10)
        let candidates = [cube, 232 + gray]
        return candidates.min { distance(ThemeColor.indexed($0).rgbValue, c) < distance(ThemeColor.indexed($1).rgbValue, c) }!
    }

    static func nearestANSI(_ c: (Int, Int, Int)) -> Int {
        (0..<16).min { distance(ThemeColor.ansi($0).rgbValue, c) < distance(ThemeColor.ansi($1).rgbValue, c) }!
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr * 3 + dg * dg * 4 + db * db * 2
    }
}

/// How many colours the terminal can show, decided once at start.
public enum ColorMode: String, Hashable, Sendable {
    /// NO_COLOR, or a terminal without colours: attributes only.
    case monochrome
    /// 8 or 16 colours.
    case ansi8
    case indexed256
    /// 24-bit colour (a terminfo entry with direct colour, such as xterm-direct).
    case truecolor

    /// Chooses the best mode: `NO_COLOR` (set and non-empty) always wins, then the terminal's
    /// own report of how many colours it has.
    public static func detect(environment: [String: String], hasColors: Bool, colors: Int) -> ColorMode {
        if let v = environment["NO_COLOR"], !v.isEmpty { return .monochrome }
        guard hasColors, colors >= 8 else { return .monochrome }
        if colors >= 0x1000000 { return .truecolor }
        if colors >= 256 { return .indexed256 }
        return .ansi8
    }
}
