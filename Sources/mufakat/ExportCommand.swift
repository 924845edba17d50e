import ArgumentParser
import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat export ID --document kb --format docx --output FILE` (ekspor): writes a naskah.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor naskah kerja sama sebagai DOCX, Markdown, atau teks.",
        discussion: """
        Naskah: \(DocumentKind.helpList).
        Naskah yang belum lengkap tidak diekspor: isian yang belum diisi \
        ditampilkan dan kode keluar 2. Dengan --draft naskah tetap diekspor dan \
        isian itu ditandai [BELUM DIISI: ...]. Data yang sama selalu \
        menghasilkan berkas yang sama persis, byte demi byte.
        Contoh:
          mufakat ekspor ID --document kb --paper f4 --output kb.docx
          mufakat ekspor --from kerja-sama.json -d ringkasan -f txt
        """,
        aliases: ["ekspor"]
    )

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("Baca kerja sama dari berkas JSON ini (sebagai ganti ID).", valueName: "BERKAS"))
    var from: String?

    @Option(name: [.customShort("d"), .long],
            help: ArgumentHelp("Naskah yang diekspor.", valueName: "NASKAH"))
    var document: DocumentKind

    @Option(name: [.customShort("f"), .long],
            help: ArgumentHelp("Format berkas; tanpa opsi ini diambil dari akhiran --output (.docx, .md, .txt), selain itu docx.", valueName: "FORMAT"))
    var format: DocumentFormat?

    @Option(name: .long, help: ArgumentHelp("Kertas DOCX (f4: 215 × 330 mm).", valueName: "KERTAS"))
    var paper: Paper = .a4

    @Option(name: .long, help: ArgumentHelp("Huruf DOCX.", valueName: "HURUF"))
    var font: Typeface = .bookmanOldStyle

    @Option(name: .long, help: ArgumentHelp("Penulisan tanggal: panjang (15 Juni 2026) atau angka (15-06-2026).", valueName: "GAYA"))
    var dateStyle: DateStyle = .long

    @Option(name: [.short, .long], help: ArgumentHelp("Berkas tujuan; '-' atau tanpa opsi ini: keluaran standar (hanya md dan txt).", valueName: "BERKAS"))
    var output: String?

    @Flag(name: .long, help: "Ekspor walaupun isian belum lengkap; isian yang belum diisi ditandai dengan jelas.")
    var draft = false

    @Option(name: .long, help: ArgumentHelp("Pihak yang menulis surat (1 = PIHAK PERTAMA): surat DPRD per pihak, surat jawaban per mitra.", valueName: "N"))
    var party: Int?

    @Flag(name: .long, help: "Tanpa lampiran (KAK di belakang surat penawaran, rencana pembiayaan di belakang PKS).")
    var noAttachments = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @OptionGroup var jsonOutput: JSONOption

    struct Report: Encodable {
        let document: String
        let format: String
        let output: String?
        let complete: Bool
        let draft: Bool
        let sha256: String?
        let missing: [MissingValue]
    }

    func run() throws {
        let toStdout = output == nil || output == "-"
        // `-o kb.md` without `-f` writes Markdown: the file name's extension decides; an unknown
        // extension with no `-f` is refused rather than filled with DOCX bytes.
        let format: DocumentFormat
        if let chosen = self.format {
            format = chosen
        } else if let output, !toStdout {
            guard let byName = DocumentFormat(fileName: output) else {
                printError("Format berkas '\(output)' tidak dapat ditentukan dari namanya. Tambahkan --format docx, md atau txt.")
                throw Exit.unusable
            }
            format = byName
        } else {
            format = .docx
        }
        if (format == .docx || format == .pdf) && toStdout {
            printError("\(format.rawValue.uppercased()) perlu berkas tujuan: tambahkan --output NAMA.\(format.rawValue).")
            throw Exit.unusable
        }
        let source = try DocumentsCLI.cooperation(id: id, from: from, store: store)
        if let party, !source.cooperation.parties.indices.contains(party - 1) {
            printError("Pihak \(party) tidak ada; kerja sama ini memiliki \(source.cooperation.parties.count) pihak (1 sampai \(source.cooperation.parties.count)).")
            throw Exit.unusable
        }
        let service = DocumentService(rulebook: try rulebookOptions.load(), profile: source.profile)
        let options = ExportOptions(format: format, paper: paper, typeface: font, dateStyle: dateStyle,
                                    includeAttachments: !noAttachments, draft: draft, party: party.map { $0 - 1 })
        let rendered: RenderedDocument
        do {
            rendered = try service.render(source.cooperation, kind: document, options: options)
        } catch {
            if case let .incomplete(kind, _, missing) = error, jsonOutput.json {
                try printJSON(Report(document: kind.rawValue, format: format.rawValue, output: nil, complete: false, draft: false, sha256: nil, missing: missing))
            }
            throw StoreSupport.fail(error)
        }
        if toStdout {
            FileHandle.standardOutput.write(rendered.data)
        } else if let output {
            do { try OutputFile.write(rendered.data, to: URL(fileURLWithPath: output)) } catch { throw StoreSupport.fail(error) }
        }
        let missing = rendered.missing
        let note = missing.isEmpty ? "" : " sebagai DRAF (\(missing.count) isian belum diisi)"
        if jsonOutput.json && !toStdout {
            try printJSON(Report(document: document.rawValue, format: format.rawValue, output: output, complete: missing.isEmpty, draft: draft,
                                 sha256: rendered.sha256, missing: missing))
        } else if toStdout {
            if !missing.isEmpty { printError("\(document.label(for: source.cooperation)) diekspor\(note).") }
        } else {
            print("\(document.label(for: source.cooperation)) ditulis ke \(output ?? "")\(note).")
            print("SHA-256: \(rendered.sha256)")
        }
    }
}

/// Plumbing shared by export, verify and sign.
enum DocumentsCLI {

    struct Source {
        var cooperation: Cooperation
        /// The own region's profile of the store, for the letterhead (nil without a store or profile).
        var profile: RegionProfile?
    }

    /// The profile of the store at --store / $MUFAKAT_STORE / the default, when it exists.
    static func profile(_ options: StoreOptions) -> RegionProfile? {
        (try? StoreSession.open(flag: options.store, mode: .readOnly))?.loadProfile()
    }

    /// The cooperation named by ID in the store, or read from --from FILE.json.
    static func cooperation(id: String?, from: String?, store options: StoreOptions) throws -> Source {
        switch (id, from) {
        case (nil, nil):
            printError("Sebutkan ID kerja sama, atau --from BERKAS.json.")
            throw Exit.unusable
        case (.some, .some):
            printError("Pilih salah satu: ID kerja sama atau --from BERKAS.json, bukan keduanya.")
            throw Exit.unusable
        case (nil, .some(let file)):
            let decoded: DecodedCooperationFile
            do { decoded = try CooperationFileDecoder.read(path: file) } catch {
                printError(error.description)
                throw Exit.unusable
            }
            // The letterhead still comes from the store's profile when a store exists.
            return Source(cooperation: decoded.cooperation, profile: profile(options))
        case (.some(let id), nil):
            let session = try StoreSupport.open(options, mode: .readOnly)
            let stored = try StoreSupport.run(session) { () throws(StoreError) -> StoredCooperation in try session.load(id: id) }
            return Source(cooperation: stored.cooperation, profile: session.loadProfile())
        }
    }
}
