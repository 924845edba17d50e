import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import Testing

/// Issue 14 at 80×24 on the real binary under tmux: a signed KSDD (stored through the services,
/// as the signing walk is covered elsewhere) is evaluated twice, reported, reviewed by the
/// TKKSD, renewed once, amended once and ended, all through the screens; its naskah are exported from the screen, and the status is
/// "Berakhir" on the home list, in `show`, in `list --json` and in the ringkasan.
@Suite(.timeLimit(.minutes(5)))
struct AfterSigningEndToEndTests {
    typealias W = WizardEndToEndTests

    static func storeWithSignedKSDD() throws -> (store: String, id: String) {
        let store = W.freshStore()
        let session = try StoreSession.open(folder: URL(fileURLWithPath: store))
        try session.saveProfile(TwoRoadsTests.profile)
        let c = CooperationFixture.bogorRaya()
        _ = try session.save(c, basedOn: nil)
        return (store, c.id)
    }

    /// Clears the focused date field and types a date (ddmmyyyy).
    static func date(_ tmux: TmuxSession, _ digits: String) throws {
        try W.keys(tmux, "C-u")
        try W.type(tmux, digits)
    }

    static func evaluation(_ tmux: TmuxSession, number: Int, date: String, summary: String, finding: String, recommendation: String) throws {
        try W.keys(tmux, "a")
        try tmux.waitFor(text: "Evaluasi \(number)")
        try Self.date(tmux, date)
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Tim Evaluasi Kerja Sama")
        try W.keys(tmux, "Tab")
        try W.type(tmux, summary)
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "temuan dan rekomendasi")
        try W.type(tmux, finding)
        try W.keys(tmux, "Tab")
        try W.type(tmux, recommendation)
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "berita acara")
        try W.type(tmux, "Berita Acara Evaluasi")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "BA/0\(number)/EV/2026")
        try W.keys(tmux, "Tab")
        try Self.date(tmux, date)
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Bagian 2 dari 11: Evaluasi")
    }

    /// From the review: "e", the naskah numbered `choice` (0-based), then Markdown.
    static func export(_ tmux: TmuxSession, choice: Int, file: String) throws {
        try W.keys(tmux, "e")
        try tmux.waitFor(text: "Pilih naskah")
        for _ in 0..<choice { try W.keys(tmux, "Right") }
        try W.keys(tmux, "Enter")
        // The export panel: step the format row to Markdown whatever was remembered last time.
        try tmux.waitFor(text: "Kertas")
        for _ in 0..<3 {
            if try tmux.capture().contains("‹ Markdown ›") { break }
            try W.keys(tmux, "Right")
        }
        try tmux.waitFor(text: "‹ Markdown ›")
        try W.keys(tmux, "Enter")
        let screen = try tmux.waitFor(text: file)
        // A long path is shown in a dialog that is closed before going on.
        if screen.contains("[ Tutup ]") {
            try W.keys(tmux, "Enter")
            try tmux.waitUntil("the export dialog closed") { !$0.contains("[ Tutup ]") }
        }
    }

    @Test func aKSDDIsEvaluatedTwiceReportedRenewedAndEnded() throws {
        let (store, id) = try Self.storeWithSignedKSDD()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Penyelenggaraan A")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Tahap 7 dari 7")
        try tmux.waitFor(text: "Bagian 1 dari 11: Tonggak pelaksanaan")

        // Two evaluations, with findings, recommendations and their berita acara.
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Paling sedikit 2 kali")
        try Self.evaluation(tmux, number: 1, date: "10092026", summary: "Trayek terpadu mulai diuji",
                            finding: "Halte di perbatasan belum lengkap", recommendation: "Lengkapi halte perbatasan")
        try Self.evaluation(tmux, number: 2, date: "20112026", summary: "Uji coba trayek berjalan",
                            finding: "Penumpang naik 12 persen", recommendation: "Lanjutkan dan perpanjang kerja sama")
        var screen = try tmux.waitFor(text: "20-11-2026")
        #expect(screen.contains("10-09-2026"))

        // A follow-up with its owner and deadline joins the latest evaluation.
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Tindak lanjut evaluasi")
        try W.keys(tmux, "a")
        try tmux.waitFor(text: "Tindak lanjut 1 (evaluasi ke-2")
        try W.type(tmux, "Menyusun jadwal trayek baru")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Dinas Perhubungan Kota Bogor")
        try W.keys(tmux, "Tab")
        try Self.date(tmux, "31012027")
        try W.keys(tmux, "C-n")
        screen = try tmux.waitFor(text: "31-01-2027")
        #expect(screen.contains("Menyusun jadwal"))

        // The periodic report to the Governor, with its cover letter's number and period.
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Laporan pelaksanaan")
        try W.keys(tmux, "a")
        screen = try tmux.waitFor(text: "Laporan 1: surat pengantar")
        #expect(screen.contains("Gubernur Jawa Barat"), "the default addressee of a kota's report")
        try Self.date(tmux, "01122026")
        try W.keys(tmux, "Tab", "Tab")
        try W.type(tmux, "100.3.4/12-Lap/2026")
        try W.keys(tmux, "Tab")
        try Self.date(tmux, "15062026")
        try W.keys(tmux, "Tab")
        try Self.date(tmux, "30112026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "isi laporan")
        try W.type(tmux, "Trayek terpadu diuji pada dua koridor")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Halte perbatasan belum lengkap, dilengkapi bertahap")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "01-12-2026")

        // A TKKSD review of one of the stages the rulebook names, with its recommendation and
        // registered document; then one renewal of one year resting on the second evaluation.
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Telaahan TKKSD")
        try W.keys(tmux, "a")
        try tmux.waitFor(text: "Telaahan TKKSD 1")
        try W.keys(tmux, "Tab")
        try Self.date(tmux, "25112026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Dilanjutkan dengan perpanjangan satu tahun")
        try W.keys(tmux, "Tab", "y")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "rekomendasi TKKSD")
        try W.type(tmux, "Rekomendasi TKKSD")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "100.3.4/25-TKKSD/2026")
        try W.keys(tmux, "Tab")
        try Self.date(tmux, "25112026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "25-11-2026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Bagian 6 dari 11: Perpanjangan")
        try W.keys(tmux, "a")
        screen = try tmux.waitFor(text: "Perpanjangan 1")
        #expect(screen.contains("Evaluasi ke-2 (20-11-2026)"))
        try Self.date(tmux, "02122026")
        try W.keys(tmux, "Tab", "Tab")
        try W.type(tmux, "Hasil evaluasi kedua menunjukkan layanan perlu dilanjutkan")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "nomor naskah")
        try W.type(tmux, "100.3.4/30-PKS/2026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "100.3.4/31-PKS/2026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "1 tahun")

        // An adendum to a signed naskah, with its changes and one number per party.
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Adendum")
        try W.keys(tmux, "a")
        try tmux.waitFor(text: "Adendum 1")
        try W.keys(tmux, "Tab")
        try Self.date(tmux, "03122026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Penambahan koridor trayek Ciawi")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Pasal 3 ayat (1) ditambah koridor Ciawi")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Adendum 1: nomor naskah")
        try W.type(tmux, "100.3.4/35-Add/2026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "100.3.4/36-Add/2026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "03-12-2026")

        // The ending: a ground of the rulebook, the date, the supporting document, the letter.
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Pengakhiran kerja sama")
        try W.keys(tmux, "Right", "Right", "Right")
        try tmux.waitFor(text: "kesepakatan para pihak")
        // The date the ground brings (today) shows in its field at once, as it is saved.
        let today = CalendarDate.today()
        screen = try tmux.waitFor(text: String(format: "%02d-%02d-%04d", today.day, today.month, today.year))
        #expect(screen.contains("Tanggal berakhir"))
        try W.keys(tmux, "Tab")
        try Self.date(tmux, "04122026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Layanan diambil alih angkutan provinsi")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "naskah pendukung")
        try W.type(tmux, "Kesepakatan Pengakhiran Kerja Sama")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "100.3.4/40-KS/2026")
        try W.keys(tmux, "Tab")
        try Self.date(tmux, "03122026")
        try W.keys(tmux, "C-n")
        // A notification letter (the default), rather than a joint statement.
        screen = try tmux.waitFor(text: "Pengakhiran: naskah")
        #expect(screen.contains("Surat pemberitahuan"))
        try W.keys(tmux, "Tab")
        try W.type(tmux, "100.3.4/41-Pem/2026")
        try W.keys(tmux, "Tab")
        try Self.date(tmux, "04122026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "nomor pernyataan bersama")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "TINJAUAN PELAKSANAAN")
        try W.keys(tmux, "C-s")
        try tmux.waitUntil("saved") { !$0.contains("belum disimpan") }

        // The naskah of this stage, exported from the screen.
        let folder = "\(store)/ekspor"
        try Self.export(tmux, choice: 1, file: "\(id)-laporan.md")
        try Self.export(tmux, choice: 2, file: "\(id)-perpanjangan.md")
        try Self.export(tmux, choice: 3, file: "\(id)-adendum.md")
        try Self.export(tmux, choice: 4, file: "\(id)-pengakhiran.md")
        let report = try String(contentsOfFile: "\(folder)/\(id)-laporan.md", encoding: .utf8)
        #expect(report.contains("Gubernur Jawa Barat"))
        #expect(report.contains("100.3.4/12-Lap/2026"))
        #expect(report.contains("Halte di perbatasan belum lengkap"))
        #expect(report.contains("Penumpang naik 12 persen"))
        #expect(report.contains("Menyusun jadwal trayek baru (Dinas Perhubungan Kota Bogor, tenggat 31 Januari 2027)"))
        #expect(report.contains("Tembusan"))
        let renewal = try String(contentsOfFile: "\(folder)/\(id)-perpanjangan.md", encoding: .utf8)
        #expect(renewal.contains("100.3.4/30-PKS/2026"))
        #expect(renewal.contains("layanan perlu dilanjutkan"))
        let amendment = try String(contentsOfFile: "\(folder)/\(id)-adendum.md", encoding: .utf8)
        #expect(amendment.contains("100.3.4/35-Add/2026"))
        #expect(amendment.contains("koridor Ciawi"))
        let ending = try String(contentsOfFile: "\(folder)/\(id)-pengakhiran.md", encoding: .utf8)
        #expect(ending.contains("kesepakatan para pihak untuk mengakhiri kerja sama"))
        #expect(ending.contains("PP 28/2018 Pasal 9 ayat (1) huruf c"))
        #expect(ending.contains("Kesepakatan Pengakhiran Kerja Sama Nomor 100.3.4/40-KS/2026"))
        #expect(ending.contains("100.3.4/41-Pem/2026"))
        #expect(!ending.contains("BELUM DIISI"))

        // Back home: the cooperation is listed as ended.
        try W.keys(tmux, "Escape")
        try W.keys(tmux, "Escape")
        screen = try tmux.waitFor(text: "Daftar kerja sama")
        #expect(screen.contains("Berakhir"))

        // The stored file, and the status in the command line's views.
        let stored = try StoreSession.open(folder: URL(fileURLWithPath: store)).load(id: id).cooperation
        #expect(stored.implementation.evaluations.count == 2)
        #expect(stored.implementation.evaluations[1].followUps.first?.owner == "Dinas Perhubungan Kota Bogor")
        #expect(stored.implementation.reports.count == 1)
        #expect(stored.renewals?.count == 1)
        #expect(stored.tkksdReviews?.first?.recommendation == "Dilanjutkan dengan perpanjangan satu tahun")
        #expect(stored.tkksdReviews?.first?.recommended == true)
        #expect(stored.tkksdReviews?.first?.document?.number == "100.3.4/25-TKKSD/2026")
        #expect(stored.amendments.first?.reason == "Penambahan koridor trayek Ciawi")
        #expect(stored.amendments.first?.numbers == ["100.3.4/35-Add/2026", "100.3.4/36-Add/2026"])
        #expect(stored.ended?.ground == .mutualAgreement)
        #expect(stored.ended?.supportingDocument?.number == "100.3.4/40-KS/2026")
        let binary = try MufakatBinary.path()
        let (showStatus, showOut, _) = try TmuxSession.run([binary, "show", id, "--store", store])
        #expect(showStatus == 0)
        let show = String(decoding: showOut, as: UTF8.self)
        #expect(show.contains("Status            Berakhir"), "\(show)")
        #expect(show.contains("Perpanjangan      1 kali"))
        let (_, summaryOut, _) = try TmuxSession.run([binary, "export", id, "--store", store, "-d", "ringkasan", "-f", "txt", "--draft"])
        #expect(String(decoding: summaryOut, as: UTF8.self).lowercased().contains("berakhir pada tanggal"))
        let (_, listOut, _) = try TmuxSession.run([binary, "list", "--store", store, "--json"])
        #expect(String(decoding: listOut, as: UTF8.self).contains("\"berakhir\""))
    }
}
