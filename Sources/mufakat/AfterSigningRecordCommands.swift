import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat follow-up ID --action TEKS --owner TEKS --deadline TTTT-BB-HH` (tindak-lanjut):
/// records a follow-up of an evaluation, with its owner and deadline, in a new revision.
struct FollowUpCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "follow-up",
        abstract: cli.records.followUpAbstract,
        discussion: cli.records.followUpDiscussion,
        aliases: ["tindak-lanjut"]
    ) }

    @Argument(help: ArgumentHelp(cli.documents.storeIDHelp, valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(cli.records.actionHelp, valueName: cli.documents.textValue))
    var action: String

    @Option(name: .long, help: ArgumentHelp(cli.records.ownerHelp, valueName: cli.documents.textValue))
    var owner: String

    @Option(name: .long, help: ArgumentHelp(cli.records.deadlineHelp, valueName: cli.documents.isoDateValue))
    var deadline: String

    @Option(name: .long, help: ArgumentHelp(cli.records.completedHelp, valueName: cli.documents.isoDateValue))
    var completed: String?

    @Option(name: .long, help: ArgumentHelp(cli.records.evaluationHelp, valueName: "N"))
    var evaluation: Int?

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func validate() throws {
        if let evaluation, evaluation < 1 { throw ValidationError(cli.records.evaluationFromOne) }
    }

    func run() throws {
        let due = try AfterSigningCommand.day(deadline)
        let done = try AfterSigningCommand.day(completed)
        let followUp = EvaluationFollowUp(action: action, owner: owner, deadline: due, completedOn: done)
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.addFollowUp(c, followUp, evaluation: evaluation.map { $0 - 1 })
        }
        print(cli.records.followedUp(id, info.revision))
    }
}

/// `mufakat report ID --summary TEKS ...` (laporan): records one periodic report (laporan
/// pelaksanaan kerja sama) with its cover letter's addressee, number and period.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: cli.records.reportAbstract,
        discussion: cli.records.reportDiscussion,
        aliases: ["laporan"]
    ) }

    @Argument(help: ArgumentHelp(cli.documents.storeIDHelp, valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(cli.records.reportDateHelp, valueName: cli.documents.isoDateValue))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(cli.records.recipientHelp, valueName: cli.documents.textValue))
    var recipient: String?

    @Option(name: .long, help: ArgumentHelp(cli.records.letterNumberHelp, valueName: cli.documents.numberValue))
    var letterNumber: String = ""

    @Option(name: .long, help: ArgumentHelp(cli.records.periodStartHelp, valueName: cli.documents.isoDateValue))
    var periodStart: String?

    @Option(name: .long, help: ArgumentHelp(cli.records.periodEndHelp, valueName: cli.documents.isoDateValue))
    var periodEnd: String?

    @Option(name: .long, help: ArgumentHelp(cli.records.reportSummaryHelp, valueName: cli.documents.textValue))
    var summary: String = ""

    @Option(name: .customLong("obstacle"), help: ArgumentHelp(cli.records.obstacleHelp, valueName: cli.documents.textValue))
    var obstacles: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let start = try AfterSigningCommand.day(periodStart)
        let end = try AfterSigningCommand.day(periodEnd)
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.recordReport(c, Report(date: day ?? service.today, recipient: recipient ?? service.defaultReportRecipient(c),
                                               summary: summary, periodStart: start, periodEnd: end,
                                               letterNumber: letterNumber, obstacles: obstacles))
        }
        print(cli.records.reported(id, info.revision))
    }
}

/// `mufakat review ID --stage usulan --recommendation TEKS` (telaah): records a review by the
/// TKKSD of one of the stages the rulebook has it review, with its registered document.
struct ReviewCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "review",
        abstract: cli.records.reviewAbstract,
        discussion: cli.records.reviewDiscussion,
        aliases: ["telaah"]
    ) }

    @Argument(help: ArgumentHelp(cli.documents.storeIDHelp, valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(cli.records.reviewStageHelp, valueName: cli.records.stageValue))
    var stage: String

    @Option(name: .long, help: ArgumentHelp(cli.records.reviewRecommendationHelp, valueName: cli.documents.textValue))
    var recommendation: String

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(cli.records.recommendedHelp))
    var recommended: Bool?

    @Option(name: .long, help: ArgumentHelp(cli.records.reviewDateHelp, valueName: cli.documents.isoDateValue))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(cli.records.reviewDocumentTitleHelp, valueName: cli.documents.titleValue))
    var documentTitle: String?

    @Option(name: .long, help: ArgumentHelp(cli.records.reviewDocumentNumberHelp, valueName: cli.documents.numberValue))
    var documentNumber: String?

    @Option(name: .long, help: ArgumentHelp(cli.records.reviewDocumentDateHelp, valueName: cli.documents.isoDateValue))
    var documentDate: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let docDate = try AfterSigningCommand.day(documentDate)
        let document = RegisteredDocument(number: documentNumber ?? "", date: docDate, title: documentTitle ?? "")
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.recordTKKSDReview(c, stageID: stage, date: day, recommendation: recommendation,
                                          recommended: recommended, document: document)
        }
        print(cli.records.reviewed(id, info.revision))
    }
}
