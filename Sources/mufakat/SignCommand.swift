import ArgumentParser
import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat sign ID --document kb --file FILE` (tandatangani): marks the KB or PKS signed and keeps
/// the SHA-256 of the signed file in a new revision, for `mufakat verify`.
struct SignCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "sign",
        abstract: cli.documents.signAbstract,
        discussion: cli.documents.signDiscussion,
        aliases: ["tandatangani"]
    ) }

    @Argument(help: ArgumentHelp(cli.documents.storeIDHelp, valueName: "ID"))
    var id: String

    @Option(name: [.customShort("d"), .long], help: ArgumentHelp(cli.documents.signDocumentHelp, valueName: cli.documents.documentValue))
    var document: DocumentKind

    @Option(name: .long, help: ArgumentHelp(cli.documents.signFileHelp, valueName: cli.common.fileValue))
    var file: String

    @Option(name: .long, help: ArgumentHelp(cli.documents.signDateHelp, valueName: cli.documents.isoDateValue))
    var date: String?

    @Flag(name: .customLong("acknowledge-warnings"),
          help: ArgumentHelp(cli.documents.acknowledgeHelp))
    var acknowledgeWarnings = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day: CalendarDate
        if let date {
            guard let d = CalendarDate(iso: date) else {
                printError(cli.documents.badDate(date))
                throw Exit.unusable
            }
            day = d
        } else {
            day = CalendarDate.today()
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            printError(cli.documents.unreadable(file))
            throw Exit.unusable
        }
        let format = (file as NSString).pathExtension.lowercased()
        let session = try StoreSupport.open(store, mode: .existingReadWrite)
        let service = DocumentService(rulebook: try rulebookOptions.load(), profile: session.loadProfile())
        let stored = try StoreSupport.run(session) { () throws(StoreError) -> StoredCooperation in try session.load(id: id) }
        let signed: Cooperation
        // Warnings are shown again; with --acknowledge-warnings the officer acknowledges these.
        let warnings = service.signingWarnings(stored.cooperation, kind: document)
        if acknowledgeWarnings, !warnings.isEmpty {
            printError(cli.documents.acknowledged(warnings.count))
            for w in warnings { printError("  - \(w)") }
        }
        do {
            signed = try service.markSigned(stored.cooperation, kind: document, data: data, format: format.isEmpty ? "?" : format,
                                            on: day, acknowledged: acknowledgeWarnings ? warnings : [])
        } catch {
            if case .warningsNotAcknowledged = error {
                printError(error.description)
                printError(cli.documents.repeatAcknowledged)
                throw Exit.findings
            }
            throw StoreSupport.fail(error)
        }
        let info = try StoreSupport.run(session) { () throws(StoreError) -> RevisionInfo in try session.save(signed, basedOn: stored.revision) }
        print(cli.documents.signed(document.label, id, info.revision))
        print(cli.documents.documentSHA + Fingerprint.sha256(data))
    }
}
