import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat follow-up ID --action TEKS --owner TEKS --deadline TTTT-BB-HH` (tindak-lanjut):
/// records a follow-up of an evaluation, with its owner and deadline, in a new revision.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up",
        abstract: "Catat tindak lanjut hasil evaluasi kerja sama.",
        discussion: """
        Tindak lanjut mengikuti evaluasi: bawaannya evaluasi terakhir. Setiap tindak lanjut \
        dicatat dengan penanggung jawab dan tenggatnya. Kode keluar: 0 dicatat, 1 ditolak \
        (belum ada evaluasi, isian kurang, atau konflik), 2 masukan tidak dapat dipakai.
        """,
        aliases: ["tindak-lanjut"]
    )

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Uraian tindak lanjut.", valueName: "TEKS"))
    var action: String

    @Option(name: .long, help: ArgumentHelp("Perangkat daerah atau pejabat penanggung jawab.", valueName: "TEKS"))
    var owner: String

    @Option(name: .long, help: ArgumentHelp("Tenggat tindak lanjut.", valueName: "TTTT-BB-HH"))
    var deadline: String

    @Option(name: .long, help: ArgumentHelp("Tanggal selesai, bila sudah selesai.", valueName: "TTTT-BB-HH"))
    var completed: String?

    @Option(name: .long, help: ArgumentHelp("Evaluasi ke berapa yang ditindaklanjuti (bawaan: evaluasi terakhir).", valueName: "N"))
    var evaluation: Int?

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func validate() throws {
        if let evaluation, evaluation < 1 { throw ValidationError("--evaluation dihitung mulai 1.") }
    }

    func run() throws {
        let due = try AfterSigningCommand.day(deadline)
        let done = try AfterSigningCommand.day(completed)
        let followUp = EvaluationFollowUp(action: action, owner: owner, deadline: due, completedOn: done)
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.addFollowUp(c, followUp, evaluation: evaluation.map { $0 - 1 })
        }
        print("Tindak lanjut evaluasi kerja sama '\(id)' dicatat pada revisi \(info.revision).")
    }
}

/// `mufakat report ID --summary TEKS ...` (laporan): records one periodic report (laporan
/// pelaksanaan kerja sama) with its cover letter's addressee, number and period.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Catat laporan pelaksanaan kerja sama untuk satu periode.",
        discussion: """
        Bila --recipient tidak diisi, laporan ditujukan kepada Gubernur (bagi kabupaten/kota) \
        atau Menteri (bagi provinsi) menurut rulebook. Naskahnya diekspor dengan \
        'mufakat export ID -d laporan'. Kode keluar: 0 dicatat, 1 ditolak (belum \
        ditandatangani, atau konflik), 2 masukan tidak dapat dipakai.
        """,
        aliases: ["laporan"]
    )

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Tanggal laporan (bawaan: hari ini).", valueName: "TTTT-BB-HH"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Kepada (bawaan: menurut rulebook).", valueName: "TEKS"))
    var recipient: String?

    @Option(name: .long, help: ArgumentHelp("Nomor surat pengantar.", valueName: "NOMOR"))
    var letterNumber: String = ""

    @Option(name: .long, help: ArgumentHelp("Awal periode laporan.", valueName: "TTTT-BB-HH"))
    var periodStart: String?

    @Option(name: .long, help: ArgumentHelp("Akhir periode laporan.", valueName: "TTTT-BB-HH"))
    var periodEnd: String?

    @Option(name: .long, help: ArgumentHelp("Ringkasan pelaksanaan.", valueName: "TEKS"))
    var summary: String = ""

    @Option(name: .customLong("obstacle"), help: ArgumentHelp("Kendala dan upaya penyelesaian (boleh berulang).", valueName: "TEKS"))
    var obstacles: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let start = try AfterSigningCommand.day(periodStart)
        let end = try AfterSigningCommand.day(periodEnd)
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.recordReport(c, Report(date: day ?? service.today, recipient: recipient ?? service.defaultReportRecipient(c),
                                               summary: summary, periodStart: start, periodEnd: end,
                                               letterNumber: letterNumber, obstacles: obstacles))
        }
        print("Laporan pelaksanaan kerja sama '\(id)' dicatat pada revisi \(info.revision).")
    }
}

/// `mufakat review ID --stage usulan --recommendation TEKS` (telaah): records a review by the
/// TKKSD of one of the stages the rulebook has it review, with its registered document.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Catat telaahan TKKSD atas naskah suatu tahapan.",
        discussion: """
        Tahapan yang ditelaah TKKSD diambil dari rulebook menurut jenis kerja samanya. Kode \
        keluar: 0 dicatat, 1 ditolak (tahapan tidak ditelaah TKKSD, atau konflik), 2 masukan \
        tidak dapat dipakai.
        """,
        aliases: ["telaah"]
    )

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Id tahapan yang naskahnya ditelaah menurut rulebook, misalnya usulan.", valueName: "TAHAPAN"))
    var stage: String

    @Option(name: .long, help: ArgumentHelp("Rekomendasi TKKSD.", valueName: "TEKS"))
    var recommendation: String

    @Flag(inversion: .prefixedNo, help: "Direkomendasikan untuk dilanjutkan, atau tidak (--no-recommended).")
    var recommended: Bool?

    @Option(name: .long, help: ArgumentHelp("Tanggal rapat atau telaahan (bawaan: hari ini).", valueName: "TTTT-BB-HH"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Judul naskah rekomendasi atau berita acara.", valueName: "JUDUL"))
    var documentTitle: String?

    @Option(name: .long, help: ArgumentHelp("Nomor naskah rekomendasi atau berita acara.", valueName: "NOMOR"))
    var documentNumber: String?

    @Option(name: .long, help: ArgumentHelp("Tanggal naskah rekomendasi atau berita acara.", valueName: "TTTT-BB-HH"))
    var documentDate: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions

    func run() throws {
        let day = try AfterSigningCommand.day(date)
        let docDate = try AfterSigningCommand.day(documentDate)
        let document = RegisteredDocument(number: documentNumber ?? "", date: docDate, title: documentTitle ?? "")
        let info = try AfterSigningCommand.record(id: id, store: store, rulebook: rulebookOptions) { service, c throws(AfterSigningService.Failure) in
            try service.recordTKKSDReview(c, stageID: stage, date: day, recommendation: recommendation,
                                          recommended: recommended, document: document)
        }
        print("Telaahan TKKSD kerja sama '\(id)' dicatat pada revisi \(info.revision).")
    }
}
