import ArgumentParser
import MufakatApp

/// The `mufakat` command: with no subcommand it opens the interface.
@main
struct Mufakat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mufakat",
        abstract: "Mufakat: pendamping kerja sama daerah dari usulan hingga pelaksanaan.",
        version: AppInfo.version,
        subcommands: [GalleryCommand.self]
    )

    mutating func run() throws {
        print("Antarmuka layar belum tersedia pada versi ini. Gunakan `mufakat --help` untuk melihat perintah yang ada.")
    }
}
