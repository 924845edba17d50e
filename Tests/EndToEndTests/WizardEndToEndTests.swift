import Foundation
import Testing

/// The officer's wizard on the real binary under tmux: first run, a new cooperation, saving,
/// restarting, and getting unsaved work back after the program was killed.
@Suite(.timeLimit(.minutes(5)))
struct WizardEndToEndTests {
    /// A fresh store folder for one test.
    static func freshStore() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-wizard-\(UUID().uuidString)").path
    }

    /// Starts `mufakat --store <store>` in tmux.
    static func start(store: String, width: Int = 80, height: Int = 24, env: [String: String] = [:]) throws -> TmuxSession {
        let binary = try MufakatBinary.path()
        return try TmuxSession.start(command: "\(MufakatBinary.quoted(binary)) --store \(MufakatBinary.quoted(store))",
                                    width: width, height: height, env: env)
    }

    /// Keys one at a time, waiting a moment after each so none is taken as part of a paste.
    static func keys(_ tmux: TmuxSession, _ names: String...) throws {
        for name in names {
            try tmux.sendKeys(name)
            Thread.sleep(forTimeInterval: 0.12)
        }
    }

    static func type(_ tmux: TmuxSession, _ text: String) throws {
        try tmux.sendText(text)
        Thread.sleep(forTimeInterval: 0.2)
    }

    /// The first run: welcome, profile of Kota Bogor, then the home screen.
    static func setUpKotaBogor(_ tmux: TmuxSession) throws {
        try tmux.waitFor(text: "Selamat datang di Mufakat")
        try tmux.waitFor(text: "Siapkan daerah saya")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "pilih daerah Anda")
        try type(tmux, "kota bogor")
        try tmux.waitFor(text: "1/546")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "Profil daerah (2 dari 2): Kota Bogor")
        try tmux.waitFor(text: "Wali Kota Bogor")
        // A deliberate mistake: saving with fields left empty.
        try keys(tmux, "F2")
        try tmux.waitFor(text: "isian perlu diperbaiki")
        try tmux.waitFor(text: "Nama kepala daerah wajib diisi.")
        try keys(tmux, "Tab")   // focus went to the first error (the head's name); type it there
        try keys(tmux, "BTab")
        try type(tmux, "Dedie A. Rachim")
        try keys(tmux, "Tab", "Tab")
        try type(tmux, "Rudi Hartono")
        try keys(tmux, "Tab", "Tab", "Tab")
        try type(tmux, "Jalan Ir. H. Juanda Nomor 10, Bogor")
        try keys(tmux, "F2")
        try tmux.waitFor(text: "Profil daerah disimpan")
        try tmux.waitFor(text: "Belum ada kerja sama")
    }

    /// Home → a KSDD sukarela with Kabupaten Bogor on urban transport, into the editor.
    static func createTransport(_ tmux: TmuxSession) throws {
        try keys(tmux, "n")
        try tmux.waitFor(text: "Pilih jenis kerja sama")
        try tmux.waitFor(text: "› KSDD Sukarela")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "PIHAK PERTAMA   Kota Bogor")
        // A deliberate mistake: going on with one party.
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "sekurang-kurangnya 2 pihak")
        try keys(tmux, "a")
        try tmux.waitFor(text: "Tambah daerah mitra")
        try type(tmux, "kabupaten bogor")
        try tmux.waitFor(text: "1/545")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "PIHAK KEDUA     Kabupaten Bogor")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "Urusan pemerintahan konkuren")
        try type(tmux, "perhubungan")
        try tmux.waitFor(text: "1/32")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "Sub-urusan Perhubungan")
        try keys(tmux, "Down", "Down", "Enter")
        try tmux.waitFor(text: "Judul kerja sama")
        try tmux.waitFor(text: "Kerja Sama Bidang Perhubungan antara Kota Bogor dan Kabupaten")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "Kerja sama dibuat dan disimpan (revisi 1)")
        try tmux.waitFor(text: "Persiapan dan Usulan")
    }

    /// The mufakat process: the pane's own process when the shell exec'd it, else its child.
    static func programPID(_ tmux: TmuxSession) throws -> Int32 {
        let pane = try tmux.panePID()
        return TmuxSession.children(of: pane).first ?? pane
    }

    static func storedJSON(_ store: String, id: String) -> String? {
        try? String(contentsOfFile: "\(store)/cooperations/\(id).json", encoding: .utf8)
    }

    static let transportID = "kerja-sama-bidang-perhubungan-antara-kota-bogor-dan-kabupaten-bo"

    @Test func firstRunToSavedCooperationAndRestart() throws {
        let store = Self.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        var tmux = try Self.start(store: store)
        defer { tmux.kill() }
        try Self.setUpKotaBogor(tmux)
        try Self.createTransport(tmux)
        #expect(Self.storedJSON(store, id: Self.transportID) != nil)
        // First answers of the proposal, then Ctrl-S.
        try Self.type(tmux, "Dinas Perhubungan Kota Bogor")
        try tmux.waitFor(text: "● ")
        try Self.keys(tmux, "C-s")
        try tmux.waitFor(text: "Tersimpan (revisi 2)")
        try tmux.waitUntil("the dirty marker to go") { !$0.split(separator: "\n")[0].contains("●") }
        #expect(Self.storedJSON(store, id: Self.transportID)?.contains("Dinas Perhubungan Kota Bogor") == true)
        // Close, quit; nothing to ask.
        try Self.keys(tmux, "Escape")
        try tmux.waitFor(text: "Daftar kerja sama")
        try Self.keys(tmux, "q")
        try tmux.waitUntil("the program to end") { !$0.contains("Daftar kerja sama") }

        // Restart: the list shows it, opening it shows the answer.
        tmux.kill()
        tmux = try Self.start(store: store, width: 120, height: 40)
        try tmux.waitFor(text: "Daftar kerja sama")
        try tmux.waitFor(text: "Kabupaten Bogor")
        try tmux.waitFor(text: "Perhubungan")
        try Self.keys(tmux, "Enter")
        try tmux.waitFor(text: "Dinas Perhubungan Kota Bogor")
        try Self.keys(tmux, "C-q")
        try tmux.waitUntil("the program to end") { !$0.contains("Dinas Perhubungan Kota Bogor") }
    }

    @Test func quitMidStageWithUnsavedChangesAndRecover() throws {
        let store = Self.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        var tmux = try Self.start(store: store)
        defer { tmux.kill() }
        try Self.setUpKotaBogor(tmux)
        try Self.createTransport(tmux)
        try Self.type(tmux, "Dinas Perhubungan")
        try tmux.waitFor(text: "belum disimpan")

        // Ctrl-C asks; Batal keeps everything.
        try Self.keys(tmux, "C-c")
        try tmux.waitFor(text: "Keluar dari Mufakat?")
        try tmux.waitFor(text: "Simpan & keluar")
        try Self.keys(tmux, "Escape")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Keluar dari Mufakat?") }
        try tmux.waitFor(text: "Dinas Perhubungan")

        // More typing, then the terminal goes away (SIGHUP): the work is kept as a draft.
        try Self.keys(tmux, "Tab", "Tab")
        try Self.type(tmux, "Warga Kota Bogor dan Kabupaten Bogor bepergian setiap hari.")
        try tmux.waitFor(text: "bepergian setiap")
        let pid = try Self.programPID(tmux)
        kill(pid, SIGHUP)
        let draft = "\(store)/drafts/\(Self.transportID).json"
        let deadline = ContinuousClock.now + .seconds(10)
        while !FileManager.default.fileExists(atPath: draft), ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(FileManager.default.fileExists(atPath: draft))
        #expect(Self.storedJSON(store, id: Self.transportID)?.contains("bepergian") == false)

        // Restart: the draft is offered back and recovered, then saved.
        tmux.kill()
        tmux = try Self.start(store: store)
        try tmux.waitFor(text: "Draf belum disimpan")
        try Self.keys(tmux, "Enter")
        try tmux.waitFor(text: "Pulihkan draf?")
        try Self.keys(tmux, "Enter")
        try tmux.waitFor(text: "Draf dipulihkan")
        try tmux.waitFor(text: "bepergian setiap")
        try tmux.waitFor(text: "Dinas Perhubungan")
        try Self.keys(tmux, "F2")
        try tmux.waitFor(text: "Tersimpan (revisi 2)")
        #expect(Self.storedJSON(store, id: Self.transportID)?.contains("bepergian setiap hari") == true)
        #expect(!FileManager.default.fileExists(atPath: draft))
    }

    @Test func idleAutosaveSurvivesAKill() throws {
        let store = Self.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        var tmux = try Self.start(store: store)
        defer { tmux.kill() }
        try Self.setUpKotaBogor(tmux)
        try Self.createTransport(tmux)
        try Self.type(tmux, "Dinas Perhubungan")
        // After a few idle seconds the draft is written; then the process dies without warning.
        try tmux.waitFor(text: "· draf ", timeout: .seconds(10))
        let pid = try Self.programPID(tmux)
        kill(pid, SIGKILL)
        tmux.kill()
        // Wait until the killed process is gone for good; until then its edit lock is live.
        let gone = ContinuousClock.now + .seconds(10)
        while !TmuxSession.hasExited(pid), ContinuousClock.now < gone { Thread.sleep(forTimeInterval: 0.05) }
        tmux = try Self.start(store: store)
        try tmux.waitFor(text: "Draf belum disimpan")
        try Self.keys(tmux, "Enter")
        try tmux.waitFor(text: "Pulihkan draf?")
        try Self.keys(tmux, "Enter")
        try tmux.waitFor(text: "Dinas Perhubungan")
    }

    /// Replaces the text of the focused one-line field.
    static func replace(_ tmux: TmuxSession, _ text: String) throws {
        try keys(tmux, "C-u")
        try type(tmux, text)
    }

    /// Opens the review (Ctrl-R), marks the stage done (t) and confirms (y).
    static func markDone(_ tmux: TmuxSession, stage: String) throws {
        try keys(tmux, "C-r")
        try tmux.waitFor(text: "TINJAUAN")
        try keys(tmux, "t")
        try tmux.waitFor(text: "Tandai tahapan \(stage) selesai?")
        try keys(tmux, "y")
        try tmux.waitFor(text: "Tahapan \(stage) ditandai selesai")
    }

    /// Ctrl-T, one stage down, Enter; waits for the stage's heading.
    static func nextStage(_ tmux: TmuxSession, downs: Int = 1, heading: String) throws {
        try keys(tmux, "C-t")
        for _ in 0..<downs { try keys(tmux, "Down") }
        try keys(tmux, "Enter")
        try tmux.waitFor(text: heading)
    }

    /// Signs the KB or PKS: date, place, then each party's number (and the partner's signer).
    static func sign(_ tmux: TmuxSession, date: String, numbers: [String], partnerSigner: String, document: String) throws {
        try keys(tmux, "C-r")
        try tmux.waitFor(text: "TINJAUAN")
        try keys(tmux, "t")
        try tmux.waitFor(text: "Tanggal penandatanganan")
        try type(tmux, date)
        try keys(tmux, "Tab")
        try replace(tmux, "Bogor")
        try keys(tmux, "C-n")
        try tmux.waitFor(text: "Nomor naskah PIHAK PERTAMA")
        try type(tmux, numbers[0])
        try keys(tmux, "C-n")
        try tmux.waitFor(text: "Nomor naskah PIHAK KEDUA")
        try type(tmux, numbers[1])
        try keys(tmux, "Tab")
        try replace(tmux, partnerSigner)
        try keys(tmux, "C-n")
        try tmux.waitFor(text: "Tandai \(document) ditandatangani")
        try keys(tmux, "y")
        // The shell renders the DOCX, records its fingerprint, saves, and shows where it went.
        try tmux.waitFor(text: "Naskah ditandatangani")
        try tmux.waitFor(text: "SHA-256")
        try keys(tmux, "Enter")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Naskah ditandatangani") }
    }

    /// The walk: first run to a signed PKS with financing over three budget years, then
    /// a restart that finds everything as it was.
    @Test func ksddSukarelaFromFirstRunToSignedPKSWithFinancing() throws {
        let store = Self.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        var tmux = try Self.start(store: store)
        defer { tmux.kill() }
        try Self.setUpKotaBogor(tmux)
        try Self.createTransport(tmux)

        // 1. Persiapan dan usulan (KAK).
        try Self.type(tmux, "Dinas Perhubungan Kota Bogor")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "02032026")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "Mobilitas harian warga melintasi batas kedua daerah.")
        try Self.keys(tmux, "C-n")
        try tmux.waitFor(text: "Maksud, tujuan dan objek")
        try Self.type(tmux, "Menyelenggarakan angkutan perkotaan terpadu.")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "Layanan angkutan yang efisien dan terjangkau.")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "Layanan angkutan perkotaan lintas batas")
        try Self.keys(tmux, "C-n")
        try tmux.waitFor(text: "Ruang lingkup, bentuk dan manfaat")
        try Self.type(tmux, "Penetapan trayek bersama")
        try Self.keys(tmux, "Enter")
        try Self.type(tmux, "Pembagian subsidi operasional")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "Penyelenggaraan bersama")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "Waktu tempuh warga berkurang.")
        try Self.keys(tmux, "C-n")
        try tmux.waitFor(text: "Biaya, jangka waktu dan perencanaan")
        try Self.type(tmux, "Lebih murah dikerjakan bersama.")
        try Self.keys(tmux, "Tab")
        try Self.replace(tmux, "5")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "1500000000")
        try tmux.waitFor(text: "Rp 1.500.000.000")
        try Self.keys(tmux, "Tab", "y")
        // Each party's identity: its office address and the agency that carries the work out.
        try Self.keys(tmux, "C-n", "C-n")
        try tmux.waitFor(text: "Identitas PIHAK PERTAMA")
        try Self.type(tmux, "Jalan Ir. H. Juanda Nomor 10, Bogor")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "Dinas Perhubungan Kota Bogor")
        try Self.keys(tmux, "C-n")
        try tmux.waitFor(text: "Identitas PIHAK KEDUA")
        try Self.type(tmux, "Jalan Tegar Beriman Nomor 1, Cibinong")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "Dinas Perhubungan Kabupaten Bogor")
        try Self.markDone(tmux, stage: "Persiapan dan Usulan")
        try Self.keys(tmux, "C-s")
        try tmux.waitFor(text: "Tersimpan (revisi 2)")

        // 2. Penawaran, accepted by Kabupaten Bogor.
        try Self.nextStage(tmux, heading: "Tahap 2 dari 7: Penawaran")
        try Self.type(tmux, "551/12/Kerja Sama/2026")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "10032026")
        try Self.keys(tmux, "C-n")
        try tmux.waitFor(text: "Penanda tangan")
        try Self.replace(tmux, "Dedie A. Rachim")
        try Self.keys(tmux, "Tab")
        try Self.replace(tmux, "Wali Kota Bogor")
        try Self.keys(tmux, "C-n", "C-n")
        try tmux.waitFor(text: "Jawaban mitra")
        try Self.keys(tmux, "Right")
        try tmux.waitFor(text: "Diterima")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "20032026")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "415/88/Kerja Sama/2026")
        try Self.markDone(tmux, stage: "Penawaran")

        // 3. Kesepakatan Bersama, prefilled from the KAK; signed by both heads.
        try Self.nextStage(tmux, heading: "Tahap 3 dari 7: Kesepakatan Bersama")
        // Membebani masyarakat dan daerah is asked here, with no default answer: answer it (Tidak).
        try Self.keys(tmux, "Tab", "Tab", "Tab", "Tab", "t")
        try tmux.waitFor(text: "(•) Tidak")
        try Self.sign(tmux, date: "15042026", numbers: ["100.3.4/1-KB/2026", "100.3.4/7-KB/2026"],
                      partnerSigner: "Rudy Susmanto", document: "Kesepakatan Bersama")
        try tmux.waitFor(text: "Selesai 15-04-2026")

        // 4. Pembiayaan over three budget years, all budgeted in the APBD: before the PKS,
        // which cites it, and before the DPRD gate, which weighs it.
        try Self.nextStage(tmux, heading: "Tahap 4 dari 7: Pembiayaan")
        for (year, partner) in [("2027", false), ("2028", true), ("2029", false)] {
            try Self.keys(tmux, "a")
            try tmux.waitFor(text: "Tahun anggaran")
            try Self.replace(tmux, year)
            try Self.keys(tmux, "Tab")
            try Self.keys(tmux, partner ? "Right" : "Left")
            try Self.keys(tmux, "Tab")
            try Self.type(tmux, "500000000")
            try Self.keys(tmux, "Tab", "Tab", "y", "Tab")
            try Self.replace(tmux, "2.15.02.2.01")
            try Self.keys(tmux, "Tab")
            try Self.replace(tmux, "Subsidi operasional angkutan tahun \(year)")
            try Self.keys(tmux, "C-n")
            try tmux.waitFor(text: "\(year)  ")
        }
        try tmux.waitFor(text: "Jumlah seluruhnya: Rp1.500.000.000,00")
        try Self.markDone(tmux, stage: "Pembiayaan")

        // 5. No DPRD approval needed (nothing burdens the public, all budgeted): skipped.
        // 6. Perjanjian Kerja Sama.
        try Self.nextStage(tmux, downs: 2, heading: "Tahap 6 dari 7: Perjanjian Kerja Sama")
        // The PKS runs inside the KB's term (15-04-2026 for 5 years): from its signing, 4 years.
        try Self.type(tmux, "20052026")
        try Self.keys(tmux, "Tab")
        try Self.replace(tmux, "4")
        try Self.keys(tmux, "Tab", "Tab", "Tab")
        try Self.type(tmux, "14")
        try Self.keys(tmux, "C-n", "C-n")
        try tmux.waitFor(text: "Hak dan kewajiban PIHAK PERTAMA")
        try Self.type(tmux, "Menerima laporan pelaksanaan")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "Menyediakan subsidi operasional")
        try Self.keys(tmux, "C-n")
        try tmux.waitFor(text: "Hak dan kewajiban PIHAK KEDUA")
        try Self.type(tmux, "Menerima pembagian subsidi")
        try Self.keys(tmux, "Tab")
        try Self.type(tmux, "Menyediakan halte dan terminal")
        try Self.sign(tmux, date: "20052026", numbers: ["100.3.4/2-PKS/2026", "100.3.4/8-PKS/2026"],
                      partnerSigner: "Rudy Susmanto", document: "Perjanjian Kerja Sama")
        try tmux.waitFor(text: "Selesai 20-05-2026")
        try Self.keys(tmux, "C-s")
        try tmux.waitFor(text: "Tersimpan (revisi")
        try Self.keys(tmux, "Escape")
        try Self.keys(tmux, "Escape")
        try tmux.waitFor(text: "Daftar kerja sama")
        try tmux.waitFor(text: "Berlaku")

        // The files: two signed documents with their fingerprints, three financing lines.
        let json = try #require(Self.storedJSON(store, id: Self.transportID))
        #expect(json.contains("100.3.4/8-PKS/2026"))
        #expect(json.components(separatedBy: "\"documentSHA256\"").count == 3)
        #expect(json.contains("\"budgetYear\" : 2029"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/ekspor/\(Self.transportID)-pks.docx"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/ekspor/\(Self.transportID)-kb.docx"))

        // Restart: everything as it was.
        try Self.keys(tmux, "q")
        tmux.kill()
        tmux = try Self.start(store: store, width: 120, height: 40)
        try tmux.waitFor(text: "Daftar kerja sama")
        try tmux.waitFor(text: "Berlaku")
        try tmux.waitFor(text: "Pelaksanaan")
        try Self.keys(tmux, "Enter")
        try tmux.waitFor(text: "Tahapan")
        try Self.nextStage(tmux, downs: 0, heading: "Tahap 7 dari 7")
        try Self.keys(tmux, "C-t", "Up", "Up", "Up", "Enter")
        try tmux.waitFor(text: "Rp1.500.000.000,00")
        try tmux.waitFor(text: "2029")
        try Self.keys(tmux, "C-q")
    }
}
