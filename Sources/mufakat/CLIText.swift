import MufakatDomain

/// Katalog teks baris perintah: every help text and printed line of `mufakat`, as typed entries in
/// both languages (the memberwise init makes the compiler check that both languages have every entry
/// and every argument). One sub-catalogue per group of subcommands, each in `CLIText+<Area>.swift`.
/// Follows `DisplayLanguage.current`, which `Mufakat.main()` resolves from `--lang`, `MUFAKAT_LANG`
/// and `LANG` before the parser reads any help.
struct CLIText: Sendable {
    /// The root command, shared options, `open`, `gallery`, and the words every command prints.
    var common: Catalogue<CommonCLIText>
    /// list, show, import, history, restore, check-store, bundle, demo, store-stress, store-bench.
    var store: Catalogue<StoreCLIText>
    /// export, sign, verify, attach, files, end, evaluate, renew, amend.
    var documents: Catalogue<DocumentsCLIText>
    /// catalog, rulebook, spell, validate.
    var domain: Catalogue<DomainCLIText>
    /// mapping and mapping meeting.
    var mapping: Catalogue<MappingCLIText>
    /// dashboard, publish, sync, profile.
    var office: Catalogue<OfficeCLIText>
    /// follow-up, report, review.
    var records: Catalogue<RecordsCLIText>

    static let indonesian = CLIText(common: Catalogue(.indonesian), store: Catalogue(.indonesian), documents: Catalogue(.indonesian), domain: Catalogue(.indonesian), mapping: Catalogue(.indonesian), office: Catalogue(.indonesian), records: Catalogue(.indonesian))
    static let english = CLIText(common: Catalogue(.english), store: Catalogue(.english), documents: Catalogue(.english), domain: Catalogue(.english), mapping: Catalogue(.english), office: Catalogue(.english), records: Catalogue(.english))

    /// The catalogue of the language in use, by reference (reading an entry copies nothing).
    static var current: Catalogue<CLIText> { DisplayLanguage.current == .english ? englishCatalogue : indonesianCatalogue }
    private static let indonesianCatalogue = Catalogue(indonesian)
    private static let englishCatalogue = Catalogue(english)
}

/// The catalogue in use, short: `cli.store.listAbstract`.
var cli: Catalogue<CLIText> { CLIText.current }
