/// Teks penyunting kerja sama: the cooperation editor's words (frame, header, sidebar, list
/// pages, review, marking and signing, export panel, messages), one entry each with typed
/// arguments. Part of `AppText` (`AppText.current.editor`). Stage titles, summaries, required
/// field labels and validation messages come from the rulebook (`display…`), not from here.
struct EditorText: Sendable {
    /// The editor of a kind without stages.
    var noStages: String
    var untitled: String
    /// The sidebar's box.
    var stagesTitle: String
    var aboutStage: String
    var findingsTitle: @Sendable (_ count: Int) -> String
    /// A finding's or a stage's legal basis, on its own line.
    var basis: @Sendable (_ basis: String) -> String
    var stageOf: @Sendable (_ number: Int, _ count: Int, _ name: String) -> String
    var blocked: @Sendable (_ reason: String) -> String
    var skipped: @Sendable (_ reason: String) -> String
    var applies: @Sendable (_ reason: String) -> String
    var signedAndFrozen: String
    var stageFinished: String
    var typingOpensChange: @Sendable (_ state: String, _ change: String) -> String
    var skippedNothingToFill: String
    var reviewEmpty: String
    var reviewRows: @Sendable (_ first: Int, _ last: Int, _ count: Int) -> String
    var reviewFooter: @Sendable (_ position: String) -> String
    var groupOf: @Sendable (_ number: Int, _ count: Int, _ title: String) -> String
    var dprdApproval: @Sendable (_ state: String) -> String
    var moreFindings: @Sendable (_ count: Int) -> String
    var wordSigned: String
    var wordFinished: String
    var amendmentExplained: @Sendable (_ stage: String, _ state: String, _ date: String, _ change: String) -> String
    var amendmentKeys: String
    var changeAddendum: String
    var change: String
    var changeAddendumTitle: String
    var changeTitle: String
    var keySave: String
    var keyRecordChange: String
    var keyCancel: String
    var keyApply: String
    var keyChooseStage: String
    var keyOpen: String
    var keyBack: String
    var keyMarkSigned: String
    var keyMarkDone: String
    var keyMark: String
    var keyScroll: String
    var keyNextStage: String
    var keyExport: String
    var keyEditFields: String
    var keyStages: String
    var keyBackToList: String
    var keyRow: String
    var keyAdd: String
    var keyEdit: String
    var keyDelete: String
    var keyContinue: String
    var keyRepeatYearly: String
    var keySplitShares: String
    var keyReview: String
    var keyClose: String
    var keyArticles: String
    var keyStageBeforeAfter: String
    var keyOptions: String
    var keyCompletePath: String
    var keyChange: String
    var stageCannotStart: @Sendable (_ stage: String, _ reason: String) -> String
    var stageIsSkipped: @Sendable (_ stage: String, _ reason: String) -> String
    var lastStage: String
    var firstStage: String
    var openAnotherStage: String
    var keyNotHere: String
    var firstGroup: String
    var articleAdded: @Sendable (_ number: Int) -> String
    var openArticleFirst: String
    var articleDeleted: @Sendable (_ number: Int) -> String
    var listEmpty: @Sendable (_ noun: String) -> String
    var deleteTitle: @Sendable (_ noun: String) -> String
    var deleteQuestion: @Sendable (_ noun: String, _ number: Int) -> String
    var listNeedsOne: @Sendable (_ noun: String) -> String
    var cannotContinue: @Sendable (_ reason: String) -> String
    /// The noun arrives capitalised.
    var newRecordEmpty: @Sendable (_ noun: String) -> String
    /// The noun arrives capitalised.
    var recordDeleted: @Sendable (_ noun: String, _ number: Int) -> String
    var nounFinancing: String
    var nounMilestone: String
    var nounEvaluation: String
    var nounReport: String
    var nounActionPlan: String
    var nounFollowUp: String
    var nounTKKSDReview: String
    var nounRenewal: String
    var nounAmendment: String
    var columnYear: String
    var columnParty: String
    var columnAmount: String
    var columnSource: String
    var columnDescription: String
    var columnMilestone: String
    var columnTarget: String
    var columnDone: String
    var columnDate: String
    var columnEvaluator: String
    var columnSummary: String
    var columnTo: String
    var columnActivity: String
    var columnTime: String
    var columnFunds: String
    var missingParty: @Sendable (_ number: Int) -> String
    var yes: String
    var no: String
    var notFilled: String
    var noDocumentToExport: String
    var partyNamed: @Sendable (_ number: Int, _ label: String, _ name: String) -> String
    var dprdLetterTitle: String
    var dprdLetterQuestion: String
    var partyOption: @Sendable (_ number: Int) -> String
    var exportDocumentTitle: String
    var chooseDocument: @Sendable (_ listed: String) -> String
    var exportTitle: @Sendable (_ document: String) -> String
    var exportTitleForParty: @Sendable (_ document: String, _ party: String) -> String
    var chooseFormat: String
    var stageAlreadyDone: @Sendable (_ stage: String) -> String
    var ruleFinding: String
    var cannotMarkDone: @Sendable (_ what: String) -> String
    var markDoneTitle: String
    var markDoneQuestion: @Sendable (_ stage: String) -> String
    var signingNotRecorded: String
    var andMore: @Sendable (_ count: Int) -> String
    var cannotSign: @Sendable (_ stage: String, _ count: Int, _ problems: String, _ cursorMoved: Bool) -> String
    var signQuestion: @Sendable (_ stage: String, _ date: String) -> String
    var markSignedTitle: String
    var acknowledgeTitle: @Sendable (_ count: Int) -> String
    var acknowledgeList: String
    var markedDone: @Sendable (_ stage: String, _ hasNext: Bool) -> String
    var signedWithoutFingerprint: @Sendable (_ stage: String) -> String
    var signedFrozen: @Sendable (_ stage: String, _ fingerprint: String) -> String
    var nothingChanged: @Sendable (_ stage: String) -> String
    var changeRecorded: @Sendable (_ change: String, _ reason: String) -> String
    var reviewTitle: @Sendable (_ stage: String) -> String
    var status: @Sendable (_ status: String) -> String
    var statusOn: @Sendable (_ date: String) -> String
    var signedAt: @Sendable (_ place: String, _ date: String) -> String
    var numberOf: @Sendable (_ party: String, _ number: String) -> String
    var powerOfAttorney: @Sendable (_ number: String) -> String
    var fingerprint: @Sendable (_ sha256: String?) -> String
    var pressTToSign: String
    var pressTToFinish: String
    var amendmentLine: @Sendable (_ date: String, _ reason: String) -> String
    var fieldsHeading: String
    var noneYet: String
    var paragraphCount: @Sendable (_ count: Int) -> String
    var findingsHeading: @Sendable (_ count: Int) -> String
    var noFindings: String
    var basisToConfirm: @Sendable (_ basis: String, _ toConfirm: Bool) -> String
    var fieldNamed: @Sendable (_ label: String) -> String
    var previewHeading: String
    var documentIncomplete: @Sendable (_ count: Int) -> String
    var noDocument: String
    var folderPlaceholder: String
    var formatText: String
    var folderMissing: String
    var folderNotAbsolute: String
    var rowFolder: String
    var rowFormat: String
    var rowPaper: String
    var rowTypeface: String
    var docxOnly: String
    var exportHint: String
    var withBasis: @Sendable (_ message: String, _ basis: String) -> String
    var required: @Sendable (_ label: String) -> String
    var partyNumber: @Sendable (_ number: Int) -> String
    var overallTotal: @Sendable (_ figures: String?) -> String
    var perYear: String
    var perParty: String
    /// A duration exception's limit beside its name.
    var yearsShort: @Sendable (_ years: Int) -> String
    /// The first word of an article's group title (the editor finds article groups by it).
    var articleWord: String
    var articleOfSeparator: String
    var articleOf: @Sendable (_ number: Int, _ count: Int) -> String
    var reportsNote: @Sendable (_ recipient: String, _ basis: String) -> String
    var tkksdNote: @Sendable (_ basis: String) -> String
    var statusNotStarted: String
    var statusDraft: String
    var statusInReview: String
    var statusDone: String
    var statusSkipped: String
    var stateCurrent: String
    var stateInProgress: String
    var stateAvailable: String
    var stateBlocked: String
    var stateHasErrors: String

    static let indonesian = EditorText(
        noStages: "Jenis kerja sama ini tidak memiliki tahapan dalam rulebook.",
        untitled: "(tanpa judul)",
        stagesTitle: "Tahapan",
        aboutStage: "Tentang tahapan",
        findingsTitle: { "Temuan (\($0))" },
        basis: { "Dasar: \($0)" },
        stageOf: { "Tahap \($0) dari \($1): \($2)" },
        blocked: { "■ Belum dapat dimulai: \($0)" },
        skipped: { "– Dilewati: \($0)" },
        applies: { "Berlaku: \($0)" },
        signedAndFrozen: "Naskah sudah ditandatangani dan dibekukan",
        stageFinished: "Tahapan sudah selesai",
        typingOpensChange: { "✓ \($0); mengetik pada isian membuka \($1)." },
        skippedNothingToFill: "Tidak ada yang perlu diisi: tahapan ini dilewati menurut aturan gerbangnya. Bila keadaan berubah (misalnya kerja sama ternyata membebani masyarakat dan daerah, atau ada pembiayaan yang belum dianggarkan), tahapan ini terbuka dengan sendirinya dan isiannya muncul di sini.",
        reviewEmpty: "kosong",
        reviewRows: { "baris \($0)–\($1) dari \($2)" },
        reviewFooter: { "\($0) · ↑↓ PgUp PgDn gulir" },
        groupOf: { "Bagian \($0) dari \($1): \($2)" },
        dprdApproval: { "Persetujuan DPRD: \($0)" },
        moreFindings: { " (+\($0) temuan lain; lihat Ctrl-R)" },
        wordSigned: "ditandatangani",
        wordFinished: "selesai",
        amendmentExplained: { "Tahapan \($0) sudah \($1) pada \($2). Perubahannya dicatat sebagai \($3) dengan revisi baru; naskah lama tetap dalam riwayat. Tulis alasan perubahan:" },
        amendmentKeys: "Enter catat · Esc batal",
        changeAddendum: "perubahan (addendum)",
        change: "perubahan",
        changeAddendumTitle: "Perubahan (addendum)",
        changeTitle: "Perubahan",
        keySave: "simpan",
        keyRecordChange: "catat perubahan",
        keyCancel: "batal",
        keyApply: "terapkan",
        keyChooseStage: "pilih tahap",
        keyOpen: "buka",
        keyBack: "kembali",
        keyMarkSigned: "tandai ditandatangani",
        keyMarkDone: "tandai selesai",
        keyMark: "tandai",
        keyScroll: "gulir",
        keyNextStage: "tahap berikutnya",
        keyExport: "ekspor",
        keyEditFields: "ubah isian",
        keyStages: "tahapan",
        keyBackToList: "kembali ke daftar",
        keyRow: "baris",
        keyAdd: "tambah",
        keyEdit: "ubah",
        keyDelete: "hapus",
        keyContinue: "lanjut",
        keyRepeatYearly: "ulang per tahun",
        keySplitShares: "bagi porsi",
        keyReview: "tinjau",
        keyClose: "tutup",
        keyArticles: "tambah/hapus pasal",
        keyStageBeforeAfter: "tahap sebelum/sesudah",
        keyOptions: "pilihan",
        keyCompletePath: "lengkapi jalur",
        keyChange: "ganti",
        stageCannotStart: { "Tahapan \($0) belum dapat dimulai: \($1)" },
        stageIsSkipped: { "Tahapan \($0) dilewati: \($1)" },
        lastStage: "Ini tahapan terakhir.",
        firstStage: "Ini tahapan pertama.",
        openAnotherStage: " Buka tahapan lain dengan Ctrl-T.",
        keyNotHere: "Tombol itu tidak dapat dipakai di isian ini.",
        firstGroup: "Ini bagian pertama tahapan ini.",
        articleAdded: { "Pasal \($0) ditambahkan; isi judul dan ayatnya." },
        openArticleFirst: "Buka pasal yang hendak dihapus dulu (Ctrl-N sampai ke pasal itu).",
        articleDeleted: { "Pasal \($0) dihapus; nomor pasal sesudahnya bergeser." },
        listEmpty: { "Belum ada \($0). Tekan a untuk menambah." },
        deleteTitle: { "Hapus \($0)" },
        deleteQuestion: { "Hapus \($0) ke-\($1)? Baris lain tidak berubah." },
        listNeedsOne: { "Belum dapat lanjut: tambahkan paling sedikit satu \($0) (tekan a)." },
        cannotContinue: { "Belum dapat lanjut: \($0)" },
        newRecordEmpty: { "\($0) baru tidak diisi, jadi tidak ditambahkan." },
        recordDeleted: { "\($0) ke-\($1) dihapus." },
        nounFinancing: "baris pembiayaan",
        nounMilestone: "tonggak",
        nounEvaluation: "evaluasi",
        nounReport: "laporan",
        nounActionPlan: "kegiatan rencana aksi",
        nounFollowUp: "tindak lanjut",
        nounTKKSDReview: "telaahan TKKSD",
        nounRenewal: "perpanjangan",
        nounAmendment: "adendum",
        columnYear: "Tahun",
        columnParty: "Pihak",
        columnAmount: "Jumlah (Rp)",
        columnSource: "Sumber",
        columnDescription: "Uraian",
        columnMilestone: "Tonggak",
        columnTarget: "Target",
        columnDone: "Selesai",
        columnDate: "Tanggal",
        columnEvaluator: "Evaluator",
        columnSummary: "Ringkasan",
        columnTo: "Kepada",
        columnActivity: "Kegiatan",
        columnTime: "Waktu",
        columnFunds: "Dana",
        missingParty: { "(pihak \($0) tidak ada)" },
        yes: "ya",
        no: "tidak",
        notFilled: "(belum diisi)",
        noDocumentToExport: "Tahapan ini tidak menghasilkan naskah untuk diekspor.",
        partyNamed: { "Pihak \($0): \($1) (\($2))" },
        dprdLetterTitle: "Surat DPRD per pihak",
        dprdLetterQuestion: "Pilih pihak yang memohon persetujuan DPRD-nya; suratnya memakai kop pihak itu.\n",
        partyOption: { "Pihak \($0)" },
        exportDocumentTitle: "Ekspor naskah",
        chooseDocument: { "Pilih naskah: \($0)." },
        exportTitle: { "Ekspor \($0)" },
        exportTitleForParty: { "Ekspor \($0): \($1)" },
        chooseFormat: "Pilih format berkas naskah.",
        stageAlreadyDone: { "Tahapan \($0) sudah selesai. Untuk mengubahnya, ketik pada isiannya: perubahan dicatat dengan alasannya." },
        ruleFinding: "temuan aturan",
        cannotMarkDone: { "Belum dapat ditandai selesai: perbaiki \($0). Tekan u untuk kembali ke isian." },
        markDoneTitle: "Tandai selesai",
        markDoneQuestion: { "Tandai tahapan \($0) selesai? Sesudahnya, perubahan dicatat dengan alasannya." },
        signingNotRecorded: "Penandatanganan belum dicatat; isian yang sudah diketik tetap tersimpan.",
        andMore: { "; dan \($0) lagi" },
        cannotSign: { "\($0) belum dapat ditandatangani (\($1)): \($2)." + ($3 ? " Kursor di isian yang pertama; lengkapi, lalu tandai lagi." : " Lengkapi dahulu, lalu tandai lagi.") },
        signQuestion: { "Tandai \($0) ditandatangani pada \($1)? Naskah dibekukan dan sidik jarinya dicatat; perubahan kemudian melalui addendum." },
        markSignedTitle: "Tandai ditandatangani",
        acknowledgeTitle: { "Akui \($0) peringatan dan tandai ditandatangani" },
        acknowledgeList: "\nDengan Ya, peringatan berikut diakui:\n",
        markedDone: { "Tahapan \($0) ditandai selesai." + ($1 ? " Ctrl-N membuka tahap berikutnya." : "") },
        signedWithoutFingerprint: { "\($0) ditandai ditandatangani, tetapi naskahnya tidak dapat disusun untuk sidik jari; periksa tinjauan." },
        signedFrozen: { "\($0) ditandai ditandatangani; naskah dibekukan (sidik jari \($1)…). Ctrl-N membuka tahap berikutnya." },
        nothingChanged: { "Tidak ada yang diubah; naskah \($0) tetap seperti ditandatangani." },
        changeRecorded: { "\($0) dicatat: \($1). Ubah isiannya, lalu tandai kembali; naskah lama tetap dalam riwayat." },
        reviewTitle: { "TINJAUAN \($0.uppercased())" },
        status: { "Status: \($0)" },
        statusOn: { " pada \($0)" },
        signedAt: { "Ditandatangani di \($0), \($1)." },
        numberOf: { "Nomor \($0): \($1)" },
        powerOfAttorney: { " (surat kuasa \($0))" },
        fingerprint: { "Sidik jari naskah (SHA-256): \($0 ?? "belum dicatat")" },
        pressTToSign: "Tekan t untuk menandai naskah ditandatangani: tanggal, tempat, nomor dan penanda tangan tiap pihak.",
        pressTToFinish: "Tekan t untuk menandai tahapan ini selesai.",
        amendmentLine: { "Perubahan \($0): \($1)" },
        fieldsHeading: "ISIAN",
        noneYet: "(belum ada)",
        paragraphCount: { "(\($0) ayat)" },
        findingsHeading: { "TEMUAN (\($0))" },
        noFindings: "✓ Tidak ada temuan untuk tahapan ini.",
        basisToConfirm: { "Dasar: \($0)\($1 ? " (perlu dikonfirmasi)" : "")" },
        fieldNamed: { "Isian: \($0)" },
        previewHeading: "PRATINJAU NASKAH",
        documentIncomplete: { "Naskah belum lengkap: \($0) isian belum diisi (ditandai [BELUM DIISI])." },
        noDocument: "Tahapan ini tidak menghasilkan naskah.",
        folderPlaceholder: "/jalur/folder/tujuan",
        formatText: "Teks",
        folderMissing: "Tulis folder tujuan naskah.",
        folderNotAbsolute: "Tulis folder lengkap, diawali / atau ~/.",
        rowFolder: "Folder",
        rowFormat: "Format",
        rowPaper: "Kertas",
        rowTypeface: "Huruf",
        docxOnly: "- (hanya DOCX)",
        exportHint: "Enter ekspor · ↑↓ pilihan · ←→ ganti · Tab lengkapi folder · Esc batal",
        withBasis: { "\($0) (Dasar: \($1).)" },
        required: { "Wajib diisi: \($0)." },
        partyNumber: { "pihak \($0)" },
        overallTotal: { "Jumlah seluruhnya: \($0 ?? "terlalu besar untuk dihitung")" },
        perYear: "Per tahun: ",
        perParty: "Per pihak: ",
        yearsShort: { "\($0) th" },
        articleWord: "Pasal",
        articleOfSeparator: " dari ",
        articleOf: { "Pasal \($0) dari \($1)" },
        reportsNote: { "Laporan per periode dengan surat pengantar kepada \($0) (\($1)). Ekspor: Ctrl-R lalu e." },
        tkksdNote: { "Telaahan Tim Koordinasi Kerja Sama Daerah (\($0))." },
        statusNotStarted: "Belum dimulai",
        statusDraft: "Draf",
        statusInReview: "Dalam pembahasan",
        statusDone: "Selesai",
        statusSkipped: "Dilewati",
        stateCurrent: "Sedang dikerjakan",
        stateInProgress: "Dalam proses",
        stateAvailable: "Dapat dimulai",
        stateBlocked: "Belum dapat dimulai",
        stateHasErrors: "Perlu diperbaiki")

    static let english = EditorText(
        noStages: "This kind of cooperation has no stages in the rulebook.",
        untitled: "(untitled)",
        stagesTitle: "Stages",
        aboutStage: "About this stage",
        findingsTitle: { "Findings (\($0))" },
        basis: { "Basis: \($0)" },
        stageOf: { "Stage \($0) of \($1): \($2)" },
        blocked: { "■ Cannot start yet: \($0)" },
        skipped: { "– Skipped: \($0)" },
        applies: { "Applies: \($0)" },
        signedAndFrozen: "The document is signed and frozen",
        stageFinished: "The stage is finished",
        typingOpensChange: { "✓ \($0); typing in a field opens \($1)." },
        skippedNothingToFill: "Nothing to fill in: this stage is skipped by its gate rule. When things change (for example the cooperation turns out to burden the public and the region, or some financing is not yet budgeted), this stage opens by itself and its fields appear here.",
        reviewEmpty: "empty",
        reviewRows: { "lines \($0)–\($1) of \($2)" },
        reviewFooter: { "\($0) · ↑↓ PgUp PgDn scroll" },
        groupOf: { "Part \($0) of \($1): \($2)" },
        dprdApproval: { "DPRD approval: \($0)" },
        moreFindings: { " (+\($0) more findings; see Ctrl-R)" },
        wordSigned: "signed",
        wordFinished: "finished",
        amendmentExplained: { "Stage \($0) was \($1) on \($2). Its change is recorded as \($3) with a new revision; the old document stays in the history. Write the reason for the change:" },
        amendmentKeys: "Enter record · Esc cancel",
        changeAddendum: "a change (addendum)",
        change: "a change",
        changeAddendumTitle: "Change (addendum)",
        changeTitle: "Change",
        keySave: "save",
        keyRecordChange: "record change",
        keyCancel: "cancel",
        keyApply: "apply",
        keyChooseStage: "choose stage",
        keyOpen: "open",
        keyBack: "back",
        keyMarkSigned: "mark signed",
        keyMarkDone: "mark done",
        keyMark: "mark",
        keyScroll: "scroll",
        keyNextStage: "next stage",
        keyExport: "export",
        keyEditFields: "edit fields",
        keyStages: "stages",
        keyBackToList: "back to list",
        keyRow: "row",
        keyAdd: "add",
        keyEdit: "edit",
        keyDelete: "delete",
        keyContinue: "continue",
        keyRepeatYearly: "repeat yearly",
        keySplitShares: "split shares",
        keyReview: "review",
        keyClose: "close",
        keyArticles: "add/delete article",
        keyStageBeforeAfter: "previous/next stage",
        keyOptions: "options",
        keyCompletePath: "complete path",
        keyChange: "change",
        stageCannotStart: { "Stage \($0) cannot start yet: \($1)" },
        stageIsSkipped: { "Stage \($0) is skipped: \($1)" },
        lastStage: "This is the last stage.",
        firstStage: "This is the first stage.",
        openAnotherStage: " Open another stage with Ctrl-T.",
        keyNotHere: "That key cannot be used in this field.",
        firstGroup: "This is the first part of this stage.",
        articleAdded: { "Article \($0) added; fill in its heading and paragraphs." },
        openArticleFirst: "First open the article to delete (Ctrl-N until you reach it).",
        articleDeleted: { "Article \($0) deleted; the articles after it are renumbered." },
        listEmpty: { "No \($0) yet. Press a to add one." },
        deleteTitle: { "Delete \($0)" },
        deleteQuestion: { "Delete \($0) \($1)? The other rows do not change." },
        listNeedsOne: { "Cannot continue yet: add at least one \($0) (press a)." },
        cannotContinue: { "Cannot continue yet: \($0)" },
        newRecordEmpty: { "The new \($0) was left empty, so it was not added." },
        recordDeleted: { "\($0) \($1) deleted." },
        nounFinancing: "financing line",
        nounMilestone: "milestone",
        nounEvaluation: "evaluation",
        nounReport: "report",
        nounActionPlan: "action plan activity",
        nounFollowUp: "follow-up",
        nounTKKSDReview: "TKKSD review",
        nounRenewal: "renewal",
        nounAmendment: "addendum",
        columnYear: "Year",
        columnParty: "Party",
        columnAmount: "Amount (Rp)",
        columnSource: "Source",
        columnDescription: "Description",
        columnMilestone: "Milestone",
        columnTarget: "Target",
        columnDone: "Done",
        columnDate: "Date",
        columnEvaluator: "Evaluator",
        columnSummary: "Summary",
        columnTo: "To",
        columnActivity: "Activity",
        columnTime: "Time",
        columnFunds: "Funds",
        missingParty: { "(party \($0) missing)" },
        yes: "yes",
        no: "no",
        notFilled: "(not filled in)",
        noDocumentToExport: "This stage produces no document to export.",
        partyNamed: { "Party \($0): \($1) (\($2))" },
        dprdLetterTitle: "DPRD letter per party",
        dprdLetterQuestion: "Choose the party asking its DPRD for approval; the letter carries that party's letterhead.\n",
        partyOption: { "Party \($0)" },
        exportDocumentTitle: "Export a document",
        chooseDocument: { "Choose the document: \($0)." },
        exportTitle: { "Export \($0)" },
        exportTitleForParty: { "Export \($0): \($1)" },
        chooseFormat: "Choose the file format of the document.",
        stageAlreadyDone: { "Stage \($0) is already finished. To change it, type in its fields: the change is recorded with its reason." },
        ruleFinding: "rule finding",
        cannotMarkDone: { "Cannot be marked done yet: fix \($0). Press u to go back to the fields." },
        markDoneTitle: "Mark done",
        markDoneQuestion: { "Mark stage \($0) done? After that, changes are recorded with their reason." },
        signingNotRecorded: "The signing is not recorded; the fields already typed are kept.",
        andMore: { "; and \($0) more" },
        cannotSign: { "\($0) cannot be signed yet (\($1)): \($2)." + ($3 ? " The cursor is on the first field; complete it, then mark again." : " Complete them first, then mark again.") },
        signQuestion: { "Mark \($0) signed on \($1)? The document is frozen and its fingerprint recorded; later changes go through an addendum." },
        markSignedTitle: "Mark signed",
        acknowledgeTitle: { "Acknowledge \($0) warnings and mark signed" },
        acknowledgeList: "\nWith Yes, these warnings are acknowledged:\n",
        markedDone: { "Stage \($0) marked done." + ($1 ? " Ctrl-N opens the next stage." : "") },
        signedWithoutFingerprint: { "\($0) marked signed, but its document could not be built for a fingerprint; check the review." },
        signedFrozen: { "\($0) marked signed; the document is frozen (fingerprint \($1)…). Ctrl-N opens the next stage." },
        nothingChanged: { "Nothing was changed; the document of \($0) stays as signed." },
        changeRecorded: { "\($0) recorded: \($1). Change the fields, then mark again; the old document stays in the history." },
        reviewTitle: { "REVIEW OF \($0.uppercased())" },
        status: { "Status: \($0)" },
        statusOn: { " on \($0)" },
        signedAt: { "Signed at \($0), \($1)." },
        numberOf: { "Number of \($0): \($1)" },
        powerOfAttorney: { " (power of attorney \($0))" },
        fingerprint: { "Document fingerprint (SHA-256): \($0 ?? "not recorded")" },
        pressTToSign: "Press t to mark the document signed: the date, place, number and signatory of each party.",
        pressTToFinish: "Press t to mark this stage done.",
        amendmentLine: { "Change \($0): \($1)" },
        fieldsHeading: "FIELDS",
        noneYet: "(none yet)",
        paragraphCount: { "(\($0) paragraphs)" },
        findingsHeading: { "FINDINGS (\($0))" },
        noFindings: "✓ No findings for this stage.",
        basisToConfirm: { "Basis: \($0)\($1 ? " (to be confirmed)" : "")" },
        fieldNamed: { "Field: \($0)" },
        previewHeading: "DOCUMENT PREVIEW",
        documentIncomplete: { "The document is incomplete: \($0) fields not filled in (marked [BELUM DIISI])." },
        noDocument: "This stage produces no document.",
        folderPlaceholder: "/path/to/folder",
        formatText: "Text",
        folderMissing: "Write the folder to export the document to.",
        folderNotAbsolute: "Write the full folder, starting with / or ~/.",
        rowFolder: "Folder",
        rowFormat: "Format",
        rowPaper: "Paper",
        rowTypeface: "Typeface",
        docxOnly: "- (DOCX only)",
        exportHint: "Enter export · ↑↓ options · ←→ change · Tab complete folder · Esc cancel",
        withBasis: { "\($0) (Basis: \($1).)" },
        required: { "Required: \($0)." },
        partyNumber: { "party \($0)" },
        overallTotal: { "Total: \($0 ?? "too large to compute")" },
        perYear: "Per year: ",
        perParty: "Per party: ",
        yearsShort: { "\($0) yrs" },
        articleWord: "Article",
        articleOfSeparator: " of ",
        articleOf: { "Article \($0) of \($1)" },
        reportsNote: { "A report per period with a cover letter to \($0) (\($1)). Export: Ctrl-R then e." },
        tkksdNote: { "Reviews of the Regional Cooperation Coordination Team (TKKSD) (\($0))." },
        statusNotStarted: "Not started",
        statusDraft: "Draft",
        statusInReview: "Under discussion",
        statusDone: "Done",
        statusSkipped: "Skipped",
        stateCurrent: "In progress",
        stateInProgress: "In process",
        stateAvailable: "Can start",
        stateBlocked: "Cannot start yet",
        stateHasErrors: "Needs fixing")
}
