/// The reference data and the rules: catalog, rulebook, spell, validate (`CLIText.domain`).
struct DomainCLIText: Sendable {
    var toConfirm: String, basis: String
    // catalog
    var catalogAbstract: String, regionsAbstract: String, provinceHelp: String, codeValue: String
    var unknownProvince: @Sendable (_ code: String) -> String
    var province: String, notAutonomous: String
    var affairsAbstract: String
    var absoluteAffairs: @Sendable (_ basis: String) -> String
    var authorityAbstract: String, affairHelp: String, affairValue: String
    var unknownAffair: @Sendable (_ code: String) -> String
    // rulebook
    var rulebookAbstract: String, checkAbstract: String, checkDiscussion: String, rulebookFileHelp: String
    var rulebookFine: @Sendable (_ file: String) -> String
    var summary: @Sendable (_ errors: Int, _ warnings: Int) -> String
    var showAbstract: String
    var edition: @Sendable (_ edition: String) -> String
    var notSupported: @Sendable (_ refusal: String) -> String
    var onlyWhen: @Sendable (_ conditions: [String]) -> String
    var startsWhen: @Sendable (_ conditions: [String]) -> String
    var requiredFields: @Sendable (_ fields: String) -> String
    var maxDuration: @Sendable (_ years: Int, _ basis: String, _ confirm: String) -> String
    var exception: @Sendable (_ id: String, _ name: String, _ years: Int, _ basis: String) -> String
    var reminders: @Sendable (_ days: String) -> String
    var rulebookUnusable: String
    // spell
    var spellAbstract: String, spellDiscussion: String, amountHelp: String, amountValue: String, spellDateHelp: String, dateValue: String
    var wordsHelp: String, numberHelp: String
    var nameAmountOrDate: String, amountOrDateNotBoth: String
    var badSpellDate: @Sendable (_ date: String) -> String
    var negativeAmount: @Sendable (_ text: String) -> String
    var unreadableAmount: @Sendable (_ text: String, _ max: String) -> String
    // validate
    var validateAbstract: String, validateDiscussion: String, validateFileHelp: String, todayHelp: String
    var badToday: @Sendable (_ date: String) -> String
    var untitled: String, noFindings: String, wholeCooperation: String
    var legalBasis: @Sendable (_ basis: String, _ confirm: String, _ rule: String) -> String
    var findingsSummary: @Sendable (_ errors: Int, _ warnings: Int, _ info: Int) -> String
}

extension DomainCLIText {
    static let indonesian = DomainCLIText(
        toConfirm: " (perlu dikonfirmasi)", basis: "Dasar: ",
        catalogAbstract: "Tampilkan data rujukan: daftar wilayah, urusan, dan pembagian kewenangan.",
        regionsAbstract: "Daftar 552 daerah (provinsi, kabupaten, kota) menurut kode Kemendagri.",
        provinceHelp: "Hanya provinsi ini dan kabupaten/kota di dalamnya.", codeValue: "KODE",
        unknownProvince: { "Kode provinsi '\($0)' tidak dikenal. Contoh: 32 untuk Jawa Barat." },
        province: "provinsi", notAutonomous: "  (bukan daerah otonom)",
        affairsAbstract: "Daftar 32 urusan pemerintahan konkuren dan 6 urusan absolut.",
        absoluteAffairs: { "Urusan Pemerintahan Absolut (tidak dapat dikerjasamakan; \($0))" },
        authorityAbstract: "Pembagian kewenangan sub-urusan antara provinsi dan kabupaten/kota.",
        affairHelp: "Kode urusan, misalnya 2.15 (bawaan: semua).", affairValue: "URUSAN",
        unknownAffair: { "Kode urusan '\($0)' tidak dikenal. Lihat `mufakat catalog affairs`." },
        rulebookAbstract: "Periksa atau tampilkan rulebook (aturan kerja sama sebagai data).",
        checkAbstract: "Periksa berkas rulebook dan laporkan setiap masalah beserta nomor barisnya.",
        checkDiscussion: "Kode keluar: 0 tidak ada kesalahan (peringatan boleh ada), 1 ada kesalahan, 2 berkas tidak dapat dibaca.",
        rulebookFileHelp: "Berkas rulebook TOML.",
        rulebookFine: { "\($0): rulebook tidak bermasalah." },
        summary: { "Ringkasan: \($0) kesalahan, \($1) peringatan." },
        showAbstract: "Tampilkan jenis kerja sama dan tahapannya menurut rulebook.",
        edition: { " (edisi \($0))" },
        notSupported: { "  Tidak didukung: \($0)" },
        onlyWhen: { "hanya bila \($0.joined(separator: " atau "))" },
        startsWhen: { "dimulai bila \($0.joined(separator: " dan "))" },
        requiredFields: { "     Isian wajib: \($0)" },
        maxDuration: { "Jangka waktu paling lama \($0) tahun (\($1))\($2)." },
        exception: { "  Pengecualian \($0): \($1), paling lama \($2) tahun (\($3))" },
        reminders: { "Pengingat masa berlaku: \($0) hari sebelum berakhir." },
        rulebookUnusable: "Rulebook tidak dapat dipakai:",
        spellAbstract: "Tulis jumlah uang atau tanggal dengan huruf (terbilang).",
        spellDiscussion: """
        Contoh:
          mufakat eja 245400              Rp245.400,00 (dua ratus empat puluh lima ribu empat ratus rupiah)
          mufakat eja Rp1.500.000,00      jumlah boleh ditulis dengan titik, Rp, dan ,00
          mufakat eja --number 2016       dua ribu enam belas
          mufakat eja --date 2016-06-15   hari Rabu tanggal lima belas bulan Juni tahun dua ribu enam belas
        """,
        amountHelp: "Jumlah rupiah, bilangan bulat 0 atau lebih.", amountValue: "JUMLAH",
        spellDateHelp: "Tanggal yang dieja (TTTT-BB-HH atau HH-BB-TTTT).", dateValue: "TANGGAL",
        wordsHelp: "Hanya huruf, tanpa angka.", numberHelp: "Eja sebagai bilangan biasa, tanpa \"rupiah\".",
        nameAmountOrDate: "Tuliskan jumlah yang dieja, misalnya `mufakat eja 245400`, atau tanggal dengan `--date 2016-06-15`.",
        amountOrDateNotBoth: "Pilih salah satu: jumlah atau --date, tidak keduanya.",
        badSpellDate: { "Tanggal '\($0)' tidak valid. Tulis sebagai TTTT-BB-HH (misalnya 2016-06-15) dengan tanggal yang ada di kalender." },
        negativeAmount: { "Jumlah '\($0)' negatif. Jumlah uang harus 0 atau lebih." },
        unreadableAmount: { "Jumlah '\($0)' tidak dapat dibaca. Tulis bilangan bulat, boleh dengan titik pemisah ribuan, misalnya 245400 atau Rp1.500.000,00 (paling besar \($1))." },
        validateAbstract: "Periksa satu berkas kerja sama (JSON) terhadap rulebook.",
        validateDiscussion: """
        Berkas dapat berupa objek kerja sama saja, keluaran `mufakat show ID --json`, \
        atau berkas penyimpanan cooperations/ID.json. Setiap temuan menyebut isian, \
        pesan perbaikan, dan dasar hukumnya.
        Kode keluar: 0 tidak ada kesalahan, 1 ada kesalahan, 2 berkas atau rulebook tidak dapat dipakai.
        """,
        validateFileHelp: "Berkas kerja sama JSON; '-' untuk masukan standar.",
        todayHelp: "Tanggal pemeriksaan untuk pengingat masa berlaku (bawaan: hari ini).",
        badToday: { "Tanggal --today '\($0)' tidak valid; tulis sebagai TTTT-BB-HH." },
        untitled: "(tanpa judul)", noFindings: "Tidak ada temuan.", wholeCooperation: "(kerja sama)",
        legalBasis: { "    Dasar hukum: \($0)\($1) [\($2)]" },
        findingsSummary: { "Ringkasan: \($0) kesalahan, \($1) peringatan, \($2) informasi." })

    static let english = DomainCLIText(
        toConfirm: " (to be confirmed)", basis: "Basis: ",
        catalogAbstract: "Show the reference data: regions, government affairs, and the division of authority.",
        regionsAbstract: "The 552 regions (provinces, regencies, cities) by their Ministry of Home Affairs code.",
        provinceHelp: "Only this province and the regencies and cities in it.", codeValue: "CODE",
        unknownProvince: { "Unknown province code '\($0)'. Example: 32 for Jawa Barat." },
        province: "province", notAutonomous: "  (not an autonomous region)",
        affairsAbstract: "The 32 concurrent government affairs and the 6 absolute affairs.",
        absoluteAffairs: { "Absolute government affairs (cannot be the object of cooperation; \($0))" },
        authorityAbstract: "The division of sub-affair authority between provinces and regencies/cities.",
        affairHelp: "Affair code, for example 2.15 (default: all).", affairValue: "AFFAIR",
        unknownAffair: { "Unknown affair code '\($0)'. See `mufakat catalog affairs`." },
        rulebookAbstract: "Check or show a rulebook (the rules of cooperation as data).",
        checkAbstract: "Check a rulebook file and report every problem with its line number.",
        checkDiscussion: "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the file cannot be read.",
        rulebookFileHelp: "The TOML rulebook file.",
        rulebookFine: { "\($0): the rulebook has no problems." },
        summary: { "Summary: \($0) error(s), \($1) warning(s)." },
        showAbstract: "Show the kinds of cooperation and their stages according to the rulebook.",
        edition: { " (edition \($0))" },
        notSupported: { "  Not supported: \($0)" },
        onlyWhen: { "only when \($0.joined(separator: " or "))" },
        startsWhen: { "starts when \($0.joined(separator: " and "))" },
        requiredFields: { "     Required fields: \($0)" },
        maxDuration: { "Term of at most \($0) years (\($1))\($2)." },
        exception: { "  Exception \($0): \($1), at most \($2) years (\($3))" },
        reminders: { "Expiry reminders: \($0) days before the end." },
        rulebookUnusable: "The rulebook cannot be used:",
        spellAbstract: "Write an amount of money or a date in words (terbilang, as Indonesian documents write them).",
        spellDiscussion: """
        Examples (the words are Indonesian, as in the documents):
          mufakat spell 245400              Rp245.400,00 (dua ratus empat puluh lima ribu empat ratus rupiah)
          mufakat spell Rp1.500.000,00      an amount may be written with dots, Rp, and ,00
          mufakat spell --number 2016       dua ribu enam belas
          mufakat spell --date 2016-06-15   hari Rabu tanggal lima belas bulan Juni tahun dua ribu enam belas
        """,
        amountHelp: "Amount in rupiah, a whole number 0 or more.", amountValue: "AMOUNT",
        spellDateHelp: "The date to spell (YYYY-MM-DD or DD-MM-YYYY).", dateValue: "DATE",
        wordsHelp: "Words only, without figures.", numberHelp: "Spell as a plain number, without \"rupiah\".",
        nameAmountOrDate: "Write the amount to spell, for example `mufakat spell 245400`, or a date with `--date 2016-06-15`.",
        amountOrDateNotBoth: "Choose one: an amount or --date, not both.",
        badSpellDate: { "The date '\($0)' is not valid. Write it as YYYY-MM-DD (for example 2016-06-15) with a date that exists in the calendar." },
        negativeAmount: { "The amount '\($0)' is negative. An amount of money must be 0 or more." },
        unreadableAmount: { "The amount '\($0)' cannot be read. Write a whole number, with dots between thousands if you like, for example 245400 or Rp1.500.000,00 (at most \($1))." },
        validateAbstract: "Check one cooperation file (JSON) against the rulebook.",
        validateDiscussion: """
        The file may be just a cooperation object, the output of `mufakat show ID --json`, \
        or a store file cooperations/ID.json. Every finding names the field, \
        the message on how to fix it, and its legal basis.
        Exit codes: 0 no errors, 1 errors found, 2 the file or the rulebook cannot be used.
        """,
        validateFileHelp: "The cooperation's JSON file; '-' for standard input.",
        todayHelp: "The checking date for expiry reminders (default: today).",
        badToday: { "The --today date '\($0)' is not valid; write it as YYYY-MM-DD." },
        untitled: "(untitled)", noFindings: "No findings.", wholeCooperation: "(the cooperation)",
        legalBasis: { "    Legal basis: \($0)\($1) [\($2)]" },
        findingsSummary: { "Summary: \($0) error(s), \($1) warning(s), \($2) info." })
}
