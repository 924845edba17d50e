import ArgumentParser
import Foundation
import MufakatDomain

/// `mufakat rulebook`: check a region's own rulebook, or show the stages it defines.
struct RulebookCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "rulebook",
        abstract: cli.domain.rulebookAbstract,
        subcommands: [Check.self, Show.self]
    ) }

    /// `mufakat rulebook check FILE`.
    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "check",
            abstract: cli.domain.checkAbstract,
            discussion: cli.domain.checkDiscussion,
            aliases: ["periksa"]
        ) }
        @Argument(help: ArgumentHelp(cli.domain.rulebookFileHelp, valueName: cli.common.fileValue))
        var file: String
        @OptionGroup var output: JSONOption

        func run() throws {
            guard FileManager.default.isReadableFile(atPath: file) else {
                printError(cli.documents.unreadable(file))
                throw Exit.unusable
            }
            let problems = RulebookChecker.check(path: file)
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            if output.json {
                struct Report: Encodable { let file: String; let errors: Int; let warnings: Int; let problems: [RulebookProblem] }
                try printJSON(Report(file: file, errors: errors, warnings: warnings, problems: problems))
            } else {
                for p in problems { print(p.description) }
                if problems.isEmpty { print(cli.domain.rulebookFine(file)) }
                else { print(cli.domain.summary(errors, warnings)) }
            }
            if errors > 0 { throw Exit.findings }
        }
    }

    /// `mufakat rulebook show`.
    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "show",
            abstract: cli.domain.showAbstract,
            aliases: ["tampil"]
        ) }
        @OptionGroup var rulebookOptions: RulebookOptions

        func run() throws {
            let rb = try rulebookOptions.load()
            print("\(rb.meta.name)\(rb.meta.edition.map { cli.domain.edition($0) } ?? "")")
            for kind in rb.kinds {
                print("")
                print("\(kind.name) [\(kind.id)]: \(kind.summary)")
                print("  " + cli.domain.basis + kind.basis)
                guard kind.allowed else { print(cli.domain.notSupported(kind.refusal ?? "-")); continue }
                for (i, id) in kind.stages.enumerated() {
                    guard let stage = rb.stage(id) else { continue }
                    var notes: [String] = []
                    if let gate = stage.gate.flatMap({ rb.gate($0) }) {
                        let labels = gate.whenAny.map { rb.condition($0)?.label ?? $0 }
                        notes.append(cli.domain.onlyWhen(labels))
                    }
                    if let conditions = stage.startWhen, !conditions.isEmpty {
                        notes.append(cli.domain.startsWhen(conditions.map { rb.condition($0)?.label ?? $0 }))
                    }
                    let confirm = stage.toConfirm == true ? cli.domain.toConfirm : ""
                    print("  \(i + 1). \(stage.displayName)\(notes.isEmpty ? "" : " — " + notes.joined(separator: "; "))\(confirm)")
                    let fields = stage.requiredFields.filter { field in
                        guard let k = CooperationKind(rawValue: kind.id) else { return true }
                        return field.applies(to: k)
                    }
                    if !fields.isEmpty { print(cli.domain.requiredFields(fields.map(\.label).joined(separator: ", "))) }
                }
            }
            print("")
            print(cli.domain.maxDuration(rb.duration.maxYears, rb.duration.basis, rb.duration.toConfirm == true ? cli.domain.toConfirm : ""))
            for e in rb.duration.allExceptions { print(cli.domain.exception(e.id, e.name, e.maxYears, e.basis)) }
            print(cli.domain.reminders(rb.reminders.expiryDays.map { "\($0)" }.joined(separator: ", ")))
        }
    }
}

extension RulebookOptions {
    /// The rulebook to use: the bundled one, or `--rulebook FILE` after a full check. A custom
    /// rulebook with errors stops the command (exit 2) with every problem listed; its warnings
    /// are shown on standard error.
    func load() throws -> Rulebook {
        try Self.load(path: rulebook)
    }

    /// The bundled rulebook, or the one at `path` (`--rulebook`) after a full check.
    static func load(path: String?) throws -> Rulebook {
        switch RulebookChecker.load(path: path) {
        case .success(let loaded):
            for w in loaded.warnings { printError(w.description) }
            return loaded.rulebook
        case .failure(let failure):
            printError(cli.domain.rulebookUnusable)
            for p in failure.problems { printError(p.description) }
            throw Exit.unusable
        }
    }
}
