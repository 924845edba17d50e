import ArgumentParser
import Foundation
import MufakatApp

/// `mufakat gallery`: every widget and theme on one screen, to check a terminal before a meeting
/// and as the screen the end-to-end tests drive.
struct GalleryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "gallery",
        abstract: cli.common.galleryAbstract,
        discussion: cli.common.galleryDiscussion
    ) }

    @Option(name: .long, help: ArgumentHelp(cli.common.themeHelp, valueName: cli.common.nameValue))
    var theme: String?

    func run() throws {
        try Gallery.run(theme: theme)
    }
}
