import Foundation
import Testing

/// Issue 13's check: a three-party KSDD wajib (Kota Yogyakarta, Kabupaten Sleman, Kabupaten
/// Bantul) walked on the real binary under tmux from an empty store, through the screens only,
/// to a signed KB and PKS, with financing and DPRD approval for all three parties.
@Suite(.timeLimit(.minutes(10)))
struct ThreePartyWajibEndToEndTests {
    typealias W = WizardEndToEndTests
    static let id = "pengelolaan-sampah-kartamantul"

    static func keys(_ tmux: TmuxSession, _ names: String...) throws {
        for name in names { try W.keys(tmux, name) }
    }

    /// Presses `key` until `text` is on screen (a choice whose starting value is not fixed).
    static func press(_ tmux: TmuxSession, _ key: String, until text: String, most: Int = 6) throws {
        for _ in 0..<most {
            if try tmux.capture().contains(text) { return }
            try W.keys(tmux, key)
        }
        try tmux.waitFor(text: text, timeout: .seconds(2))
    }

    /// The first run: welcome and the profile of Kota Yogyakarta.
    static func setUpKotaYogyakarta(_ tmux: TmuxSession) throws {
        try tmux.waitFor(text: "Siapkan daerah saya")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "pilih daerah Anda")
        try W.type(tmux, "kota yogyakarta")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "Profil daerah (2 dari 2): Kota Yogyakarta")
        try keys(tmux, "Tab")
        try W.type(tmux, "Hasto Wardoyo")
        try keys(tmux, "Tab", "Tab")
        try W.type(tmux, "Sri Handayani")
        try keys(tmux, "Tab", "Tab", "Tab")
        try W.type(tmux, "Jalan Kenari Nomor 56, Yogyakarta")
        try keys(tmux, "F2")
        try tmux.waitFor(text: "Belum ada kerja sama")
    }

    /// Home → KSDD wajib with Sleman and Bantul, bordering, on waste (Lingkungan Hidup).
    static func create(_ tmux: TmuxSession) throws {
        try keys(tmux, "n")
        try tmux.waitFor(text: "Pilih jenis kerja sama")
        try keys(tmux, "Up")
        try tmux.waitFor(text: "› KSDD Wajib")
        try keys(tmux, "Enter")
        for name in ["kabupaten sleman", "kabupaten bantul"] {
            try keys(tmux, "a")
            try tmux.waitFor(text: "Tambah daerah mitra")
            try W.type(tmux, name)
            try keys(tmux, "Enter")
        }
        try tmux.waitFor(text: "PIHAK KETIGA    Kabupaten Bantul")
        try keys(tmux, "b", "Enter")
        try tmux.waitFor(text: "Urusan pemerintahan konkuren")
        try W.type(tmux, "lingkungan")
        try tmux.waitFor(text: "1/32")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "Sub-urusan Lingkungan Hidup")
        try keys(tmux, "Down", "Down", "Down", "Down", "Enter")
        try tmux.waitFor(text: "Judul kerja sama")
        try tmux.waitFor(text: "sub-urusan: Pengelolaan sampah")
        try W.replace(tmux, "Pengelolaan Sampah Kartamantul")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "Kerja sama dibuat dan disimpan (revisi 1)")
    }

    /// Stage 1: the KAK and each party's identity (address, agency, seat, head, decree).
    static func proposal(_ tmux: TmuxSession) throws {
        try W.type(tmux, "Dinas Lingkungan Hidup Kota Yogyakarta")
        try keys(tmux, "Tab")
        try W.type(tmux, "02032026")
        try keys(tmux, "Tab")
        try W.type(tmux, "Timbulan sampah ketiga daerah melampaui daya tampung TPA masing-masing.")
        try keys(tmux, "C-n")
        try tmux.waitFor(text: "Maksud, tujuan dan objek")
        try W.type(tmux, "Mengelola sampah regional secara terpadu.")
        try keys(tmux, "Tab")
        try W.type(tmux, "Sampah tertangani dan lingkungan terjaga.")
        try keys(tmux, "Tab")
        try W.type(tmux, "Pengelolaan sampah regional")
        try keys(tmux, "C-n")
        try tmux.waitFor(text: "Ruang lingkup, bentuk dan manfaat")
        try W.type(tmux, "Pengangkutan sampah ke TPST bersama")
        try keys(tmux, "Enter")
        try W.type(tmux, "Pengolahan sampah di TPST")
        try keys(tmux, "Tab")
        try W.type(tmux, "Pelayanan bersama")
        try keys(tmux, "Tab")
        try W.type(tmux, "Sampah tertangani dengan biaya lebih rendah.")
        try keys(tmux, "C-n")
        try tmux.waitFor(text: "Biaya, jangka waktu dan perencanaan")
        try W.type(tmux, "Lebih murah dikerjakan bersama.")
        try keys(tmux, "Tab")
        try W.replace(tmux, "5")
        try keys(tmux, "Tab")
        try W.type(tmux, "3000000000")
        try tmux.waitFor(text: "Rp 3.000.000.000")
        try keys(tmux, "Tab", "y")
        // "Membebani masyarakat dan daerah" is no longer asked here: it is asked at the KB.
        #expect(try !tmux.capture().contains("Membebani masyarakat"))
        try keys(tmux, "C-n", "C-n")
        try tmux.waitFor(text: "Identitas PIHAK PERTAMA (Kota Yogyakarta)")
        try tmux.waitFor(text: "Jalan Kenari Nomor 56")   // from the profile
        try keys(tmux, "Tab")
        try W.type(tmux, "Dinas Lingkungan Hidup Kota Yogyakarta")
        try keys(tmux, "Tab")
        try W.type(tmux, "Yogyakarta")
        try keys(tmux, "Tab", "Tab", "Tab")
        try W.type(tmux, "Keputusan Menteri Dalam Negeri Nomor 100.2.1.3-101 Tahun 2025")
        let partners = [("KEDUA (Kabupaten Sleman)", "Jalan Parasamya, Beran, Tridadi, Sleman", "Sleman", "Harda Kiswaya", "102"),
                        ("KETIGA (Kabupaten Bantul)", "Jalan Robert Wolter Monginsidi Nomor 1, Bantul", "Bantul", "Abdul Halim Muslih", "103")]
        for (label, address, seat, head, decree) in partners {
            try keys(tmux, "C-n")
            try tmux.waitFor(text: "Identitas PIHAK \(label)")
            try W.type(tmux, address)
            try keys(tmux, "Tab")
            try W.type(tmux, "Dinas Lingkungan Hidup Kabupaten \(seat)")
            try keys(tmux, "Tab")
            try W.type(tmux, seat)
            try keys(tmux, "Tab")
            try W.type(tmux, head)
            try keys(tmux, "Tab")
            try W.replace(tmux, "Bupati \(seat)")
            try keys(tmux, "Tab")
            try W.type(tmux, "Keputusan Menteri Dalam Negeri Nomor 100.2.1.3-\(decree) Tahun 2025")
        }
        try W.markDone(tmux, stage: "Persiapan dan Usulan")
        try keys(tmux, "C-s")
        try tmux.waitFor(text: "Tersimpan (revisi 2)")
    }

    /// Stage 2: the offer to both partners; Sleman accepts, Bantul negotiates first, the KB
    /// waits for Bantul, then Bantul accepts (a change of a finished stage, with its reason).
    static func offer(_ tmux: TmuxSession) throws {
        try W.nextStage(tmux, heading: "Tahap 2 dari 7: Penawaran")
        try W.type(tmux, "660/12/Kerja Sama/2026")
        try keys(tmux, "Tab")
        try W.type(tmux, "10032026")
        try keys(tmux, "Tab")
        try W.replace(tmux, "Bupati Sleman dan Bupati Bantul")
        try keys(tmux, "C-n")
        try tmux.waitFor(text: "Penanda tangan")
        try tmux.waitFor(text: "Hasto Wardoyo")
        try keys(tmux, "C-n", "C-n")
        try tmux.waitFor(text: "Jawaban mitra: PIHAK KEDUA (Kabupaten Sleman)")
        try press(tmux, "Right", until: "(•) Diterima")
        try keys(tmux, "Tab")
        try W.type(tmux, "20032026")
        try keys(tmux, "Tab")
        try W.type(tmux, "415/88/Kerja Sama/2026")
        try keys(tmux, "C-n")
        try tmux.waitFor(text: "Jawaban mitra: PIHAK KETIGA (Kabupaten Bantul)")
        try press(tmux, "Right", until: "(•) Negosiasi")
        try keys(tmux, "Tab", "Tab", "Tab")
        try W.type(tmux, "Pembagian biaya pengangkutan dibahas kembali.")
        try W.markDone(tmux, stage: "Penawaran")
        // The KB waits for every partner.
        try W.nextStage(tmux, heading: "Tahap 3 dari 7: Kesepakatan Bersama")
        try tmux.waitFor(text: "Menunggu setiap mitra menerima penawaran")
        // Bantul's answer arrives: changing the finished offer asks for the reason.
        try keys(tmux, "C-t", "Up", "Enter")
        try tmux.waitFor(text: "Tahap 2 dari 7: Penawaran")
        try keys(tmux, "C-n", "C-n", "C-n", "C-n")
        try tmux.waitFor(text: "Jawaban mitra: PIHAK KETIGA (Kabupaten Bantul)")
        try keys(tmux, "Left")
        try tmux.waitFor(text: "Tulis alasan")
        try W.type(tmux, "Kabupaten Bantul menerima penawaran")
        try keys(tmux, "Enter")
        try press(tmux, "Left", until: "(•) Diterima")
        try keys(tmux, "Tab")
        try W.type(tmux, "27032026")
        try keys(tmux, "Tab")
        try W.type(tmux, "415/90/Kerja Sama/2026")
        try W.markDone(tmux, stage: "Penawaran")
    }

    /// Signs the KB or PKS: date, place, each party's number (signers come from stage 1).
    static func sign(_ tmux: TmuxSession, date: String, numbers: [String], document: String, acknowledging: String? = nil) throws {
        try keys(tmux, "C-r")
        try tmux.waitFor(text: "TINJAUAN")
        try keys(tmux, "t")
        try tmux.waitFor(text: "Tanggal penandatanganan")
        try W.type(tmux, date)
        try keys(tmux, "Tab")
        try W.replace(tmux, "Yogyakarta")
        for (i, label) in ["PERTAMA", "KEDUA", "KETIGA"].enumerated() {
            try keys(tmux, "C-n")
            try tmux.waitFor(text: "Nomor naskah PIHAK \(label)")
            try W.type(tmux, numbers[i])
        }
        try keys(tmux, "C-n")
        if let acknowledging {
            // A warning is shown again and acknowledged by answering Ya.
            try tmux.waitFor(text: "peringatan dan tandai ditandatangani")
            try tmux.waitFor(text: acknowledging)
        } else {
            try tmux.waitFor(text: "Tandai \(document) ditandatangani")
        }
        try keys(tmux, "y")
        try tmux.waitFor(text: "Naskah ditandatangani", timeout: .seconds(30))
        try tmux.waitFor(text: "SHA-256")
        try keys(tmux, "Enter")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Naskah ditandatangani") }
    }

    /// Exports the stage's document from the review as text (the `e` dialog); for a DPRD letter
    /// the party is chosen first.
    static func exportText(_ tmux: TmuxSession, party: Int? = nil, file: String) throws {
        // Ctrl-R opens the review from the form (and would leave it from the review).
        if try !tmux.capture().contains("TINJAUAN") { try keys(tmux, "C-r") }
        try tmux.waitFor(text: "TINJAUAN")
        try keys(tmux, "e")
        if let party {
            try tmux.waitFor(text: "Surat DPRD per pihak")
            for _ in 0..<party { try keys(tmux, "Right") }
            try keys(tmux, "Enter")
        }
        // The export panel (folder, format, paper, font): the format row has the focus; step it
        // to "Teks" whatever was remembered from the last export.
        try tmux.waitFor(text: "Kertas")
        for _ in 0..<3 {
            if try tmux.capture().contains("‹ Teks ›") { break }
            try keys(tmux, "Right")
        }
        try tmux.waitFor(text: "‹ Teks ›")
        try keys(tmux, "Enter")
        try tmux.waitFor(text: "Naskah diekspor")
        try tmux.waitFor(text: file)
        try keys(tmux, "Enter")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Naskah diekspor") }
    }

    /// Stage 3: the DPRD question at the KB (no default), then the signing with the warning
    /// that the joint secretariat is not yet decided.
    static func memorandum(_ tmux: TmuxSession) throws {
        try W.nextStage(tmux, heading: "Tahap 3 dari 7: Kesepakatan Bersama")
        try tmux.waitFor(text: "Membebani masyarakat dan daerah?")
        try tmux.waitFor(text: "( ) Ya  ( ) Tidak")
        try keys(tmux, "Tab", "Tab", "Tab", "Tab", "t")
        try tmux.waitFor(text: "(•) Tidak")
        try sign(tmux, date: "15042026", numbers: ["660/1-KB/2026", "415/7-KB/2026", "415/9-KB/2026"],
                 document: "Kesepakatan Bersama", acknowledging: "Sekretariat bersama")
        try tmux.waitFor(text: "Selesai 15-04-2026")
        try exportText(tmux, file: "\(id)-kb.txt")
    }

    /// Stage 4: one line per party from its own APBD, not yet budgeted: each needs its DPRD.
    static func financing(_ tmux: TmuxSession) throws {
        try W.nextStage(tmux, heading: "Tahap 4 dari 7: Pembiayaan")
        let lines = [("Pihak Pertama (Kota Yogyakarta)", "1000000000", "Kota Yogyakarta"),
                     ("Pihak Kedua (Kabupaten Sleman)", "1200000000", "Kabupaten Sleman"),
                     ("Pihak Ketiga (Kabupaten Bantul)", "800000000", "Kabupaten Bantul")]
        for (party, amount, name) in lines {
            try keys(tmux, "a")
            try tmux.waitFor(text: "Tahun anggaran")
            try W.replace(tmux, "2027")
            try keys(tmux, "Tab")
            try press(tmux, "Right", until: "‹ \(party) ›")
            try keys(tmux, "Tab")
            try W.type(tmux, amount)
            try keys(tmux, "Tab", "Tab", "Tab")
            try W.replace(tmux, "2.11.03.2.01")
            try keys(tmux, "Tab")
            try W.replace(tmux, "Biaya pengangkutan sampah bagian \(name)")
            try keys(tmux, "C-n")
            try tmux.waitFor(text: "Jumlah seluruhnya")
        }
        try tmux.waitFor(text: "Jumlah seluruhnya: Rp3.000.000.000,00")
        try W.markDone(tmux, stage: "Pembiayaan")
    }

    /// Stage 5: each council's request and decision, and each party's letter exported.
    static func council(_ tmux: TmuxSession) throws {
        try W.nextStage(tmux, heading: "Tahap 5 dari 7: Persetujuan DPRD")
        try tmux.waitFor(text: "DPRD PIHAK PERTAMA (Kota Yogyakarta)")
        let decisions = [("170/21/2026", "5/KEP/DPRD-YK/2026"), ("170/31/2026", "7/KEP/DPRD-SLM/2026"), ("170/41/2026", "9/KEP/DPRD-BTL/2026")]
        for (i, (request, decision)) in decisions.enumerated() {
            if i > 0 {
                try keys(tmux, "C-n")
                try tmux.waitFor(text: "Bagian \(i + 1) dari 3")
            }
            try W.type(tmux, request)
            try keys(tmux, "Tab")
            try W.type(tmux, "01052026")
            try keys(tmux, "Tab")
            try W.type(tmux, decision)
            try keys(tmux, "Tab")
            try W.type(tmux, "20052026")
            try keys(tmux, "Tab", "y")
        }
        for party in 0..<3 {
            try exportText(tmux, party: party, file: "\(id)-dprd-pihak\(party + 1).txt")
        }
        try keys(tmux, "t")
        try tmux.waitFor(text: "Tandai tahapan Persetujuan DPRD selesai?")
        try keys(tmux, "y")
        try tmux.waitFor(text: "Tahapan Persetujuan DPRD ditandai selesai")
    }

    /// Stage 6: the PKS inside the KB's term, duties of all three, the joint secretariat.
    static func agreement(_ tmux: TmuxSession) throws {
        try W.nextStage(tmux, heading: "Tahap 6 dari 7: Perjanjian Kerja Sama")
        try W.type(tmux, "25052026")
        try keys(tmux, "Tab")
        try W.replace(tmux, "4")
        try keys(tmux, "Tab", "Tab", "Tab")
        try W.type(tmux, "14")
        try keys(tmux, "C-n", "C-n")
        let duties = [("PERTAMA", "Menerima laporan pengelolaan", "Menyediakan armada pengangkutan"),
                      ("KEDUA", "Menerima layanan pengolahan", "Menyediakan lahan TPST"),
                      ("KETIGA", "Menerima layanan pengolahan", "Menyediakan akses jalan ke TPST")]
        for (i, (label, right, duty)) in duties.enumerated() {
            if i > 0 { try keys(tmux, "C-n") }
            try tmux.waitFor(text: "Hak dan kewajiban PIHAK \(label)")
            try W.type(tmux, right)
            try keys(tmux, "Tab")
            try W.type(tmux, duty)
        }
        try keys(tmux, "C-n")
        try tmux.waitFor(text: "Sekretariat bersama dibentuk?")
        try keys(tmux, "y", "Tab")
        try W.type(tmux, "Sekretariat bersama berkedudukan di Kota Yogyakarta dengan unsur ketiga daerah.")
        try sign(tmux, date: "25052026", numbers: ["660/2-PKS/2026", "415/8-PKS/2026", "415/10-PKS/2026"],
                 document: "Perjanjian Kerja Sama")
        try tmux.waitFor(text: "Selesai 25-05-2026")
        try exportText(tmux, file: "\(id)-pks.txt")
    }

    /// The text of a DOCX (its document.xml without its tags), through unzip.
    static func docxText(_ path: String) throws -> String {
        let (code, out, err) = try TmuxSession.run(["unzip", "-p", path, "word/document.xml"])
        #expect(code == 0, "\(String(decoding: err, as: UTF8.self))")
        var text = ""
        var inTag = false
        for ch in String(decoding: out, as: UTF8.self) {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false; text.append(" ") } else if !inTag { text.append(ch) }
        }
        return flat(text)
    }

    /// Words joined by single spaces: a phrase wrapped over two lines still matches.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func threePartyKSDDWajibFromAnEmptyStoreToSignedKBAndPKS() throws {
        let store = W.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store, width: 100, height: 32)
        defer { tmux.kill() }
        try Self.setUpKotaYogyakarta(tmux)
        try Self.create(tmux)
        try Self.proposal(tmux)
        try Self.offer(tmux)
        try Self.memorandum(tmux)
        try Self.financing(tmux)
        try Self.council(tmux)
        try Self.agreement(tmux)
        try Self.keys(tmux, "C-s")
        try Self.keys(tmux, "Escape", "Escape")
        try tmux.waitFor(text: "Daftar kerja sama")
        try Self.keys(tmux, "q")

        let exports = "\(store)/ekspor"
        let json = try #require(W.storedJSON(store, id: Self.id))
        #expect(json.components(separatedBy: "\"documentSHA256\"").count == 3)
        // Every party has an address, an agency and a signer, in both signed documents.
        let parties = [("Kota Yogyakarta", "Jalan Kenari Nomor 56", "Dinas Lingkungan Hidup Kota Yogyakarta", "HASTO WARDOYO"),
                       ("Kabupaten Sleman", "Jalan Parasamya", "Dinas Lingkungan Hidup Kabupaten Sleman", "HARDA KISWAYA"),
                       ("Kabupaten Bantul", "Jalan Robert Wolter Monginsidi", "Dinas Lingkungan Hidup Kabupaten Bantul", "ABDUL HALIM MUSLIH")]
        for doc in ["kb", "pks"] {
            let docx = try Self.docxText("\(exports)/\(Self.id)-\(doc).docx")
            let text = Self.flat(try String(contentsOfFile: "\(exports)/\(Self.id)-\(doc).txt", encoding: .utf8))
            #expect(!docx.contains("[BELUM DIISI"), "\(doc).docx is incomplete")
            #expect(!text.contains("[BELUM DIISI"), "\(doc).txt is incomplete")
            for (name, address, agency, head) in parties {
                #expect(text.contains(address), "\(doc): no address of \(name)")
                #expect(text.contains(agency) || doc == "kb", "\(doc): no agency of \(name)")
                #expect(text.uppercased().contains(head), "\(doc): no signer of \(name)")
                #expect(docx.contains(address), "\(doc).docx: no address of \(name)")
            }
            // The signed DOCX is the naskah recorded; the text export is an export of it.
            let verify = try Spawn.mufakat(["verify", "\(exports)/\(Self.id)-\(doc).docx", Self.id, "--store", store])
            #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
            #expect(verify.stdout.hasPrefix("SAMA"), "\(verify.stdout)")
            let verifyText = try Spawn.mufakat(["verify", "\(exports)/\(Self.id)-\(doc).txt", Self.id, "--store", store])
            #expect(verifyText.stdout.contains("hasil ekspor"), "\(verifyText.stdout)")
        }
        let pks = Self.flat(try String(contentsOfFile: "\(exports)/\(Self.id)-pks.txt", encoding: .utf8))
        #expect(pks.contains("5/KEP/DPRD-YK/2026") && pks.contains("7/KEP/DPRD-SLM/2026") && pks.contains("9/KEP/DPRD-BTL/2026"))
        #expect(pks.contains("PARA PIHAK membentuk sekretariat bersama"))
        #expect(pks.contains("Sekretariat bersama berkedudukan di Kota Yogyakarta"))
        // Each signer is cited with the appointment decree entered in stage 1 (the own region too).
        for decree in ["100.2.1.3-101", "100.2.1.3-102", "100.2.1.3-103"] { #expect(pks.contains(decree), "no decree \(decree)") }
        // Each DPRD letter is on its own party's letterhead, to its own council, for its own money.
        let amounts = ["Rp1.000.000.000,00", "Rp1.200.000.000,00", "Rp800.000.000,00"]
        for (i, (name, _, _, _)) in parties.enumerated() {
            let letter = try String(contentsOfFile: "\(exports)/\(Self.id)-dprd-pihak\(i + 1).txt", encoding: .utf8)
            let head = letter.split(separator: "\n").prefix(3).joined(separator: "\n")
            // Signed by the head: the office letterhead ("WALI KOTA YOGYAKARTA", "BUPATI SLEMAN").
            let office = name.hasPrefix("Kota ") ? "WALI KOTA " + name.dropFirst(5).uppercased() : "BUPATI " + name.dropFirst("Kabupaten ".count).uppercased()
            #expect(head.contains(office), "letter \(i + 1): \(head)")
            let body = Self.flat(letter)
            #expect(body.contains("Ketua Dewan Perwakilan Rakyat Daerah \(name)"))
            #expect(body.contains(amounts[i]))
            for (j, other) in amounts.enumerated() where j != i { #expect(!body.contains("sebesar \(other)"), "letter \(i + 1) asks for \(other)") }
            #expect(!letter.contains("[BELUM DIISI"))
        }
    }
}
