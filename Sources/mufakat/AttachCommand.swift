import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat attach ID --stage kb --kind scan-ttd FILE` (lampirkan): keeps a file with a cooperation.
struct AttachCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "attach",
        abstract: cli.documents.attachAbstract,
        discussion: cli.documents.attachDiscussion,
        aliases: ["lampirkan"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @Argument(help: ArgumentHelp(cli.common.idHelp, valueName: "ID"))
    var id: String
    @Option(name: .long, help: ArgumentHelp(cli.documents.attachStageHelp, valueName: cli.documents.stageValue))
    var stage: String
    @Option(name: .long, help: ArgumentHelp(cli.documents.attachKindHelp, valueName: cli.documents.kindValue))
    var kind: String
    @Argument(help: ArgumentHelp(cli.documents.attachFileHelp, valueName: cli.common.fileValue))
    var file: String
    @Option(name: .long, help: ArgumentHelp(cli.documents.attachNumberHelp, valueName: cli.documents.numberValue))
    var number: String = ""
    @Option(name: .long, help: ArgumentHelp(cli.documents.attachDateHelp, valueName: cli.documents.dateValue))
    var date: String?
    @Option(name: .long, help: ArgumentHelp(cli.documents.noteHelp, valueName: cli.documents.textValue))
    var note: String = ""
    @OptionGroup var output: JSONOption

    func run() throws {
        var parsedDate: CalendarDate?
        if let date {
            guard let d = CalendarDate(iso: date) ?? CalendarDate(dayMonthYear: date) else {
                printError(cli.documents.badAttachDate(date))
                throw Exit.unusable
            }
            parsedDate = d
        }
        let rulebook = try rulebookOptions.load()
        let session = try StoreSupport.open(store, mode: .existingReadWrite)
        let service = ArchiveService(session: session, rulebook: rulebook)
        let result: ArchiveService.AttachResult
        do {
            result = try service.attach(id: id, .init(stage: stage, kind: kind, path: file, number: number, date: parsedDate, note: note))
        } catch {
            printError(cli.common.errorPrefix + error.description)
            if case .store(let e) = error, case .conflict = e { throw Exit.findings }
            throw Exit.unusable
        }
        StoreSupport.printNotices(session)
        if output.json { try printJSON(result); return }
        if result.unchanged {
            print(cli.documents.alreadyAttached(result.file.fileName, result.file.stage, result.file.kind))
        } else {
            print(cli.documents.attached(result.file.fileName, ArchiveService.megabytes(result.file.size), result.file.sha256, id, result.file.stage, result.file.kind, result.revision))
        }
    }
}

/// `mufakat files ID [--export DIR]` (berkas): the files kept with a cooperation.
struct FilesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "files",
        abstract: cli.documents.filesAbstract,
        aliases: ["berkas"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @Argument(help: ArgumentHelp(cli.common.idHelp, valueName: "ID"))
    var id: String
    @Option(name: .customLong("export"), help: ArgumentHelp(cli.documents.filesExportHelp, valueName: cli.common.storeValue))
    var exportFolder: String?
    @OptionGroup var output: JSONOption

    func run() throws {
        let rulebook = try rulebookOptions.load()
        let session = try StoreSupport.open(store, mode: .readOnly)
        let service = ArchiveService(session: session, rulebook: rulebook)
        do {
            if let exportFolder {
                let written = try service.export(id: id, to: URL(fileURLWithPath: exportFolder))
                if output.json { try printJSON(written); return }
                print(written.isEmpty ? cli.documents.noArchive(id) : cli.documents.copied(written.count, exportFolder))
                for path in written { print("  \(path)") }
                return
            }
            let listing = try service.files(id: id)
            if output.json { try printJSON(listing); return }
            if listing.isEmpty { print(cli.documents.noArchiveHint(id)) }
            for (i, item) in listing.enumerated() {
                let f = item.file
                var line = "\(i + 1). [\(f.stage)] \(item.kindName): \(f.fileName) (\(ArchiveService.megabytes(f.size)))"
                if !f.number.isEmpty { line += cli.documents.numberPart(f.number) }
                if let d = f.date { line += cli.documents.datePart(IndonesianDate.long(d)) }
                print(line)
                print("   SHA-256 \(f.sha256)\(item.intact ? "" : cli.documents.damaged)")
                if !f.note.isEmpty { print(cli.documents.notePart(f.note)) }
            }
            let missing = (try? session.load(id: id)).map { service.signedWithoutScan($0.cooperation) } ?? []
            if !missing.isEmpty { print(cli.documents.noScan(missing.joined(separator: ", "))) }
        } catch let error as ArchiveError {
            printError(cli.common.errorPrefix + error.description)
            throw Exit.unusable
        }
    }
}
