import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices

/// `mufakat validate FILE.json`: checks one cooperation document against the rulebook.
struct ValidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "validate",
        abstract: cli.domain.validateAbstract,
        discussion: cli.domain.validateDiscussion,
        aliases: ["validasi"]
    ) }

    @Argument(help: ArgumentHelp(cli.domain.validateFileHelp, valueName: cli.common.fileValue))
    var file: String

    @Option(name: .long, help: ArgumentHelp(cli.domain.todayHelp, valueName: cli.documents.isoDateValue))
    var today: String?

    @OptionGroup var rulebookOptions: RulebookOptions
    @OptionGroup var output: JSONOption

    struct Report: Encodable {
        let file: String
        let id: String
        let title: String
        let errors: Int
        let warnings: Int
        let info: Int
        let findings: [Finding]
    }

    func run() throws {
        let day: CalendarDate
        if let today {
            guard let d = CalendarDate(iso: today) else {
                printError(cli.domain.badToday(today))
                throw Exit.unusable
            }
            day = d
        } else {
            day = CalendarDate.today()
        }
        let cooperation: Cooperation
        do { cooperation = try CooperationFileDecoder.read(path: file).cooperation } catch {
            printError(error.description)
            throw Exit.unusable
        }
        let rulebook = try rulebookOptions.load()
        let findings = Validator.validate(cooperation, rulebook: rulebook, catalogues: .shared, today: day)
        let count = { (s: Severity) in findings.filter { $0.severity == s }.count }

        if output.json {
            try printJSON(Report(file: file, id: cooperation.id, title: cooperation.title,
                                 errors: count(.error), warnings: count(.warning), info: count(.info), findings: findings))
        } else {
            print("\(cooperation.id): \(cooperation.title.isEmpty ? cli.domain.untitled : cooperation.title) [\(cooperation.kind.label)]")
            if findings.isEmpty { print(cli.domain.noFindings) }
            for severity in Severity.allCases {
                let group = findings.filter { $0.severity == severity }
                guard !group.isEmpty else { continue }
                print("")
                print("\(severity.label.uppercased()) (\(group.count))")
                for f in group {
                    print("  \(f.path.isEmpty ? cli.domain.wholeCooperation : FieldLabel.label(for: f.path, in: cooperation, rulebook: rulebook))")
                    print("    \(f.message)")
                    print(cli.domain.legalBasis(f.basis, f.toConfirm ? cli.domain.toConfirm : "", f.ruleID))
                }
            }
            if !findings.isEmpty {
                print("")
                print(cli.domain.findingsSummary(count(.error), count(.warning), count(.info)))
            }
        }
        if findings.hasErrors { throw Exit.findings }
    }
}
