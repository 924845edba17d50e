import ArgumentParser
import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat verify FILE ID` (verifikasi): is this document file exactly the signed one?
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Periksa apakah berkas naskah sama persis dengan naskah yang ditandatangani.",
        discussion: """
        SHA-256 berkas dibandingkan dengan sidik jari naskah KB dan PKS yang \
        dicatat saat tahapan ditandai ditandatangani (mufakat tandatangani), pada \
        setiap revisi. Bila tidak sama, dicari revisi dan pengaturan ekspor yang \
        menghasilkan berkas itu.
        Kode keluar: 0 sama dengan naskah yang ditandatangani dan berlaku;
        1 tidak sama, atau naskah lama yang sudah diganti; 2 berkas atau kerja \
        sama tidak dapat dibaca.
        """,
        aliases: ["verifikasi"]
    )

    @Argument(help: ArgumentHelp("Berkas naskah (docx, md, txt).", valueName: "BERKAS"))
    var file: String

    @Argument(help: ArgumentHelp("Id kerja sama dalam penyimpanan.", valueName: "ID"))
    var id: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @OptionGroup var jsonOutput: JSONOption

    struct Report: Encodable {
        let file: String
        let id: String
        let sha256: String
        let verdict: String
        let document: String?
        let revision: Int?
        let settings: String?
        let message: String
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("\(file): berkas tidak dapat dibaca; periksa nama dan izin berkas.")
            throw Exit.unusable
        }
        let session = try StoreSupport.open(store, mode: .readOnly)
        let revisions = try StoreSupport.run(session) { () throws(StoreError) -> [StoredCooperation] in try session.revisions(id: id) }
        let service = DocumentService(rulebook: try rulebookOptions.load(), profile: session.loadProfile())
        let sha = Fingerprint.sha256(data)
        let verdict = service.verify(data, revisions: revisions)
        let latest = revisions.map(\.revision).max() ?? 0

        let report: Report
        switch verdict {
        case .signed(let kind, let revision):
            // Signed is not the same as in force: an ended or expired cooperation says so.
            let current = revisions[revisions.count - 1].cooperation
            let today = CalendarDate.today()
            var standing = "dan masih berlaku"
            if let ended = current.ended {
                standing = "tetapi kerja samanya telah berakhir (status: \(current.status(on: today).label)) pada \(ended.date.dayMonthYear)"
            } else if let expiry = current.renewedExpiryDate, expiry < today {
                standing = "tetapi jangka waktunya telah berakhir pada \(expiry.dayMonthYear)"
            }
            report = Report(file: file, id: id, sha256: sha, verdict: "ditandatangani", document: kind.rawValue, revision: revision, settings: nil,
                            message: "SAMA: berkas ini adalah naskah \(kind.label) yang ditandatangani (dicatat pada revisi \(revision)) \(standing).")
        case .formerlySigned(let kind, let revision):
            report = Report(file: file, id: id, sha256: sha, verdict: "pernah-ditandatangani", document: kind.rawValue, revision: revision, settings: nil,
                            message: "SAMA DENGAN NASKAH LAMA: berkas ini adalah naskah \(kind.label) yang ditandatangani pada revisi \(revision), tetapi naskah yang berlaku sekarang (revisi \(latest)) berbeda.")
        case .exported(let kind, let revision, let settings):
            // Without any recorded fingerprint there is no signed naskah to compare with yet.
            let recorded = !SignedDocument.fingerprints(in: revisions[revisions.count - 1].cooperation).isEmpty
            let head = recorded ? "BUKAN NASKAH YANG DITANDATANGANI" : "HASIL EKSPOR (belum ada naskah yang dicatat ditandatangani)"
            report = Report(file: file, id: id, sha256: sha, verdict: "hasil-ekspor", document: kind.rawValue, revision: revision, settings: settings,
                            message: "\(head): berkas ini adalah hasil ekspor \(kind.label) dari revisi \(revision) (\(settings))"
                                + (revision == latest ? "." : "; revisi terbaru \(latest)."))
        case .unknown:
            report = Report(file: file, id: id, sha256: sha, verdict: "tidak-dikenal", document: nil, revision: nil, settings: nil,
                            message: "TIDAK SAMA: berkas ini tidak sama dengan naskah yang ditandatangani maupun hasil ekspor revisi mana pun dari '\(id)'. Berkas mungkin telah diubah.")
        }
        if jsonOutput.json {
            try printJSON(report)
        } else {
            print(report.message)
            print("SHA-256 berkas: \(sha)")
            for (kind, recorded, format) in SignedDocument.fingerprints(in: revisions[revisions.count - 1].cooperation) {
                print("SHA-256 \(kind.label) yang ditandatangani\(format.map { " (\($0))" } ?? ""): \(recorded)")
            }
        }
        if case .signed = verdict { return }
        throw Exit.findings
    }
}
