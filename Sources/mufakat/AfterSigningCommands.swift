import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

extension EndRecord.Ground: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension EndRecord.Instrument: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// The after-signing commands share loading, the service call and the save.
enum AfterSigningCommand {
    static func day(_ text: String?) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let d = CalendarDate(iso: text) else {
            printError("Tanggal '\(text)' tidak valid; tulis sebagai TTTT-BB-HH.")
            throw Exit.unusable
        }
        return d
    }

    /// Loads `id`, applies `change` through the service, and saves a new revision.
    static func record(id: String, store: StoreOptions, rulebook: RulebookOptions,
                       _ change: (AfterSigningService, Cooperation) throws(AfterSigningService.Failure) -> Cooperation) throws -> RevisionInfo {
        let session = try StoreSupport.open(store, mode: .existingReadWrite)
        let service = AfterSigningService(rulebook: try rulebook.load())
        let stored = try StoreSupport.run(session) { () throws(StoreError) -> StoredCooperation in try session.load(id: id) }
        let changed: Cooperation
        do {
            changed = try change(service, stored.cooperation)
        } catch {
            printError(error.description)
            throw Exit.findings
        }
        return try StoreSupport.run(session) { () throws(StoreError) -> RevisionInfo in
            try service.save(changed, basedOn: stored.revision, in: session)
        }
    }
}

/// `mufakat end ID --ground G` (akhiri): records the ending of a signed cooperation
/// (PP 28/2018 Pasal 9 ayat (1), Pasal 22) in a new revision, as the screens do.
struct EndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Catat berakhirnya kerja sama yang sudah ditandatangani.",
        discussion: """
        Alasan berakhir diambil dari rulebook dan harus berlaku untuk jenis kerja \
        samanya. Kode keluar: 0 dicatat, 1 ditolak (belum ditandatangani, sudah \
        berakhir, alasan tidak berlaku, atau konflik), 2 masukan tidak dapat dipakai.
        """,
        aliases: ["akhiri"]
    )

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Alasan berakhir (id dari rulebook).", valueName: "ALASAN"))
    var ground: EndRecord.Ground

    @Option(name: .long, help: ArgumentHelp("Tanggal berakhir (bawaan: hari ini).", valueName: "TTTT-BB-HH"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Judul naskah pendukung.", valueName: "JUDUL"))
    var documentTitle: String?

    @Option(name: .long, help: ArgumentHelp("Nomor naskah pendukung.", valueName: "NOMOR"))
    var documentNumber: String?

    @Option(name: .long, help: ArgumentHelp("Tanggal naskah pendukung.", valueName: "TTTT-BB-HH"))
    var documentDate: String?

    @Option(name: .long, help: ArgumentHelp("Naskah pengakhiran (bawaan: surat-pemberitahuan).", valueName: "NASKAH"))
    var instrument: EndRecord.Instrument?

    @Option(name: .long, help: ArgumentHelp("Keterangan.", valueName: "TEKS"))
    var note: String = ""

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let docDate = try AfterSigningCommand.day(documentDate)
        let document = RegisteredDocument(number: documentNumber ?? "", date: docDate, title: documentTitle ?? "")
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.end(c, ground: ground, date: day, document: document, instrument: instrument, note: note)
        }
        print("Kerja sama '\(id)' dicatat berakhir pada revisi \(info.revision).")
    }
}

/// `mufakat evaluate ID --evaluator TIM --finding ...` (evaluasi): records one evaluation of a
/// signed cooperation in a new revision.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Catat satu evaluasi kerja sama yang sudah ditandatangani.",
        discussion: "Kode keluar: 0 dicatat, 1 ditolak atau konflik, 2 masukan tidak dapat dipakai.",
        aliases: ["evaluasi"]
    )

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Tanggal evaluasi (bawaan: hari ini).", valueName: "TTTT-BB-HH"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Tim atau pejabat yang mengevaluasi.", valueName: "TIM"))
    var evaluator: String = ""

    @Option(name: .long, help: ArgumentHelp("Ringkasan hasil evaluasi.", valueName: "TEKS"))
    var summary: String = ""

    @Option(name: .customLong("finding"), help: ArgumentHelp("Temuan (boleh berulang).", valueName: "TEKS"))
    var findings: [String] = []

    @Option(name: .customLong("recommendation"), help: ArgumentHelp("Rekomendasi (boleh berulang).", valueName: "TEKS"))
    var recommendations: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.addEvaluation(c, Evaluation(date: day ?? service.today, evaluator: evaluator, summary: summary,
                                                    findings: findings, recommendations: recommendations))
        }
        print("Evaluasi kerja sama '\(id)' dicatat pada revisi \(info.revision).")
    }
}

/// `mufakat renew ID --years N --reason TEKS` (perpanjang): records a renewal of a signed
/// cooperation, resting on its latest evaluation, in a new revision.
struct RenewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renew",
        abstract: "Catat perpanjangan kerja sama yang sudah ditandatangani.",
        discussion: "Perpanjangan merujuk evaluasi terakhir. Kode keluar: 0 dicatat, 1 ditolak atau konflik, 2 masukan tidak dapat dipakai.",
        aliases: ["perpanjang"]
    )

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Tambahan jangka waktu dalam tahun.", valueName: "N"))
    var years: Int

    @Option(name: .long, help: ArgumentHelp("Alasan perpanjangan.", valueName: "TEKS"))
    var reason: String

    @Option(name: .long, help: ArgumentHelp("Tanggal kesepakatan perpanjangan (bawaan: hari ini).", valueName: "TTTT-BB-HH"))
    var date: String?

    @Option(name: .customLong("number"), help: ArgumentHelp("Nomor naskah perpanjangan, satu per pihak menurut urutan pihak (boleh berulang).", valueName: "NOMOR"))
    var numbers: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func validate() throws {
        guard (1...99).contains(years) else { throw ValidationError("--years harus antara 1 dan 99.") }
    }

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.recordRenewal(c, date: day, years: years, reason: reason, numbers: numbers)
        }
        print("Perpanjangan kerja sama '\(id)' dicatat pada revisi \(info.revision).")
    }
}

/// `mufakat amend ID --stage pks --reason TEKS --change ...` (adendum): records an adendum to a
/// signed naskah in a new revision.
struct AmendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Catat adendum atas naskah yang sudah ditandatangani.",
        discussion: "Tahapan yang dapat diubah (KB, Nota, PKS) diambil dari rulebook. Kode keluar: 0 dicatat, 1 ditolak atau konflik, 2 masukan tidak dapat dipakai.",
        aliases: ["adendum"]
    )

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Id tahapan naskah yang diubah menurut rulebook, misalnya pks.", valueName: "TAHAPAN"))
    var stage: String

    @Option(name: .long, help: ArgumentHelp("Alasan perubahan.", valueName: "TEKS"))
    var reason: String

    @Option(name: .long, help: ArgumentHelp("Tanggal adendum (bawaan: hari ini).", valueName: "TTTT-BB-HH"))
    var date: String?

    @Option(name: .customLong("change"), help: ArgumentHelp("Rincian perubahan (boleh berulang).", valueName: "TEKS"))
    var changes: [String] = []

    @Option(name: .customLong("number"), help: ArgumentHelp("Nomor naskah adendum, satu per pihak menurut urutan pihak (boleh berulang).", valueName: "NOMOR"))
    var numbers: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.recordAmendment(c, stageID: stage, date: day, reason: reason, changes: changes, numbers: numbers)
        }
        print("Adendum kerja sama '\(id)' dicatat pada revisi \(info.revision).")
    }
}
