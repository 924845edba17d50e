import Foundation
import Testing

/// Issue 14, walked as a new officer would: from an empty store, through the screens only of
/// the real binary, one path per kind (Nota Kesepakatan, KSDPK, KSDPL), to its last document.
@Suite(.timeLimit(.minutes(8)))
struct KindsWalkEndToEndTests {
    typealias W = WizardEndToEndTests

    /// The first run: the region picked by name, then the head of region, unit head and address.
    static func setUpProfile(_ tmux: TmuxSession, region: String, head: String, unitHead: String, nip: String, address: String) throws {
        try tmux.waitFor(text: "Siapkan daerah saya")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "pilih daerah Anda")
        try W.type(tmux, region)
        try tmux.waitFor(text: "1/546")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Profil daerah (2 dari 2)")
        try W.keys(tmux, "Tab")
        try W.type(tmux, head)
        try W.keys(tmux, "Tab", "Tab")
        try W.type(tmux, unitHead)
        try W.keys(tmux, "Tab", "Tab")
        try W.type(tmux, nip)
        try W.keys(tmux, "Tab")
        try W.type(tmux, address)
        try W.keys(tmux, "F2")
        try tmux.waitFor(text: "Belum ada kerja sama")
    }

    /// The stage review, `t`, then "y" on the question.
    static func markDone(_ tmux: TmuxSession, _ stage: String) throws {
        try W.keys(tmux, "C-s", "C-r")
        try tmux.waitFor(text: "TINJAUAN")
        try W.keys(tmux, "t")
        try tmux.waitFor(text: "Tandai selesai")   // the question names the stage, wrapped in its box
        try W.keys(tmux, "y")
        try tmux.waitFor(text: "ditandai selesai")
        #expect((try tmux.capture()).contains(String(stage.prefix(20))))
    }

    static func exported(_ store: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "\(store)/ekspor")) ?? []).sorted()
    }

    // MARK: 1. Provinsi Jawa Barat with Kementerian Kesehatan: a Nota Kesepakatan

    @Test func jawaBaratAndTheMinistryOfHealthSignANotaWithItsRencanaAksi() throws {
        let store = W.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store, width: 100, height: 30)
        defer { tmux.kill() }
        try Self.setUpProfile(tmux, region: "provinsi jawa barat", head: "Dedi Mulyadi", unitHead: "Drs. Ahmad Nugraha, M.Si.",
                              nip: "196805121990031004", address: "Jalan Diponegoro Nomor 22, Bandung")
        // A Nota Kesepakatan with the ministry.
        try W.keys(tmux, "n")
        try tmux.waitFor(text: "Pilih jenis kerja sama")
        try W.keys(tmux, "Down", "Down", "Enter")
        try tmux.waitFor(text: "Para pihak Nota Kesepakatan")
        try W.keys(tmux, "l")
        try tmux.waitFor(text: "Nama kementerian/lembaga")
        try W.type(tmux, "Kementerian Kesehatan")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Budi Gunadi Sadikin")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Menteri Kesehatan")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Jalan H.R. Rasuna Said Blok X-5 Kavling 4-9, Jakarta Selatan")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "PIHAK KEDUA     Kementerian Kesehatan")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Urusan pemerintahan konkuren")
        try W.type(tmux, "kesehatan")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Sinergi Pembangunan Bidang Kesehatan antara Provinsi Jawa Barat dan Kementerian Kesehatan")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Kerja sama dibuat dan disimpan (revisi 1)")

        // Stage 1: the proposal, with only a Nota's questions.
        try W.type(tmux, "Dinas Kesehatan Provinsi Jawa Barat")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "12012026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Prevalensi stunting di Jawa Barat masih di atas target nasional.")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Maksud, tujuan dan objek")
        try W.type(tmux, "Menyelaraskan program percepatan penurunan stunting pusat dan provinsi.")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Prevalensi stunting di Jawa Barat turun sesuai target nasional.")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Percepatan penurunan stunting")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Ruang lingkup, bentuk dan manfaat")
        try W.type(tmux, "Penyelarasan data sasaran stunting")
        try W.keys(tmux, "Enter")
        try W.type(tmux, "Pendampingan tenaga gizi di kabupaten/kota")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Sinergi program dan kegiatan pusat dan daerah")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Angka stunting turun dan layanan gizi merata.")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Biaya, jangka waktu dan perencanaan")
        try W.type(tmux, "Program bersama menghindari duplikasi sasaran dan anggaran.")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "3")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "6000000000")
        try W.keys(tmux, "Tab", "y")
        // No DPRD question for a Nota (PP 28/2018 Pasal 46).
        #expect(!(try tmux.capture()).contains("Membebani masyarakat"))
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Rekomendasi TKKSD")
        try W.type(tmux, "050/15/TKKSD/2026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "20012026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Usulan layak dilanjutkan dengan Nota Kesepakatan.")
        try W.keys(tmux, "Tab", "y", "C-n")
        try tmux.waitFor(text: "Dipakai oleh setiap naskah: KAK dan Nota Kesepakatan.")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Dinas Kesehatan Provinsi Jawa Barat")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Bandung")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Unit kerja pelaksana")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Direktorat Jenderal Kesehatan Primer dan Komunitas")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Jakarta")
        try Self.markDone(tmux, "Persiapan dan Usulan")

        // Stage 2: the Nota, with no free-text APBD funding, and its rencana aksi.
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Tahap 2 dari 4: Nota Kesepakatan")
        #expect(!(try tmux.capture()).contains("Sumber pembiayaan"))
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Rencana aksi")
        try W.keys(tmux, "a")
        try tmux.waitFor(text: "Kegiatan rencana aksi 1")
        try W.type(tmux, "Penyusunan data sasaran balita stunting terpadu")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Data sasaran by name by address")
        try W.keys(tmux, "Tab", "Right")
        // Handed to the ministry, the activity is funded from the APBN.
        try tmux.waitFor(text: "‹ APBN ›")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Direktorat Gizi dan Kesehatan Ibu dan Anak")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Triwulan I 2027")
        try W.keys(tmux, "Escape")
        try W.keys(tmux, "a")
        try tmux.waitFor(text: "Kegiatan rencana aksi 2")
        try W.type(tmux, "Pemberian makanan tambahan bagi balita berisiko")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Balita berisiko stunting menerima makanan tambahan")
        try W.keys(tmux, "Tab", "Left")
        try tmux.waitFor(text: "‹ APBD ›")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Dinas Kesehatan Provinsi Jawa Barat")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "2027-2029")
        try W.keys(tmux, "Escape")
        try tmux.waitFor(text: "Pemberian makanan tambahan bagi b")
        // Signing: named Nota Kesepakatan, the minister signs.
        try W.keys(tmux, "C-s", "C-r")
        try tmux.waitFor(text: "TINJAUAN NOTA KESEPAKATAN")
        try W.keys(tmux, "t")
        try tmux.waitFor(text: "Nota Kesepakatan dibekukan setelah ditandai ditandatangani")
        try W.type(tmux, "15062026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Nomor naskah PIHAK PERTAMA")
        try W.type(tmux, "443/12/Pemksm/2026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Penanda tangan PIHAK KEDUA (Kementerian Kesehatan)")
        try W.type(tmux, "HK.03.01/1/2345/2026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Tandai Nota Kesepakatan ditandatangani")
        try W.keys(tmux, "y")
        try tmux.waitFor(text: "Naskah ditandatangani")
        try tmux.waitFor(text: "SHA-256")
        try W.keys(tmux, "Enter")
        #expect(!(try tmux.capture()).contains("tidak dapat disusun untuk sidik jari"))
        // Export the Nota from its stage: "-nota", never a KB. After signing the editor stays on
        // the review (Ctrl-R would leave it).
        if try !tmux.capture().contains("TINJAUAN NOTA KESEPAKATAN") { try W.keys(tmux, "C-r") }
        try tmux.waitFor(text: "TINJAUAN NOTA KESEPAKATAN")
        try W.keys(tmux, "e")
        try tmux.waitFor(text: "Ekspor Nota Kesepakatan")
        try W.keys(tmux, "Enter")
        try tmux.waitUntil("the Nota exported") { _ in Self.exported(store).contains { $0.hasSuffix("-nota.docx") } }
        #expect(!Self.exported(store).contains { $0.contains("-kb") })
        try tmux.waitFor(text: "Naskah diekspor")
        try W.keys(tmux, "Enter")

        // Stage 3: financing, the ministry's line from the APBN with no planning code.
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Tahap 3 dari 4: Pembiayaan")
        #expect(!(try tmux.capture()).contains("Hasil kerja sama"))
        try W.keys(tmux, "a")
        try tmux.waitFor(text: "Baris pembiayaan 1")
        try W.keys(tmux, "Tab", "Tab")
        try W.type(tmux, "4500000000")
        try W.keys(tmux, "Tab", "Tab", "y", "Tab")
        try W.type(tmux, "1.02.02.2.02.0001")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Pemberian makanan tambahan balita berisiko")
        try W.keys(tmux, "Escape", "a")
        try tmux.waitFor(text: "Baris pembiayaan 2")
        try W.keys(tmux, "Tab", "Right")
        try tmux.waitFor(text: "‹ APBN ›")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "1500000000")
        // APBN money has no planning code to ask: the source, then the description.
        try W.keys(tmux, "Tab")
        #expect(!(try tmux.capture()).contains("Kode perencanaan"))
        try W.keys(tmux, "Tab", "C-u")
        try W.type(tmux, "Pendampingan tenaga gizi puskesmas")
        try W.keys(tmux, "Escape")
        try tmux.waitFor(text: "Jumlah seluruhnya: Rp6.000.000.000,00")
        try Self.markDone(tmux, "Pembiayaan")
        // The ministry's money is recorded as APBN (it never counts for a DPRD).
        try W.keys(tmux, "C-s")
        try tmux.waitFor(text: "Tersimpan")
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: "\(store)/cooperations")) ?? []).filter { $0.hasSuffix(".json") }
        #expect(ids.count == 1 && ids[0].hasPrefix("sinergi-pembangunan-bidang-kesehatan"), "\(ids)")
        let json = ids.first.flatMap { try? String(contentsOfFile: "\(store)/cooperations/\($0)", encoding: .utf8) } ?? ""
        #expect(json.contains("\"apbn\""))
        try W.keys(tmux, "C-q")
    }

    // MARK: 3. Kota Surabaya with Kota Kitakyushu: a KSDPL to the registered central approval

    /// One guided step: its registered document (number, date, title), then marked done.
    static func guidedStep(_ tmux: TmuxSession, _ stage: String, number: String, date: String, title: String) throws {
        try tmux.waitFor(text: ": nomor")
        try W.type(tmux, number)
        try W.keys(tmux, "Tab")
        try W.type(tmux, date)
        try W.keys(tmux, "Tab")
        try W.type(tmux, title)
        try Self.markDone(tmux, stage)
        try W.keys(tmux, "C-n")
    }

    @Test func surabayaAndKitakyushuWalkTheGuidedStepsToTheCentralApproval() throws {
        let store = W.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store, width: 100, height: 30)
        defer { tmux.kill() }
        try Self.setUpProfile(tmux, region: "kota surabaya", head: "Eri Cahyadi", unitHead: "Drs. Bambang Wicaksono",
                              nip: "197801012005011001", address: "Jalan Taman Surya Nomor 1, Surabaya")
        try W.keys(tmux, "n")
        try tmux.waitFor(text: "Pilih jenis kerja sama")
        try W.keys(tmux, "Down", "Down", "Down", "Enter")
        try tmux.waitFor(text: "Para pihak KSDPL")
        // Going on without a partner names the key for a foreign one.
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "f untuk mitra luar")
        try W.keys(tmux, "f")
        try tmux.waitFor(text: "Mitra luar negeri")
        try W.type(tmux, "Kota Kitakyushu, Jepang")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Kazuhisa Takeuchi")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Wali Kota Kitakyushu")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "1-1 Jonai, Kokurakita-ku, Kitakyushu, Jepang")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "PIHAK KEDUA     Kota Kitakyushu, Jepang  (luar negeri)")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Urusan pemerintahan konkuren")
        try W.type(tmux, "lingkungan hidup")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Tanpa sub-urusan tertentu")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Kerja Sama Bidang Lingkungan Hidup antara Kota Surabaya dan Kota Kitakyushu, Jepang")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Tahap 1 dari 8: Prakarsa")
        try Self.guidedStep(tmux, "Prakarsa", number: "005/12/436.1.2/2026", date: "12012026", title: "Telaahan prakarsa kerja sama pengelolaan sampah")
        try Self.guidedStep(tmux, "Penjajakan", number: "005/45/436.1.2/2026", date: "10022026", title: "Laporan hasil penjajakan")
        try Self.guidedStep(tmux, "Surat Pernyataan Minat", number: "LOI/SBY-KKS/2026", date: "05032026", title: "Letter of Intent")
        try Self.guidedStep(tmux, "Rencana Kerja Sama", number: "005/77/436.1.2/2026", date: "20032026", title: "Rencana kerja sama pengelolaan sampah")
        // The DPRD: the day it received the request is typed, not today; 45 working days count from it.
        try tmux.waitFor(text: "Tanggal permohonan diterima DPRD")
        #expect(!(try tmux.capture()).contains("Desember 2026"), "opening the step put today where the receipt date goes")
        try W.type(tmux, "23032026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "170/88/436.1.2/2026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "20032026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Permohonan persetujuan DPRD atas rencana kerja sama")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "188.4/12/DPRD/2026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "15062026")
        try W.keys(tmux, "C-s", "C-r")
        try tmux.waitFor(text: "melebihi batas")
        // Answered within the 45 working days instead.
        try W.keys(tmux, "C-r")    // back on the decision date, where the cursor was
        try tmux.waitFor(text: "Naskah berikutnya (bila ada): tanggal")
        try W.keys(tmux, "C-u")
        try W.type(tmux, "12052026")
        try Self.markDone(tmux, "Persetujuan DPRD atas Rencana Kerja Sama")
        try tmux.waitFor(text: "Selesai 12-05-2026")
        try W.keys(tmux, "C-n")
        try Self.guidedStep(tmux, "Verifikasi dan Persetujuan Pemerintah Pusat", number: "100.4.5/3456/SJ", date: "20072026",
                            title: "Persetujuan rencana kerja sama Kota Surabaya dengan Kota Kitakyushu")
        try tmux.waitFor(text: "Tahap 7 dari 8: Penandatanganan")
        try W.keys(tmux, "C-s")
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: "\(store)/cooperations")) ?? []).filter { $0.hasSuffix(".json") }
        let json = ids.first.flatMap { try? String(contentsOfFile: "\(store)/cooperations/\($0)", encoding: .utf8) } ?? ""
        #expect(json.contains("100.4.5/3456/SJ"))
        #expect(json.contains("\"startedOn\" : \"2026-03-23\""))
        try W.keys(tmux, "C-q")
    }

    // MARK: 2. Kabupaten Gresik with its water BUMD: a KSDPK initiated by the company

    @Test func gresikTakesUpItsWaterCompanysInitiativeForTwentyFiveYears() throws {
        let store = W.freshStore()
        defer {
            // MUFAKAT_KEEP_STORE=folder keeps the walked store (to go on by hand from where it stopped).
            if let keep = ProcessInfo.processInfo.environment["MUFAKAT_KEEP_STORE"] {
                try? FileManager.default.removeItem(atPath: keep)
                try? FileManager.default.copyItem(atPath: store, toPath: keep)
            }
            try? FileManager.default.removeItem(atPath: store)
        }
        let tmux = try W.start(store: store, width: 100, height: 30)
        defer { tmux.kill() }
        try Self.setUpProfile(tmux, region: "kabupaten gresik", head: "Fandi Akhmad Yani", unitHead: "Drs. Agus Setiawan",
                              nip: "197503122000031005", address: "Jalan Dr. Wahidin Sudirohusodo Nomor 245, Gresik")
        try W.keys(tmux, "n")
        try tmux.waitFor(text: "Pilih jenis kerja sama")
        try W.keys(tmux, "Down", "Enter")
        try tmux.waitFor(text: "Para pihak KSDPK")
        try W.keys(tmux, "k")
        try tmux.waitFor(text: "Bentuk hukum pihak ketiga")
        try W.type(tmux, "bumd")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Nama pihak ketiga")
        try W.type(tmux, "Perumda Air Minum Giri Tirta")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Ir. Sugiarto, M.T.")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Direktur Utama")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Jalan Permata Nomor 1, Gresik")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "PIHAK KEDUA     Perumda Air Minum Giri Tirta")
        try W.keys(tmux, "Enter")
        try W.type(tmux, "pekerjaan umum")
        try W.keys(tmux, "Enter")
        // No sub-affair at creation: it is chosen later, in the proposal.
        try tmux.waitFor(text: "Tanpa sub-urusan tertentu")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Judul kerja sama")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Kerja sama dibuat dan disimpan (revisi 1)")
        try W.type(tmux, "Dinas Pekerjaan Umum dan Tata Ruang Kabupaten Gresik")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "05022026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Perumda Air Minum Giri Tirta menawarkan instalasi pengolahan air minum untuk Gresik Selatan.")
        try W.keys(tmux, "C-n")
        try W.type(tmux, "Menyediakan air minum bagi kawasan Gresik Selatan.")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Cakupan layanan air minum perpipaan meningkat.")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Penyediaan air minum kawasan Gresik Selatan")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Ruang lingkup, bentuk dan manfaat")
        try W.type(tmux, "Pembangunan instalasi pengolahan air minum")
        // The form is the Pasal 15 choice, asked with the initiative: no free text here.
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Tarif terjangkau bagi warga.")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Biaya, jangka waktu dan perencanaan")
        try W.type(tmux, "Investasi ditanggung badan usaha.")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "25")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "45000000000")
        try W.keys(tmux, "Tab", "y", "Tab")
        // The exception first: it does not fit without the water sub-affair.
        try W.keys(tmux, "Tab", "Right")
        try tmux.waitFor(text: "tidak berlaku untuk urusan")
        // The sub-affair is changed after creation, and the finding goes.
        try W.keys(tmux, "BTab", "Right", "Right")
        try tmux.waitFor(text: "Air Minum (Kab/Kota)")
        try tmux.waitUntil("the exception to fit") { !$0.contains("tidak berlaku untuk urusan") }
        try W.keys(tmux, "Tab", "Tab")
        try W.type(tmux, "Masa pengembalian investasi instalasi.")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Prakarsa, bentuk dan pemilihan mitra")
        try W.keys(tmux, "Right", "Right", "Tab", "Right", "Tab")
        try W.type(tmux, "Penilaian atas prakarsa badan usaha")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "PP 28/2018 Pasal 18")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "690/045/GT/2025")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "01122025")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Penawaran kerja sama penyediaan air minum")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Studi kelayakan")
        try W.type(tmux, "Perumda Air Minum Giri Tirta")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "10122025")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "Layak secara ekonomi dan finansial.")
        try W.keys(tmux, "Tab", "y")
        // The company's identity, cited in the KB: a perumda stands on its Perda (no deed).
        for _ in 0..<4 where try !tmux.capture().contains("Badan hukum PIHAK KEDUA") { try W.keys(tmux, "C-n") }
        try tmux.waitFor(text: "Badan hukum PIHAK KEDUA")
        try W.type(tmux, "Perusahaan Umum Daerah Air Minum Giri Tirta")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "9120001234567")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "01.234.567.8-612.000")
        try W.keys(tmux, "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
        try tmux.waitFor(text: "› Perda pendirian BUMD: nomor")
        try W.type(tmux, "Peraturan Daerah Kabupaten Gresik Nomor 4 Tahun 2020")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "20032020")
        try Self.markDone(tmux, "Persiapan dan Usulan")
        // Stage 2 (Pasal 18): the company's letter is the offer; the region answers it.
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Surat penawaran pihak ketiga")
        try tmux.waitFor(text: "690/045/GT/2025")
        try tmux.waitFor(text: "Bupati Gresik")
        try W.keys(tmux, "C-n", "C-n", "C-n", "C-n")
        try tmux.waitFor(text: "Jawaban daerah atas penawaran pihak ketiga")
        for _ in 0..<4 where try !tmux.capture().contains("(•) Diterima") { try W.keys(tmux, "Right") }
        try tmux.waitFor(text: "(•) Diterima")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "15022026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "500/120/437.53/2026")
        try Self.markDone(tmux, "Penawaran")
        // Its export is the region's answer letter (jawaban), addressed to the company's director.
        try W.keys(tmux, "e")
        try tmux.waitFor(text: "Ekspor Surat Jawaban")
        try W.keys(tmux, "Enter")
        try tmux.waitUntil("the answer exported") { _ in Self.exported(store).contains { $0.hasSuffix("-jawaban.docx") } }
        #expect(!Self.exported(store).contains { $0.contains("-penawaran") })
        if let answer = Self.exported(store).first(where: { $0.hasSuffix("-jawaban.docx") }) {
            let text = try ThreePartyWajibEndToEndTests.docxText("\(store)/ekspor/\(answer)")
            #expect(text.contains("Yth. Direktur Utama Perusahaan Umum Daerah Air Minum Giri Tirta"), "\(text)")
            #expect(text.contains("menerima penawaran"))
        }
        try W.keys(tmux, "Enter")
        // Stage 3: the KB, signed by the head of region and the company's director.
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Tahap 3 dari 7: Kesepakatan Bersama")
        try W.keys(tmux, "Tab", "Tab", "Tab", "Tab", "t")
        try tmux.waitFor(text: "(•) Tidak")
        try W.keys(tmux, "C-s", "C-r")
        try tmux.waitFor(text: "TINJAUAN")
        try W.keys(tmux, "t")
        try tmux.waitFor(text: "Tanggal penandatanganan")
        try W.type(tmux, "01032026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Nomor naskah PIHAK PERTAMA")
        try W.type(tmux, "415.4/01/437.12/2026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Nomor naskah PIHAK KEDUA")
        try W.type(tmux, "01/GT/KB/2026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "ditandatangani")
        try W.keys(tmux, "y")
        try tmux.waitFor(text: "Naskah ditandatangani", timeout: .seconds(30))
        try W.keys(tmux, "Enter")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Naskah ditandatangani") }
        // The signed KB, as DOCX and as text.
        if try !tmux.capture().contains("TINJAUAN") { try W.keys(tmux, "C-r") }
        try tmux.waitFor(text: "TINJAUAN")
        try W.keys(tmux, "e")
        try tmux.waitFor(text: "Ekspor Kesepakatan Bersama")
        try W.keys(tmux, "Enter")
        try tmux.waitUntil("the KB exported") { _ in Self.exported(store).contains { $0.hasSuffix("-kb.docx") } }
        try tmux.waitFor(text: "Naskah diekspor")
        try W.keys(tmux, "Enter")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Naskah diekspor") }
        try ThreePartyWajibEndToEndTests.exportText(tmux, file: "-kb.txt")
        try W.keys(tmux, "C-s")
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: "\(store)/cooperations")) ?? []).filter { $0.hasSuffix(".json") }
        let json = ids.first.flatMap { try? String(contentsOfFile: "\(store)/cooperations/\($0)", encoding: .utf8) } ?? ""
        #expect(json.contains("\"documentSHA256\""), "the KB is signed")
        if let id = ids.first.map({ String($0.dropLast(".json".count)) }) {
            let docx = try ThreePartyWajibEndToEndTests.docxText("\(store)/ekspor/\(id)-kb.docx")
            let text = ThreePartyWajibEndToEndTests.flat(try String(contentsOfFile: "\(store)/ekspor/\(id)-kb.txt", encoding: .utf8))
            #expect(!docx.contains("[BELUM DIISI"), "\(docx)")
            #expect(!text.contains("[BELUM DIISI"), "\(text)")
            #expect(text.contains("Peraturan Daerah Kabupaten Gresik Nomor 4 Tahun 2020"))
            let verify = try Spawn.mufakat(["verify", "\(store)/ekspor/\(id)-kb.docx", id, "--store", store])
            #expect(verify.status == 0 && verify.stdout.hasPrefix("SAMA"), "\(verify.stdout)\(verify.stderr)")
            // The signature block names the company (its title and name), not "DIREKTUR UTAMA," alone.
            #expect(text.contains("DIREKTUR UTAMA PERUMDA AIR MINUM GIRI"), "\(text.suffix(400))")
        }
        #expect(json.contains("\"subAffairID\" : \"air-minum-kabkota\""))
        #expect(json.contains("\"durationExceptionID\" : \"air-minum\""))
        #expect(json.contains("690/045/GT/2025"))
        try Self.gresikFinancingAndAgreement(tmux, store: store)
        try W.keys(tmux, "C-q")
    }

    /// Stage 4 to 6 of the Gresik walk: the financing (the company's investment from its own
    /// money; the region's supervision from its APBD of 2027, not yet budgeted), so the DPRD is
    /// asked (PP 28/2018 Pasal 6 ayat (2)) although the KB said the cooperation does not burden
    /// the public; then the PKS inside the KB's term, signed.
    static func gresikFinancingAndAgreement(_ tmux: TmuxSession, store: String) throws {
        typealias T = ThreePartyWajibEndToEndTests
        try W.nextStage(tmux, heading: "Tahap 4 dari 7: Pembiayaan")
        // The region's own line: APBD 2027 (the KB's first budget year), not yet budgeted, with its planning code.
        try W.keys(tmux, "a")
        try tmux.waitFor(text: "Baris pembiayaan 1")
        try W.replace(tmux, "2027")
        try W.keys(tmux, "Tab")
        try T.press(tmux, "Right", until: "‹ Pihak Pertama (Kabupaten Gresik) ›")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "250000000")
        try W.keys(tmux, "Tab")
        try tmux.waitFor(text: "‹ APBD ›")
        try W.keys(tmux, "Tab", "t", "Tab")
        try W.replace(tmux, "1.03.03.2.01")
        try W.keys(tmux, "Tab")
        try W.replace(tmux, "Pembinaan dan pengawasan pelaksanaan kerja sama")
        try W.keys(tmux, "Escape")
        try tmux.waitFor(text: "Jumlah seluruhnya")
        // The company's investment, from its own money: no APBD question, no planning code.
        try W.keys(tmux, "a")
        try tmux.waitFor(text: "Baris pembiayaan 2")
        try W.replace(tmux, "2027")
        try W.keys(tmux, "Tab")
        try T.press(tmux, "Right", until: "‹ Pihak Kedua (Perumda Air Minum Giri Tirta) ›")
        try tmux.waitFor(text: "‹ Dana pihak ketiga ›")
        #expect(!(try tmux.capture()).contains("Sudah dianggarkan dalam APBD"))
        #expect(!(try tmux.capture()).contains("Kode perencanaan"))
        try W.keys(tmux, "Tab")
        try W.type(tmux, "44750000000")
        try W.keys(tmux, "Tab", "Tab")
        try W.replace(tmux, "Investasi pembangunan instalasi pengolahan air minum")
        try W.keys(tmux, "Escape")
        // The plan adds up to the KAK's estimate; the company's money is never "in the APBD".
        try tmux.waitFor(text: "Jumlah seluruhnya: Rp45.000.000.000,00")
        #expect(!(try tmux.capture()).contains("Dana p… ya"))
        try tmux.waitFor(text: "Persetujuan DPRD: Diperlukan")
        // Results: money to the kas daerah (PP 28/2018 Pasal 20).
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Penanganan hasil kerja sama")
        try W.type(tmux, "Kontribusi tetap tahunan disetorkan ke kas daerah; instalasi diserahkan kepada Pemerintah Kabupaten Gresik pada akhir jangka waktu")
        try Self.markDone(tmux, "Pembiayaan")
        // The DPRD of Gresik only (a company has no council), for the line not yet budgeted.
        try W.nextStage(tmux, heading: "Tahap 5 dari 7: Persetujuan DPRD")
        try tmux.waitFor(text: "DPRD PIHAK PERTAMA (Kabupaten Gresik)")
        #expect(!(try tmux.capture()).contains("DPRD PIHAK KEDUA"))
        try W.type(tmux, "170/45/437.12/2026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "06042026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "13/KEP/DPRD-GRS/2026")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "20052026")
        try W.keys(tmux, "Tab", "y")
        try T.exportText(tmux, party: 0, file: "-dprd-pihak1.txt")
        try W.keys(tmux, "t")
        try tmux.waitFor(text: "Tandai tahapan Persetujuan DPRD selesai?")
        try W.keys(tmux, "y")
        try tmux.waitFor(text: "Tahapan Persetujuan DPRD ditandai selesai")
        // Stage 6: the PKS. It implements the KB, so it ends inside the KB's 25 years: 24 from June 2026.
        try W.nextStage(tmux, heading: "Tahap 6 dari 7: Perjanjian Kerja Sama")
        try W.type(tmux, "01062026")
        try W.keys(tmux, "Tab")
        try W.replace(tmux, "24")
        try W.keys(tmux, "Tab", "Tab")
        // The KAK's sector exception carries on to the PKS.
        try tmux.waitFor(text: "(•) Penyediaan air minum (25 th)")
        try W.keys(tmux, "Tab")
        try W.type(tmux, "14")
        try W.keys(tmux, "C-n", "C-n")
        let duties = [("PERTAMA", "Menerima kontribusi tetap tahunan", "Menyediakan lahan instalasi dan izin pengambilan air baku"),
                      ("KEDUA", "Mengelola instalasi selama jangka waktu kerja sama", "Membangun dan mengoperasikan instalasi pengolahan air minum")]
        for (i, (label, right, duty)) in duties.enumerated() {
            if i > 0 { try W.keys(tmux, "C-n") }
            try tmux.waitFor(text: "Hak dan kewajiban PIHAK \(label)")
            try W.type(tmux, right)
            try W.keys(tmux, "Tab")
            try W.type(tmux, duty)
        }
        try W.keys(tmux, "C-s", "C-r")
        try tmux.waitFor(text: "TINJAUAN")
        try W.keys(tmux, "t")
        try tmux.waitFor(text: "Tanggal penandatanganan")
        try W.type(tmux, "01062026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Nomor naskah PIHAK PERTAMA")
        try W.type(tmux, "415.4/02/437.12/2026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Nomor naskah PIHAK KEDUA")
        try W.type(tmux, "02/GT/PKS/2026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "Tandai Perjanjian Kerja Sama ditandatangani")
        try W.keys(tmux, "y")
        try tmux.waitFor(text: "Naskah ditandatangani", timeout: .seconds(30))
        try W.keys(tmux, "Enter")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Naskah ditandatangani") }
        // The signed PKS: signing wrote its DOCX (the naskah whose fingerprint is recorded) to the
        // export folder; the text is exported from the review.
        try tmux.waitUntil("the signed PKS written") { _ in Self.exported(store).contains { $0.hasSuffix("-pks.docx") } }
        try T.exportText(tmux, file: "-pks.txt")
        try W.keys(tmux, "C-s")
        try tmux.waitFor(text: "Tersimpan")

        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: "\(store)/cooperations")) ?? []).filter { $0.hasSuffix(".json") }
        let id = try #require(ids.first.map { String($0.dropLast(".json".count)) })
        let json = try #require(W.storedJSON(store, id: id))
        #expect(json.components(separatedBy: "\"documentSHA256\"").count == 3, "the KB and the PKS are signed")
        let docx = try T.docxText("\(store)/ekspor/\(id)-pks.docx")
        let text = T.flat(try String(contentsOfFile: "\(store)/ekspor/\(id)-pks.txt", encoding: .utf8))
        #expect(!docx.contains("[BELUM DIISI"), "\(docx)")
        #expect(!text.contains("[BELUM DIISI"), "\(text)")
        // A company reports to the head of region; it has no "kepala daerah masing-masing".
        #expect(!text.contains("kepala daerah masing-masing"))
        #expect(text.contains("Pihak ketiga menyampaikan laporan pelaksanaan") || text.contains("PIHAK KEDUA menyampaikan laporan pelaksanaan"), "\(text)")
        // Money results go to the kas daerah (PP 28/2018 Pasal 20).
        #expect(text.contains("Hasil kerja sama berupa uang disetorkan ke kas daerah"))
        #expect(text.contains("sebagai berikut: kontribusi tetap tahunan disetorkan ke kas daerah"))
        // The term set on the form (24 years), not the KB's 25 prefilled into the article.
        #expect(text.contains("jangka waktu 24 (dua puluh empat) tahun terhitung sejak tanggal 1 Juni 2026 sampai dengan tanggal 31 Mei 2050"), "\(text)")
        // The company's line carries no planning code; the region's does; the DPRD decision is cited.
        #expect(text.contains("44.750.000.000"))
        #expect(text.contains("13/KEP/DPRD-GRS/2026"))
        let letter = T.flat(try String(contentsOfFile: "\(store)/ekspor/\(id)-dprd-pihak1.txt", encoding: .utf8))
        #expect(letter.contains("Ketua Dewan Perwakilan Rakyat Daerah Kabupaten Gresik"))
        #expect(letter.contains("Rp250.000.000,00") && !letter.contains("44.750.000.000"), "\(letter)")
        #expect(!letter.contains("[BELUM DIISI"))
        // The company signs as the company.
        #expect(text.contains("DIREKTUR UTAMA PERUMDA AIR MINUM GIRI"), "\(text.suffix(400))")
        #expect(text.contains("PERATURAN DAERAH KABUPATEN GRESIK NOMOR 4 TAHUN 2020") || text.contains("Peraturan Daerah Kabupaten Gresik Nomor 4 Tahun 2020"))
        let verify = try Spawn.mufakat(["verify", "\(store)/ekspor/\(id)-pks.docx", id, "--store", store])
        #expect(verify.status == 0 && verify.stdout.hasPrefix("SAMA"), "\(verify.stdout)\(verify.stderr)")
        // MUFAKAT_KEEP_EXPORTS=folder keeps every exported naskah to render and look at.
        if let keep = ProcessInfo.processInfo.environment["MUFAKAT_KEEP_EXPORTS"] {
            for file in Self.exported(store) {
                try? FileManager.default.copyItem(atPath: "\(store)/ekspor/\(file)", toPath: "\(keep)/gresik-\(file.replacingOccurrences(of: id + "-", with: ""))")
            }
        }
    }
}
