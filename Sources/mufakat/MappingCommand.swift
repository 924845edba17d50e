import ArgumentParser
import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat mapping` (pemetaan): the facilitator's mapping meeting from the command line.
struct MappingCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "mapping",
        abstract: cli.mapping.mappingAbstract,
        discussion: cli.mapping.mappingDiscussion,
        subcommands: [MappingImportCommand.self, MappingMatrixCommand.self, MappingMatchesCommand.self,
                      MappingAnnexCommand.self, MappingMinutesCommand.self, MappingMeetingCommand.self,
                      MappingValidateCommand.self, MappingPullCommand.self],
        aliases: ["pemetaan"]
    ) }
}

/// `--meeting ID`: which meeting (default: the latest).
struct MeetingOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(cli.mapping.meetingIDHelp, valueName: "ID"))
    var meeting: String?
}

/// Shared plumbing of the mapping subcommands.
enum MappingCLI {
    static func service(_ store: StoreOptions) throws -> MappingService {
        MappingService(repository: try StoreSupport.open(store).mappings)
    }

    /// Runs `body`, turning known errors into a message and exit code 2.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as ExitCode { throw e } catch MappingServiceError.draftExists(let id) {
            printError(MappingServiceError.draftExists(id: id).description); throw Exit.findings
        } catch let e as MappingServiceError {
            printError(e.description); throw Exit.unusable
        } catch let e as DocumentServiceError {
            throw StoreSupport.fail(e)
        } catch let e as CleanExit { throw e } catch {
            printError("\(error)"); throw Exit.unusable
        }
    }

    /// Prints the outcome of an import or a pull, one line per region, and ends with exit 1 when a
    /// mapping was refused, left undecided, or a file could not be read (`mapping import`, `mapping pull`).
    static func report(_ results: [MappingService.ImportResult], problems: [String]) throws {
        let affairs = Catalogues.shared.affairs
        var unresolved = 0, rejected = 0
        for r in results {
            let who = "\(r.regionCode) \(regionName(r.regionCode))"
            switch r.status {
            case .done(let outcome):
                print("\(who) (\(r.source)): \(outcome.label)" + (r.remarks.map { "; \($0)" } ?? ""))
            case .rejected(let reason):
                rejected += 1
                printError(reason)
            case .unresolved:
                unresolved += 1
                var text = cli.mapping.unresolved(who, r.source)
                if let note = r.note { text += cli.mapping.notePart(note) }
                for line in r.diff?.lines(affairs: affairs) ?? [] { text += "\n  - \(line)" }
                printError(text)
            }
        }
        if unresolved > 0 {
            printError(cli.mapping.unresolvedCount(unresolved))
        }
        if unresolved > 0 || rejected > 0 || !problems.isEmpty { throw Exit.findings }
    }

    /// Writes an output file as every output is written (`OutputFile`: 0600, never over a link or device).
    static func write(_ data: Data, to path: String) throws {
        do { try OutputFile.write(data, to: URL(fileURLWithPath: path)) } catch { throw StoreSupport.fail(error) }
    }

    static func parseProvince(_ code: String?) throws -> String? {
        guard let code else { return nil }
        guard Catalogues.shared.regions[code]?.level == .provinsi else {
            printError(cli.mapping.unknownProvince(code))
            throw Exit.unusable
        }
        return code
    }

    static func parseGroup(_ text: String?) throws -> AffairGroup? {
        guard let text else { return nil }
        let aliases: [String: AffairGroup] = ["pd": .wajibPelayananDasar, "npd": .wajibNonPelayananDasar, "wajib-pd": .wajibPelayananDasar,
                                              "wajib-npd": .wajibNonPelayananDasar]
        if let g = AffairGroup(rawValue: text.lowercased()) ?? aliases[text.lowercased()] { return g }
        printError(cli.mapping.unknownGroup(text))
        throw Exit.unusable
    }

    static func parsePriority(_ text: String?) throws -> MappingPriority? {
        guard let text else { return nil }
        if let p = MappingPriority(rawValue: text.lowercased()) { return p }
        printError(cli.mapping.unknownPriority(text))
        throw Exit.unusable
    }

    static func parseDate(_ text: String?, field: String) throws -> CalendarDate? {
        guard let text else { return nil }
        if let d = CalendarDate(dayMonthYear: text) ?? CalendarDate(iso: text) { return d }
        printError(cli.mapping.badDate(field, text))
        throw Exit.unusable
    }

    static func regionName(_ code: String) -> String { Catalogues.shared.regions[code]?.fullName ?? code }
}

// MARK: - import

struct MappingImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "import",
        abstract: cli.mapping.importAbstract,
        discussion: cli.mapping.importDiscussion,
        aliases: ["impor"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Argument(help: ArgumentHelp(cli.mapping.importFilesHelp, valueName: cli.common.fileValue))
    var files: [String]
    @Flag(name: .long, help: ArgumentHelp(cli.mapping.replaceHelp))
    var replace = false
    @Flag(name: .long, help: ArgumentHelp(cli.mapping.keepHelp))
    var keep = false

    func validate() throws {
        if replace && keep { throw ValidationError(cli.mapping.replaceOrKeep) }
        if files.isEmpty { throw ValidationError(cli.mapping.nameABundle) }
    }

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            // A bad file is named and skipped; the good ones import (the screen does the same).
            let batch = service.read(files: files)
            for problem in batch.problems { printError(problem) }
            // Nothing readable at all is unusable input; a bad file beside good ones is a finding.
            if batch.incoming.isEmpty && !batch.problems.isEmpty { throw Exit.unusable }
            let incoming = batch.incoming
            let interactive = isatty(0) == 1 && isatty(1) == 1
            let catalogues = Catalogues.shared
            let results = try service.importMappings(incoming, meetingID: meeting.meeting) { item, existing, diff in
                if replace { return .replace }
                if keep { return .keep }
                guard interactive else { return nil }
                print(cli.mapping.differs(MappingCLI.regionName(item.mapping.regionCode), item.source))
                if let age = (try? service.age(of: item, existing: existing))?.sentence { print(cli.mapping.age(age)) }
                for line in diff.lines(affairs: catalogues.affairs) { print("  - \(line)") }
                while true {
                    print(cli.mapping.replaceOrKeepQuestion, terminator: "")
                    guard let answer = readLine()?.trimmedWhitespace().lowercased() else { return nil }
                    if cli.mapping.replaceAnswers.contains(answer) { return .replace }
                    if cli.mapping.keepAnswers.contains(answer) { return .keep }
                }
            }
            try MappingCLI.report(results, problems: batch.problems)
        }
    }
}

// MARK: - matrix

struct MappingMatrixCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "matrix",
        abstract: cli.mapping.matrixAbstract,
        aliases: ["matriks"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp(cli.mapping.matrixFormatHelp, valueName: cli.mapping.formatValue))
    var format: String = "txt"
    @Option(name: .long, help: ArgumentHelp(cli.mapping.matrixOutputHelp, valueName: cli.common.fileValue))
    var output: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.matrixProvinceHelp, valueName: cli.mapping.codeValue))
    var province: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.groupHelp, valueName: cli.mapping.groupValue))
    var group: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.priorityHelp, valueName: cli.mapping.priorityValue))
    var priority: String?
    @Flag(name: .long, help: ArgumentHelp(cli.mapping.transposeHelp))
    var transpose = false

    func run() throws {
        let format = self.format.lowercased()
        guard ["xlsx", "csv", "txt"].contains(format) else {
            printError(cli.mapping.unknownMatrixFormat(self.format)); throw Exit.unusable
        }
        if format == "xlsx" && output == nil { printError(cli.mapping.xlsxNeedsOutput); throw Exit.unusable }
        let filter = MatrixFilter(provinceCode: try MappingCLI.parseProvince(province), group: try MappingCLI.parseGroup(group),
                                  priority: try MappingCLI.parsePriority(priority))
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.meeting(id: meeting.meeting)
            let matrix = try service.matrix(meeting: m, filter: filter, transposed: transpose)
            if matrix.regions.isEmpty {
                printError(cli.mapping.noMappings(filter != .none))
            }
            switch format {
            case "xlsx", "csv":
                let data = try service.matrixFile(format == "xlsx" ? .xlsx : .csv, meeting: m, filter: filter, transposed: transpose).data
                if let output { try MappingCLI.write(data, to: output) } else { FileHandle.standardOutput.write(data) }
            default:
                var text = MatrixExport.plainText(matrix, catalogues: service.catalogues)
                text += MatrixTotalsText.render(matrix)
                if let output { try MappingCLI.write(Data(text.utf8), to: output) } else { print(text, terminator: "") }
            }
            if let outside = try service.nonParticipantSentence(meeting: m) { printError(outside) }
            if let output {
                print(cli.mapping.matrixWritten(matrix.affairs.count, matrix.regions.count, output))
            }
        }
    }
}

// MARK: - matches

struct MappingMatchesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "matches",
        abstract: cli.mapping.matchesAbstract,
        discussion: cli.mapping.matchesDiscussion,
        aliases: ["kecocokan"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @OptionGroup var json: JSONOption
    @Option(name: .long, help: ArgumentHelp(cli.mapping.matchesFormatHelp, valueName: cli.mapping.formatValue))
    var format: String = "txt"
    @Option(name: .long, help: ArgumentHelp(cli.mapping.screenOutputHelp, valueName: cli.common.fileValue))
    var output: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.affairOnlyHelp, valueName: cli.mapping.codeValue))
    var affair: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.regionOnlyHelp, valueName: cli.mapping.codeValue))
    var region: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.limitHelp, valueName: "N"))
    var limit: Int?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.draftHelp, valueName: "N"))
    var draft: Int?

    func run() throws {
        let format = self.format.lowercased()
        guard ["txt", "csv"].contains(format) else {
            printError(cli.mapping.unknownMatchesFormat(self.format)); throw Exit.unusable
        }
        if let affair, Catalogues.shared.affairs[affair] == nil {
            printError(cli.mapping.unknownAffair(affair)); throw Exit.unusable
        }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.meeting(id: meeting.meeting)
            let found = try service.matchesAndGaps(meeting: m)
            var matches = found.matches
            if let affair { matches = matches.filter { $0.affairCode == affair } }
            if let region { matches = matches.filter { $0.regionCodes.contains(region) } }
            if let limit { matches = Array(matches.prefix(max(limit, 0))) }
            if let draft {
                guard (1...max(matches.count, 1)).contains(draft), draft <= matches.count else {
                    printError(cli.mapping.noSuchMatch(draft, matches.count)); throw Exit.unusable
                }
                let preview = try service.preview(of: matches[draft - 1], meetingID: m?.id)
                let coop = try service.createDraft(from: matches[draft - 1], meetingID: m?.id)
                print(cli.mapping.draftMade(coop.id, coop.title, coop.kind.label, coop.targetYear))
                print(preview)
                return
            }
            if json.json {
                let rows = matches.enumerated().map { i, x in MatchJSON(rank: i + 1, match: x, catalogues: service.catalogues) }
                try printJSON(rows)
                return
            }
            if format == "csv" {
                let data = CsvWriter.data(MatchExport.rows(matches, catalogues: service.catalogues))
                if let output { try MappingCLI.write(data, to: output) } else { FileHandle.standardOutput.write(data) }
            } else {
                var text = MatchExport.plainText(matches, catalogues: service.catalogues)
                if affair == nil && region == nil { text += MatrixTotalsText.gaps(found.gaps, catalogues: service.catalogues) }
                if let output { try MappingCLI.write(Data(text.utf8), to: output) } else { print(text, terminator: "") }
            }
            if let outside = try service.nonParticipantSentence(meeting: m) { printError(outside) }
        }
    }
}

/// A match as `--json` prints it: the match with names for people reading it.
struct MatchJSON: Encodable {
    let rank: Int
    let id: String
    let affairCode: String
    let affairName: String
    let regionCodes: [String]
    let regionNames: [String]
    let kinds: [String]
    let suggestedKind: String
    let targetYear: Int?
    let score: Int
    let reasons: [String]

    init(rank: Int, match m: MappingMatch, catalogues: Catalogues) {
        self.rank = rank; id = m.id; affairCode = m.affairCode
        affairName = catalogues.affairs[m.affairCode]?.name ?? m.affairCode
        regionCodes = m.regionCodes; regionNames = m.regionCodes.map { catalogues.regions[$0]?.fullName ?? $0 }
        kinds = m.kinds.map(\.rawValue); suggestedKind = m.suggestedKind.rawValue; targetYear = m.targetYear
        score = m.score; reasons = m.reasons
    }
}

// MARK: - annex

struct MappingAnnexCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "annex",
        abstract: cli.mapping.annexAbstract,
        aliases: ["lampiran"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp(cli.mapping.annexFormatHelp, valueName: cli.mapping.formatValue))
    var format: String = "xlsx"
    @Option(name: .long, help: ArgumentHelp(cli.mapping.outputHelp, valueName: cli.common.fileValue))
    var output: String
    @Option(name: .long, help: ArgumentHelp(cli.mapping.annexRegionHelp, valueName: cli.mapping.codeValue))
    var region: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.paperHelp, valueName: cli.mapping.paperValue))
    var paper: Paper = .a4
    @Option(name: .long, help: ArgumentHelp(cli.mapping.fontHelp, valueName: cli.mapping.fontValue))
    var font: Typeface = .bookmanOldStyle

    func run() throws {
        let format = self.format.lowercased()
        guard ["xlsx", "docx"].contains(format) else {
            printError(cli.mapping.unknownAnnexFormat(self.format)); throw Exit.unusable
        }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.meeting(id: meeting.meeting)
            if let region, service.catalogues.regions[region] == nil {
                printError(cli.mapping.unknownRegion(region)); throw Exit.unusable
            }
            let annex = try service.annexFile(.xlsx, meeting: m, regionCode: region).annex
            if annex.regions.isEmpty {
                printError(region.map { cli.mapping.noMappingOf(MappingCLI.regionName($0)) } ?? cli.mapping.noMapping)
                throw Exit.unusable
            }
            let file = try service.annexFile(format == "xlsx" ? .xlsx : .docx, meeting: m, regionCode: region, paper: paper, typeface: font)
            try MappingCLI.write(file.data, to: output)
            print(cli.mapping.annexWritten(annex.rowCount, annex.regions.count, output))
        }
    }
}

// MARK: - minutes

struct MappingMinutesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "minutes",
        abstract: cli.mapping.minutesAbstract,
        aliases: ["berita-acara"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp(cli.mapping.minutesFormatHelp, valueName: cli.mapping.formatValue))
    var format: String = "docx"
    @Option(name: .long, help: ArgumentHelp(cli.mapping.outputHelp, valueName: cli.common.fileValue))
    var output: String
    @Option(name: .long, help: ArgumentHelp(cli.mapping.paperHelp, valueName: cli.mapping.paperValue))
    var paper: Paper = .a4
    @Option(name: .long, help: ArgumentHelp(cli.mapping.fontHelp, valueName: cli.mapping.fontValue))
    var font: Typeface = .bookmanOldStyle

    func run() throws {
        guard format.lowercased() == "docx" else {
            printError(cli.mapping.unknownMinutesFormat(format)); throw Exit.unusable
        }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.requireMeeting(id: meeting.meeting)
            let (data, naskah) = try service.minutesFile(meeting: m, paper: paper, typeface: font)
            try MappingCLI.write(data, to: output)
            print(cli.mapping.minutesWritten(m.id, output, m.participantRegions.count, m.agreements.filter(\.isActive).count,
                                             m.agreements.filter { !$0.isActive }.count, m.followUps.count))
            let missing = naskah.missingFields
            if !missing.isEmpty {
                printError(cli.mapping.minutesMissing)
                for field in missing { printError("  - \(field.label)") }
            }
        }
    }
}

// MARK: - validate

struct MappingValidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "validate",
        abstract: cli.mapping.validateAbstract,
        discussion: cli.mapping.validateDiscussion,
        aliases: ["periksa"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @OptionGroup var json: JSONOption

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.meeting(id: meeting.meeting)
            let findings = try service.findings(meeting: m)
            if json.json {
                try printJSON(findings)
            } else if findings.isEmpty {
                let n = try service.mappings(for: m).count
                print(cli.mapping.noFindings(n))
            } else {
                for f in findings { print(f.description) }
                let errors = findings.filter { $0.severity == .error }.count
                let warnings = findings.filter { $0.severity == .warning }.count
                let notices = findings.count - errors - warnings
                print(cli.mapping.totals(errors, warnings, notices))
            }
            if findings.contains(where: { $0.severity != .notice }) { throw Exit.findings }
        }
    }
}
