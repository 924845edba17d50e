import ArgumentParser
import Foundation
import MufakatDomain

/// `mufakat catalog`: the reference data bundled with Mufakat.
struct CatalogCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "catalog",
        abstract: cli.domain.catalogAbstract,
        subcommands: [Regions.self, Affairs.self, Authority.self],
        aliases: ["katalog"]
    ) }

    /// `mufakat catalog regions`.
    struct Regions: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "regions",
            abstract: cli.domain.regionsAbstract,
            aliases: ["wilayah"]
        ) }
        @Option(name: .long, help: ArgumentHelp(cli.domain.provinceHelp, valueName: cli.domain.codeValue))
        var province: String?
        @OptionGroup var output: JSONOption

        func run() throws {
            var regions = Catalogues.shared.regions.all
            if let province {
                guard Catalogues.shared.regions[province]?.level == .provinsi else {
                    printError(cli.domain.unknownProvince(province))
                    throw Exit.unusable
                }
                regions = regions.filter { $0.provinceCode == province }
            }
            if output.json { try printJSON(regions); return }
            for r in regions {
                let level = r.level == .provinsi ? cli.domain.province : r.level.rawValue
                let note = r.autonomous ? "" : cli.domain.notAutonomous
                print("\(r.code.padding(toLength: 6, withPad: " ", startingAt: 0)) \(level.padding(toLength: 9, withPad: " ", startingAt: 0)) \(r.fullName)\(note)")
            }
        }
    }

    /// `mufakat catalog affairs`.
    struct Affairs: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "affairs",
            abstract: cli.domain.affairsAbstract,
            aliases: ["urusan"]
        ) }
        @OptionGroup var output: JSONOption

        func run() throws {
            let affairs = Catalogues.shared.affairs.all
            if output.json { try printJSON(affairs); return }
            for group in AffairGroup.allCases {
                print(group.title)
                for a in affairs where a.group == group {
                    print("  \(a.code.padding(toLength: 5, withPad: " ", startingAt: 0)) \(a.name)")
                }
            }
            print(cli.domain.absoluteAffairs(AbsoluteAffair.basis))
            for a in AbsoluteAffair.all { print("  \(a.name)") }
        }
    }

    /// `mufakat catalog authority`.
    struct Authority: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "authority",
            abstract: cli.domain.authorityAbstract,
            aliases: ["kewenangan"]
        ) }
        @Argument(help: ArgumentHelp(cli.domain.affairHelp, valueName: cli.domain.affairValue))
        var affair: String?
        @OptionGroup var output: JSONOption

        func run() throws {
            let catalogue = Catalogues.shared
            var rows = catalogue.authority.all
            if let affair {
                guard catalogue.affairs[affair] != nil else {
                    printError(cli.domain.unknownAffair(affair))
                    throw Exit.unusable
                }
                rows = rows.filter { $0.affairCode == affair }
            }
            if output.json { try printJSON(rows); return }
            for r in rows {
                let confirm = r.toConfirm ? cli.domain.toConfirm : ""
                print("\(r.affairCode) \(r.id) [\(r.level.title)]: \(r.description)\(confirm)")
                print("    " + cli.domain.basis + r.basis)
            }
        }
    }
}
