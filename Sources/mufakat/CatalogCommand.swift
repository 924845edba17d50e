import ArgumentParser
import Foundation
import MufakatDomain

/// `mufakat catalog`: the reference data bundled with Mufakat.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Tampilkan data rujukan: daftar wilayah, urusan, dan pembagian kewenangan.",
        subcommands: [Regions.self, Affairs.self, Authority.self],
        aliases: ["katalog"]
    )

    /// `mufakat catalog regions`.
    struct Regions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "regions",
            abstract: "Daftar 552 daerah (provinsi, kabupaten, kota) menurut kode Kemendagri.",
            aliases: ["wilayah"]
        )
        @Option(name: .long, help: ArgumentHelp("Hanya provinsi ini dan kabupaten/kota di dalamnya.", valueName: "KODE"))
        var province: String?
        @OptionGroup var output: JSONOption

        func run() throws {
            var regions = Catalogues.shared.regions.all
            if let province {
                guard Catalogues.shared.regions[province]?.level == .provinsi else {
                    printError("Kode provinsi '\(province)' tidak dikenal. Contoh: 32 untuk Jawa Barat.")
                    throw Exit.unusable
                }
                regions = regions.filter { $0.provinceCode == province }
            }
            if output.json { try printJSON(regions); return }
            for r in regions {
                let level = r.level == .provinsi ? "provinsi" : r.level.rawValue
                let note = r.autonomous ? "" : "  (bukan daerah otonom)"
                print("\(r.code.padding(toLength: 6, withPad: " ", startingAt: 0)) \(level.padding(toLength: 9, withPad: " ", startingAt: 0)) \(r.fullName)\(note)")
            }
        }
    }

    /// `mufakat catalog affairs`.
    struct Affairs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "affairs",
            abstract: "Daftar 32 urusan pemerintahan konkuren dan 6 urusan absolut.",
            aliases: ["urusan"]
        )
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
            print("Urusan Pemerintahan Absolut (tidak dapat dikerjasamakan; \(AbsoluteAffair.basis))")
            for a in AbsoluteAffair.all { print("  \(a.name)") }
        }
    }

    /// `mufakat catalog authority`.
    struct Authority: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "authority",
            abstract: "Pembagian kewenangan sub-urusan antara provinsi dan kabupaten/kota.",
            aliases: ["kewenangan"]
        )
        @Argument(help: ArgumentHelp("Kode urusan, misalnya 2.15 (bawaan: semua).", valueName: "URUSAN"))
        var affair: String?
        @OptionGroup var output: JSONOption

        func run() throws {
            let catalogue = Catalogues.shared
            var rows = catalogue.authority.all
            if let affair {
                guard catalogue.affairs[affair] != nil else {
                    printError("Kode urusan '\(affair)' tidak dikenal. Lihat `mufakat catalog affairs`.")
                    throw Exit.unusable
                }
                rows = rows.filter { $0.affairCode == affair }
            }
            if output.json { try printJSON(rows); return }
            for r in rows {
                let confirm = r.toConfirm ? " (perlu dikonfirmasi)" : ""
                print("\(r.affairCode) \(r.id) [\(r.level.title)]: \(r.description)\(confirm)")
                print("    Dasar: \(r.basis)")
            }
        }
    }
}
