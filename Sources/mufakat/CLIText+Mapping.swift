/// The facilitator's mapping meeting: mapping import, matrix, matches, annex, minutes, validate,
/// pull, and mapping meeting ... (`CLIText.mapping`).
struct MappingCLIText: Sendable {
    var codeValue: String, formatValue: String, nameValue: String, dateValue: String, textValue: String
    var mappingAbstract: String, mappingDiscussion: String, meetingIDHelp: String
    var unresolved: @Sendable (_ who: String, _ source: String) -> String
    var notePart: @Sendable (_ note: String) -> String
    var unresolvedCount: @Sendable (_ count: Int) -> String
    var unknownProvince: @Sendable (_ code: String) -> String
    var unknownGroup: @Sendable (_ text: String) -> String
    var unknownPriority: @Sendable (_ text: String) -> String
    var badDate: @Sendable (_ field: String, _ text: String) -> String
    // import, pull
    var importAbstract: String, importDiscussion: String, importFilesHelp: String, replaceHelp: String, keepHelp: String
    var replaceOrKeep: String, nameABundle: String
    var differs: @Sendable (_ region: String, _ source: String) -> String
    var age: @Sendable (_ age: String) -> String
    var replaceOrKeepQuestion: String
    /// Answers that replace or keep (the Indonesian g/ganti and p/pertahankan are always accepted).
    var replaceAnswers: [String], keepAnswers: [String]
    var pullAbstract: String, pullDiscussion: String, remotesHelp: String, nameARepository: String
    var pulling: @Sendable (_ done: Int, _ total: Int, _ label: String) -> String
    // matrix
    var matrixAbstract: String, matrixFormatHelp: String, matrixOutputHelp: String, matrixProvinceHelp: String, groupHelp: String, groupValue: String
    var priorityHelp: String, priorityValue: String, transposeHelp: String
    var unknownMatrixFormat: @Sendable (_ format: String) -> String
    var xlsxNeedsOutput: String
    var noMappings: @Sendable (_ filtered: Bool) -> String
    var matrixWritten: @Sendable (_ affairs: Int, _ regions: Int, _ file: String) -> String
    // matches
    var matchesAbstract: String, matchesDiscussion: String, matchesFormatHelp: String, screenOutputHelp: String, affairOnlyHelp: String
    var regionOnlyHelp: String, limitHelp: String, draftHelp: String
    var unknownMatchesFormat: @Sendable (_ format: String) -> String
    var unknownAffair: @Sendable (_ code: String) -> String
    var noSuchMatch: @Sendable (_ number: Int, _ count: Int) -> String
    var draftMade: @Sendable (_ id: String, _ title: String, _ kind: String, _ year: Int?) -> String
    // annex, minutes
    var annexAbstract: String, annexFormatHelp: String, outputHelp: String, annexRegionHelp: String, paperHelp: String, paperValue: String
    var fontHelp: String, fontValue: String
    var unknownAnnexFormat: @Sendable (_ format: String) -> String
    var unknownRegion: @Sendable (_ code: String) -> String
    var noMappingOf: @Sendable (_ region: String) -> String
    var noMapping: String
    var annexWritten: @Sendable (_ rows: Int, _ regions: Int, _ file: String) -> String
    var minutesAbstract: String, minutesFormatHelp: String
    var unknownMinutesFormat: @Sendable (_ format: String) -> String
    var minutesWritten: @Sendable (_ id: String, _ file: String, _ regions: Int, _ agreements: Int, _ withdrawn: Int, _ followUps: Int) -> String
    var minutesMissing: String
    // mapping validate
    var validateAbstract: String, validateDiscussion: String
    var noFindings: @Sendable (_ count: Int) -> String
    var totals: @Sendable (_ errors: Int, _ warnings: Int, _ notices: Int) -> String
    // meeting
    var meetingAbstract: String
    var titleHelp: String, titleValue: String, levelHelp: String, levelValue: String, provinceHelp: String, meetingDateHelp: String
    var placeHelp: String, placeValue: String, facilitatorHelp: String, facilitatorTitleHelp: String, positionValue: String
    var facilitatorNIPHelp: String, agencyHelp: String, agencyValue: String, participantHelp: String, ministryHelp: String
    var unknownLevel: @Sendable (_ level: String) -> String
    var meetingDate: String
    var unknownParticipant: @Sendable (_ code: String) -> String
    var createAbstract: String, newIDHelp: String, takeExistingHelp: String
    var titleRequired: String, levelRequired: String
    var meetingExists: @Sendable (_ id: String) -> String
    var takeExistingQuestion: @Sendable (_ count: Int, _ codes: String) -> String
    /// Answers that say yes (the Indonesian y/ya are always accepted).
    var yesAnswers: [String]
    var created: @Sendable (_ id: String, _ summary: String) -> String
    var participants: @Sendable (_ count: Int, _ codes: String) -> String
    var orTakeExisting: String
    var updateAbstract: String
    var updated: @Sendable (_ id: String, _ summary: String) -> String
    var showAbstract: String, listAbstract: String, noMeetings: String
    var meetingLine: @Sendable (_ id: String, _ summary: String, _ regions: Int) -> String
    var agreeAbstract: String, agreeDiscussion: String, affairHelp: String, partiesHelp: String, kindHelp: String, kindValue: String
    var descriptionHelp: String, descriptionValue: String, yearHelp: String, yearValue: String, agreeDraftHelp: String
    var unknownRegions: @Sendable (_ regions: String) -> String
    var unknownKind: @Sendable (_ kind: String) -> String
    var agreed: @Sendable (_ number: Int, _ meeting: String, _ affair: String, _ title: String, _ parties: String, _ kind: String, _ year: Int?) -> String
    var agreedDraft: @Sendable (_ id: String, _ title: String, _ parties: Int, _ budget: String?) -> String
    var withdrawAbstract: String, agreementHelp: String, reasonHelp: String, reasonValue: String
    var withdrawn: @Sendable (_ number: Int, _ affair: String, _ title: String, _ reason: String) -> String
    var draftKept: @Sendable (_ id: String) -> String
    var groupAbstract: String, groupRegionsHelp: String, splitHelp: String
    var grouped: @Sendable (_ split: Bool, _ affair: String) -> String
    var followUpAbstract: String, actionHelp: String, responsibleHelp: String, dueHelp: String, dueField: String
    var followUp: @Sendable (_ number: Int, _ id: String) -> String
}

extension MappingCLIText {
    static let indonesian = MappingCLIText(
        codeValue: "KODE", formatValue: "FORMAT", nameValue: "NAMA", dateValue: "TANGGAL", textValue: "TEKS",
        mappingAbstract: "Pemetaan urusan yang dapat dikerjasamakan: impor, matriks, kecocokan, lampiran, berita acara.",
        mappingDiscussion: """
        Untuk fasilitator rapat asistensi / koordinasi teknis (PP 28/2018 Pasal 5). Alur biasa:
          mufakat pemetaan meeting create --title "..." --level provinsi --province 32 [--take-existing]
          mufakat pemetaan impor bundel-kota-bogor.mufakat bundel-kab-bogor.mufakat ...
          mufakat pemetaan matrix --format xlsx --output matriks.xlsx
          mufakat pemetaan matches            (dengan kebutuhan tanpa pasangan dan potensi tanpa peminat)
          mufakat pemetaan matches --draft N  (sekali saja; mencetak yang dicatat)
          mufakat pemetaan meeting withdraw --agreement N --reason "..."
          mufakat pemetaan meeting group --affair KODE --regions A,B,C [--split]
          mufakat pemetaan annex --format xlsx --output lampiran.xlsx
          mufakat pemetaan minutes --format docx --output berita-acara.docx
        """,
        meetingIDHelp: "Id rapat (bawaan: rapat terakhir).",
        unresolved: { "\($0) (\($1)): berbeda dengan impor sebelumnya dan belum diputuskan; tidak diimpor." },
        notePart: { " Catatan: \($0)." },
        unresolvedCount: { "\($0) pemetaan bertentangan dengan impor sebelumnya. Ulangi dengan --replace untuk mengganti atau --keep untuk mempertahankan yang lama." },
        unknownProvince: { "Kode provinsi '\($0)' tidak dikenal. Contoh: 32 untuk Jawa Barat; lihat kolom kode pada daftar wilayah." },
        unknownGroup: { "Kelompok urusan '\($0)' tidak dikenal. Pilih: wajib-pelayanan-dasar (pd), wajib-non-pelayanan-dasar (npd), pilihan." },
        unknownPriority: { "Prioritas '\($0)' tidak dikenal. Pilih: tinggi, sedang, rendah." },
        badDate: { "\($0) '\($1)' tidak sah. Tulis HH-BB-TTTT (misalnya 15-06-2026) dengan tanggal yang ada di kalender." },
        importAbstract: "Impor pemetaan daerah peserta dari bundel (mufakat bundle export) atau berkas JSON pemetaan.",
        importDiscussion: """
        Pemetaan yang berbeda dari impor sebelumnya untuk daerah yang sama ditampilkan perbedaannya per urusan, \
        lalu ditanyakan. Tanpa terminal interaktif, perintah berhenti dengan kode 1 dan mencantumkan perbedaannya, \
        kecuali diberi --replace (ganti dengan yang baru) atau --keep (pertahankan yang lama).
        Daerah lain dalam perintah yang sama tetap diimpor.
        """,
        importFilesHelp: "Berkas bundel atau JSON pemetaan.",
        replaceHelp: "Jika berbeda dengan impor sebelumnya: ganti dengan pemetaan yang baru.",
        keepHelp: "Jika berbeda dengan impor sebelumnya: pertahankan pemetaan yang lama.",
        replaceOrKeep: "Pilih salah satu: --replace atau --keep.", nameABundle: "Sebutkan sekurang-kurangnya satu berkas bundel.",
        differs: { "\nPemetaan \($0) dari \($1) berbeda dengan yang tersimpan:" },
        age: { "Umur: \($0)." },
        replaceOrKeepQuestion: "Ganti dengan yang diimpor (g) atau pertahankan yang tersimpan (p)? ",
        replaceAnswers: ["g", "ganti"], keepAnswers: ["p", "pertahankan"],
        pullAbstract: "Tarik pemetaan daerah peserta dari repositori git (URL atau URL#cabang).",
        pullDiscussion: """
        Contoh: mufakat pemetaan tarik git@git.jabarprov.go.id:kerja-sama/3271.git https://git.example/kerja-sama.git#daerah/32.01
        Aturan konflik dan pemeriksaan sama dengan `mufakat pemetaan impor`; kemajuan ditulis ke stderr.
        """,
        remotesHelp: "Repositori peserta: URL atau URL#cabang.", nameARepository: "Sebutkan sekurang-kurangnya satu repositori.",
        pulling: { "Menarik \($0)/\($1): \($2)" },
        matrixAbstract: "Matriks pemetaan: urusan × daerah (atau sebaliknya) sebagai XLSX, CSV, atau teks.",
        matrixFormatHelp: "Format keluaran: xlsx, csv, atau txt.", matrixOutputHelp: "Berkas keluaran (wajib untuk xlsx; bawaan txt/csv: layar).",
        matrixProvinceHelp: "Hanya provinsi ini dan kabupaten/kotanya.",
        groupHelp: "Hanya kelompok urusan: wajib-pelayanan-dasar, wajib-non-pelayanan-dasar, pilihan.", groupValue: "KELOMPOK",
        priorityHelp: "Hanya isian berprioritas: tinggi, sedang, rendah.", priorityValue: "PRIORITAS",
        transposeHelp: "Daerah sebagai baris dan urusan sebagai kolom.",
        unknownMatrixFormat: { "Format '\($0)' tidak dikenal untuk matriks. Pilih: xlsx, csv, txt." },
        xlsxNeedsOutput: "Format xlsx memerlukan --output BERKAS.",
        noMappings: { "Belum ada pemetaan daerah" + ($0 ? " yang sesuai saringan" : "") + ". Impor dahulu dengan `mufakat pemetaan impor BERKAS...`." },
        matrixWritten: { "Matriks \($0) urusan × \($1) daerah ditulis ke \($2)." },
        matchesAbstract: "Kecocokan: pasangan dan kelompok daerah yang dapat bekerja sama, berurutan dari yang terkuat, dengan alasannya.",
        matchesDiscussion: "Dengan --draft N, kecocokan nomor N dijadikan draf kerja sama di penyimpanan dan dicatat sebagai kesepakatan rapat.",
        matchesFormatHelp: "Format keluaran: txt atau csv.", screenOutputHelp: "Berkas keluaran (bawaan: layar).",
        affairOnlyHelp: "Hanya urusan ini (kode, misalnya 2.15).", regionOnlyHelp: "Hanya kecocokan yang melibatkan daerah ini.",
        limitHelp: "Tampilkan paling banyak N kecocokan.", draftHelp: "Jadikan kecocokan nomor N draf kerja sama.",
        unknownMatchesFormat: { "Format '\($0)' tidak dikenal untuk kecocokan. Pilih: txt, csv (atau --json)." },
        unknownAffair: { "Kode urusan '\($0)' tidak dikenal (1.01 sampai 3.32)." },
        noSuchMatch: { "Tidak ada kecocokan nomor \($0); daftar memuat \($1) kecocokan." },
        draftMade: { "Draf kerja sama '\($0)' dibuat: \($1) (\($2)" + ($3.map { ", tahun target \($0)" } ?? "") + ")." },
        annexAbstract: "Lampiran rencana kerja sama untuk RPJMD/RKPD, per daerah, sebagai XLSX atau DOCX.",
        annexFormatHelp: "Format keluaran: xlsx atau docx.", outputHelp: "Berkas keluaran.", annexRegionHelp: "Hanya daerah ini.",
        paperHelp: "Kertas DOCX.", paperValue: "KERTAS", fontHelp: "Huruf DOCX.", fontValue: "HURUF",
        unknownAnnexFormat: { "Format '\($0)' tidak dikenal untuk lampiran. Pilih: xlsx, docx." },
        unknownRegion: { "Kode daerah '\($0)' tidak dikenal." },
        noMappingOf: { "Belum ada pemetaan \($0) di penyimpanan." },
        noMapping: "Belum ada pemetaan daerah di penyimpanan.",
        annexWritten: { "Lampiran \($0) rencana kerja sama dari \($1) daerah ditulis ke \($2)." },
        minutesAbstract: "Berita acara rapat pemetaan (peserta, kesepakatan, tindak lanjut, tanda tangan) sebagai DOCX.",
        minutesFormatHelp: "Format keluaran: docx.",
        unknownMinutesFormat: { "Format '\($0)' tidak dikenal untuk berita acara. Pilih: docx." },
        minutesWritten: { "Berita acara rapat '\($0)' ditulis ke \($1): \($2) daerah peserta, \($3) kesepakatan"
            + ($4 > 0 ? " (\($4) dicabut)" : "") + ", \($5) tindak lanjut." },
        minutesMissing: "Berita acara masih memuat isian kosong (ditandai [BELUM DIISI]); lengkapi dengan `mufakat pemetaan meeting update`:",
        validateAbstract: "Periksa pemetaan yang tersimpan: kode urusan, calon mitra, tahun target, kewenangan.",
        validateDiscussion: "Kode keluar 1 bila ada kesalahan atau peringatan.",
        noFindings: { "Tidak ada temuan pada \($0) pemetaan daerah." },
        totals: { "\nJumlah: \($0) kesalahan, \($1) peringatan, \($2) informasi." },
        meetingAbstract: "Data rapat asistensi / koordinasi teknis: buat, ubah, tampilkan, kesepakatan, tindak lanjut.",
        titleHelp: "Judul rapat.", titleValue: "JUDUL", levelHelp: "Tingkat: provinsi atau nasional.", levelValue: "TINGKAT",
        provinceHelp: "Kode provinsi (rapat tingkat provinsi).", meetingDateHelp: "Tanggal rapat (HH-BB-TTTT).",
        placeHelp: "Tempat rapat.", placeValue: "TEMPAT", facilitatorHelp: "Nama fasilitator.", facilitatorTitleHelp: "Jabatan fasilitator.",
        positionValue: "JABATAN", facilitatorNIPHelp: "NIP fasilitator.", agencyHelp: "Instansi fasilitator.", agencyValue: "INSTANSI",
        participantHelp: "Kode daerah peserta (boleh berulang).", ministryHelp: "Kementerian/lembaga peserta (boleh berulang).",
        unknownLevel: { "Tingkat rapat '\($0)' tidak dikenal. Pilih: provinsi, nasional." },
        meetingDate: "Tanggal rapat",
        unknownParticipant: { "Kode daerah peserta '\($0)' tidak dikenal." },
        createAbstract: "Buat rapat baru.", newIDHelp: "Id rapat (bawaan: dari judul dan tanggal).",
        takeExistingHelp: "Jadikan daerah yang pemetaannya sudah tersimpan peserta rapat ini.",
        titleRequired: "Judul rapat wajib diisi (--title).", levelRequired: "Tingkat rapat wajib diisi (--level provinsi atau nasional).",
        meetingExists: { "Rapat '\($0)' sudah ada. Ubah dengan `mufakat pemetaan meeting update --meeting \($0) ...` atau pilih --id lain." },
        takeExistingQuestion: { "\($0) pemetaan daerah sudah tersimpan (\($1)). Jadikan peserta rapat ini? (y/t) " },
        yesAnswers: ["y", "ya"],
        created: { "Rapat '\($0)' dibuat: \($1)." },
        participants: { "Peserta: \($0) daerah" + ($1.isEmpty ? "." : " (" + $1 + ").") },
        orTakeExisting: " Atau buat rapat dengan --take-existing.",
        updateAbstract: "Ubah data rapat (hanya isian yang diberikan).",
        updated: { "Rapat '\($0)' diperbarui: \($1)." },
        showAbstract: "Tampilkan data rapat.", listAbstract: "Daftar rapat tersimpan.",
        noMeetings: "Belum ada rapat. Buat dengan `mufakat pemetaan meeting create --title ... --level ...`.",
        meetingLine: { "\($0)  \($1) (\($2) daerah)" },
        agreeAbstract: "Catat kerja sama yang disepakati dalam rapat.",
        agreeDiscussion: "Kecocokan dapat juga dijadikan kesepakatan dengan `mufakat pemetaan matches --draft N`.",
        affairHelp: "Kode urusan.", partiesHelp: "Kode daerah para pihak, dipisah koma (pemrakarsa lebih dahulu).",
        kindHelp: "Jenis: ksdd-wajib, ksdd-sukarela, ksdpk.", kindValue: "JENIS",
        descriptionHelp: "Uraian kerja sama.", descriptionValue: "URAIAN", yearHelp: "Tahun target.", yearValue: "TAHUN",
        agreeDraftHelp: "Sekaligus buat draf kerja sama dengan semua pihak (sekali saja).",
        unknownRegions: { "Daftar daerah '\($0)' memuat kode yang tidak dikenal." },
        unknownKind: { "Jenis '\($0)' tidak dikenal. Pilih: ksdd-wajib, ksdd-sukarela, ksdpk." },
        agreed: { "Kesepakatan ke-\($0) dicatat dalam rapat '\($1)' dan dicetak dalam berita acara: \($2) \($3); para pihak: \($4); \($5)"
            + ($6.map { "; tahun target \($0)" } ?? "") + "." },
        agreedDraft: { "Draf kerja sama '\($0)' dibuat: \($1) (\($2) pihak" + ($3.map { "; anggaran indikatif Rp\($0)" } ?? "") + ")." },
        withdrawAbstract: "Cabut kesepakatan rapat dengan alasan (tetap tercatat dalam riwayat).",
        agreementHelp: "Nomor kesepakatan (lihat `mufakat pemetaan rapat show`).", reasonHelp: "Alasan pencabutan.", reasonValue: "ALASAN",
        withdrawn: { "Kesepakatan ke-\($0) (\($1) \($2)) dicabut: \($3). Berita acara mencantumkannya pada bagian Revisi Kesepakatan." },
        draftKept: { "Draf kerja sama '\($0)' tetap tersimpan; hapus atau lanjutkan sesuai keputusan rapat." },
        groupAbstract: "Gabung kecocokan satu urusan menjadi satu kelompok, atau pisahkan kelompok (--split).",
        groupRegionsHelp: "Kode daerah kelompok, dipisah koma.", splitHelp: "Pisahkan kelompok menjadi pasangan-pasangannya.",
        grouped: { ($0 ? "Kelompok dipisah" : "Kecocokan digabung") + "; kecocokan urusan \($1) kini:" },
        followUpAbstract: "Catat tindak lanjut rapat.", actionHelp: "Uraian tindak lanjut.", responsibleHelp: "Penanggung jawab.",
        dueHelp: "Batas waktu (HH-BB-TTTT).", dueField: "Batas waktu",
        followUp: { "Tindak lanjut ke-\($0) dicatat dalam rapat '\($1)'." })
}

extension MappingCLIText {
    static let english = MappingCLIText(
        codeValue: "CODE", formatValue: "FORMAT", nameValue: "NAME", dateValue: "DATE", textValue: "TEXT",
        mappingAbstract: "Mapping of the affairs open to cooperation: import, matrix, matches, annex, minutes.",
        mappingDiscussion: """
        For the facilitator of an assistance / technical coordination meeting (PP 28/2018 Article 5). The usual flow:
          mufakat mapping meeting create --title "..." --level provinsi --province 32 [--take-existing]
          mufakat mapping import bundel-kota-bogor.mufakat bundel-kab-bogor.mufakat ...
          mufakat mapping matrix --format xlsx --output matriks.xlsx
          mufakat mapping matches            (with needs without a partner and potentials without takers)
          mufakat mapping matches --draft N  (only once; prints what was recorded)
          mufakat mapping meeting withdraw --agreement N --reason "..."
          mufakat mapping meeting group --affair CODE --regions A,B,C [--split]
          mufakat mapping annex --format xlsx --output lampiran.xlsx
          mufakat mapping minutes --format docx --output berita-acara.docx
        """,
        meetingIDHelp: "Meeting id (default: the latest meeting).",
        unresolved: { "\($0) (\($1)): differs from the previous import and is not decided; not imported." },
        notePart: { " Note: \($0)." },
        unresolvedCount: { "\($0) mapping(s) conflict with the previous import. Repeat with --replace to replace them or --keep to keep the old ones." },
        unknownProvince: { "Unknown province code '\($0)'. Example: 32 for Jawa Barat; see the code column of the region list." },
        unknownGroup: { "Unknown affair group '\($0)'. Choose: wajib-pelayanan-dasar (pd), wajib-non-pelayanan-dasar (npd), pilihan." },
        unknownPriority: { "Unknown priority '\($0)'. Choose: tinggi (high), sedang (medium), rendah (low)." },
        badDate: { "\($0) '\($1)' is not valid. Write DD-MM-YYYY (for example 15-06-2026) with a date that exists in the calendar." },
        importAbstract: "Import the participating regions' mappings from bundles (mufakat bundle export) or mapping JSON files.",
        importDiscussion: """
        A mapping that differs from the previous import for the same region is shown with its differences per affair, \
        then asked about. Without an interactive terminal, the command stops with code 1 and lists the differences, \
        unless given --replace (replace with the new one) or --keep (keep the old one).
        The other regions in the same command are still imported.
        """,
        importFilesHelp: "Bundle or mapping JSON file.",
        replaceHelp: "When it differs from the previous import: replace it with the new mapping.",
        keepHelp: "When it differs from the previous import: keep the old mapping.",
        replaceOrKeep: "Choose one: --replace or --keep.", nameABundle: "Name at least one bundle file.",
        differs: { "\nThe mapping of \($0) from \($1) differs from the stored one:" },
        age: { "Age: \($0)." },
        replaceOrKeepQuestion: "Replace with the imported one (r) or keep the stored one (k)? ",
        replaceAnswers: ["r", "replace", "g", "ganti"], keepAnswers: ["k", "keep", "p", "pertahankan"],
        pullAbstract: "Pull the participating regions' mappings from git repositories (URL or URL#branch).",
        pullDiscussion: """
        Example: mufakat mapping pull git@git.jabarprov.go.id:kerja-sama/3271.git https://git.example/kerja-sama.git#daerah/32.01
        Conflicts and checks follow the rules of `mufakat mapping import`; progress is written to stderr.
        """,
        remotesHelp: "A participant's repository: URL or URL#branch.", nameARepository: "Name at least one repository.",
        pulling: { "Pulling \($0)/\($1): \($2)" },
        matrixAbstract: "The mapping matrix: affairs × regions (or the other way) as XLSX, CSV, or text.",
        matrixFormatHelp: "Output format: xlsx, csv, or txt.", matrixOutputHelp: "Output file (required for xlsx; txt/csv default: the screen).",
        matrixProvinceHelp: "Only this province and its regencies and cities.",
        groupHelp: "Only this affair group: wajib-pelayanan-dasar, wajib-non-pelayanan-dasar, pilihan.", groupValue: "GROUP",
        priorityHelp: "Only entries of this priority: tinggi, sedang, rendah.", priorityValue: "PRIORITY",
        transposeHelp: "Regions as rows and affairs as columns.",
        unknownMatrixFormat: { "Unknown format '\($0)' for the matrix. Choose: xlsx, csv, txt." },
        xlsxNeedsOutput: "The xlsx format needs --output FILE.",
        noMappings: { "No region mapping yet" + ($0 ? " that matches the filter" : "") + ". Import first with `mufakat mapping import FILE...`." },
        matrixWritten: { "Matrix of \($0) affair(s) × \($1) region(s) written to \($2)." },
        matchesAbstract: "Matches: pairs and groups of regions that can cooperate, strongest first, with their reasons.",
        matchesDiscussion: "With --draft N, match number N becomes a draft cooperation in the store and is recorded as a meeting agreement.",
        matchesFormatHelp: "Output format: txt or csv.", screenOutputHelp: "Output file (default: the screen).",
        affairOnlyHelp: "Only this affair (its code, for example 2.15).", regionOnlyHelp: "Only matches that involve this region.",
        limitHelp: "Show at most N matches.", draftHelp: "Make match number N a draft cooperation.",
        unknownMatchesFormat: { "Unknown format '\($0)' for matches. Choose: txt, csv (or --json)." },
        unknownAffair: { "Unknown affair code '\($0)' (1.01 to 3.32)." },
        noSuchMatch: { "There is no match number \($0); the list holds \($1) match(es)." },
        draftMade: { "Draft cooperation '\($0)' created: \($1) (\($2)" + ($3.map { ", target year \($0)" } ?? "") + ")." },
        annexAbstract: "The annex of cooperation plans for the RPJMD/RKPD, per region, as XLSX or DOCX.",
        annexFormatHelp: "Output format: xlsx or docx.", outputHelp: "Output file.", annexRegionHelp: "Only this region.",
        paperHelp: "DOCX paper.", paperValue: "PAPER", fontHelp: "DOCX typeface.", fontValue: "TYPEFACE",
        unknownAnnexFormat: { "Unknown format '\($0)' for the annex. Choose: xlsx, docx." },
        unknownRegion: { "Unknown region code '\($0)'." },
        noMappingOf: { "No mapping of \($0) in the store yet." },
        noMapping: "No region mapping in the store yet.",
        annexWritten: { "Annex of \($0) cooperation plan(s) from \($1) region(s) written to \($2)." },
        minutesAbstract: "The minutes of the mapping meeting (participants, agreements, follow-ups, signatures) as DOCX.",
        minutesFormatHelp: "Output format: docx.",
        unknownMinutesFormat: { "Unknown format '\($0)' for the minutes. Choose: docx." },
        minutesWritten: { "Minutes of meeting '\($0)' written to \($1): \($2) participating region(s), \($3) agreement(s)"
            + ($4 > 0 ? " (\($4) withdrawn)" : "") + ", \($5) follow-up(s)." },
        minutesMissing: "The minutes still have empty fields (marked [BELUM DIISI], not yet filled); complete them with `mufakat mapping meeting update`:",
        validateAbstract: "Check the stored mappings: affair codes, prospective partners, target years, authority.",
        validateDiscussion: "Exit code 1 when there are errors or warnings.",
        noFindings: { "No findings in \($0) region mapping(s)." },
        totals: { "\nTotal: \($0) error(s), \($1) warning(s), \($2) info." },
        meetingAbstract: "The assistance / technical coordination meeting: create, update, show, agreements, follow-ups.",
        titleHelp: "Meeting title.", titleValue: "TITLE", levelHelp: "Level: provinsi (provincial) or nasional (national).", levelValue: "LEVEL",
        provinceHelp: "Province code (for a provincial meeting).", meetingDateHelp: "Meeting date (DD-MM-YYYY).",
        placeHelp: "Meeting place.", placeValue: "PLACE", facilitatorHelp: "Facilitator's name.", facilitatorTitleHelp: "Facilitator's position.",
        positionValue: "POSITION", facilitatorNIPHelp: "Facilitator's NIP (civil servant number).", agencyHelp: "Facilitator's agency.", agencyValue: "AGENCY",
        participantHelp: "Code of a participating region (may be repeated).", ministryHelp: "A participating ministry or agency (may be repeated).",
        unknownLevel: { "Unknown meeting level '\($0)'. Choose: provinsi, nasional." },
        meetingDate: "Meeting date",
        unknownParticipant: { "Unknown participating region code '\($0)'." },
        createAbstract: "Create a new meeting.", newIDHelp: "Meeting id (default: from the title and the date).",
        takeExistingHelp: "Make the regions whose mappings are already stored participants of this meeting.",
        titleRequired: "The meeting title is required (--title).", levelRequired: "The meeting level is required (--level provinsi or nasional).",
        meetingExists: { "Meeting '\($0)' already exists. Change it with `mufakat mapping meeting update --meeting \($0) ...` or choose another --id." },
        takeExistingQuestion: { "\($0) region mapping(s) already stored (\($1)). Make them participants of this meeting? (y/n) " },
        yesAnswers: ["y", "yes", "ya"],
        created: { "Meeting '\($0)' created: \($1)." },
        participants: { "Participants: \($0) region(s)" + ($1.isEmpty ? "." : " (" + $1 + ").") },
        orTakeExisting: " Or create the meeting with --take-existing.",
        updateAbstract: "Change the meeting's particulars (only the fields given).",
        updated: { "Meeting '\($0)' updated: \($1)." },
        showAbstract: "Show the meeting's particulars.", listAbstract: "The stored meetings.",
        noMeetings: "No meetings yet. Create one with `mufakat mapping meeting create --title ... --level ...`.",
        meetingLine: { "\($0)  \($1) (\($2) region(s))" },
        agreeAbstract: "Record a cooperation agreed in the meeting.",
        agreeDiscussion: "A match can also become an agreement with `mufakat mapping matches --draft N`.",
        affairHelp: "Affair code.", partiesHelp: "The parties' region codes, separated by commas (the initiator first).",
        kindHelp: "Kind: ksdd-wajib, ksdd-sukarela, ksdpk.", kindValue: "KIND",
        descriptionHelp: "Description of the cooperation.", descriptionValue: "DESCRIPTION", yearHelp: "Target year.", yearValue: "YEAR",
        agreeDraftHelp: "Also create a draft cooperation with all the parties (only once).",
        unknownRegions: { "The region list '\($0)' holds an unknown code." },
        unknownKind: { "Unknown kind '\($0)'. Choose: ksdd-wajib, ksdd-sukarela, ksdpk." },
        agreed: { "Agreement no. \($0) recorded in meeting '\($1)' and printed in the minutes: \($2) \($3); parties: \($4); \($5)"
            + ($6.map { "; target year \($0)" } ?? "") + "." },
        agreedDraft: { "Draft cooperation '\($0)' created: \($1) (\($2) parties" + ($3.map { "; indicative budget Rp\($0)" } ?? "") + ")." },
        withdrawAbstract: "Withdraw a meeting agreement with a reason (it stays recorded in the history).",
        agreementHelp: "Agreement number (see `mufakat mapping meeting show`).", reasonHelp: "Reason for the withdrawal.", reasonValue: "REASON",
        withdrawn: { "Agreement no. \($0) (\($1) \($2)) withdrawn: \($3). The minutes list it in the section Revisi Kesepakatan (revised agreements)." },
        draftKept: { "Draft cooperation '\($0)' stays in the store; delete it or carry on as the meeting decides." },
        groupAbstract: "Merge the matches of one affair into one group, or split a group (--split).",
        groupRegionsHelp: "The group's region codes, separated by commas.", splitHelp: "Split the group into its pairs.",
        grouped: { ($0 ? "Group split" : "Matches merged") + "; the matches of affair \($1) are now:" },
        followUpAbstract: "Record a meeting follow-up.", actionHelp: "Description of the follow-up.", responsibleHelp: "Person responsible.",
        dueHelp: "Deadline (DD-MM-YYYY).", dueField: "Deadline",
        followUp: { "Follow-up no. \($0) recorded in meeting '\($1)'." })
}
