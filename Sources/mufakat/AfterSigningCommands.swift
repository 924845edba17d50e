import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

extension EndRecord.Ground: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension EndRecord.Instrument: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// The after-signing commands share loading, the service call and the save.
enum AfterSigningCommand {
    static func day(_ text: String?) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let d = CalendarDate(iso: text) else {
            printError(cli.documents.badDate(text))
            throw Exit.unusable
        }
        return d
    }

    /// Loads `id`, applies `change` through the service, and saves a new revision.
    static func record(id: String, store: StoreOptions, rulebook: RulebookOptions,
                       _ change: (AfterSigningService, Cooperation) throws(AfterSigningService.Failure) -> Cooperation) throws -> RevisionInfo {
        let session = try StoreSupport.open(store, mode: .existingReadWrite)
        let service = AfterSigningService(rulebook: try rulebook.load())
        let stored = try StoreSupport.run(session) { () throws(StoreError) -> StoredCooperation in try session.load(id: id) }
        let changed: Cooperation
        do {
            changed = try change(service, stored.cooperation)
        } catch {
            printError(error.description)
            throw Exit.findings
        }
        return try StoreSupport.run(session) { () throws(StoreError) -> RevisionInfo in
            try service.save(changed, basedOn: stored.revision, in: session)
        }
    }
}

/// `mufakat end ID --ground G` (akhiri): records the ending of a signed cooperation
/// (PP 28/2018 Pasal 9 ayat (1), Pasal 22) in a new revision, as the screens do.
struct EndCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "end",
        abstract: cli.documents.endAbstract,
        discussion: cli.documents.endDiscussion,
        aliases: ["akhiri"]
    ) }

    @Argument(help: ArgumentHelp(cli.documents.storeIDHelp, valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(cli.documents.groundHelp, valueName: cli.documents.groundValue))
    var ground: EndRecord.Ground

    @Option(name: .long, help: ArgumentHelp(cli.documents.endDateHelp, valueName: cli.documents.isoDateValue))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(cli.documents.documentTitleHelp, valueName: cli.documents.titleValue))
    var documentTitle: String?

    @Option(name: .long, help: ArgumentHelp(cli.documents.documentNumberHelp, valueName: cli.documents.numberValue))
    var documentNumber: String?

    @Option(name: .long, help: ArgumentHelp(cli.documents.documentDateHelp, valueName: cli.documents.isoDateValue))
    var documentDate: String?

    @Option(name: .long, help: ArgumentHelp(cli.documents.instrumentHelp, valueName: cli.documents.documentValue))
    var instrument: EndRecord.Instrument?

    @Option(name: .long, help: ArgumentHelp(cli.documents.remarkHelp, valueName: cli.documents.textValue))
    var note: String = ""

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let docDate = try AfterSigningCommand.day(documentDate)
        let document = RegisteredDocument(number: documentNumber ?? "", date: docDate, title: documentTitle ?? "")
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.end(c, ground: ground, date: day, document: document, instrument: instrument, note: note)
        }
        print(cli.documents.ended(id, info.revision))
    }
}

/// `mufakat evaluate ID --evaluator TIM --finding ...` (evaluasi): records one evaluation of a
/// signed cooperation in a new revision.
struct EvaluateCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "evaluate",
        abstract: cli.documents.evaluateAbstract,
        discussion: cli.documents.evaluateDiscussion,
        aliases: ["evaluasi"]
    ) }

    @Argument(help: ArgumentHelp(cli.documents.storeIDHelp, valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(cli.documents.evaluationDateHelp, valueName: cli.documents.isoDateValue))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(cli.documents.evaluatorHelp, valueName: cli.documents.teamValue))
    var evaluator: String = ""

    @Option(name: .long, help: ArgumentHelp(cli.documents.summaryHelp, valueName: cli.documents.textValue))
    var summary: String = ""

    @Option(name: .customLong("finding"), help: ArgumentHelp(cli.documents.findingHelp, valueName: cli.documents.textValue))
    var findings: [String] = []

    @Option(name: .customLong("recommendation"), help: ArgumentHelp(cli.documents.recommendationHelp, valueName: cli.documents.textValue))
    var recommendations: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.addEvaluation(c, Evaluation(date: day ?? service.today, evaluator: evaluator, summary: summary,
                                                    findings: findings, recommendations: recommendations))
        }
        print(cli.documents.evaluated(id, info.revision))
    }
}

/// `mufakat renew ID --years N --reason TEKS` (perpanjang): records a renewal of a signed
/// cooperation, resting on its latest evaluation, in a new revision.
struct RenewCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "renew",
        abstract: cli.documents.renewAbstract,
        discussion: cli.documents.renewDiscussion,
        aliases: ["perpanjang"]
    ) }

    @Argument(help: ArgumentHelp(cli.documents.storeIDHelp, valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(cli.documents.yearsHelp, valueName: "N"))
    var years: Int

    @Option(name: .long, help: ArgumentHelp(cli.documents.renewReasonHelp, valueName: cli.documents.textValue))
    var reason: String

    @Option(name: .long, help: ArgumentHelp(cli.documents.renewDateHelp, valueName: cli.documents.isoDateValue))
    var date: String?

    @Option(name: .customLong("number"), help: ArgumentHelp(cli.documents.renewNumberHelp, valueName: cli.documents.numberValue))
    var numbers: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func validate() throws {
        guard (1...99).contains(years) else { throw ValidationError(cli.documents.yearsRange) }
    }

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.recordRenewal(c, date: day, years: years, reason: reason, numbers: numbers)
        }
        print(cli.documents.renewed(id, info.revision))
    }
}

/// `mufakat amend ID --stage pks --reason TEKS --change ...` (adendum): records an adendum to a
/// signed naskah in a new revision.
struct AmendCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "amend",
        abstract: cli.documents.amendAbstract,
        discussion: cli.documents.amendDiscussion,
        aliases: ["adendum"]
    ) }

    @Argument(help: ArgumentHelp(cli.documents.storeIDHelp, valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(cli.documents.amendStageHelp, valueName: cli.documents.stageValue))
    var stage: String

    @Option(name: .long, help: ArgumentHelp(cli.documents.amendReasonHelp, valueName: cli.documents.textValue))
    var reason: String

    @Option(name: .long, help: ArgumentHelp(cli.documents.amendDateHelp, valueName: cli.documents.isoDateValue))
    var date: String?

    @Option(name: .customLong("change"), help: ArgumentHelp(cli.documents.changeHelp, valueName: cli.documents.textValue))
    var changes: [String] = []

    @Option(name: .customLong("number"), help: ArgumentHelp(cli.documents.amendNumberHelp, valueName: cli.documents.numberValue))
    var numbers: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.recordAmendment(c, stageID: stage, date: day, reason: reason, changes: changes, numbers: numbers)
        }
        print(cli.documents.amended(id, info.revision))
    }
}
