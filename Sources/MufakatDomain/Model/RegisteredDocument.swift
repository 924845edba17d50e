/// Naskah teregistrasi: a document the officer registers rather than generates (a letter
/// received, a decision, a format not yet confirmed): its number, date and title.
public struct RegisteredDocument: Codable, Sendable, Hashable {
    struct Fields: Sendable, Hashable {
        var number: String
        var date: CalendarDate?
        var title: String
        var note: String
    }
    /// Boxed: see `Box` for why.
    private var box: Box<Fields>

    public var number: String {
        get { box.value.number }
        set { var f = box.value; f.number = newValue; box = Box(f) }
    }
    public var date: CalendarDate? {
        get { box.value.date }
        set { var f = box.value; f.date = newValue; box = Box(f) }
    }
    public var title: String {
        get { box.value.title }
        set { var f = box.value; f.title = newValue; box = Box(f) }
    }
    /// Where the file is kept, or a short note.
    public var note: String {
        get { box.value.note }
        set { var f = box.value; f.note = newValue; box = Box(f) }
    }

    public init(number: String = "", date: CalendarDate? = nil, title: String = "", note: String = "") {
        box = Box(Fields(number: number, date: date, title: title, note: note))
    }

    enum CodingKeys: String, CodingKey { case number, date, title, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        box = Box(Fields(number: try c.decode(String.self, forKey: .number),
                         date: try c.decodeIfPresent(CalendarDate.self, forKey: .date),
                         title: try c.decode(String.self, forKey: .title),
                         note: try c.decodeIfPresent(String.self, forKey: .note) ?? ""))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encode(title, forKey: .title)
        try c.encode(note, forKey: .note)
    }

    public static func == (a: RegisteredDocument, b: RegisteredDocument) -> Bool { a.box.value == b.box.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(box.value) }

    /// Whether it names a document at all (a number or a title).
    public var isRegistered: Bool {
        !(number + title).trimmedWhitespaceAndNewlines().isEmpty
    }
}

extension RegisteredDocument: CustomStringConvertible {
    public var description: String { "RegisteredDocument(number: \(number), date: \(date.map(\.iso) ?? "-"), title: \(title))" }
}
