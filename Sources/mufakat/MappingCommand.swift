import ArgumentParser
import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat mapping` (pemetaan): the facilitator's mapping meeting from the command line.
struct MappingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mapping",
        abstract: "Pemetaan urusan yang dapat dikerjasamakan: impor, matriks, kecocokan, lampiran, berita acara.",
        discussion: """
        Untuk fasilitator rapat asistensi / koordinasi teknis (PP 28/2018 Pasal 5). Alur biasa:
          mufakat pemetaan meeting create --title "..." --level provinsi --province 32 [--take-existing]
          mufakat pemetaan impor bundel-kota-bogor.mufakat bundel-kab-bogor.mufakat ...
          mufakat pemetaan matrix --format xlsx --output matriks.xlsx
          mufakat pemetaan matches            (dengan kebutuhan tanpa pasangan dan potensi tanpa peminat)
          mufakat pemetaan matches --draft N  (sekali saja; mencetak yang dicatat)
          mufakat pemetaan meeting withdraw --agreement N --reason "..."
          mufakat pemetaan meeting group --affair KODE --regions A,B,C [--split]
          mufakat pemetaan annex --format xlsx --output lampiran.xlsx
          mufakat pemetaan minutes --format docx --output berita-acara.docx
        """,
        subcommands: [MappingImportCommand.self, MappingMatrixCommand.self, MappingMatchesCommand.self,
                      MappingAnnexCommand.self, MappingMinutesCommand.self, MappingMeetingCommand.self,
                      MappingValidateCommand.self, MappingPullCommand.self],
        aliases: ["pemetaan"]
    )
}

/// `--meeting ID`: which meeting (default: the latest).
struct MeetingOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Id rapat (bawaan: rapat terakhir).", valueName: "ID"))
    var meeting: String?
}

/// Shared plumbing of the mapping subcommands.
enum MappingCLI {
    static func service(_ store: StoreOptions) throws -> MappingService {
        MappingService(repository: try StoreSupport.open(store).mappings)
    }

    /// Runs `body`, turning known errors into an Indonesian message and exit code 2.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as ExitCode { throw e } catch MappingServiceError.draftExists(let id) {
            printError(MappingServiceError.draftExists(id: id).description); throw Exit.findings
        } catch let e as MappingServiceError {
            printError(e.description); throw Exit.unusable
        } catch let e as DocumentServiceError {
            throw StoreSupport.fail(e)
        } catch let e as CleanExit { throw e } catch {
            printError("\(error)"); throw Exit.unusable
        }
    }

    /// Prints the outcome of an import or a pull, one line per region, and ends with exit 1 when a
    /// mapping was refused, left undecided, or a file could not be read (`mapping import`, `mapping pull`).
    static func report(_ results: [MappingService.ImportResult], problems: [String]) throws {
        let affairs = Catalogues.shared.affairs
        var unresolved = 0, rejected = 0
        for r in results {
            let who = "\(r.regionCode) \(regionName(r.regionCode))"
            switch r.status {
            case .done(let outcome):
                print("\(who) (\(r.source)): \(outcome.label)" + (r.remarks.map { "; \($0)" } ?? ""))
            case .rejected(let reason):
                rejected += 1
                printError(reason)
            case .unresolved:
                unresolved += 1
                var text = "\(who) (\(r.source)): berbeda dengan impor sebelumnya dan belum diputuskan; tidak diimpor."
                if let note = r.note { text += " Catatan: \(note)." }
                for line in r.diff?.lines(affairs: affairs) ?? [] { text += "\n  - \(line)" }
                printError(text)
            }
        }
        if unresolved > 0 {
            printError("\(unresolved) pemetaan bertentangan dengan impor sebelumnya. Ulangi dengan --replace untuk mengganti atau --keep untuk mempertahankan yang lama.")
        }
        if unresolved > 0 || rejected > 0 || !problems.isEmpty { throw Exit.findings }
    }

    /// Writes an output file as every output is written (`OutputFile`: 0600, never over a link or device).
    static func write(_ data: Data, to path: String) throws {
        do { try OutputFile.write(data, to: URL(fileURLWithPath: path)) } catch { throw StoreSupport.fail(error) }
    }

    static func parseProvince(_ code: String?) throws -> String? {
        guard let code else { return nil }
        guard Catalogues.shared.regions[code]?.level == .provinsi else {
            printError("Kode provinsi '\(code)' tidak dikenal. Contoh: 32 untuk Jawa Barat; lihat kolom kode pada daftar wilayah.")
            throw Exit.unusable
        }
        return code
    }

    static func parseGroup(_ text: String?) throws -> AffairGroup? {
        guard let text else { return nil }
        let aliases: [String: AffairGroup] = ["pd": .wajibPelayananDasar, "npd": .wajibNonPelayananDasar, "wajib-pd": .wajibPelayananDasar,
                                              "wajib-npd": .wajibNonPelayananDasar]
        if let g = AffairGroup(rawValue: text.lowercased()) ?? aliases[text.lowercased()] { return g }
        printError("Kelompok urusan '\(text)' tidak dikenal. Pilih: wajib-pelayanan-dasar (pd), wajib-non-pelayanan-dasar (npd), pilihan.")
        throw Exit.unusable
    }

    static func parsePriority(_ text: String?) throws -> MappingPriority? {
        guard let text else { return nil }
        if let p = MappingPriority(rawValue: text.lowercased()) { return p }
        printError("Prioritas '\(text)' tidak dikenal. Pilih: tinggi, sedang, rendah.")
        throw Exit.unusable
    }

    static func parseDate(_ text: String?, field: String) throws -> CalendarDate? {
        guard let text else { return nil }
        if let d = CalendarDate(dayMonthYear: text) ?? CalendarDate(iso: text) { return d }
        printError("\(field) '\(text)' tidak sah. Tulis HH-BB-TTTT (misalnya 15-06-2026) dengan tanggal yang ada di kalender.")
        throw Exit.unusable
    }

    static func regionName(_ code: String) -> String { Catalogues.shared.regions[code]?.fullName ?? code }
}

// MARK: - import

struct MappingImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor pemetaan daerah peserta dari bundel (mufakat bundle export) atau berkas JSON pemetaan.",
        discussion: """
        Pemetaan yang berbeda dari impor sebelumnya untuk daerah yang sama ditampilkan perbedaannya per urusan, \
        lalu ditanyakan. Tanpa terminal interaktif, perintah berhenti dengan kode 1 dan mencantumkan perbedaannya, \
        kecuali diberi --replace (ganti dengan yang baru) atau --keep (pertahankan yang lama).
        Daerah lain dalam perintah yang sama tetap diimpor.
        """,
        aliases: ["impor"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Argument(help: ArgumentHelp("Berkas bundel atau JSON pemetaan.", valueName: "BERKAS"))
    var files: [String]
    @Flag(name: .long, help: "Jika berbeda dengan impor sebelumnya: ganti dengan pemetaan yang baru.")
    var replace = false
    @Flag(name: .long, help: "Jika berbeda dengan impor sebelumnya: pertahankan pemetaan yang lama.")
    var keep = false

    func validate() throws {
        if replace && keep { throw ValidationError("Pilih salah satu: --replace atau --keep.") }
        if files.isEmpty { throw ValidationError("Sebutkan sekurang-kurangnya satu berkas bundel.") }
    }

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            // A bad file is named and skipped; the good ones import (the screen does the same).
            let batch = service.read(files: files)
            for problem in batch.problems { printError(problem) }
            // Nothing readable at all is unusable input; a bad file beside good ones is a finding.
            if batch.incoming.isEmpty && !batch.problems.isEmpty { throw Exit.unusable }
            let incoming = batch.incoming
            let interactive = isatty(0) == 1 && isatty(1) == 1
            let catalogues = Catalogues.shared
            let results = try service.importMappings(incoming, meetingID: meeting.meeting) { item, existing, diff in
                if replace { return .replace }
                if keep { return .keep }
                guard interactive else { return nil }
                print("\nPemetaan \(MappingCLI.regionName(item.mapping.regionCode)) dari \(item.source) berbeda dengan yang tersimpan:")
                if let age = (try? service.age(of: item, existing: existing))?.sentence { print("Umur: \(age).") }
                for line in diff.lines(affairs: catalogues.affairs) { print("  - \(line)") }
                while true {
                    print("Ganti dengan yang diimpor (g) atau pertahankan yang tersimpan (p)? ", terminator: "")
                    guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return nil }
                    if ["g", "ganti"].contains(answer) { return .replace }
                    if ["p", "pertahankan"].contains(answer) { return .keep }
                }
            }
            try MappingCLI.report(results, problems: batch.problems)
        }
    }
}

// MARK: - matrix

struct MappingMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Matriks pemetaan: urusan × daerah (atau sebaliknya) sebagai XLSX, CSV, atau teks.",
        aliases: ["matriks"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp("Format keluaran: xlsx, csv, atau txt.", valueName: "FORMAT"))
    var format: String = "txt"
    @Option(name: .long, help: ArgumentHelp("Berkas keluaran (wajib untuk xlsx; bawaan txt/csv: layar).", valueName: "BERKAS"))
    var output: String?
    @Option(name: .long, help: ArgumentHelp("Hanya provinsi ini dan kabupaten/kotanya.", valueName: "KODE"))
    var province: String?
    @Option(name: .long, help: ArgumentHelp("Hanya kelompok urusan: wajib-pelayanan-dasar, wajib-non-pelayanan-dasar, pilihan.", valueName: "KELOMPOK"))
    var group: String?
    @Option(name: .long, help: ArgumentHelp("Hanya isian berprioritas: tinggi, sedang, rendah.", valueName: "PRIORITAS"))
    var priority: String?
    @Flag(name: .long, help: "Daerah sebagai baris dan urusan sebagai kolom.")
    var transpose = false

    func run() throws {
        let format = self.format.lowercased()
        guard ["xlsx", "csv", "txt"].contains(format) else {
            printError("Format '\(self.format)' tidak dikenal untuk matriks. Pilih: xlsx, csv, txt."); throw Exit.unusable
        }
        if format == "xlsx" && output == nil { printError("Format xlsx memerlukan --output BERKAS."); throw Exit.unusable }
        let filter = MatrixFilter(provinceCode: try MappingCLI.parseProvince(province), group: try MappingCLI.parseGroup(group),
                                  priority: try MappingCLI.parsePriority(priority))
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.meeting(id: meeting.meeting)
            let matrix = try service.matrix(meeting: m, filter: filter, transposed: transpose)
            if matrix.regions.isEmpty {
                printError("Belum ada pemetaan daerah" + (filter == .none ? "" : " yang sesuai saringan") + ". Impor dahulu dengan `mufakat pemetaan impor BERKAS...`.")
            }
            switch format {
            case "xlsx", "csv":
                let data = try service.matrixFile(format == "xlsx" ? .xlsx : .csv, meeting: m, filter: filter, transposed: transpose).data
                if let output { try MappingCLI.write(data, to: output) } else { FileHandle.standardOutput.write(data) }
            default:
                var text = MatrixExport.plainText(matrix, catalogues: service.catalogues)
                text += MatrixTotalsText.render(matrix)
                if let output { try MappingCLI.write(Data(text.utf8), to: output) } else { print(text, terminator: "") }
            }
            if let outside = try service.nonParticipantSentence(meeting: m) { printError(outside) }
            if let output {
                print("Matriks \(matrix.affairs.count) urusan × \(matrix.regions.count) daerah ditulis ke \(output).")
            }
        }
    }
}

// MARK: - matches

struct MappingMatchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matches",
        abstract: "Kecocokan: pasangan dan kelompok daerah yang dapat bekerja sama, berurutan dari yang terkuat, dengan alasannya.",
        discussion: "Dengan --draft N, kecocokan nomor N dijadikan draf kerja sama di penyimpanan dan dicatat sebagai kesepakatan rapat.",
        aliases: ["kecocokan"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @OptionGroup var json: JSONOption
    @Option(name: .long, help: ArgumentHelp("Format keluaran: txt atau csv.", valueName: "FORMAT"))
    var format: String = "txt"
    @Option(name: .long, help: ArgumentHelp("Berkas keluaran (bawaan: layar).", valueName: "BERKAS"))
    var output: String?
    @Option(name: .long, help: ArgumentHelp("Hanya urusan ini (kode, misalnya 2.15).", valueName: "KODE"))
    var affair: String?
    @Option(name: .long, help: ArgumentHelp("Hanya kecocokan yang melibatkan daerah ini.", valueName: "KODE"))
    var region: String?
    @Option(name: .long, help: ArgumentHelp("Tampilkan paling banyak N kecocokan.", valueName: "N"))
    var limit: Int?
    @Option(name: .long, help: ArgumentHelp("Jadikan kecocokan nomor N draf kerja sama.", valueName: "N"))
    var draft: Int?

    func run() throws {
        let format = self.format.lowercased()
        guard ["txt", "csv"].contains(format) else {
            printError("Format '\(self.format)' tidak dikenal untuk kecocokan. Pilih: txt, csv (atau --json)."); throw Exit.unusable
        }
        if let affair, Catalogues.shared.affairs[affair] == nil {
            printError("Kode urusan '\(affair)' tidak dikenal (1.01 sampai 3.32)."); throw Exit.unusable
        }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.meeting(id: meeting.meeting)
            var matches = try service.matches(meeting: m)
            if let affair { matches = matches.filter { $0.affairCode == affair } }
            if let region { matches = matches.filter { $0.regionCodes.contains(region) } }
            if let limit { matches = Array(matches.prefix(max(limit, 0))) }
            if let draft {
                guard (1...max(matches.count, 1)).contains(draft), draft <= matches.count else {
                    printError("Tidak ada kecocokan nomor \(draft); daftar memuat \(matches.count) kecocokan."); throw Exit.unusable
                }
                let preview = try service.preview(of: matches[draft - 1], meetingID: m?.id)
                let coop = try service.createDraft(from: matches[draft - 1], meetingID: m?.id)
                print("Draf kerja sama '\(coop.id)' dibuat: \(coop.title) (\(coop.kind.label)" + (coop.targetYear.map { ", tahun target \($0)" } ?? "") + ").")
                print(preview)
                return
            }
            if json.json {
                let rows = matches.enumerated().map { i, x in MatchJSON(rank: i + 1, match: x, catalogues: service.catalogues) }
                try printJSON(rows)
                return
            }
            if format == "csv" {
                let data = CsvWriter.data(MatchExport.rows(matches, catalogues: service.catalogues))
                if let output { try MappingCLI.write(data, to: output) } else { FileHandle.standardOutput.write(data) }
            } else {
                var text = MatchExport.plainText(matches, catalogues: service.catalogues)
                if affair == nil && region == nil { text += MatrixTotalsText.gaps(try service.gaps(meeting: m), catalogues: service.catalogues) }
                if let output { try MappingCLI.write(Data(text.utf8), to: output) } else { print(text, terminator: "") }
            }
            if let outside = try service.nonParticipantSentence(meeting: m) { printError(outside) }
        }
    }
}

/// A match as `--json` prints it: the match with names for people reading it.
struct MatchJSON: Encodable {
    let rank: Int
    let id: String
    let affairCode: String
    let affairName: String
    let regionCodes: [String]
    let regionNames: [String]
    let kinds: [String]
    let suggestedKind: String
    let targetYear: Int?
    let score: Int
    let reasons: [String]

    init(rank: Int, match m: MappingMatch, catalogues: Catalogues) {
        self.rank = rank; id = m.id; affairCode = m.affairCode
        affairName = catalogues.affairs[m.affairCode]?.name ?? m.affairCode
        regionCodes = m.regionCodes; regionNames = m.regionCodes.map { catalogues.regions[$0]?.fullName ?? $0 }
        kinds = m.kinds.map(\.rawValue); suggestedKind = m.suggestedKind.rawValue; targetYear = m.targetYear
        score = m.score; reasons = m.reasons
    }
}

// MARK: - annex

struct MappingAnnexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annex",
        abstract: "Lampiran rencana kerja sama untuk RPJMD/RKPD, per daerah, sebagai XLSX atau DOCX.",
        aliases: ["lampiran"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp("Format keluaran: xlsx atau docx.", valueName: "FORMAT"))
    var format: String = "xlsx"
    @Option(name: .long, help: ArgumentHelp("Berkas keluaran.", valueName: "BERKAS"))
    var output: String
    @Option(name: .long, help: ArgumentHelp("Hanya daerah ini.", valueName: "KODE"))
    var region: String?
    @Option(name: .long, help: ArgumentHelp("Kertas DOCX.", valueName: "KERTAS"))
    var paper: Paper = .a4
    @Option(name: .long, help: ArgumentHelp("Huruf DOCX.", valueName: "HURUF"))
    var font: Typeface = .bookmanOldStyle

    func run() throws {
        let format = self.format.lowercased()
        guard ["xlsx", "docx"].contains(format) else {
            printError("Format '\(self.format)' tidak dikenal untuk lampiran. Pilih: xlsx, docx."); throw Exit.unusable
        }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.meeting(id: meeting.meeting)
            if let region, service.catalogues.regions[region] == nil {
                printError("Kode daerah '\(region)' tidak dikenal."); throw Exit.unusable
            }
            let annex = try service.annexFile(.xlsx, meeting: m, regionCode: region).annex
            if annex.regions.isEmpty {
                printError(region.map { "Belum ada pemetaan \(MappingCLI.regionName($0)) di penyimpanan." } ?? "Belum ada pemetaan daerah di penyimpanan.")
                throw Exit.unusable
            }
            let file = try service.annexFile(format == "xlsx" ? .xlsx : .docx, meeting: m, regionCode: region, paper: paper, typeface: font)
            try MappingCLI.write(file.data, to: output)
            print("Lampiran \(annex.rowCount) rencana kerja sama dari \(annex.regions.count) daerah ditulis ke \(output).")
        }
    }
}

// MARK: - minutes

struct MappingMinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Berita acara rapat pemetaan (peserta, kesepakatan, tindak lanjut, tanda tangan) sebagai DOCX.",
        aliases: ["berita-acara"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp("Format keluaran: docx.", valueName: "FORMAT"))
    var format: String = "docx"
    @Option(name: .long, help: ArgumentHelp("Berkas keluaran.", valueName: "BERKAS"))
    var output: String
    @Option(name: .long, help: ArgumentHelp("Kertas DOCX.", valueName: "KERTAS"))
    var paper: Paper = .a4
    @Option(name: .long, help: ArgumentHelp("Huruf DOCX.", valueName: "HURUF"))
    var font: Typeface = .bookmanOldStyle

    func run() throws {
        guard format.lowercased() == "docx" else {
            printError("Format '\(format)' tidak dikenal untuk berita acara. Pilih: docx."); throw Exit.unusable
        }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.requireMeeting(id: meeting.meeting)
            let (data, naskah) = try service.minutesFile(meeting: m, paper: paper, typeface: font)
            try MappingCLI.write(data, to: output)
            print("Berita acara rapat '\(m.id)' ditulis ke \(output): \(m.participantRegions.count) daerah peserta, \(m.agreements.filter(\.isActive).count) kesepakatan"
                  + (m.agreements.contains { !$0.isActive } ? " (\(m.agreements.filter { !$0.isActive }.count) dicabut)" : "") + ", \(m.followUps.count) tindak lanjut.")
            let missing = naskah.missingFields
            if !missing.isEmpty {
                printError("Berita acara masih memuat isian kosong (ditandai [BELUM DIISI]); lengkapi dengan `mufakat pemetaan meeting update`:")
                for field in missing { printError("  - \(field.label)") }
            }
        }
    }
}

// MARK: - validate

struct MappingValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Periksa pemetaan yang tersimpan: kode urusan, calon mitra, tahun target, kewenangan.",
        discussion: "Kode keluar 1 bila ada kesalahan atau peringatan.",
        aliases: ["periksa"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @OptionGroup var json: JSONOption

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.meeting(id: meeting.meeting)
            let findings = try service.findings(meeting: m)
            if json.json {
                try printJSON(findings)
            } else if findings.isEmpty {
                let n = try service.mappings(for: m).count
                print("Tidak ada temuan pada \(n) pemetaan daerah.")
            } else {
                for f in findings { print(f.description) }
                let errors = findings.filter { $0.severity == .error }.count
                let warnings = findings.filter { $0.severity == .warning }.count
                let notices = findings.count - errors - warnings
                print("\nJumlah: \(errors) kesalahan, \(warnings) peringatan, \(notices) informasi.")
            }
            if findings.contains(where: { $0.severity != .notice }) { throw Exit.findings }
        }
    }
}
