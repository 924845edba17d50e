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
    static func start(store: String, width: Int = 80, height: Int = 24, env: [String: String] = [:]) throws -> WizardTmux {
        let binary = try WizardBinary.path()
        return try WizardTmux.start(command: "\(WizardBinary.quoted(binary)) --store \(WizardBinary.quoted(store))",
                                    width: width, height: height, env: env)
    }

    /// Keys one at a time, waiting a moment after each so none is taken as part of a paste.
    static func keys(_ tmux: WizardTmux, _ names: String...) throws {
        for name in names {
            try tmux.sendKeys(name)
            Thread.sleep(forTimeInterval: 0.12)
        }
    }

    static func type(_ tmux: WizardTmux, _ text: String) throws {
        try tmux.sendText(text)
        Thread.sleep(forTimeInterval: 0.2)
    }

    /// The first run: welcome, profile of Kota Bogor, then the home screen.
    static func setUpKotaBogor(_ tmux: WizardTmux) throws {
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
    static func createTransport(_ tmux: WizardTmux) throws {
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
    static func programPID(_ tmux: WizardTmux) throws -> Int32 {
        let pane = try tmux.panePID()
        return WizardTmux.children(of: pane).first ?? pane
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
        tmux = try Self.start(store: store)
        try tmux.waitFor(text: "Draf belum disimpan")
        try Self.keys(tmux, "Enter", "Enter")
        try tmux.waitFor(text: "Dinas Perhubungan")
    }
}
