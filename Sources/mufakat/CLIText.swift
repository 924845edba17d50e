import MufakatDomain

/// Katalog teks baris perintah: every help text and printed line of `mufakat`, as typed entries in
/// both languages (the memberwise init makes the compiler check that both languages have every entry
/// and every argument). One sub-catalogue per group of subcommands, each in `CLIText+<Area>.swift`.
/// Follows `DisplayLanguage.current`, which `Mufakat.main()` resolves from `--lang`, `MUFAKAT_LANG`
/// and `LANG` before the parser reads any help.
struct CLIText: Sendable {
    /// The root command, shared options, `open`, `gallery`, and the words every command prints.
    var common: CommonCLIText
    /// list, show, import, history, restore, check-store, bundle, demo, store-stress, store-bench.
    var store: StoreCLIText
    /// export, sign, verify, attach, files, end, evaluate, renew, amend.
    var documents: DocumentsCLIText
    /// catalog, rulebook, spell, validate.
    var domain: DomainCLIText
    /// mapping and mapping meeting.
    var mapping: MappingCLIText
    /// dashboard, publish, sync, profile.
    var office: OfficeCLIText
    /// follow-up, report, review.
    var records: RecordsCLIText

    static let indonesian = CLIText(common: .indonesian, store: .indonesian, documents: .indonesian, domain: .indonesian, mapping: .indonesian, office: .indonesian, records: .indonesian)
    static let english = CLIText(common: .english, store: .english, documents: .english, domain: .english, mapping: .english, office: .english, records: .english)

    /// The catalogue of the language in use.
    static var current: CLIText { DisplayLanguage.current == .english ? english : indonesian }
}

/// The catalogue in use, short: `cli.store.listAbstract`.
var cli: CLIText { CLIText.current }
