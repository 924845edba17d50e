import MufakatDomain

/// Katalog teks layanan: the messages of the services layer (refusals, errors, sentences the CLI
/// and the screens show) as typed entries in both languages; the memberwise init makes the
/// compiler check that both languages have every entry and every argument. One sub-catalogue per
/// area, each in `ServiceText+<Area>.swift`. Follows `DisplayLanguage.current` (or its task-local
/// override in a test). Official documents stay Indonesian and are not in here.
struct ServiceText: Sendable {
    /// Documents: export and signing refusals, output files, PDF conversion.
    var documents: DocumentServiceText
    /// The facilitator's mapping: errors, import refusals, meeting checks.
    var mapping: MappingServiceText
    /// Store sessions: read-only states, imports, merges.
    var session: SessionServiceText
    /// Archived files, the emblem, the after-signing records.
    var archive: ArchiveServiceText
    /// Synchronisation: errors, reports, merges, conflicts, the facilitator's pull.
    var sync: SyncServiceText
    /// The rekapitulasi (dashboard) as shown on screens and printed.
    var dashboard: DashboardServiceText
    /// The meeting's agreements: preview, lines, refusals.
    var agreements: AgreementServiceText

    static let indonesian = ServiceText(documents: .indonesian, mapping: .indonesian, session: .indonesian, archive: .indonesian, sync: .indonesian, dashboard: .indonesian, agreements: .indonesian)
    static let english = ServiceText(documents: .english, mapping: .english, session: .english, archive: .english, sync: .english, dashboard: .english, agreements: .english)

    /// The catalogue of the language in use.
    static var current: ServiceText { DisplayLanguage.current == .english ? english : indonesian }
}
