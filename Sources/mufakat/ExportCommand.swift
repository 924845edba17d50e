import ArgumentParser
import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat export ID --document kb --format docx --output FILE` (ekspor): writes a naskah.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: cli.documents.exportAbstract,
        discussion: cli.documents.exportDiscussion(DocumentKind.helpList),
        aliases: ["ekspor"]
    ) }

    @Argument(help: ArgumentHelp(cli.documents.storeIDHelp, valueName: "ID"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp(cli.documents.fromHelp, valueName: cli.common.fileValue))
    var from: String?

    @Option(name: [.customShort("d"), .long],
            help: ArgumentHelp(cli.documents.documentHelp, valueName: cli.documents.documentValue))
    var document: DocumentKind

    @Option(name: [.customShort("f"), .long],
            help: ArgumentHelp(cli.documents.formatHelp, valueName: "FORMAT"))
    var format: DocumentFormat?

    @Option(name: .long, help: ArgumentHelp(cli.documents.paperHelp, valueName: cli.documents.paperValue))
    var paper: Paper = .a4

    @Option(name: .long, help: ArgumentHelp(cli.documents.fontHelp, valueName: cli.documents.fontValue))
    var font: Typeface = .bookmanOldStyle

    @Option(name: .long, help: ArgumentHelp(cli.documents.dateStyleHelp, valueName: cli.documents.styleValue))
    var dateStyle: DateStyle = .long

    @Option(name: [.short, .long], help: ArgumentHelp(cli.documents.outputHelp, valueName: cli.common.fileValue))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(cli.documents.draftHelp))
    var draft = false

    @Option(name: .long, help: ArgumentHelp(cli.documents.partyHelp, valueName: "N"))
    var party: Int?

    @Flag(name: .long, help: ArgumentHelp(cli.documents.noAttachmentsHelp))
    var noAttachments = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @OptionGroup var jsonOutput: JSONOption

    struct Report: Encodable {
        let document: String
        let format: String
        let output: String?
        let complete: Bool
        let draft: Bool
        let sha256: String?
        let missing: [MissingValue]
    }

    func run() throws {
        try ExportRequest(id: id, from: from, document: document, format: format, paper: paper, font: font,
                          dateStyle: dateStyle, output: output, draft: draft, party: party, noAttachments: noAttachments,
                          store: store.store, rulebook: rulebookOptions.rulebook, json: jsonOutput.json).run()
    }
}

/// One export as the parser or `QuickParse` read it: plain values, so the quick road needs none
/// of the parser's option definitions (issue 19: making `ExportCommand`'s was a twentieth of a PKS
/// export's own work).
struct ExportRequest {
    var id: String?
    var from: String?
    var document: DocumentKind
    var format: DocumentFormat?
    var paper: Paper = .a4
    var font: Typeface = .bookmanOldStyle
    var dateStyle: DateStyle = .long
    var output: String?
    var draft = false
    var party: Int?
    var noAttachments = false
    /// `--store`, `--rulebook` and `--json`.
    var store: String?
    var rulebook: String?
    var json = false

    typealias Report = ExportCommand.Report

    func run() throws {
        let toStdout = output == nil || output == "-"
        // `-o kb.md` without `-f` writes Markdown: the file name's extension decides; an unknown
        // extension with no `-f` is refused rather than filled with DOCX bytes.
        let format: DocumentFormat
        if let chosen = self.format {
            format = chosen
        } else if let output, !toStdout {
            guard let byName = DocumentFormat(fileName: output) else {
                printError(cli.documents.formatFromName(output))
                throw Exit.unusable
            }
            format = byName
        } else {
            format = .docx
        }
        if (format == .docx || format == .pdf) && toStdout {
            printError(cli.documents.needsFile(format.rawValue.uppercased(), format.rawValue))
            throw Exit.unusable
        }
        let source = try DocumentsCLI.cooperation(id: id, from: from, storeFlag: store)
        if let party, !source.cooperation.parties.indices.contains(party - 1) {
            printError(cli.documents.noSuchParty(party, source.cooperation.parties.count))
            throw Exit.unusable
        }
        let service = DocumentService(rulebook: try RulebookOptions.load(path: rulebook), profile: source.profile)
        let options = ExportOptions(format: format, paper: paper, typeface: font, dateStyle: dateStyle,
                                    includeAttachments: !noAttachments, draft: draft, party: party.map { $0 - 1 })
        let rendered: RenderedDocument
        do {
            rendered = try service.render(source.cooperation, kind: document, options: options)
        } catch {
            if case let .incomplete(kind, _, missing) = error, json {
                try printJSON(Report(document: kind.rawValue, format: format.rawValue, output: nil, complete: false, draft: false, sha256: nil, missing: missing))
            }
            throw StoreSupport.fail(error)
        }
        if toStdout {
            FileHandle.standardOutput.write(rendered.data)
        } else if let output {
            do { try OutputFile.write(rendered.data, to: URL(fileURLWithPath: output)) } catch { throw StoreSupport.fail(error) }
        }
        let missing = rendered.missing
        let note = missing.isEmpty ? "" : cli.documents.asDraft(missing.count)
        if json && !toStdout {
            try printJSON(Report(document: document.rawValue, format: format.rawValue, output: output, complete: missing.isEmpty, draft: draft,
                                 sha256: rendered.sha256, missing: missing))
        } else if toStdout {
            if !missing.isEmpty { printError(cli.documents.exported(document.label(for: source.cooperation), note)) }
        } else {
            print(cli.documents.written(document.label(for: source.cooperation), output ?? "", note))
            print("SHA-256: \(rendered.sha256)")
        }
    }
}

/// Plumbing shared by export, verify and sign.
enum DocumentsCLI {

    struct Source {
        var cooperation: Cooperation
        /// The own region's profile of the store, for the letterhead (nil without a store or profile).
        var profile: RegionProfile?
    }

    /// The profile of the store at --store / $MUFAKAT_STORE / the default, when it exists.
    static func profile(storeFlag: String?) -> RegionProfile? {
        (try? StoreSession.open(flag: storeFlag, mode: .readOnly))?.loadProfile()
    }

    /// The cooperation named by ID in the store, or read from --from FILE.json.
    static func cooperation(id: String?, from: String?, storeFlag: String?) throws -> Source {
        switch (id, from) {
        case (nil, nil):
            printError(cli.documents.nameIDOrFile)
            throw Exit.unusable
        case (.some, .some):
            printError(cli.documents.idOrFileNotBoth)
            throw Exit.unusable
        case (nil, .some(let file)):
            let decoded: DecodedCooperationFile
            do { decoded = try CooperationFileDecoder.read(path: file) } catch {
                printError(error.description)
                throw Exit.unusable
            }
            // The letterhead still comes from the store's profile when a store exists.
            return Source(cooperation: decoded.cooperation, profile: profile(storeFlag: storeFlag))
        case (.some(let id), nil):
            let session = try StoreSupport.open(flag: storeFlag, mode: .readOnly)
            let stored = try StoreSupport.run(session) { () throws(StoreError) -> StoredCooperation in try session.load(id: id) }
            return Source(cooperation: stored.cooperation, profile: session.loadProfile())
        }
    }
}
