import Foundation
import Testing

/// Issue 18's timed walk: a three-party KSDD sukarela (Kota Bogor, Kabupaten Bogor, Kota
/// Depok) from an empty store to a signed KB and PKS at 80×24 on the real binary, counting the
/// officer's command keys and typed characters. Every legal check stays on: the stages are
/// marked done through their gates, and signing refuses an incomplete naskah.
///
/// The counts are printed as a table (`MUFAKAT_DAY_WALK_REPORT=<file>` also writes it there)
/// and recorded in Benchmarks/RESULTS.md against the session-2 walk (about 640 command keys and
/// 4,600 typed characters); the test fails when the walk grows past two thirds of that.
@Suite(.timeLimit(.minutes(8)))
struct OfficerDayTimedWalkTests {
    typealias W = WizardEndToEndTests
    typealias D = DayWalk

    @Test func threePartyKSDDFromAnEmptyStoreToSignedKBAndPKS() throws {
        let store = W.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store)
        defer { tmux.kill() }
        let n = DayKeyCount()
        // MUFAKAT_DAY_WALK_MANUAL=1 walks the same route the way session 2 had to: every
        // financing line typed, and the signing place and each partner's signer typed at each
        // signing. Run once to measure what the helpers and defaults save (RESULTS.md).
        let manual = ProcessInfo.processInfo.environment["MUFAKAT_DAY_WALK_MANUAL"] == "1"

        // Profile: the region by name; unit, head's title and signing city come from the defaults.
        n.part("Profil daerah")
        try tmux.waitFor(text: "Siapkan daerah saya")
        try D.dayKeys(tmux, n, "Enter")
        try tmux.waitFor(text: "pilih daerah Anda")
        try D.dayType(tmux, n, "kota bogor")
        try tmux.waitFor(text: "1/546")
        try D.dayKeys(tmux, n, "Enter")
        try tmux.waitFor(text: "Profil daerah (2 dari 2): Kota Bogor")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayType(tmux, n, "Dedie A. Rachim")
        try D.dayKeys(tmux, n, "Tab", "Tab")
        try D.dayType(tmux, n, "Rudi Hartono")
        try D.dayKeys(tmux, n, "Tab", "Tab", "Tab")
        try D.dayType(tmux, n, "Jalan Ir. H. Juanda Nomor 10, Bogor")
        try D.dayKeys(tmux, n, "F2")
        try tmux.waitFor(text: "Belum ada kerja sama")

        // The new cooperation: kind, two partners by name, the affair, the proposed title.
        n.part("Kerja sama baru")
        try D.dayKeys(tmux, n, "n")
        try tmux.waitFor(text: "› KSDD Sukarela")
        try D.dayKeys(tmux, n, "Enter")
        try tmux.waitFor(text: "PIHAK PERTAMA   Kota Bogor")
        for (search, label) in [("kabupaten bogor", "PIHAK KEDUA     Kabupaten Bogor"), ("kota depok", "PIHAK KETIGA    Kota Depok")] {
            try D.dayKeys(tmux, n, "a")
            try tmux.waitFor(text: "Tambah daerah mitra")
            try D.dayType(tmux, n, search)
            try tmux.waitFor(text: "1/545")
            try D.dayKeys(tmux, n, "Enter")
            try tmux.waitFor(text: label)
        }
        try D.dayKeys(tmux, n, "Enter")
        try tmux.waitFor(text: "Urusan pemerintahan konkuren")
        try D.dayType(tmux, n, "perhubungan")
        try tmux.waitFor(text: "1/32")
        try D.dayKeys(tmux, n, "Enter")
        try tmux.waitFor(text: "Sub-urusan Perhubungan")
        try D.dayKeys(tmux, n, "Down", "Down", "Enter")
        try tmux.waitFor(text: "Judul kerja sama")
        try D.dayKeys(tmux, n, "Enter")
        try tmux.waitFor(text: "Kerja sama dibuat dan disimpan (revisi 1)")

        // 1. Persiapan dan usulan (KAK), with each party's identity and head of region.
        n.part("1 Persiapan dan Usulan")
        try tmux.waitFor(text: "Persiapan dan Usulan")
        try D.dayType(tmux, n, "Dinas Perhubungan Kota Bogor")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayType(tmux, n, "02032026")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayType(tmux, n, "Mobilitas harian warga melintasi batas ketiga daerah.")
        try D.dayKeys(tmux, n, "C-n")
        try tmux.waitFor(text: "Maksud, tujuan dan objek")
        try D.dayType(tmux, n, "Menyelenggarakan angkutan perkotaan terpadu.")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayType(tmux, n, "Layanan angkutan yang efisien dan terjangkau.")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayType(tmux, n, "Layanan angkutan perkotaan lintas batas")
        try D.dayKeys(tmux, n, "C-n")
        try tmux.waitFor(text: "Ruang lingkup, bentuk dan manfaat")
        try D.dayType(tmux, n, "Penetapan trayek bersama")
        try D.dayKeys(tmux, n, "Enter")
        try D.dayType(tmux, n, "Pembagian subsidi operasional")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayType(tmux, n, "Penyelenggaraan bersama")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayType(tmux, n, "Waktu tempuh warga berkurang.")
        try D.dayKeys(tmux, n, "C-n")
        try tmux.waitFor(text: "Biaya, jangka waktu dan perencanaan")
        try D.dayType(tmux, n, "Lebih murah dikerjakan bersama.")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayReplace(tmux, n, "5")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayType(tmux, n, "1500000000")
        try tmux.waitFor(text: "Rp 1.500.000.000")
        try D.dayKeys(tmux, n, "Tab", "y")
        try D.dayKeys(tmux, n, "C-n", "C-n")
        let identities: [(String, String, String, String?)] = [
            ("PIHAK PERTAMA", "Jalan Ir. H. Juanda Nomor 10, Bogor", "Dinas Perhubungan Kota Bogor", nil),
            ("PIHAK KEDUA", "Jalan Tegar Beriman Nomor 1, Cibinong", "Dinas Perhubungan Kabupaten Bogor", "Rudy Susmanto"),
            ("PIHAK KETIGA", "Jalan Margonda Raya Nomor 54, Depok", "Dinas Perhubungan Kota Depok", "Supian Suri"),
        ]
        for (i, (who, address, agency, head)) in identities.enumerated() {
            if i > 0 { try D.dayKeys(tmux, n, "C-n") }
            try tmux.waitFor(text: "Identitas \(who)")
            if i == 0 && !manual {
                // The own address comes from the profile, the agency from the initiating one.
                let screen = try tmux.waitFor(text: address)
                #expect(screen.contains(agency))
                continue
            }
            // Typed over what is there (the profile's address, in the manual walk).
            if i == 0 { try D.dayReplace(tmux, n, address) } else { try D.dayType(tmux, n, address) }
            try D.dayKeys(tmux, n, "Tab")
            if i == 0 { try D.dayReplace(tmux, n, agency) } else { try D.dayType(tmux, n, agency) }
            if let head, !manual {
                // Typed once here, it is the signer of the KB and of the PKS.
                try D.dayKeys(tmux, n, "Tab", "Tab")
                try D.dayReplace(tmux, n, head)
            }
        }
        try D.dayMarkDone(tmux, n, stage: "Persiapan dan Usulan")

        // 2. Penawaran, accepted; the addressee, signer and deadline are prefilled.
        n.part("2 Penawaran")
        try D.dayNextStage(tmux, n, heading: "Tahap 2 dari 7: Penawaran")
        try D.dayType(tmux, n, "551/12/Kerja Sama/2026")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayType(tmux, n, "10032026")
        try D.dayKeys(tmux, n, "C-n", "C-n")
        // One answer per partner: the KB waits until every partner has accepted.
        for (i, partner) in ["PIHAK KEDUA", "PIHAK KETIGA"].enumerated() {
            try D.dayKeys(tmux, n, "C-n")
            try tmux.waitFor(text: "Jawaban mitra: \(partner)")
            try D.dayKeys(tmux, n, "Right")
            try tmux.waitFor(text: "Diterima ›")
            try D.dayKeys(tmux, n, "Tab")
            try D.dayType(tmux, n, "2\(i)032026")
            try D.dayKeys(tmux, n, "Tab")
            try D.dayType(tmux, n, "415/8\(8 + i)/Kerja Sama/2026")
        }
        try D.dayMarkDone(tmux, n, stage: "Penawaran")

        // 3. Kesepakatan Bersama, prefilled from the KAK; signed by the three heads.
        n.part("3 Kesepakatan Bersama")
        try D.dayNextStage(tmux, n, heading: "Tahap 3 dari 7: Kesepakatan Bersama")
        // Membebani masyarakat dan daerah is asked here, where the money is first known, with no
        // default answer: Tidak.
        try tmux.waitFor(text: "Membebani masyarakat dan daerah?")
        try D.dayKeys(tmux, n, "Tab", "Tab", "Tab", "Tab", "t")
        try tmux.waitFor(text: "(•) Tidak")
        try D.daySign(tmux, n, date: "15042026", numbers: ["100.3.4/1-KB/2026", "100.3.4/7-KB/2026", "100.3.4/3-KB/2026"],
                      document: "Kesepakatan Bersama", typedSigners: manual ? ["Bogor", "Rudy Susmanto", "Supian Suri"] : nil)
        try tmux.waitFor(text: "Selesai 15-04-2026")

        // 4. Pembiayaan: one line typed, split 40/35/25 over the parties, each repeated two years.
        n.part("4 Pembiayaan")
        try D.dayNextStage(tmux, n, heading: "Tahap 4 dari 7: Pembiayaan")
        if manual {
            for year in ["2027", "2028", "2029"] {
                for (party, amount) in [(0, "200000000"), (1, "175000000"), (2, "125000000")] {
                    try D.dayKeys(tmux, n, "a")
                    try tmux.waitFor(text: "Tahun anggaran")
                    try D.dayReplace(tmux, n, year)
                    try D.dayKeys(tmux, n, "Tab")
                    for _ in 0..<party { try D.dayKeys(tmux, n, "Right") }
                    try D.dayKeys(tmux, n, "Tab")
                    try D.dayType(tmux, n, amount)
                    try D.dayKeys(tmux, n, "Tab", "Tab", "y", "Tab")
                    try D.dayReplace(tmux, n, "2.15.02.2.01")
                    try D.dayKeys(tmux, n, "Tab")
                    try D.dayReplace(tmux, n, "Subsidi operasional angkutan terpadu")
                    try D.dayKeys(tmux, n, "C-n")
                    try tmux.waitFor(text: "\(year)  ")
                }
            }
        } else {
        try D.dayKeys(tmux, n, "a")
        try tmux.waitFor(text: "Tahun anggaran")
        try D.dayReplace(tmux, n, "2027")
        try D.dayKeys(tmux, n, "Tab", "Tab")
        try D.dayType(tmux, n, "200000000")
        try D.dayKeys(tmux, n, "Tab", "Tab", "y", "Tab")
        try D.dayReplace(tmux, n, "2.15.02.2.01")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayReplace(tmux, n, "Subsidi operasional angkutan terpadu")
        try D.dayKeys(tmux, n, "C-n")
        try tmux.waitFor(text: "2027  ")
        try D.dayKeys(tmux, n, "b")
        try tmux.waitFor(text: "Bagi menurut porsi")
        try D.dayType(tmux, n, "500.000.000 40/35/25")
        try D.dayKeys(tmux, n, "Enter")
        try tmux.waitFor(text: "dibagi")
        for row in 0..<3 {
            if row > 0 { try D.dayKeys(tmux, n, "Down") }
            try D.dayKeys(tmux, n, "r")
            try tmux.waitFor(text: "Ulangi ke tahun berikutnya")
            try D.dayType(tmux, n, "2")
            try D.dayKeys(tmux, n, "Enter")
            try tmux.waitFor(text: "2 baris ditambahkan")
        }
        }
        try tmux.waitFor(text: "Jumlah seluruhnya: Rp1.500.000.000,00")
        try D.dayMarkDone(tmux, n, stage: "Pembiayaan")

        // 5. No DPRD approval needed (nothing burdens the public, all budgeted): skipped.
        // 6. Perjanjian Kerja Sama.
        n.part("6 Perjanjian Kerja Sama")
        try D.dayPickStage(tmux, n, downs: 2, heading: "Tahap 6 dari 7: Perjanjian Kerja Sama")
        try D.dayType(tmux, n, "20052026")
        try D.dayKeys(tmux, n, "Tab")
        try D.dayReplace(tmux, n, "4")
        try D.dayKeys(tmux, n, "Tab", "Tab", "Tab")
        try D.dayType(tmux, n, "14")
        try D.dayKeys(tmux, n, "C-n", "C-n")
        for (who, right, duty) in [("PIHAK PERTAMA", "Menerima laporan pelaksanaan", "Menyediakan subsidi operasional"),
                                   ("PIHAK KEDUA", "Menerima pembagian subsidi", "Menyediakan halte dan terminal"),
                                   ("PIHAK KETIGA", "Menerima pembagian subsidi", "Menyediakan halte di Depok")] {
            if who != "PIHAK PERTAMA" { try D.dayKeys(tmux, n, "C-n") }
            try tmux.waitFor(text: "Hak dan kewajiban \(who)")
            try D.dayType(tmux, n, right)
            try D.dayKeys(tmux, n, "Tab")
            try D.dayType(tmux, n, duty)
        }
        try D.daySign(tmux, n, date: "20052026", numbers: ["100.3.4/2-PKS/2026", "100.3.4/8-PKS/2026", "100.3.4/4-PKS/2026"],
                      document: "Perjanjian Kerja Sama", typedSigners: manual ? ["Bogor", "Rudy Susmanto", "Supian Suri"] : nil)
        try tmux.waitFor(text: "Selesai 20-05-2026")
        try D.dayKeys(tmux, n, "C-s")
        try tmux.waitFor(text: "Tersimpan (revisi")
        n.close()

        // Both naskah signed with their fingerprints, nine financing lines.
        let folder = "\(store)/cooperations"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
        #expect(files.count == 1)
        let json = try String(contentsOfFile: "\(folder)/\(files[0])", encoding: .utf8)
        #expect(json.components(separatedBy: "\"documentSHA256\"").count == 3)
        #expect(json.components(separatedBy: "\"budgetYear\"").count == 10)
        #expect(json.contains("100.3.4/4-PKS/2026"))

        let report = "Jalan berwaktu (3 pihak, 80×24): \(n.commandKeys) tombol perintah, \(n.typedCharacters) karakter diketik\n\n" + n.table
        print(report)
        if let path = ProcessInfo.processInfo.environment["MUFAKAT_DAY_WALK_REPORT"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
        // A third less than the session-2 walk (about 640 command keys and 4,600 typed characters).
        if !manual {
            #expect(n.commandKeys <= 426)
            #expect(n.typedCharacters <= 3066)
        }
    }
}
