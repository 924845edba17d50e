/// The office's subcommands: dashboard, publish, sync, profile (`CLIText.office`).
struct OfficeCLIText: Sendable {
    var dateValue: String, branchValue: String
    var badDate: @Sendable (_ date: String) -> String
    // dashboard
    var dashboardAbstract: String, dashboardDiscussion: String, dashboardOutputHelp: String, dashboardDateHelp: String
    var dashboardWritten: @Sendable (_ file: String) -> String
    // publish
    var publishAbstract: String, publishDiscussion: String, publishOutputHelp: String, publishDateHelp: String
    var noPublicSection: String
    var published: @Sendable (_ cooperations: Int, _ folder: String, _ files: Int) -> String
    // sync
    var syncAbstract: String, syncDiscussion: String
    var runAbstract: String, alsoHelp: String, quietHelp: String
    var initAbstract: String, initDiscussion: String, remoteHelp: String, branchHelp: String
    var ready: @Sendable (_ root: String, _ remote: String, _ branch: String) -> String
    var runHint: String
    var statusAbstract: String
    var remoteBranch: @Sendable (_ remote: String, _ branch: String) -> String
    var lastSync: @Sendable (_ when: String?, _ outcome: String?) -> String
    var waiting: @Sendable (_ uncommitted: Int, _ ahead: Int, _ behind: Int) -> String
    var conflict: @Sendable (_ id: String, _ ours: Bool, _ file: String, _ broughtBy: String) -> String
    var resolveAbstract: String, resolveIDHelp: String, mineHelp: String, theirsHelp: String, mergeHelp: String, chooseResolution: String
    // profile
    var profileAbstract: String, profileDiscussion: String, logoHelp: String, noLogoHelp: String, logoOrNoLogo: String
    var noProfile: String
    var logoSet: @Sendable (_ file: String, _ size: String, _ sha: String) -> String
    var logoRemoved: String
    var region: String, unit: String, head: String, address: String, city: String, logo: String
    var logoMissing: String, noLogo: String
}

extension OfficeCLIText {
    static let indonesian = OfficeCLIText(
        dateValue: "TANGGAL", branchValue: "CABANG",
        badDate: { "Tanggal '\($0)' tidak sah; tulis sebagai TTTT-BB-HH." },
        dashboardAbstract: "Rekapitulasi kerja sama daerah: jumlah per keadaan, tahapan, jenis, urusan dan mitra; yang segera berakhir; evaluasi; pembiayaan; naskah tanpa pindaian.",
        dashboardDiscussion: "Tanpa --output, rekapitulasi dicetak sebagai teks dengan grafik batang dari karakter blok. Dengan --output BERKAS.docx atau BERKAS.xlsx, ditulis sebagai dokumen \"Rekapitulasi Kerja Sama Daerah\" atau lembar kerja.",
        dashboardOutputHelp: "Tulis ke berkas .docx atau .xlsx.",
        dashboardDateHelp: "Tanggal keadaan (TTTT-BB-HH); bawaan hari ini.",
        dashboardWritten: { "Rekapitulasi ditulis ke '\($0)'." },
        publishAbstract: "Terbitkan daftar publik kerja sama sebagai situs statis (HTML, CSV, JSON).",
        publishDiscussion: """
        Menulis index.html, satu halaman per kerja sama (kerja-sama/<id>.html), data.csv dan data.json ke FOLDER. \
        Hanya isian yang disebut bagian [public] rulebook yang terbit. Situs tanpa skrip dan tanpa sumber luar: \
        dapat dibuka langsung dari disk atau disalin ke server web mana pun.
        """,
        publishOutputHelp: "Folder tujuan situs.", publishDateHelp: "Tanggal terbit (TTTT-BB-HH); bawaan hari ini.",
        noPublicSection: "Rulebook tidak memiliki bagian [public]; tidak ada isian yang boleh diterbitkan.",
        published: { "Daftar publik \($0) kerja sama diterbitkan ke '\($1)' (\($2) berkas). Buka index.html, atau salin folder itu ke server web." },
        syncAbstract: "Sinkronkan penyimpanan melalui git: simpan, ambil, gabungkan, kirim.",
        syncDiscussion: """
        Sekali saja: mufakat sync init --remote URL   (cabang bawaan: daerah/<kode daerah profil>)
        Lalu kapan saja: mufakat sync
        Tanpa jaringan, perubahan tetap disimpan di riwayat git lokal dan dikirim pada sinkronisasi berikutnya.
        Kode keluar: 0 selesai (juga bila pengiriman menunggu jaringan), 1 ada konflik, penolakan atau berkas rusak, 2 tidak dapat dijalankan.
        """,
        runAbstract: "Jalankan satu sinkronisasi (bawaan).",
        alsoHelp: "Cabang lain di remote yang ikut diambil (misalnya cabang daerah mitra daerah/32.01); boleh berulang.",
        quietHelp: "Tanpa baris kemajuan di stderr.",
        initAbstract: "Jadikan penyimpanan ini repositori git dan catat remote-nya.",
        initDiscussion: "Hanya data yang ikut (kerja sama, riwayat, pemetaan, rapat, profil); indeks, kunci, draf, ekspor dan karantina tidak.",
        remoteHelp: "Alamat repositori git (SSH, HTTPS, git://, atau folder).",
        branchHelp: "Cabang penyimpanan ini (bawaan: daerah/<kode daerah profil>).",
        ready: { "Penyimpanan \($0) siap disinkronkan: remote \($1), cabang \($2)." },
        runHint: "Jalankan `mufakat sync` untuk mengirim dan mengambil perubahan.",
        statusAbstract: "Tampilkan sinkronisasi terakhir dan perubahan yang menunggu.",
        remoteBranch: { "Remote \($0), cabang \($1)." },
        lastSync: { "Sinkronisasi terakhir: \($0 ?? "belum pernah")" + ($1.map { " (\($0))" } ?? "") + "." },
        waiting: { "Menunggu: \($0) berkas berubah belum disimpan ke git, \($1) commit belum terkirim, \($2) commit belum diterima." },
        conflict: { "Konflik: '\($0)' (revisi \($1 ? "Anda" : "mereka") di '\($2)', \($3))." },
        resolveAbstract: "Putuskan konflik sinkronisasi: milik saya atau milik mereka.",
        resolveIDHelp: "Id kerja sama (atau kode daerah pemetaan) yang berkonflik.",
        mineHelp: "Pakai milik saya (milik mereka tetap di riwayat).",
        theirsHelp: "Ambil milik mereka sebagai revisi baru (milik saya tetap di riwayat).",
        mergeHelp: "Gabungkan per isian: isian yang hanya diubah satu pihak memakai perubahan pihak itu; ditolak bila ada isian yang diubah kedua pihak (kerja sama saja).",
        chooseResolution: "Pilih salah satu: --mine, --theirs atau --merge.",
        profileAbstract: "Tampilkan profil daerah penyimpanan ini, atau tetapkan lambang (PNG) pada kop surat.",
        profileDiscussion: """
        Lambang disimpan di dalam penyimpanan menurut SHA-256 isinya (files/<sha256>), sehingga ikut sinkronisasi \
        dan diperiksa oleh check-store. Surat yang ditandatangani kepala daerah memakai kop naskah dinas jabatan \
        (misalnya "WALI KOTA MADIUN") dengan lambang di tengah atas; tanpa lambang, kop tetap memuat nama jabatan. \
        Batas ukuran berasal dari rulebook ([letterhead] logo_max_kb).
        Contoh:
          mufakat profil --logo ~/lambang-madiun.png
          mufakat profil --no-logo
        """,
        logoHelp: "Berkas gambar PNG lambang untuk kop surat.", noLogoHelp: "Hapus lambang dari profil (kop surat tanpa gambar).",
        logoOrNoLogo: "Pilih salah satu: --logo atau --no-logo.",
        noProfile: "Penyimpanan ini belum memiliki profil daerah. Isi profil di layar Mufakat (tekan P) lebih dulu.",
        logoSet: { "Lambang '\($0)' (\($1), SHA-256 \($2)) ditetapkan untuk kop surat." },
        logoRemoved: "Lambang dihapus dari profil; kop surat dicetak tanpa gambar.",
        region: "Daerah        : ", unit: "Unit          : ", head: "Kepala daerah : ", address: "Alamat        : ", city: "Kota          : ",
        logo: "Lambang       : ",
        logoMissing: " (BERKAS TIDAK ADA; jalankan check-store)", noLogo: "tidak ada (kop surat tanpa gambar)")

    static let english = OfficeCLIText(
        dateValue: "DATE", branchValue: "BRANCH",
        badDate: { "The date '\($0)' is not valid; write it as YYYY-MM-DD." },
        dashboardAbstract: "Summary of the region's cooperations: counts per status, stage, kind, affair and partner; those ending soon; evaluations; financing; documents without a scan.",
        dashboardDiscussion: "Without --output, the summary is printed as text with bar charts of block characters. With --output FILE.docx or FILE.xlsx, it is written as the document \"Rekapitulasi Kerja Sama Daerah\" or as a spreadsheet.",
        dashboardOutputHelp: "Write to a .docx or .xlsx file.",
        dashboardDateHelp: "The date of the summary (YYYY-MM-DD); default today.",
        dashboardWritten: { "Summary written to '\($0)'." },
        publishAbstract: "Publish the public register of cooperations as a static site (HTML, CSV, JSON).",
        publishDiscussion: """
        Writes index.html, one page per cooperation (kerja-sama/<id>.html), data.csv and data.json to FOLDER. \
        Only the fields named in the rulebook's [public] section are published. The site has no scripts and no outside sources: \
        it can be opened straight from disk or copied to any web server.
        """,
        publishOutputHelp: "The site's target folder.", publishDateHelp: "Publication date (YYYY-MM-DD); default today.",
        noPublicSection: "The rulebook has no [public] section; no field may be published.",
        published: { "Public register of \($0) cooperation(s) published to '\($1)' (\($2) files). Open index.html, or copy that folder to a web server." },
        syncAbstract: "Synchronise the store through git: commit, fetch, merge, push.",
        syncDiscussion: """
        Once: mufakat sync init --remote URL   (default branch: daerah/<region code of the profile>)
        Then at any time: mufakat sync
        Without a network, changes are still kept in the local git history and pushed at the next synchronisation.
        Exit codes: 0 done (also when pushing waits for the network), 1 a conflict, a refusal or a damaged file, 2 cannot run.
        """,
        runAbstract: "Run one synchronisation (the default).",
        alsoHelp: "Another branch on the remote to fetch too (for example a partner region's branch daerah/32.01); may be repeated.",
        quietHelp: "No progress lines on stderr.",
        initAbstract: "Make this store a git repository and record its remote.",
        initDiscussion: "Only data travels (cooperations, history, mappings, meetings, profile); the index, locks, drafts, exports and quarantine do not.",
        remoteHelp: "Address of the git repository (SSH, HTTPS, git://, or a folder).",
        branchHelp: "This store's branch (default: daerah/<region code of the profile>).",
        ready: { "Store \($0) is ready to synchronise: remote \($1), branch \($2)." },
        runHint: "Run `mufakat sync` to send and fetch changes.",
        statusAbstract: "Show the last synchronisation and the changes waiting.",
        remoteBranch: { "Remote \($0), branch \($1)." },
        lastSync: { "Last synchronisation: \($0 ?? "never")" + ($1.map { " (\($0))" } ?? "") + "." },
        waiting: { "Waiting: \($0) changed file(s) not yet committed to git, \($1) commit(s) not yet pushed, \($2) commit(s) not yet received." },
        conflict: { "Conflict: '\($0)' (\($1 ? "your" : "their") revision in '\($2)', \($3))." },
        resolveAbstract: "Decide a synchronisation conflict: mine or theirs.",
        resolveIDHelp: "The conflicting cooperation's id (or the mapping's region code).",
        mineHelp: "Use mine (theirs stays in the history).",
        theirsHelp: "Take theirs as a new revision (mine stays in the history).",
        mergeHelp: "Merge field by field: a field changed by one side only takes that side's change; refused when a field was changed by both sides (cooperations only).",
        chooseResolution: "Choose one: --mine, --theirs or --merge.",
        profileAbstract: "Show this store's region profile, or set the emblem (PNG) on the letterhead.",
        profileDiscussion: """
        The emblem is kept inside the store by the SHA-256 of its content (files/<sha256>), so it travels with synchronisation \
        and is checked by check-store. Letters signed by the head of region use the letterhead of the office \
        (for example "WALI KOTA MADIUN") with the emblem centred at the top; without an emblem, the letterhead still carries the office's name. \
        The size limit comes from the rulebook ([letterhead] logo_max_kb).
        Examples:
          mufakat profile --logo ~/lambang-madiun.png
          mufakat profile --no-logo
        """,
        logoHelp: "PNG image file of the emblem for the letterhead.", noLogoHelp: "Remove the emblem from the profile (letterhead without an image).",
        logoOrNoLogo: "Choose one: --logo or --no-logo.",
        noProfile: "This store has no region profile yet. Fill in the profile on Mufakat's screen (press P) first.",
        logoSet: { "Emblem '\($0)' (\($1), SHA-256 \($2)) set for the letterhead." },
        logoRemoved: "Emblem removed from the profile; letters are printed without an image.",
        region: "Region        : ", unit: "Unit          : ", head: "Head of region: ", address: "Address       : ", city: "City          : ",
        logo: "Emblem        : ",
        logoMissing: " (FILE MISSING; run check-store)", noLogo: "none (letterhead without an image)")
}
