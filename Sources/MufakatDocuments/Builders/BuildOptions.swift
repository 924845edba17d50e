import MufakatDomain

/// Penulisan tanggal: how dates other than the opening sentence are written.
public enum DateStyle: String, Sendable, Hashable, CaseIterable, Codable {
    /// "15 Juni 2016".
    case long = "panjang"
    /// "15-06-2016".
    case numeric = "angka"

    public func format(_ date: CalendarDate) -> String {
        switch self {
        case .long: IndonesianDate.long(date)
        case .numeric: date.dayMonthYear
        }
    }
}

/// Choices an officer makes about a document that are not part of the cooperation.
public struct BuildOptions: Sendable, Hashable {
    public var dateStyle: DateStyle
    /// Whether attachments (the KAK behind an offer letter, the financing plan behind a PKS)
    /// are appended after a page break.
    public var includeAttachments: Bool
    /// Draf: the naskah is marked "DRAF" on every page (`--draft`).
    public var draft: Bool

    public init(dateStyle: DateStyle = .long, includeAttachments: Bool = true, draft: Bool = false) {
        self.dateStyle = dateStyle; self.includeAttachments = includeAttachments; self.draft = draft
    }
}

/// A document that cannot be built for this cooperation at all (as opposed to one that is
/// merely incomplete, which builds with `MissingValue`s).
public struct NaskahError: Error, Sendable, Hashable, CustomStringConvertible {
    public let document: DocumentKind
    public let problem: String
    public init(document: DocumentKind, problem: String) { self.document = document; self.problem = problem }
    public var description: String { "\(document.label) tidak dapat disusun: \(problem)" }
}
