import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat profile [--logo FILE | --no-logo]` (profil): shows the region profile of the store,
/// or sets the lambang (PNG) printed on the letterhead.
struct ProfileCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "profile",
        abstract: cli.office.profileAbstract,
        discussion: cli.office.profileDiscussion,
        aliases: ["profil"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @Option(name: .long, help: ArgumentHelp(cli.office.logoHelp, valueName: cli.common.fileValue))
    var logo: String?
    @Flag(name: .customLong("no-logo"), help: ArgumentHelp(cli.office.noLogoHelp))
    var noLogo = false
    @OptionGroup var output: JSONOption

    func validate() throws {
        if logo != nil && noLogo { throw ValidationError(cli.office.logoOrNoLogo) }
    }

    func run() throws {
        let changing = logo != nil || noLogo
        let session = try StoreSupport.open(store, mode: changing ? .existingReadWrite : .readOnly)
        guard var profile = session.loadProfile() else {
            printError(cli.office.noProfile)
            throw Exit.unusable
        }
        if changing {
            do {
                profile = try ProfileLogoReader.profile(profile, settingLogo: logo ?? "", rulebook: try rulebookOptions.load())
                try session.saveProfile(profile)
            } catch let error as ProfileLogoError {
                printError(cli.common.errorPrefix + error.description)
                throw Exit.unusable
            } catch let error as StoreError {
                printError(cli.common.errorPrefix + error.description)
                throw Exit.unusable
            }
        }
        StoreSupport.printNotices(session)
        if output.json { try printJSON(profile); return }
        if changing {
            print(profile.logo.map { cli.office.logoSet($0.fileName, ArchiveService.megabytes($0.size), $0.sha256) }
                  ?? cli.office.logoRemoved)
            return
        }
        print(cli.office.region + "\(Catalogues.shared.regions[profile.regionCode]?.fullName ?? profile.regionCode) (\(profile.regionCode))")
        print(cli.office.unit + profile.unitName)
        print(cli.office.head + "\(profile.head.name) (\(profile.head.title))")
        print(cli.office.address + profile.address)
        print(cli.office.city + profile.city)
        print(cli.office.logo + (profile.logo.map { l in "\(l.fileName), \(ArchiveService.megabytes(l.size))" + (l.data == nil ? cli.office.logoMissing : "") } ?? cli.office.noLogo))
    }
}
