import MufakatDomain

/// Ukuran kertas: the paper sizes regional offices print on.
public enum Paper: String, Sendable, Hashable, CaseIterable, Codable {
    /// A4, 210 × 297 mm.
    case a4
    /// F4 / folio, 215 × 330 mm: the usual paper of Indonesian official documents.
    case f4

    /// Width and height in twentieths of a point (twips).
    public var twips: (width: Int, height: Int) {
        switch self {
        case .a4: (11906, 16838)
        case .f4: (12189, 18709)
        }
    }

    public var label: String {
        switch self {
        case .a4: "A4 (210 × 297 mm)"
        case .f4: "F4/folio (215 × 330 mm)"
        }
    }
}

/// Huruf: the usual typefaces of official documents.
public enum Typeface: String, Sendable, Hashable, CaseIterable, Codable {
    case bookmanOldStyle = "bookman"
    case arial
    case timesNewRoman = "times"

    /// The font name as Word and LibreOffice know it.
    public var fontName: String {
        switch self {
        case .bookmanOldStyle: "Bookman Old Style"
        case .arial: "Arial"
        case .timesNewRoman: "Times New Roman"
        }
    }

    /// Accepts the short key ("bookman", "arial", "times") or the font name, any case.
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter }
        switch key {
        case "bookman", "bookmanoldstyle": self = .bookmanOldStyle
        case "arial": self = .arial
        case "times", "timesnewroman": self = .timesNewRoman
        default: return nil
        }
    }

    /// Font family class for the font table.
    var family: String { self == .arial ? "swiss" : "roman" }
}

/// Tata letak halaman: paper, margins, typeface and size for the DOCX renderer.
public struct PageSetup: Sendable, Hashable {
    public var paper: Paper
    public var typeface: Typeface
    /// Font size in points (body text); titles use the same size, bold.
    public var fontSize: Int
    /// Margins in millimetres.
    public var marginTop: Double
    public var marginRight: Double
    public var marginBottom: Double
    public var marginLeft: Double
    /// Landscape (melintang): for wide tables such as the planning annex; the margins stay
    /// attached to the text's left, right, top and bottom.
    public var landscape: Bool

    /// F4 or A4 with the margins of the tata naskah dinas: 3 cm left, 2 cm right, 2.5 cm top,
    /// 2.5 cm bottom (at least 2.5 cm, so the paraf box and page number keep clear of the text).
    public init(paper: Paper = .a4, typeface: Typeface = .bookmanOldStyle, fontSize: Int = 12,
                marginTop: Double = 25, marginRight: Double = 20, marginBottom: Double = 25, marginLeft: Double = 30,
                landscape: Bool = false) {
        self.paper = paper; self.typeface = typeface; self.fontSize = fontSize; self.landscape = landscape
        self.marginTop = marginTop; self.marginRight = marginRight; self.marginBottom = marginBottom; self.marginLeft = marginLeft
    }

    static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }

    /// Text width between the margins, in twips.
    var textWidth: Int { sheet.width - PageSetup.twips(mm: marginLeft) - PageSetup.twips(mm: marginRight) }

    /// The sheet as it lies: the paper's size, turned when landscape.
    var sheet: (width: Int, height: Int) {
        let (w, h) = paper.twips
        return landscape ? (h, w) : (w, h)
    }
}

extension PageSetup {
    /// The page with the margins the region's profile sets (tata naskah dinas of the region),
    /// each margin the profile leaves out at its default.
    public init(paper: Paper = .a4, typeface: Typeface = .bookmanOldStyle, fontSize: Int = 12, margins: PageMargins?) {
        let d = PageSetup()
        self.init(paper: paper, typeface: typeface, fontSize: fontSize,
                  marginTop: margins?.top ?? d.marginTop, marginRight: margins?.right ?? d.marginRight,
                  marginBottom: margins?.bottom ?? d.marginBottom, marginLeft: margins?.left ?? d.marginLeft)
    }
}
