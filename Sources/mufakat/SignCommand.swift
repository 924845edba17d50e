import ArgumentParser
import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat sign ID --document kb --file FILE` (tandatangani): marks the KB or PKS signed and keeps
/// the SHA-256 of the signed file in a new revision, for `mufakat verify`.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Tandai KB atau PKS telah ditandatangani dan simpan sidik jari naskahnya.",
        discussion: """
        SHA-256 berkas yang ditandatangani dicatat pada tahapan dalam revisi baru \
        kerja sama, sehingga `mufakat verifikasi BERKAS ID` kelak dapat \
        memastikan bahwa suatu berkas sama persis dengan naskah itu.
        Naskah yang masih memuat isian belum diisi, atau kerja sama yang masih \
        memiliki kesalahan, ditolak beserta daftar yang harus dilengkapi.
        Peringatan ditampilkan kembali dan harus diakui dengan \
        --acknowledge-warnings; tanpa opsi itu penandatanganan ditolak.
        Kode keluar: 0 dicatat, 1 konflik (kerja sama diubah orang lain), \
        naskah belum dapat ditandatangani, atau peringatan belum diakui; \
        2 masukan tidak dapat dipakai.
        """,
        aliases: ["tandatangani"]
    )

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String

    @Option(name: [.customShort("d"), .long], help: ArgumentHelp("Naskah yang ditandatangani: kb atau pks.", valueName: "NASKAH"))
    var document: DocumentKind

    @Option(name: .long, help: ArgumentHelp("Berkas naskah yang ditandatangani (docx, md, txt).", valueName: "BERKAS"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Tanggal penandatanganan bila belum diisi (bawaan: hari ini).", valueName: "TTTT-BB-HH"))
    var date: String?

    @Flag(name: .customLong("acknowledge-warnings"),
          help: "Akui peringatan yang ditampilkan kembali saat penandatanganan (tanpa opsi ini ditolak bila ada peringatan).")
    var acknowledgeWarnings = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day: CalendarDate
        if let date {
            guard let d = CalendarDate(iso: date) else {
                printError("Tanggal '\(date)' tidak valid; tulis sebagai TTTT-BB-HH.")
                throw Exit.unusable
            }
            day = d
        } else {
            day = CalendarDate.today()
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("\(file): berkas tidak dapat dibaca; periksa nama dan izin berkas.")
            throw Exit.unusable
        }
        let format = (file as NSString).pathExtension.lowercased()
        let session = try StoreSupport.open(store, mode: .existingReadWrite)
        let service = DocumentService(rulebook: try rulebookOptions.load(), profile: session.loadProfile())
        let stored = try StoreSupport.run(session) { () throws(StoreError) -> StoredCooperation in try session.load(id: id) }
        let signed: Cooperation
        // Warnings are shown again; with --acknowledge-warnings the officer acknowledges these.
        let warnings = service.signingWarnings(stored.cooperation, kind: document)
        if acknowledgeWarnings, !warnings.isEmpty {
            printError("Peringatan yang diakui (\(warnings.count)):")
            for w in warnings { printError("  - \(w)") }
        }
        do {
            signed = try service.markSigned(stored.cooperation, kind: document, data: data, format: format.isEmpty ? "?" : format,
                                            on: day, acknowledged: acknowledgeWarnings ? warnings : [])
        } catch {
            if case .warningsNotAcknowledged = error {
                printError(error.description)
                printError("Baca peringatan di atas; bila sudah dipertimbangkan, ulangi dengan --acknowledge-warnings.")
                throw Exit.findings
            }
            throw StoreSupport.fail(error)
        }
        let info = try StoreSupport.run(session) { () throws(StoreError) -> RevisionInfo in try session.save(signed, basedOn: stored.revision) }
        print("\(document.label) '\(id)' ditandai ditandatangani pada revisi \(info.revision).")
        print("SHA-256 naskah: \(Fingerprint.sha256(data))")
    }
}
