#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import MufakatServices
import MufakatDomain
import MufakatStore

/// `mufakat store-stress` (hidden, for crash tests): saves in a loop and, after each save has
/// returned, appends "<id> <revision> <i> <sha256>" to a log (the saved notes are "simpan <i>") with a plain write(2), so that a test
/// which kills this process knows exactly which saves had returned.
struct StoreStressCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "store-stress",
        abstract: cli.store.stressAbstract,
        shouldDisplay: false
    ) }

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp(cli.store.stressCountHelp))
    var count: Int = 0
    @Option(name: .long, help: ArgumentHelp(cli.store.stressLogHelp))
    var log: String
    @Option(name: .long, help: ArgumentHelp(cli.store.stressItemsHelp))
    var items: Int = 3

    func run() throws {
        let opened = try StoreSupport.open(store)
        let fd = open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { printError(cli.store.logCannotOpen(log)); throw Exit.unusable }
        let generator = DemoGenerator(seed: 7)
        var i = 0
        while count == 0 || i < count {
            let n = i % max(items, 1)
            let id = "stress-\(n)"
            let line: String
            do {
                if n == items - 1 && i % 5 == 4 {
                    // Mappings go through the same machinery.
                    let base = opened.containsMapping(regionCode: "32.71") ? try opened.loadMapping(regionCode: "32.71") : nil
                    var m = base?.mapping ?? RegionMapping(regionCode: "32.71")
                    m.entries = [MappingEntry(affairCode: "2.15", notes: "simpan \(i)")]
                    let info = try opened.saveMapping(m, basedOn: base?.revision)
                    line = "mapping-32.71 \(info.revision) \(i) \(info.sha256)\n"
                } else {
                    let base = opened.contains(id: id) ? try opened.load(id: id) : nil
                    var c = base?.cooperation ?? generator.cooperation(number: n + 1)
                    c.id = id
                    c.notes = "simpan \(i)"
                    let info = try opened.save(c, basedOn: base?.revision)
                    line = "\(id) \(info.revision) \(i) \(info.sha256)\n"
                }
            } catch {
                printError(cli.common.errorPrefix + error.description)
                throw Exit.unusable
            }
            _ = line.withCString { write(fd, $0, strlen($0)) }
            i += 1
        }
        close(fd)
    }
}
