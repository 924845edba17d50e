import ArgumentParser
import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat verify FILE ID` (verifikasi): is this document file exactly the signed one?
struct VerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "verify",
        abstract: cli.documents.verifyAbstract,
        discussion: cli.documents.verifyDiscussion,
        aliases: ["verifikasi"]
    ) }

    @Argument(help: ArgumentHelp(cli.documents.verifyFileHelp, valueName: cli.common.fileValue))
    var file: String

    @Argument(help: ArgumentHelp(cli.documents.storeIDHelp, valueName: "ID"))
    var id: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @OptionGroup var jsonOutput: JSONOption

    struct Report: Encodable {
        let file: String
        let id: String
        let sha256: String
        let verdict: String
        let document: String?
        let revision: Int?
        let settings: String?
        let message: String
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError(cli.documents.unreadable(file))
            throw Exit.unusable
        }
        let session = try StoreSupport.open(store, mode: .readOnly)
        let revisions = try StoreSupport.run(session) { () throws(StoreError) -> [StoredCooperation] in try session.revisions(id: id) }
        let service = DocumentService(rulebook: try rulebookOptions.load(), profile: session.loadProfile())
        let sha = Fingerprint.sha256(data)
        let verdict = service.verify(data, revisions: revisions)
        let latest = revisions.map(\.revision).max() ?? 0

        let report: Report
        switch verdict {
        case .signed(let kind, let revision):
            // Signed is not the same as in force: an ended or expired cooperation says so.
            let current = revisions[revisions.count - 1].cooperation
            let today = CalendarDate.today()
            var standing = cli.documents.stillInForce
            if let ended = current.ended {
                standing = cli.documents.endedOn(current.status(on: today).label, ended.date.dayMonthYear)
            } else if let expiry = current.renewedExpiryDate, expiry < today {
                standing = cli.documents.termEndedOn(expiry.dayMonthYear)
            }
            report = Report(file: file, id: id, sha256: sha, verdict: "ditandatangani", document: kind.rawValue, revision: revision, settings: nil,
                            message: cli.documents.same(kind.label, revision, standing))
        case .formerlySigned(let kind, let revision):
            report = Report(file: file, id: id, sha256: sha, verdict: "pernah-ditandatangani", document: kind.rawValue, revision: revision, settings: nil,
                            message: cli.documents.sameAsOld(kind.label, revision, latest))
        case .exported(let kind, let revision, let settings):
            // Without any recorded fingerprint there is no signed naskah to compare with yet.
            let recorded = !SignedDocument.fingerprints(in: revisions[revisions.count - 1].cooperation).isEmpty
            let head = recorded ? cli.documents.notSigned : cli.documents.exportNoSigned
            report = Report(file: file, id: id, sha256: sha, verdict: "hasil-ekspor", document: kind.rawValue, revision: revision, settings: settings,
                            message: cli.documents.exportOf(head, kind.label, revision, settings)
                                + (revision == latest ? "." : cli.documents.latestRevision(latest)))
        case .unknown:
            report = Report(file: file, id: id, sha256: sha, verdict: "tidak-dikenal", document: nil, revision: nil, settings: nil,
                            message: cli.documents.notSame(id))
        }
        if jsonOutput.json {
            try printJSON(report)
        } else {
            print(report.message)
            print(cli.documents.fileSHA + sha)
            for (kind, recorded, format) in SignedDocument.fingerprints(in: revisions[revisions.count - 1].cooperation) {
                print(cli.documents.signedSHA(kind.label, format.map { " (\($0))" } ?? "") + recorded)
            }
        }
        if case .signed = verdict { return }
        throw Exit.findings
    }
}
