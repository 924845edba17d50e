import ArgumentParser
import Foundation
import MufakatServices
import MufakatStore

/// `mufakat sync` (sinkron): the store travels through git (see README, "Sinkronisasi (git)").
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sinkronkan penyimpanan melalui git: simpan, ambil, gabungkan, kirim.",
        discussion: """
        Sekali saja: mufakat sync init --remote URL   (cabang bawaan: daerah/<kode daerah profil>)
        Lalu kapan saja: mufakat sync
        Tanpa jaringan, perubahan tetap disimpan di riwayat git lokal dan dikirim pada sinkronisasi berikutnya.
        Kode keluar: 0 selesai (juga bila pengiriman menunggu jaringan), 1 ada konflik, penolakan atau berkas rusak, 2 tidak dapat dijalankan.
        """,
        subcommands: [SyncRunCommand.self, SyncInitCommand.self, SyncStatusCommand.self, SyncResolveCommand.self],
        defaultSubcommand: SyncRunCommand.self,
        aliases: ["sinkron"]
    )

    static func service(_ store: StoreOptions, mode: StoreSession.Mode = .existingReadWrite) throws -> SyncService {
        let session = try StoreSupport.open(store, mode: mode)
        do { return try SyncService(session: session) } catch { throw fail(error) }
    }

    static func fail(_ error: SyncError) -> ExitCode {
        printError("Kesalahan: \(error.description)")
        if case .noConflict = error { return Exit.findings }
        return Exit.unusable
    }

    static func run<T>(_ body: () throws(SyncError) -> T) throws -> T {
        do { return try body() } catch { throw fail(error) }
    }
}

struct SyncRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Jalankan satu sinkronisasi (bawaan).", aliases: ["jalankan"])

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp("Cabang lain di remote yang ikut diambil (misalnya cabang daerah mitra daerah/32.01); boleh berulang.", valueName: "CABANG"))
    var also: [String] = []
    @Flag(name: .long, help: "Tanpa baris kemajuan di stderr.")
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
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Jadikan penyimpanan ini repositori git dan catat remote-nya.",
        discussion: "Hanya data yang ikut (kerja sama, riwayat, pemetaan, rapat, profil); indeks, kunci, draf, ekspor dan karantina tidak.",
        aliases: ["siapkan"]
    )

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp("Alamat repositori git (SSH, HTTPS, git://, atau folder).", valueName: "URL"))
    var remote: String
    @Option(name: .long, help: ArgumentHelp("Cabang penyimpanan ini (bawaan: daerah/<kode daerah profil>).", valueName: "CABANG"))
    var branch: String?

    func run() throws {
        let service = try SyncCommand.service(store, mode: .readWrite)
        let state = try SyncCommand.run { () throws(SyncError) -> SyncState in try service.initialize(remote: remote, branch: branch) }
        print("Penyimpanan \(service.root.path) siap disinkronkan: remote \(state.remote), cabang \(state.branch).")
        print("Jalankan `mufakat sync` untuk mengirim dan mengambil perubahan.")
    }
}

struct SyncStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Tampilkan sinkronisasi terakhir dan perubahan yang menunggu.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let service = try SyncCommand.service(store, mode: .readOnly)
        let s = try SyncCommand.run { () throws(SyncError) -> SyncStatus in try service.status() }
        print("Remote \(s.remote), cabang \(s.branch).")
        print("Sinkronisasi terakhir: \(s.lastSync.map { StoreClock.display($0) } ?? "belum pernah")" + (s.lastOutcome.map { " (\($0))" } ?? "") + ".")
        print("Menunggu: \(s.uncommitted) berkas berubah belum disimpan ke git, \(s.ahead) commit belum terkirim, \(s.behind) commit belum diterima.")
        for c in s.conflicts { print("Konflik: '\(c.id)' (revisi \(c.sideIsOurs ? "Anda" : "mereka") di '\(c.sideFile)', \(c.broughtBy)).") }
        if !s.conflicts.isEmpty { throw Exit.findings }
    }
}

struct SyncResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resolve", abstract: "Putuskan konflik sinkronisasi: milik saya atau milik mereka.", aliases: ["putuskan"])

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("Id kerja sama (atau kode daerah pemetaan) yang berkonflik.", valueName: "ID"))
    var id: String
    @Flag(name: .long, help: "Pakai milik saya (milik mereka tetap di riwayat).")
    var mine = false
    @Flag(name: .long, help: "Ambil milik mereka sebagai revisi baru (milik saya tetap di riwayat).")
    var theirs = false
    @Flag(name: .long, help: "Gabungkan per isian: isian yang hanya diubah satu pihak memakai perubahan pihak itu; ditolak bila ada isian yang diubah kedua pihak (kerja sama saja).")
    var merge = false

    func validate() throws {
        if [mine, theirs, merge].filter({ $0 }).count != 1 { throw ValidationError("Pilih salah satu: --mine, --theirs atau --merge.") }
    }

    func run() throws {
        let service = try SyncCommand.service(store)
        let sentence = try SyncCommand.run { () throws(SyncError) -> String in
            merge ? try service.resolveMerging(id: id) : try service.resolve(id: id, choice: mine ? .mine : .theirs)
        }
        print(sentence)
    }
}
