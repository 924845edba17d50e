import MufakatDomain

/// Naskah: a document built from a cooperation, as blocks in reading order. Renderers turn it
/// into DOCX, Markdown or plain text; the model holds no layout beyond what every renderer
/// needs (alignment, indentation by list level, tables, the signature grid, page breaks).
public struct Naskah: Sendable, Hashable {
    public var kind: DocumentKind
    /// Short title for file metadata: "Kesepakatan Bersama tentang ...".
    public var title: String
    public var blocks: [Block]
    /// Draf: a draft carries a visible "DRAF" mark (the DOCX page header, the top of the text
    /// and Markdown exports).
    public var isDraft: Bool
    /// Kotak paraf: one cell per party label ("PIHAK PERTAMA", ...) on every page; empty for
    /// documents without one. See `PageFurniture`.
    public var initials: [String]
    /// The document's own date (signing or letter date), for the DOCX properties; nil when unknown.
    public var date: CalendarDate?
    /// Nomor halaman: the page-number line with `{halaman}` and `{jumlah}` ("Halaman 1 dari 22").
    public var pageNumber: String

    public init(kind: DocumentKind, title: String, blocks: [Block] = [], isDraft: Bool = false,
                initials: [String] = [], date: CalendarDate? = nil, pageNumber: String = PageFurniture.defaultPageNumber) {
        self.kind = kind; self.title = title; self.blocks = blocks
        self.isDraft = isDraft; self.initials = initials; self.date = date; self.pageNumber = pageNumber
    }

    /// The mark a draft carries at its top and in each page header.
    public static let draftMark = "DRAF"

    /// Every value still missing, in document order, each once.
    public var missingFields: [MissingValue] {
        var seen = Set<MissingValue>()
        var out: [MissingValue] = []
        for field in blocks.flatMap(\.texts).flatMap(\.missingFields) where seen.insert(field).inserted {
            out.append(field)
        }
        return out
    }

    /// Whether the document can be exported as final (nothing missing).
    public var isComplete: Bool { missingFields.isEmpty }
}

/// Perataan: paragraph alignment.
public enum Alignment: String, Sendable, Hashable {
    case left, center, right, justified
}

/// One block of a naskah.
public enum Block: Sendable, Hashable {
    /// Kop surat: the letterhead at the top of a letter.
    case letterhead(LetterheadBlock)
    /// Judul: centred bold lines ("KESEPAKATAN BERSAMA", "ANTARA", ...).
    case title([RichText])
    /// Nomor naskah: one centred "NOMOR : ..." line per party.
    case numbers([RichText])
    /// A paragraph of body text.
    case paragraph(Paragraph)
    /// A section heading ("A. LATAR BELAKANG", "LAMPIRAN").
    case heading(RichText)
    /// Items with literal markers ("1.", "a.", "(1)"), possibly nested.
    case list([ListItem])
    /// Pasal: "Pasal N", its heading, and its paragraphs.
    case article(ArticleBlock)
    case table(Table)
    /// Tanda tangan: signature blocks side by side.
    case signatures(SignatureGrid)
    /// Tembusan: the copies of a letter, "Tembusan:" over a numbered list, set small and tight
    /// so that a letter keeps to its page.
    case copies([RichText])
    case pageBreak

    /// All texts of the block in reading order.
    public var texts: [RichText] {
        switch self {
        case .letterhead(let l): l.lines
        case .title(let lines), .numbers(let lines): lines
        case .paragraph(let p): [p.text]
        case .heading(let t): [t]
        case .list(let items): items.flatMap(\.texts)
        case .article(let a): [RichText("Pasal \(a.number)"), a.heading] + a.items.flatMap(\.texts)
        case .table(let t): t.header + t.rows.flatMap(\.cells)
        case .signatures(let g): g.rows.flatMap(\.cells)
        case .copies(let items): [RichText("Tembusan:")] + items
        case .pageBreak: []
        }
    }
}

/// A paragraph of body text.
public struct Paragraph: Sendable, Hashable {
    public var text: RichText
    public var alignment: Alignment
    /// Indentation level (each level one hanging-indent step), 0 = none.
    public var indent: Int
    /// Keep with the next paragraph on the same page (closing lines before signatures).
    public var keepWithNext: Bool

    public init(_ text: RichText, alignment: Alignment = .justified, indent: Int = 0, keepWithNext: Bool = false) {
        self.text = text; self.alignment = alignment; self.indent = indent; self.keepWithNext = keepWithNext
    }
}

/// One item of a list: a literal marker ("1.", "a.", "(1)") or none, its text, and sub-items.
public struct ListItem: Sendable, Hashable {
    /// Nil for an unnumbered paragraph (a single-paragraph article).
    public var marker: String?
    public var text: RichText
    public var children: [ListItem]

    public init(marker: String?, text: RichText, children: [ListItem] = []) {
        self.marker = marker; self.text = text; self.children = children
    }

    public var texts: [RichText] {
        [RichText(marker.map { [.text($0, bold: false)] } ?? []) + text] + children.flatMap(\.texts)
    }
}

/// Pasal N: a literal article number (never Word auto-numbering), a heading in capitals,
/// and its paragraphs "(1)", "(2)" with lettered lists.
public struct ArticleBlock: Sendable, Hashable {
    public var number: Int
    public var heading: RichText
    public var items: [ListItem]
    /// The rulebook clause it came from.
    public var clauseID: String

    public init(number: Int, heading: RichText, items: [ListItem], clauseID: String = "") {
        self.number = number; self.heading = heading; self.items = items; self.clauseID = clauseID
    }
}
