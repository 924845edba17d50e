import MufakatDomain

/// Katalog teks layanan: the messages of the services layer (refusals, errors, sentences the CLI
/// and the screens show) as typed entries in both languages; the memberwise init makes the
/// compiler check that both languages have every entry and every argument. One sub-catalogue per
/// area, each in `ServiceText+<Area>.swift`. Follows `DisplayLanguage.current` (or its task-local
/// override in a test). Official documents stay Indonesian and are not in here.
struct ServiceText: Sendable {
    /// Documents: export and signing refusals, output files, PDF conversion.
    var documents: Catalogue<DocumentServiceText>
    /// The facilitator's mapping: errors, import refusals, meeting checks.
    var mapping: Catalogue<MappingServiceText>
    /// Store sessions: read-only states, imports, merges.
    var session: Catalogue<SessionServiceText>
    /// Archived files, the emblem, the after-signing records.
    var archive: Catalogue<ArchiveServiceText>
    /// Synchronisation: errors, reports, merges, conflicts, the facilitator's pull.
    var sync: Catalogue<SyncServiceText>
    /// The rekapitulasi (dashboard) as shown on screens and printed.
    var dashboard: Catalogue<DashboardServiceText>
    /// The meeting's agreements: preview, lines, refusals.
    var agreements: Catalogue<AgreementServiceText>

    static let indonesian = ServiceText(documents: Catalogue(.indonesian), mapping: Catalogue(.indonesian), session: Catalogue(.indonesian), archive: Catalogue(.indonesian), sync: Catalogue(.indonesian), dashboard: Catalogue(.indonesian), agreements: Catalogue(.indonesian))
    static let english = ServiceText(documents: Catalogue(.english), mapping: Catalogue(.english), session: Catalogue(.english), archive: Catalogue(.english), sync: Catalogue(.english), dashboard: Catalogue(.english), agreements: Catalogue(.english))

    /// The catalogue of the language in use, by reference (reading an entry copies nothing).
    static var current: Catalogue<ServiceText> { DisplayLanguage.current == .english ? englishCatalogue : indonesianCatalogue }
    private static let indonesianCatalogue = Catalogue(indonesian)
    private static let englishCatalogue = Catalogue(english)
}
