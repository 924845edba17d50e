/// Naskah teregistrasi: a document the officer registers rather than generates (a letter
/// received, a decision, a format not yet confirmed): its number, date and title.
public struct RegisteredDocument: Codable, Sendable, Hashable {
    public var number: String
    public var date: CalendarDate?
    public var title: String
    /// Where the file is kept, or a short note.
    public var note: String

    public init(number: String = "", date: CalendarDate? = nil, title: String = "", note: String = "") {
        self.number = number; self.date = date; self.title = title; self.note = note
    }

    enum CodingKeys: String, CodingKey { case number, date, title, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(String.self, forKey: .number)
        date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
        title = try c.decode(String.self, forKey: .title)
        note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
    }

    /// Whether it names a document at all (a number or a title).
    public var isRegistered: Bool {
        !(number + title).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
