/// The documents' subcommands: export, sign, verify, attach, files, and the after-signing records
/// end, evaluate, renew, amend (`CLIText.documents`).
struct DocumentsCLIText: Sendable {
    var storeIDHelp: String, isoDateValue: String, documentValue: String, numberValue: String, textValue: String
    var badDate: @Sendable (_ date: String) -> String
    var unreadable: @Sendable (_ file: String) -> String
    // export
    var exportAbstract: String
    var exportDiscussion: @Sendable (_ documents: String) -> String
    var fromHelp: String, documentHelp: String, formatHelp: String, paperHelp: String, paperValue: String
    var fontHelp: String, fontValue: String, dateStyleHelp: String, styleValue: String, outputHelp: String, draftHelp: String
    var partyHelp: String, noAttachmentsHelp: String
    var formatFromName: @Sendable (_ name: String) -> String
    var needsFile: @Sendable (_ format: String, _ ext: String) -> String
    var noSuchParty: @Sendable (_ party: Int, _ count: Int) -> String
    var asDraft: @Sendable (_ missing: Int) -> String
    var exported: @Sendable (_ document: String, _ note: String) -> String
    var written: @Sendable (_ document: String, _ file: String, _ note: String) -> String
    var nameIDOrFile: String, idOrFileNotBoth: String
    // sign
    var signAbstract: String, signDiscussion: String, signDocumentHelp: String, signFileHelp: String, signDateHelp: String, acknowledgeHelp: String
    var acknowledged: @Sendable (_ count: Int) -> String
    var repeatAcknowledged: String
    var signed: @Sendable (_ document: String, _ id: String, _ revision: Int) -> String
    var documentSHA: String
    // verify
    var verifyAbstract: String, verifyDiscussion: String, verifyFileHelp: String
    var stillInForce: String
    var endedOn: @Sendable (_ status: String, _ date: String) -> String
    var termEndedOn: @Sendable (_ date: String) -> String
    var same: @Sendable (_ document: String, _ revision: Int, _ standing: String) -> String
    var sameAsOld: @Sendable (_ document: String, _ revision: Int, _ latest: Int) -> String
    var notSigned: String, exportNoSigned: String
    var exportOf: @Sendable (_ head: String, _ document: String, _ revision: Int, _ settings: String) -> String
    var latestRevision: @Sendable (_ latest: Int) -> String
    var notSame: @Sendable (_ id: String) -> String
    var fileSHA: String
    var signedSHA: @Sendable (_ document: String, _ format: String) -> String
    // attach, files
    var attachAbstract: String, attachDiscussion: String, attachStageHelp: String, stageValue: String, attachKindHelp: String, kindValue: String
    var attachFileHelp: String, attachNumberHelp: String, attachDateHelp: String, dateValue: String, noteHelp: String
    var badAttachDate: @Sendable (_ date: String) -> String
    var alreadyAttached: @Sendable (_ file: String, _ stage: String, _ kind: String) -> String
    var attached: @Sendable (_ file: String, _ size: String, _ sha: String, _ id: String, _ stage: String, _ kind: String, _ revision: Int) -> String
    var filesAbstract: String, filesExportHelp: String
    var noArchive: @Sendable (_ id: String) -> String
    var copied: @Sendable (_ count: Int, _ folder: String) -> String
    var noArchiveHint: @Sendable (_ id: String) -> String
    var numberPart: @Sendable (_ number: String) -> String
    var datePart: @Sendable (_ date: String) -> String
    var damaged: String
    var notePart: @Sendable (_ note: String) -> String
    var noScan: @Sendable (_ stages: String) -> String
    // after signing
    var endAbstract: String, endDiscussion: String, groundHelp: String, groundValue: String, endDateHelp: String
    var documentTitleHelp: String, titleValue: String, documentNumberHelp: String, documentDateHelp: String, instrumentHelp: String, remarkHelp: String
    var ended: @Sendable (_ id: String, _ revision: Int) -> String
    var evaluateAbstract: String, evaluateDiscussion: String, evaluationDateHelp: String, evaluatorHelp: String, teamValue: String
    var summaryHelp: String, findingHelp: String, recommendationHelp: String
    var evaluated: @Sendable (_ id: String, _ revision: Int) -> String
    var renewAbstract: String, renewDiscussion: String, yearsHelp: String, renewReasonHelp: String, renewDateHelp: String, renewNumberHelp: String
    var yearsRange: String
    var renewed: @Sendable (_ id: String, _ revision: Int) -> String
    var amendAbstract: String, amendDiscussion: String, amendStageHelp: String, amendReasonHelp: String, amendDateHelp: String
    var changeHelp: String, amendNumberHelp: String
    var amended: @Sendable (_ id: String, _ revision: Int) -> String
}

extension DocumentsCLIText {
    static let indonesian = DocumentsCLIText(
        storeIDHelp: "Id kerja sama dalam penyimpanan.", isoDateValue: "TTTT-BB-HH", documentValue: "NASKAH", numberValue: "NOMOR", textValue: "TEKS",
        badDate: { "Tanggal '\($0)' tidak valid; tulis sebagai TTTT-BB-HH." },
        unreadable: { "\($0): berkas tidak dapat dibaca; periksa nama dan izin berkas." },
        exportAbstract: "Ekspor naskah kerja sama sebagai DOCX, Markdown, atau teks.",
        exportDiscussion: { """
        Naskah: \($0).
        Naskah yang belum lengkap tidak diekspor: isian yang belum diisi \
        ditampilkan dan kode keluar 2. Dengan --draft naskah tetap diekspor dan \
        isian itu ditandai [BELUM DIISI: ...]. Data yang sama selalu \
        menghasilkan berkas yang sama persis, byte demi byte.
        Contoh:
          mufakat ekspor ID --document kb --paper f4 --output kb.docx
          mufakat ekspor --from kerja-sama.json -d ringkasan -f txt
        """ },
        fromHelp: "Baca kerja sama dari berkas JSON ini (sebagai ganti ID).",
        documentHelp: "Naskah yang diekspor.",
        formatHelp: "Format berkas; tanpa opsi ini diambil dari akhiran --output (.docx, .md, .txt), selain itu docx.",
        paperHelp: "Kertas DOCX (f4: 215 × 330 mm).", paperValue: "KERTAS",
        fontHelp: "Huruf DOCX.", fontValue: "HURUF",
        dateStyleHelp: "Penulisan tanggal: panjang (15 Juni 2026) atau angka (15-06-2026).", styleValue: "GAYA",
        outputHelp: "Berkas tujuan; '-' atau tanpa opsi ini: keluaran standar (hanya md dan txt).",
        draftHelp: "Ekspor walaupun isian belum lengkap; isian yang belum diisi ditandai dengan jelas.",
        partyHelp: "Pihak yang menulis surat (1 = PIHAK PERTAMA): surat DPRD per pihak, surat jawaban per mitra.",
        noAttachmentsHelp: "Tanpa lampiran (KAK di belakang surat penawaran, rencana pembiayaan di belakang PKS).",
        formatFromName: { "Format berkas '\($0)' tidak dapat ditentukan dari namanya. Tambahkan --format docx, md atau txt." },
        needsFile: { "\($0) perlu berkas tujuan: tambahkan --output NAMA.\($1)." },
        noSuchParty: { "Pihak \($0) tidak ada; kerja sama ini memiliki \($1) pihak (1 sampai \($1))." },
        asDraft: { " sebagai DRAF (\($0) isian belum diisi)" },
        exported: { "\($0) diekspor\($1)." },
        written: { "\($0) ditulis ke \($1)\($2)." },
        nameIDOrFile: "Sebutkan ID kerja sama, atau --from BERKAS.json.",
        idOrFileNotBoth: "Pilih salah satu: ID kerja sama atau --from BERKAS.json, bukan keduanya.",
        signAbstract: "Tandai KB atau PKS telah ditandatangani dan simpan sidik jari naskahnya.",
        signDiscussion: """
        SHA-256 berkas yang ditandatangani dicatat pada tahapan dalam revisi baru \
        kerja sama, sehingga `mufakat verifikasi BERKAS ID` kelak dapat \
        memastikan bahwa suatu berkas sama persis dengan naskah itu.
        Naskah yang masih memuat isian belum diisi, atau kerja sama yang masih \
        memiliki kesalahan, ditolak beserta daftar yang harus dilengkapi.
        Peringatan ditampilkan kembali dan harus diakui dengan \
        --acknowledge-warnings; tanpa opsi itu penandatanganan ditolak.
        Kode keluar: 0 dicatat, 1 konflik (kerja sama diubah orang lain), \
        naskah belum dapat ditandatangani, atau peringatan belum diakui; \
        2 masukan tidak dapat dipakai.
        """,
        signDocumentHelp: "Naskah yang ditandatangani: kb atau pks.",
        signFileHelp: "Berkas naskah yang ditandatangani (docx, md, txt).",
        signDateHelp: "Tanggal penandatanganan bila belum diisi (bawaan: hari ini).",
        acknowledgeHelp: "Akui peringatan yang ditampilkan kembali saat penandatanganan (tanpa opsi ini ditolak bila ada peringatan).",
        acknowledged: { "Peringatan yang diakui (\($0)):" },
        repeatAcknowledged: "Baca peringatan di atas; bila sudah dipertimbangkan, ulangi dengan --acknowledge-warnings.",
        signed: { "\($0) '\($1)' ditandai ditandatangani pada revisi \($2)." },
        documentSHA: "SHA-256 naskah: ",
        verifyAbstract: "Periksa apakah berkas naskah sama persis dengan naskah yang ditandatangani.",
        verifyDiscussion: """
        SHA-256 berkas dibandingkan dengan sidik jari naskah KB dan PKS yang \
        dicatat saat tahapan ditandai ditandatangani (mufakat tandatangani), pada \
        setiap revisi. Bila tidak sama, dicari revisi dan pengaturan ekspor yang \
        menghasilkan berkas itu.
        Kode keluar: 0 sama dengan naskah yang ditandatangani dan berlaku;
        1 tidak sama, atau naskah lama yang sudah diganti; 2 berkas atau kerja \
        sama tidak dapat dibaca.
        """,
        verifyFileHelp: "Berkas naskah (docx, md, txt).",
        stillInForce: "dan masih berlaku",
        endedOn: { "tetapi kerja samanya telah berakhir (status: \($0)) pada \($1)" },
        termEndedOn: { "tetapi jangka waktunya telah berakhir pada \($0)" },
        same: { "SAMA: berkas ini adalah naskah \($0) yang ditandatangani (dicatat pada revisi \($1)) \($2)." },
        sameAsOld: { "SAMA DENGAN NASKAH LAMA: berkas ini adalah naskah \($0) yang ditandatangani pada revisi \($1), tetapi naskah yang berlaku sekarang (revisi \($2)) berbeda." },
        notSigned: "BUKAN NASKAH YANG DITANDATANGANI", exportNoSigned: "HASIL EKSPOR (belum ada naskah yang dicatat ditandatangani)",
        exportOf: { "\($0): berkas ini adalah hasil ekspor \($1) dari revisi \($2) (\($3))" },
        latestRevision: { "; revisi terbaru \($0)." },
        notSame: { "TIDAK SAMA: berkas ini tidak sama dengan naskah yang ditandatangani maupun hasil ekspor revisi mana pun dari '\($0)'. Berkas mungkin telah diubah." },
        fileSHA: "SHA-256 berkas: ",
        signedSHA: { "SHA-256 \($0) yang ditandatangani\($1): " },
        attachAbstract: "Lampirkan berkas (pindaian naskah bertanda tangan, keputusan DPRD, surat) pada kerja sama.",
        attachDiscussion: """
        Berkas disimpan di dalam penyimpanan menurut SHA-256 isinya (files/<sha256>) dan dicatat pada revisi baru \
        kerja sama, sehingga rantai hash riwayat mencakupnya. Jenis berkas dan batas ukurannya berasal dari rulebook \
        ([[archive_kind]], [archive]).
        """,
        attachStageHelp: "Tahapan: usulan, penawaran, kb, dprd, pks, pembiayaan, pelaksanaan.", stageValue: "TAHAPAN",
        attachKindHelp: "Jenis berkas: scan-ttd, keputusan-dprd, studi-kelayakan, rekomendasi-tkksd, surat-masuk, surat-kuasa, laporan.", kindValue: "JENIS",
        attachFileHelp: "Berkas yang dilampirkan.", attachNumberHelp: "Nomor surat atau naskah.",
        attachDateHelp: "Tanggal surat atau naskah (TTTT-BB-HH atau HH-BB-TTTT).", dateValue: "TANGGAL", noteHelp: "Catatan.",
        badAttachDate: { "Tanggal '\($0)' tidak sah; tulis sebagai TTTT-BB-HH (2026-06-15) atau HH-BB-TTTT (15-06-2026)." },
        alreadyAttached: { "Berkas '\($0)' sudah terlampir pada tahapan \($1) (\($2)); tidak ada yang diubah." },
        attached: { "Berkas '\($0)' (\($1), SHA-256 \($2)) dilampirkan pada '\($3)' tahapan \($4) sebagai \($5); revisi \($6)." },
        filesAbstract: "Daftar berkas arsip sebuah kerja sama, atau salin semuanya ke sebuah folder.",
        filesExportHelp: "Salin setiap berkas (diperiksa dengan SHA-256-nya) ke folder ini.",
        noArchive: { "Kerja sama '\($0)' belum memiliki berkas arsip." },
        copied: { "\($0) berkas disalin ke '\($1)':" },
        noArchiveHint: { "Kerja sama '\($0)' belum memiliki berkas arsip. Lampirkan dengan `mufakat lampirkan \($0) --stage pks --kind scan-ttd BERKAS.pdf`." },
        numberPart: { ", nomor \($0)" }, datePart: { ", tanggal \($0)" },
        damaged: "  RUSAK ATAU HILANG: jalankan `mufakat check-store`",
        notePart: { "   Catatan: \($0)" },
        noScan: { "Belum ada pindaian bertanda tangan untuk: \($0)." },
        endAbstract: "Catat berakhirnya kerja sama yang sudah ditandatangani.",
        endDiscussion: """
        Alasan berakhir diambil dari rulebook dan harus berlaku untuk jenis kerja \
        samanya. Kode keluar: 0 dicatat, 1 ditolak (belum ditandatangani, sudah \
        berakhir, alasan tidak berlaku, atau konflik), 2 masukan tidak dapat dipakai.
        """,
        groundHelp: "Alasan berakhir (id dari rulebook).", groundValue: "ALASAN",
        endDateHelp: "Tanggal berakhir (bawaan: hari ini).",
        documentTitleHelp: "Judul naskah pendukung.", titleValue: "JUDUL", documentNumberHelp: "Nomor naskah pendukung.",
        documentDateHelp: "Tanggal naskah pendukung.", instrumentHelp: "Naskah pengakhiran (bawaan: surat-pemberitahuan).", remarkHelp: "Keterangan.",
        ended: { "Kerja sama '\($0)' dicatat berakhir pada revisi \($1)." },
        evaluateAbstract: "Catat satu evaluasi kerja sama yang sudah ditandatangani.",
        evaluateDiscussion: "Kode keluar: 0 dicatat, 1 ditolak atau konflik, 2 masukan tidak dapat dipakai.",
        evaluationDateHelp: "Tanggal evaluasi (bawaan: hari ini).", evaluatorHelp: "Tim atau pejabat yang mengevaluasi.", teamValue: "TIM",
        summaryHelp: "Ringkasan hasil evaluasi.", findingHelp: "Temuan (boleh berulang).", recommendationHelp: "Rekomendasi (boleh berulang).",
        evaluated: { "Evaluasi kerja sama '\($0)' dicatat pada revisi \($1)." },
        renewAbstract: "Catat perpanjangan kerja sama yang sudah ditandatangani.",
        renewDiscussion: "Perpanjangan merujuk evaluasi terakhir. Kode keluar: 0 dicatat, 1 ditolak atau konflik, 2 masukan tidak dapat dipakai.",
        yearsHelp: "Tambahan jangka waktu dalam tahun.", renewReasonHelp: "Alasan perpanjangan.",
        renewDateHelp: "Tanggal kesepakatan perpanjangan (bawaan: hari ini).",
        renewNumberHelp: "Nomor naskah perpanjangan, satu per pihak menurut urutan pihak (boleh berulang).",
        yearsRange: "--years harus antara 1 dan 99.",
        renewed: { "Perpanjangan kerja sama '\($0)' dicatat pada revisi \($1)." },
        amendAbstract: "Catat adendum atas naskah yang sudah ditandatangani.",
        amendDiscussion: "Tahapan yang dapat diubah (KB, Nota, PKS) diambil dari rulebook. Kode keluar: 0 dicatat, 1 ditolak atau konflik, 2 masukan tidak dapat dipakai.",
        amendStageHelp: "Id tahapan naskah yang diubah menurut rulebook, misalnya pks.", amendReasonHelp: "Alasan perubahan.",
        amendDateHelp: "Tanggal adendum (bawaan: hari ini).", changeHelp: "Rincian perubahan (boleh berulang).",
        amendNumberHelp: "Nomor naskah adendum, satu per pihak menurut urutan pihak (boleh berulang).",
        amended: { "Adendum kerja sama '\($0)' dicatat pada revisi \($1)." })

    static let english = DocumentsCLIText(
        storeIDHelp: "Cooperation id in the store.", isoDateValue: "YYYY-MM-DD", documentValue: "DOCUMENT", numberValue: "NUMBER", textValue: "TEXT",
        badDate: { "The date '\($0)' is not valid; write it as YYYY-MM-DD." },
        unreadable: { "\($0): the file cannot be read; check its name and permissions." },
        exportAbstract: "Export a cooperation's document as DOCX, Markdown, or text.",
        exportDiscussion: { """
        Documents: \($0).
        An incomplete document is not exported: the fields still empty are \
        listed and the exit code is 2. With --draft the document is exported anyway \
        and those fields are marked [BELUM DIISI: ...] (not yet filled). The same data always \
        gives exactly the same file, byte for byte. Documents stay in Indonesian.
        Examples:
          mufakat export ID --document kb --paper f4 --output kb.docx
          mufakat export --from kerja-sama.json -d ringkasan -f txt
        """ },
        fromHelp: "Read the cooperation from this JSON file (instead of an ID).",
        documentHelp: "The document to export.",
        formatHelp: "File format; without this option it is taken from the --output extension (.docx, .md, .txt), otherwise docx.",
        paperHelp: "DOCX paper (f4: 215 × 330 mm).", paperValue: "PAPER",
        fontHelp: "DOCX typeface.", fontValue: "TYPEFACE",
        dateStyleHelp: "How dates are written: panjang, long (15 Juni 2026), or angka, digits (15-06-2026).", styleValue: "STYLE",
        outputHelp: "Target file; '-' or without this option: standard output (md and txt only).",
        draftHelp: "Export even when fields are missing; the missing fields are clearly marked.",
        partyHelp: "The party writing the letter (1 = PIHAK PERTAMA, the first party): council letters per party, reply letters per partner.",
        noAttachmentsHelp: "Without attachments (the terms of reference behind the offer letter, the financing plan behind the PKS).",
        formatFromName: { "The file format of '\($0)' cannot be told from its name. Add --format docx, md or txt." },
        needsFile: { "\($0) needs a target file: add --output NAME.\($1)." },
        noSuchParty: { "There is no party \($0); this cooperation has \($1) parties (1 to \($1))." },
        asDraft: { " as a DRAFT (\($0) field(s) not yet filled)" },
        exported: { "\($0) exported\($1)." },
        written: { "\($0) written to \($1)\($2)." },
        nameIDOrFile: "Name a cooperation ID, or --from FILE.json.",
        idOrFileNotBoth: "Choose one: a cooperation ID or --from FILE.json, not both.",
        signAbstract: "Mark the KB or PKS as signed and keep its document's fingerprint.",
        signDiscussion: """
        The SHA-256 of the signed file is recorded on the stage in a new revision \
        of the cooperation, so that `mufakat verify FILE ID` can later \
        make sure a file is exactly that document.
        A document that still has empty fields, or a cooperation that still \
        has errors, is refused with the list of what must be completed.
        Warnings are shown again and must be acknowledged with \
        --acknowledge-warnings; without that option signing is refused.
        Exit codes: 0 recorded, 1 a conflict (the cooperation was changed by someone else), \
        the document cannot be signed yet, or warnings not acknowledged; \
        2 unusable input.
        """,
        signDocumentHelp: "The signed document: kb or pks.",
        signFileHelp: "The signed document's file (docx, md, txt).",
        signDateHelp: "The signing date when not yet filled in (default: today).",
        acknowledgeHelp: "Acknowledge the warnings shown again at signing (without this option signing is refused when there are warnings).",
        acknowledged: { "Warnings acknowledged (\($0)):" },
        repeatAcknowledged: "Read the warnings above; once considered, repeat with --acknowledge-warnings.",
        signed: { "\($0) '\($1)' marked as signed in revision \($2)." },
        documentSHA: "Document SHA-256: ",
        verifyAbstract: "Check whether a document file is exactly the signed document.",
        verifyDiscussion: """
        The file's SHA-256 is compared with the fingerprints of the KB and PKS \
        recorded when their stage was marked signed (mufakat sign), in \
        every revision. When it differs, the revision and export settings \
        that produce the file are looked for.
        Exit codes: 0 the same as the signed document, which is in force;
        1 different, or an old document that has been replaced; 2 the file or the \
        cooperation cannot be read.
        """,
        verifyFileHelp: "The document file (docx, md, txt).",
        stillInForce: "and is still in force",
        endedOn: { "but the cooperation has ended (status: \($0)) on \($1)" },
        termEndedOn: { "but its term ended on \($0)" },
        same: { "SAME: this file is the signed \($0) (recorded in revision \($1)) \($2)." },
        sameAsOld: { "SAME AS AN OLD DOCUMENT: this file is the \($0) signed in revision \($1), but the document in force now (revision \($2)) is different." },
        notSigned: "NOT THE SIGNED DOCUMENT", exportNoSigned: "AN EXPORT (no document has been recorded as signed yet)",
        exportOf: { "\($0): this file is an export of the \($1) from revision \($2) (\($3))" },
        latestRevision: { "; the latest revision is \($0)." },
        notSame: { "NOT THE SAME: this file is neither the signed document nor an export of any revision of '\($0)'. The file may have been changed." },
        fileSHA: "File SHA-256: ",
        signedSHA: { "SHA-256 of the signed \($0)\($1): " },
        attachAbstract: "Attach a file (a scan of the signed document, a council decision, a letter) to a cooperation.",
        attachDiscussion: """
        The file is kept inside the store by the SHA-256 of its content (files/<sha256>) and recorded in a new \
        revision of the cooperation, so the history's hash chain covers it. The file kinds and their size limits \
        come from the rulebook ([[archive_kind]], [archive]).
        """,
        attachStageHelp: "Stage: usulan, penawaran, kb, dprd, pks, pembiayaan, pelaksanaan.", stageValue: "STAGE",
        attachKindHelp: "File kind: scan-ttd, keputusan-dprd, studi-kelayakan, rekomendasi-tkksd, surat-masuk, surat-kuasa, laporan.", kindValue: "KIND",
        attachFileHelp: "The file to attach.", attachNumberHelp: "Number of the letter or document.",
        attachDateHelp: "Date of the letter or document (YYYY-MM-DD or DD-MM-YYYY).", dateValue: "DATE", noteHelp: "Note.",
        badAttachDate: { "The date '\($0)' is not valid; write it as YYYY-MM-DD (2026-06-15) or DD-MM-YYYY (15-06-2026)." },
        alreadyAttached: { "The file '\($0)' is already attached to stage \($1) (\($2)); nothing was changed." },
        attached: { "File '\($0)' (\($1), SHA-256 \($2)) attached to '\($3)' at stage \($4) as \($5); revision \($6)." },
        filesAbstract: "List a cooperation's archived files, or copy them all to a folder.",
        filesExportHelp: "Copy every file (checked against its SHA-256) to this folder.",
        noArchive: { "Cooperation '\($0)' has no archived files yet." },
        copied: { "\($0) file(s) copied to '\($1)':" },
        noArchiveHint: { "Cooperation '\($0)' has no archived files yet. Attach one with `mufakat attach \($0) --stage pks --kind scan-ttd FILE.pdf`." },
        numberPart: { ", number \($0)" }, datePart: { ", dated \($0)" },
        damaged: "  DAMAGED OR MISSING: run `mufakat check-store`",
        notePart: { "   Note: \($0)" },
        noScan: { "No signed scan yet for: \($0)." },
        endAbstract: "Record the ending of a signed cooperation.",
        endDiscussion: """
        The ground for ending comes from the rulebook and must apply to the kind of \
        cooperation. Exit codes: 0 recorded, 1 refused (not signed yet, already \
        ended, the ground does not apply, or a conflict), 2 unusable input.
        """,
        groundHelp: "Ground for ending (an id from the rulebook).", groundValue: "GROUND",
        endDateHelp: "Date of ending (default: today).",
        documentTitleHelp: "Title of the supporting document.", titleValue: "TITLE", documentNumberHelp: "Number of the supporting document.",
        documentDateHelp: "Date of the supporting document.", instrumentHelp: "The ending instrument (default: surat-pemberitahuan, a notice letter).", remarkHelp: "Remarks.",
        ended: { "Cooperation '\($0)' recorded as ended in revision \($1)." },
        evaluateAbstract: "Record one evaluation of a signed cooperation.",
        evaluateDiscussion: "Exit codes: 0 recorded, 1 refused or a conflict, 2 unusable input.",
        evaluationDateHelp: "Date of the evaluation (default: today).", evaluatorHelp: "The team or official who evaluates.", teamValue: "TEAM",
        summaryHelp: "Summary of the evaluation's result.", findingHelp: "A finding (may be repeated).", recommendationHelp: "A recommendation (may be repeated).",
        evaluated: { "Evaluation of cooperation '\($0)' recorded in revision \($1)." },
        renewAbstract: "Record the renewal of a signed cooperation.",
        renewDiscussion: "A renewal rests on the latest evaluation. Exit codes: 0 recorded, 1 refused or a conflict, 2 unusable input.",
        yearsHelp: "Additional term in years.", renewReasonHelp: "Reason for the renewal.",
        renewDateHelp: "Date the renewal was agreed (default: today).",
        renewNumberHelp: "Number of the renewal document, one per party in the parties' order (may be repeated).",
        yearsRange: "--years must be between 1 and 99.",
        renewed: { "Renewal of cooperation '\($0)' recorded in revision \($1)." },
        amendAbstract: "Record an amendment (adendum) to a signed document.",
        amendDiscussion: "The stages that can be amended (KB, Nota, PKS) come from the rulebook. Exit codes: 0 recorded, 1 refused or a conflict, 2 unusable input.",
        amendStageHelp: "Id of the amended document's stage in the rulebook, for example pks.", amendReasonHelp: "Reason for the change.",
        amendDateHelp: "Date of the amendment (default: today).", changeHelp: "Details of a change (may be repeated).",
        amendNumberHelp: "Number of the amendment document, one per party in the parties' order (may be repeated).",
        amended: { "Amendment of cooperation '\($0)' recorded in revision \($1)." })
}
