import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices

/// `mufakat mapping pull` (tarik): the facilitator imports the participants' mappings straight
/// from their git repositories or branches, with the rules of `mapping import`.
struct MappingPullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Tarik pemetaan daerah peserta dari repositori git (URL atau URL#cabang).",
        discussion: """
        Contoh: mufakat pemetaan tarik git@git.jabarprov.go.id:kerja-sama/3271.git https://git.example/kerja-sama.git#daerah/32.01
        Aturan konflik dan pemeriksaan sama dengan `mufakat pemetaan impor`; kemajuan ditulis ke stderr.
        """,
        aliases: ["tarik"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Argument(help: ArgumentHelp("Repositori peserta: URL atau URL#cabang.", valueName: "REMOTE"))
    var remotes: [String]
    @Flag(name: .long, help: "Jika berbeda dengan impor sebelumnya: ganti dengan pemetaan yang baru.")
    var replace = false
    @Flag(name: .long, help: "Jika berbeda dengan impor sebelumnya: pertahankan pemetaan yang lama.")
    var keep = false

    func validate() throws {
        if replace && keep { throw ValidationError("Pilih salah satu: --replace atau --keep.") }
        if remotes.isEmpty { throw ValidationError("Sebutkan sekurang-kurangnya satu repositori.") }
    }

    func run() throws {
        let service = try MappingCLI.service(store)
        let batch: MappingService.ReadBatch
        do {
            batch = try MappingPull.read(remotes) { done, total, label in printError("Menarik \(done)/\(total): \(label)") }
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
