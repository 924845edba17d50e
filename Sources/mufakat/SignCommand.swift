import ArgumentParser
import Foundation
import MufakatDocuments
import MufakatDomain
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
        Kode keluar: 0 dicatat, 1 konflik (kerja sama diubah orang lain), \
        2 masukan tidak dapat dipakai.
        """,
        aliases: ["tandatangani"]
    )

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String

    @Option(name: [.customShort("d"), .long], help: ArgumentHelp("Naskah: kb atau pks.", valueName: "NASKAH"))
    var document: String

    @Option(name: .long, help: ArgumentHelp("Berkas naskah yang ditandatangani (docx, md, txt).", valueName: "BERKAS"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Tanggal penandatanganan bila belum diisi (bawaan: hari ini).", valueName: "TTTT-BB-HH"))
    var date: String?

    @OptionGroup var store: StoreOptions

    func run() throws {
        guard let kind = DocumentKind(rawValue: document.lowercased()), SignedDocument.signedKinds.contains(kind) else {
            printError("Naskah '\(document)' tidak ditandatangani sebagai tahapan. Pilih: kb, pks.")
            throw Exit.unusable
        }
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
        let store = try DocumentsCLI.openStore(store, readOnly: false)
        do {
            let stored = try store.load(id: id)
            guard let signed = SignedDocument.markSigned(stored.cooperation, document: kind, data: data,
                                                         format: format.isEmpty ? "?" : format, on: day) else {
                throw Exit.unusable
            }
            let info = try store.save(signed, basedOn: stored.revision)
            print("\(kind.label) '\(id)' ditandai ditandatangani pada revisi \(info.revision).")
            print("SHA-256 naskah: \(Fingerprint.sha256(data))")
        } catch let error as StoreError {
            printError(error.description)
            if case .conflict = error { throw Exit.findings }
            throw Exit.unusable
        }
    }
}
