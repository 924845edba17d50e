/// Teks isian penyunting: the words of the stage forms' engine (groups, field hints, entry
/// widgets and their refusals) and of the financing helpers. Part of `AppText`
/// (`AppText.current.editorForms`).
struct EditorFormText: Sendable {
    /// The title of a stage form without groups.
    var noFields: String
    var fixMarkedFirst: String
    var helpLines: String
    var helpDate: String
    var helpMoney: String
    var helpYesNo: String
    var helpChoice: String
    var optionYes: String
    var optionNo: String
    var numberBetween: @Sendable (_ low: Int, _ high: Int) -> String
    var dateIncomplete: String
    var noSuchMonth: @Sendable (_ month: Int) -> String
    var noYearZero: String
    var noSuchDay: @Sendable (_ date: String, _ month: String, _ year: Int, _ days: Int) -> String
    var atMostCharacters: @Sendable (_ max: Int) -> String
    var pasteControl: String
    var limitReached: @Sendable (_ max: String) -> String
    var dateDigitsOnly: String
    var dateComplete: String
    var pasteNoDate: String
    var noNegative: String
    var pasteNegative: @Sendable (_ pasted: String) -> String
    var pasteCents: @Sendable (_ pasted: String) -> String
    var amountTooLarge: @Sendable (_ max: String) -> String
    var amountDigitsOnly: String
    var pasteNotAmount: String
    var amountOverLimit: @Sendable (_ amount: String, _ max: String) -> String
    var digitsOnly: @Sendable (_ low: Int, _ high: Int) -> String
    var pasteNotNumber: @Sendable (_ pasted: String, _ low: Int, _ high: Int) -> String
    var atMostDigits: @Sendable (_ digits: Int, _ low: Int, _ high: Int) -> String
    var chooseWith: @Sendable (_ options: String) -> String
    var adviceLong: String
    var adviceShort: String
    var pasteTooLong: @Sendable (_ pasted: String, _ max: String, _ room: String, _ advice: String) -> String
    var helperRepeat: String
    var helperSplit: String
    var nothingToRepeat: String
    var lineDescribed: @Sendable (_ year: Int, _ party: String, _ amount: String) -> String
    var thisLine: String
    var repeatQuestion: @Sendable (_ line: String) -> String
    var splitQuestion: @Sendable (_ year: Int, _ parties: String) -> String
    var partyNumber: @Sendable (_ number: Int) -> String
    var yearsOneToTwenty: String
    var linesAddedYears: @Sendable (_ added: Int, _ from: Int, _ to: Int) -> String
    var linesAdded: @Sendable (_ added: Int) -> String
    var amountThenShares: String
    var oneSharePerParty: @Sendable (_ count: Int, _ example: String) -> String
    var sharesNot100: @Sendable (_ sum: Int) -> String
    var yearSplit: @Sendable (_ year: Int, _ parts: String) -> String
    var helperKeys: String
    var keyNextField: String

    static let indonesian = EditorFormText(
        noFields: "Tidak ada isian",
        fixMarkedFirst: "Belum dapat lanjut: perbaiki dulu isian bertanda ✗; penjelasannya ada di bawah tiap isian.",
        helpLines: "Satu butir per baris; Enter untuk butir baru.",
        helpDate: "Ketik angka hh-bb-tttt, misalnya 17082026.",
        helpMoney: "Ketik angka rupiah tanpa titik; pengelompokan muncul sendiri.",
        helpYesNo: "←/→ atau Spasi untuk memilih; y atau t.",
        helpChoice: "←/→ atau Spasi untuk memilih.",
        optionYes: "Ya",
        optionNo: "Tidak",
        numberBetween: { "Isi angka \($0) sampai \($1)." },
        dateIncomplete: "Tanggal belum lengkap: ketik 8 angka hh-bb-tttt, misalnya 17082026.",
        noSuchMonth: { "Bulan \($0) tidak ada: isi bulan 01 sampai 12." },
        noYearZero: "Tahun 0000 tidak ada: isi tahun empat angka, misalnya 2026.",
        noSuchDay: { "Tanggal \($0) tidak ada: \($1) \($2) hanya \($3) hari. Perbaiki tanggalnya." },
        atMostCharacters: { "Isian ini paling banyak \($0) karakter; ringkas teksnya." },
        pasteControl: "Tempelan memuat karakter kendali yang tidak dapat dipakai; tempel teks biasa.",
        limitReached: { "Isian ini sudah mencapai batas \($0) karakter; ringkas teksnya atau lampirkan sebagai dokumen terpisah." },
        dateDigitsOnly: "Tanggal hanya diketik dengan angka hh-bb-tttt, misalnya 17082026; tanda hubung muncul sendiri.",
        dateComplete: "Tanggal sudah lengkap; hapus dengan Backspace untuk mengubahnya.",
        pasteNoDate: "Tempelan tidak memuat angka tanggal; ketik hh-bb-tttt.",
        noNegative: "Jumlah rupiah tidak boleh negatif; ketik jumlah 0 atau lebih dengan angka 0-9.",
        pasteNegative: { "Tempelan \"\($0)\" bernilai negatif; jumlah rupiah tidak boleh negatif. Tempel jumlah tanpa tanda minus." },
        pasteCents: { "Tempelan \"\($0)\" memuat sen; jumlah rupiah ditulis bulat tanpa sen." },
        amountTooLarge: { "Jumlah terlalu besar; paling banyak Rp\($0)." },
        amountDigitsOnly: "Jumlah rupiah hanya diketik dengan angka 0-9.",
        pasteNotAmount: "Tempelan bukan jumlah rupiah yang dapat dibaca, atau terlalu besar; tempel angka seperti 1.500.000.",
        amountOverLimit: { "Jumlah Rp\($0) melebihi batas Rp\($1) (100 triliun); periksa kelebihan angka nol." },
        digitsOnly: { "Isi dengan angka saja, \($0) sampai \($1)." },
        pasteNotNumber: { "Tempelan \"\($0)\" bukan angka; isi angka \($1) sampai \($2)." },
        atMostDigits: { "Paling banyak \($0) angka; isi \($1) sampai \($2)." },
        chooseWith: { "Pilih dengan ←/→ atau Spasi: \($0)." },
        adviceLong: "Ringkas teksnya, atau tempel per bagian; naskah panjang lampirkan sebagai dokumen terpisah.",
        adviceShort: "Ringkas teksnya.",
        pasteTooLong: { "Tempelan \($0) karakter terlalu panjang: isian ini paling banyak \($1) karakter (sisa \($2)). Tidak ada yang ditempel. \($3)" },
        helperRepeat: "Ulangi ke tahun berikutnya",
        helperSplit: "Bagi menurut porsi pihak",
        nothingToRepeat: "Belum ada baris pembiayaan untuk diulang. Tekan a untuk menambah.",
        lineDescribed: { "baris \($0) \($1) Rp\($2)" },
        thisLine: "baris ini",
        repeatQuestion: { "Salin \($0) ke berapa tahun berikutnya? (1–20)" },
        splitQuestion: { "Tahun \($0): tulis jumlah setahun lalu porsi \($1) dalam persen, misalnya 1.000.000.000 40/35/25." },
        partyNumber: { "pihak \($0)" },
        yearsOneToTwenty: "Tulis banyaknya tahun dengan angka 1 sampai 20, misalnya 4.",
        linesAddedYears: { "\($0) baris ditambahkan untuk tahun \($1)–\($2). Ubah jumlahnya bila berbeda per tahun." },
        linesAdded: { "\($0) baris ditambahkan; tahun yang sudah berbaris untuk pihak ini tidak diubah." },
        amountThenShares: "Tulis jumlah lalu porsi, misalnya 1.000.000.000 40/35/25.",
        oneSharePerParty: { "Tulis satu porsi untuk setiap pihak (\($0) pihak), misalnya \($1)." },
        sharesNot100: { "Porsi harus berjumlah 100 persen; sekarang \($0) persen." },
        yearSplit: { "Tahun \($0) dibagi: \($1)." },
        helperKeys: "Enter terapkan · Esc batal",
        keyNextField: "pindah isian")

    static let english = EditorFormText(
        noFields: "No fields",
        fixMarkedFirst: "Cannot continue yet: first fix the fields marked ✗; the explanation is under each field.",
        helpLines: "One item per line; Enter for a new item.",
        helpDate: "Type the digits dd-mm-yyyy, for example 17082026.",
        helpMoney: "Type the rupiah amount without dots; the grouping appears by itself.",
        helpYesNo: "←/→ or Space to choose; y or n.",
        helpChoice: "←/→ or Space to choose.",
        optionYes: "Yes",
        optionNo: "No",
        numberBetween: { "Enter a number from \($0) to \($1)." },
        dateIncomplete: "The date is incomplete: type 8 digits dd-mm-yyyy, for example 17082026.",
        noSuchMonth: { "There is no month \($0): enter a month from 01 to 12." },
        noYearZero: "There is no year 0000: enter a four-digit year, for example 2026.",
        noSuchDay: { "The date \($0) does not exist: \($1) \($2) has only \($3) days. Correct the date." },
        atMostCharacters: { "This field takes at most \($0) characters; shorten the text." },
        pasteControl: "The pasted text holds control characters that cannot be used; paste plain text.",
        limitReached: { "This field has reached its limit of \($0) characters; shorten the text or attach it as a separate document." },
        dateDigitsOnly: "A date is typed as digits only, dd-mm-yyyy, for example 17082026; the hyphens appear by themselves.",
        dateComplete: "The date is complete; delete with Backspace to change it.",
        pasteNoDate: "The pasted text holds no date digits; type dd-mm-yyyy.",
        noNegative: "A rupiah amount cannot be negative; type 0 or more with the digits 0-9.",
        pasteNegative: { "The pasted \"\($0)\" is negative; a rupiah amount cannot be negative. Paste the amount without a minus sign." },
        pasteCents: { "The pasted \"\($0)\" holds cents; a rupiah amount is written whole, without cents." },
        amountTooLarge: { "The amount is too large; at most Rp\($0)." },
        amountDigitsOnly: "A rupiah amount is typed with the digits 0-9 only.",
        pasteNotAmount: "The pasted text is not a readable rupiah amount, or is too large; paste a figure like 1.500.000.",
        amountOverLimit: { "The amount Rp\($0) exceeds the limit of Rp\($1) (100 trillion); check for extra zeros." },
        digitsOnly: { "Digits only, from \($0) to \($1)." },
        pasteNotNumber: { "The pasted \"\($0)\" is not a number; enter a number from \($1) to \($2)." },
        atMostDigits: { "At most \($0) digits; enter \($1) to \($2)." },
        chooseWith: { "Choose with ←/→ or Space: \($0)." },
        adviceLong: "Shorten the text, or paste it part by part; attach a long text as a separate document.",
        adviceShort: "Shorten the text.",
        pasteTooLong: { "The pasted \($0) characters are too long: this field takes at most \($1) characters (\($2) left). Nothing was pasted. \($3)" },
        helperRepeat: "Repeat in the following years",
        helperSplit: "Split by the parties' shares",
        nothingToRepeat: "No financing line to repeat yet. Press a to add one.",
        lineDescribed: { "line \($0) \($1) Rp\($2)" },
        thisLine: "this line",
        repeatQuestion: { "Copy \($0) into how many following years? (1–20)" },
        splitQuestion: { "Year \($0): write the yearly amount, then the shares of \($1) in percent, for example 1.000.000.000 40/35/25." },
        partyNumber: { "party \($0)" },
        yearsOneToTwenty: "Write the number of years as a figure from 1 to 20, for example 4.",
        linesAddedYears: { "\($0) lines added for the years \($1)–\($2). Change the amounts if they differ per year." },
        linesAdded: { "\($0) lines added; years that already have a line for this party are unchanged." },
        amountThenShares: "Write the amount, then the shares, for example 1.000.000.000 40/35/25.",
        oneSharePerParty: { "Write one share for each party (\($0) parties), for example \($1)." },
        sharesNot100: { "The shares must add up to 100 percent; now they add up to \($0) percent." },
        yearSplit: { "Year \($0) split: \($1)." },
        helperKeys: "Enter apply · Esc cancel",
        keyNextField: "next field")
}
