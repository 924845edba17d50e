import MufakatDomain

/// Kelengkapan halaman: what each page of a naskah carries besides its text (the paraf box,
/// "Halaman X dari Y"), read from the rulebook's `[[document]]` entries.
public enum PageFurniture {
    /// Page numbers when the rulebook says nothing about a document kind.
    public static let defaultPageNumber = "Halaman {halaman} dari {jumlah}"

    /// The party labels of the paraf box ("PIHAK PERTAMA", "PIHAK KEDUA", ...) when the rulebook
    /// gives the document kind one; else none.
    public static func initials(for document: DocumentKind, rulebook: Rulebook, parties: Int) -> [String] {
        guard rulebook.document(document.rawValue)?.initials == true, parties > 0 else { return [] }
        return (0..<parties).map(Party.label(at:))
    }

    /// The page-number pattern for a document kind ("Halaman {halaman} dari {jumlah}").
    public static func pageNumber(for document: DocumentKind, rulebook: Rulebook?) -> String {
        rulebook?.document(document.rawValue)?.pageNumber ?? defaultPageNumber
    }
}
