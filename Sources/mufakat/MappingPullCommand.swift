import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices

/// `mufakat mapping pull` (tarik): the facilitator imports the participants' mappings straight
/// from their git repositories or branches, with the rules of `mapping import`.
struct MappingPullCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "pull",
        abstract: cli.mapping.pullAbstract,
        discussion: cli.mapping.pullDiscussion,
        aliases: ["tarik"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Argument(help: ArgumentHelp(cli.mapping.remotesHelp, valueName: "REMOTE"))
    var remotes: [String]
    @Flag(name: .long, help: ArgumentHelp(cli.mapping.replaceHelp))
    var replace = false
    @Flag(name: .long, help: ArgumentHelp(cli.mapping.keepHelp))
    var keep = false

    func validate() throws {
        if replace && keep { throw ValidationError(cli.mapping.replaceOrKeep) }
        if remotes.isEmpty { throw ValidationError(cli.mapping.nameARepository) }
    }

    func run() throws {
        let service = try MappingCLI.service(store)
        let batch: MappingService.ReadBatch
        do {
            batch = try MappingPull.read(remotes) { done, total, label in printError(cli.mapping.pulling(done, total, label)) }
        } catch {
            throw SyncCommand.fail(error)
        }
        try MappingCLI.run {
            for problem in batch.problems { printError(problem) }
            if batch.incoming.isEmpty && !batch.problems.isEmpty { throw Exit.unusable }
            let results = try service.importMappings(batch.incoming, meetingID: meeting.meeting) { _, _, _ in
                replace ? .replace : (keep ? .keep : nil)
            }
            try MappingCLI.report(results, problems: batch.problems)
        }
    }
}
