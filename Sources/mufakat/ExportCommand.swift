import ArgumentParser
import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatStore

/// `mufakat export ID --document kb --format docx --output FILE` (ekspor): writes a naskah.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor naskah kerja sama sebagai DOCX, Markdown, atau teks.",
        discussion: """
        Naskah: penawaran (surat penawaran), kak (kerangka acuan kerja), \
        kb (kesepakatan bersama), pks (perjanjian kerja sama), dprd (permohonan \
        persetujuan DPRD), pembiayaan (rencana pembiayaan), ringkasan.
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
            help: ArgumentHelp("Naskah: penawaran, kak, kb, pks, dprd, pembiayaan, ringkasan.", valueName: "NASKAH"))
    var document: String

    @Option(name: [.customShort("f"), .long], help: ArgumentHelp("Format: docx, md, txt.", valueName: "FORMAT"))
    var format: String = "docx"

    @Option(name: .long, help: ArgumentHelp("Kertas DOCX: a4, f4 (215 × 330 mm).", valueName: "KERTAS"))
    var paper: String = "a4"

    @Option(name: .long, help: ArgumentHelp("Huruf DOCX: bookman, arial, times.", valueName: "HURUF"))
    var font: String = "bookman"

    @Option(name: .long, help: ArgumentHelp("Tanggal: panjang (15 Juni 2026), angka (15-06-2026).", valueName: "GAYA"))
    var dateStyle: String = "panjang"

    @Option(name: [.short, .long], help: ArgumentHelp("Berkas tujuan; '-' atau tanpa opsi ini: keluaran standar (hanya md dan txt).", valueName: "BERKAS"))
    var output: String?

    @Flag(name: .long, help: "Ekspor walaupun isian belum lengkap; isian yang belum diisi ditandai dengan jelas.")
    var draft = false

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
        guard let kind = DocumentKind(rawValue: document.lowercased()) else {
            printError("Naskah '\(document)' tidak dikenal. Pilih: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            throw Exit.unusable
        }
        let format = format.lowercased()
        guard ["docx", "md", "txt"].contains(format) else {
            printError("Format '\(self.format)' tidak dikenal. Pilih: docx, md, txt.")
            throw Exit.unusable
        }
        guard let paper = Paper(rawValue: paper.lowercased()) else {
            printError("Kertas '\(paper)' tidak dikenal. Pilih: a4, f4.")
            throw Exit.unusable
        }
        guard let typeface = Typeface(name: font) else {
            printError("Huruf '\(font)' tidak dikenal. Pilih: bookman, arial, times.")
            throw Exit.unusable
        }
        guard let dates = DateStyle(rawValue: dateStyle.lowercased()) else {
            printError("Gaya tanggal '\(dateStyle)' tidak dikenal. Pilih: panjang, angka.")
            throw Exit.unusable
        }
        let toStdout = output == nil || output == "-"
        if format == "docx" && toStdout {
            printError("DOCX perlu berkas tujuan: tambahkan --output NAMA.docx.")
            throw Exit.unusable
        }

        let source = try DocumentsCLI.cooperation(id: id, from: from, store: store)
        let rulebook = try rulebookOptions.load()
        let builder = NaskahBuilder(rulebook: rulebook, letterhead: source.letterhead,
                                    options: BuildOptions(dateStyle: dates, includeAttachments: !noAttachments))
        let naskah: Naskah
        do {
            naskah = try builder.build(kind, for: source.cooperation)
        } catch {
            printError(error.description)
            throw Exit.unusable
        }

        let missing = naskah.missingFields
        if !missing.isEmpty && !draft {
            if jsonOutput.json {
                try printJSON(Report(document: kind.rawValue, format: format, output: nil, complete: false, draft: false, sha256: nil, missing: missing))
            }
            printError("\(kind.label) untuk '\(source.cooperation.id)' belum lengkap; \(missing.count) isian belum diisi:")
            for field in missing { printError("  - \(field.path): \(field.label)") }
            printError("Lengkapi isian tersebut, atau ekspor sebagai draf dengan --draft (isian ditandai [BELUM DIISI: ...]).")
            throw Exit.unusable
        }

        let data: Data
        switch format {
        case "docx": data = try DocxRenderer(page: PageSetup(paper: paper, typeface: typeface)).render(naskah)
        case "md": data = Data(MarkdownRenderer().render(naskah).utf8)
        default: data = Data(PlainTextRenderer().render(naskah).utf8)
        }
        let sha = Fingerprint.sha256(data)
        if toStdout {
            FileHandle.standardOutput.write(data)
        } else if let output {
            do { try data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                printError("Berkas '\(output)' tidak dapat ditulis: \((error as NSError).localizedDescription). Periksa folder dan izinnya.")
                throw Exit.unusable
            }
        }
        let note = missing.isEmpty ? "" : " sebagai DRAF (\(missing.count) isian belum diisi)"
        if jsonOutput.json && !toStdout {
            try printJSON(Report(document: kind.rawValue, format: format, output: output, complete: missing.isEmpty, draft: draft,
                                 sha256: sha, missing: missing))
        } else if toStdout {
            if !missing.isEmpty { printError("\(kind.label) diekspor\(note).") }
        } else {
            print("\(kind.label) ditulis ke \(output ?? "")\(note).")
            print("SHA-256: \(sha)")
        }
    }
}

/// Plumbing shared by export, verify and sign.
enum DocumentsCLI {

    struct Source {
        var cooperation: Cooperation
        var letterhead: Letterhead?
        var store: CooperationStore?
        var revision: Int?
    }

    /// Opens the store at --store / $MUFAKAT_STORE / the default.
    static func openStore(_ options: StoreOptions, readOnly: Bool) throws -> CooperationStore {
        let folder = StoreLocation.resolve(flag: options.store)
        do {
            return try CooperationStore.open(at: folder, options: .init(readOnly: readOnly, createIfMissing: !readOnly))
        } catch {
            printError("Penyimpanan '\(folder.path)' tidak dapat dibuka: \(error.description)")
            throw Exit.unusable
        }
    }

    /// The own region's letterhead from the store's profile, when there is one.
    static func letterhead(_ store: CooperationStore?) -> Letterhead? {
        guard let store, let profile = try? store.profile() else { return nil }
        return Letterhead(profile: profile, region: Catalogues.shared.regions[profile.regionCode])
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
            let data: Data?
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
            guard let data else {
                printError("\(file): berkas tidak dapat dibaca; periksa nama dan izin berkas.")
                throw Exit.unusable
            }
            let cooperation: Cooperation
            do { cooperation = try CooperationDecoding.decode(data) } catch {
                printError("\(file): \(error.description)")
                throw Exit.unusable
            }
            // The letterhead still comes from the store's profile when a store exists.
            let folder = StoreLocation.resolve(flag: options.store)
            let store = try? CooperationStore.open(at: folder, options: .init(readOnly: true, createIfMissing: false))
            return Source(cooperation: cooperation, letterhead: letterhead(store), store: store, revision: nil)
        case (.some(let id), nil):
            let store = try openStore(options, readOnly: true)
            do {
                let stored = try store.load(id: id)
                return Source(cooperation: stored.cooperation, letterhead: letterhead(store), store: store, revision: stored.revision)
            } catch {
                printError(error.description)
                throw Exit.unusable
            }
        }
    }
}
