import ArgumentParser
import Foundation
import MufakatServices
import MufakatStore

/// `mufakat sync` (sinkron): the store travels through git (see README, "Sinkronisasi (git)").
struct SyncCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "sync",
        abstract: cli.office.syncAbstract,
        discussion: cli.office.syncDiscussion,
        subcommands: [SyncRunCommand.self, SyncInitCommand.self, SyncStatusCommand.self, SyncResolveCommand.self],
        defaultSubcommand: SyncRunCommand.self,
        aliases: ["sinkron"]
    ) }

    static func service(_ store: StoreOptions, mode: StoreSession.Mode = .existingReadWrite) throws -> SyncService {
        let session = try StoreSupport.open(store, mode: mode)
        do { return try SyncService(session: session) } catch { throw fail(error) }
    }

    static func fail(_ error: SyncError) -> ExitCode {
        printError(cli.common.errorPrefix + error.description)
        if case .noConflict = error { return Exit.findings }
        return Exit.unusable
    }

    static func run<T>(_ body: () throws(SyncError) -> T) throws -> T {
        do { return try body() } catch { throw fail(error) }
    }
}

struct SyncRunCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "run", abstract: cli.office.runAbstract, aliases: ["jalankan"]) }

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp(cli.office.alsoHelp, valueName: cli.office.branchValue))
    var also: [String] = []
    @Flag(name: .long, help: ArgumentHelp(cli.office.quietHelp))
    var quiet = false

    func run() throws {
        let service = try SyncCommand.service(store)
        let report = try SyncCommand.run { () throws(SyncError) -> SyncReport in
            try service.sync(also: also) { line in if !quiet { printError(line) } }
        }
        StoreSupport.printNotices(service.session)
        for line in report.lines { print(line) }
        if report.hasFindings { throw Exit.findings }
    }
}

struct SyncInitCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "init",
        abstract: cli.office.initAbstract,
        discussion: cli.office.initDiscussion,
        aliases: ["siapkan"]
    ) }

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp(cli.office.remoteHelp, valueName: "URL"))
    var remote: String
    @Option(name: .long, help: ArgumentHelp(cli.office.branchHelp, valueName: cli.office.branchValue))
    var branch: String?

    func run() throws {
        let service = try SyncCommand.service(store, mode: .readWrite)
        let state = try SyncCommand.run { () throws(SyncError) -> SyncState in try service.initialize(remote: remote, branch: branch) }
        print(cli.office.ready(service.root.path, state.remote, state.branch))
        print(cli.office.runHint)
    }
}

struct SyncStatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "status", abstract: cli.office.statusAbstract) }

    @OptionGroup var store: StoreOptions

    func run() throws {
        let service = try SyncCommand.service(store, mode: .readOnly)
        let s = try SyncCommand.run { () throws(SyncError) -> SyncStatus in try service.status() }
        print(cli.office.remoteBranch(s.remote, s.branch))
        print(cli.office.lastSync(s.lastSync.map { StoreClock.display($0) }, s.lastOutcome))
        print(cli.office.waiting(s.uncommitted, s.ahead, s.behind))
        for c in s.conflicts { print(cli.office.conflict(c.id, c.sideIsOurs, c.sideFile, c.broughtBy)) }
        if !s.conflicts.isEmpty { throw Exit.findings }
    }
}

struct SyncResolveCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "resolve", abstract: cli.office.resolveAbstract, aliases: ["putuskan"]) }

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp(cli.office.resolveIDHelp, valueName: "ID"))
    var id: String
    @Flag(name: .long, help: ArgumentHelp(cli.office.mineHelp))
    var mine = false
    @Flag(name: .long, help: ArgumentHelp(cli.office.theirsHelp))
    var theirs = false
    @Flag(name: .long, help: ArgumentHelp(cli.office.mergeHelp))
    var merge = false

    func validate() throws {
        if [mine, theirs, merge].filter({ $0 }).count != 1 { throw ValidationError(cli.office.chooseResolution) }
    }

    func run() throws {
        let service = try SyncCommand.service(store)
        let sentence = try SyncCommand.run { () throws(SyncError) -> String in
            merge ? try service.resolveMerging(id: id) : try service.resolve(id: id, choice: mine ? .mine : .theirs)
        }
        print(sentence)
    }
}
