/// The after-signing records added with issue 14: follow-up, report, review (`CLIText.records`).
/// The shared words (store id, date and text value names) are `CLIText.documents`' own.
struct RecordsCLIText: Sendable {
    // follow-up
    var followUpAbstract: String, followUpDiscussion: String
    var actionHelp: String, ownerHelp: String, deadlineHelp: String, completedHelp: String, evaluationHelp: String
    var evaluationFromOne: String
    var followedUp: @Sendable (_ id: String, _ revision: Int) -> String
    // report
    var reportAbstract: String, reportDiscussion: String
    var reportDateHelp: String, recipientHelp: String, letterNumberHelp: String, periodStartHelp: String, periodEndHelp: String
    var reportSummaryHelp: String, obstacleHelp: String
    var reported: @Sendable (_ id: String, _ revision: Int) -> String
    // review
    var reviewAbstract: String, reviewDiscussion: String
    var reviewStageHelp: String, stageValue: String, reviewRecommendationHelp: String, recommendedHelp: String, reviewDateHelp: String
    var reviewDocumentTitleHelp: String, reviewDocumentNumberHelp: String, reviewDocumentDateHelp: String
    var reviewed: @Sendable (_ id: String, _ revision: Int) -> String
}

extension RecordsCLIText {
    static let indonesian = RecordsCLIText(
        followUpAbstract: "Catat tindak lanjut hasil evaluasi kerja sama.",
        followUpDiscussion: """
        Tindak lanjut mengikuti evaluasi: bawaannya evaluasi terakhir. Setiap tindak lanjut \
        dicatat dengan penanggung jawab dan tenggatnya. Kode keluar: 0 dicatat, 1 ditolak \
        (belum ada evaluasi, isian kurang, atau konflik), 2 masukan tidak dapat dipakai.
        """,
        actionHelp: "Uraian tindak lanjut.",
        ownerHelp: "Perangkat daerah atau pejabat penanggung jawab.",
        deadlineHelp: "Tenggat tindak lanjut.",
        completedHelp: "Tanggal selesai, bila sudah selesai.",
        evaluationHelp: "Evaluasi ke berapa yang ditindaklanjuti (bawaan: evaluasi terakhir).",
        evaluationFromOne: "--evaluation dihitung mulai 1.",
        followedUp: { "Tindak lanjut evaluasi kerja sama '\($0)' dicatat pada revisi \($1)." },
        reportAbstract: "Catat laporan pelaksanaan kerja sama untuk satu periode.",
        reportDiscussion: """
        Bila --recipient tidak diisi, laporan ditujukan kepada Gubernur (bagi kabupaten/kota) \
        atau Menteri (bagi provinsi) menurut rulebook. Naskahnya diekspor dengan \
        'mufakat export ID -d laporan'. Kode keluar: 0 dicatat, 1 ditolak (belum \
        ditandatangani, atau konflik), 2 masukan tidak dapat dipakai.
        """,
        reportDateHelp: "Tanggal laporan (bawaan: hari ini).",
        recipientHelp: "Kepada (bawaan: menurut rulebook).",
        letterNumberHelp: "Nomor surat pengantar.",
        periodStartHelp: "Awal periode laporan.",
        periodEndHelp: "Akhir periode laporan.",
        reportSummaryHelp: "Ringkasan pelaksanaan.",
        obstacleHelp: "Kendala dan upaya penyelesaian (boleh berulang).",
        reported: { "Laporan pelaksanaan kerja sama '\($0)' dicatat pada revisi \($1)." },
        reviewAbstract: "Catat telaahan TKKSD atas naskah suatu tahapan.",
        reviewDiscussion: """
        Tahapan yang ditelaah TKKSD diambil dari rulebook menurut jenis kerja samanya. Kode \
        keluar: 0 dicatat, 1 ditolak (tahapan tidak ditelaah TKKSD, atau konflik), 2 masukan \
        tidak dapat dipakai.
        """,
        reviewStageHelp: "Id tahapan yang naskahnya ditelaah menurut rulebook, misalnya usulan.", stageValue: "TAHAPAN",
        reviewRecommendationHelp: "Rekomendasi TKKSD.",
        recommendedHelp: "Direkomendasikan untuk dilanjutkan, atau tidak (--no-recommended).",
        reviewDateHelp: "Tanggal rapat atau telaahan (bawaan: hari ini).",
        reviewDocumentTitleHelp: "Judul naskah rekomendasi atau berita acara.",
        reviewDocumentNumberHelp: "Nomor naskah rekomendasi atau berita acara.",
        reviewDocumentDateHelp: "Tanggal naskah rekomendasi atau berita acara.",
        reviewed: { "Telaahan TKKSD kerja sama '\($0)' dicatat pada revisi \($1)." })

    static let english = RecordsCLIText(
        followUpAbstract: "Record a follow-up of a cooperation's evaluation.",
        followUpDiscussion: """
        A follow-up belongs to an evaluation: by default the latest one. Every follow-up \
        is recorded with the one responsible and its deadline. Exit codes: 0 recorded, 1 refused \
        (no evaluation yet, missing fields, or a conflict), 2 unusable input.
        """,
        actionHelp: "Description of the follow-up.",
        ownerHelp: "The regional office or official responsible.",
        deadlineHelp: "Deadline of the follow-up.",
        completedHelp: "Date completed, when it is completed.",
        evaluationHelp: "Which evaluation is followed up, counting from 1 (default: the latest evaluation).",
        evaluationFromOne: "--evaluation counts from 1.",
        followedUp: { "Follow-up of the evaluation of cooperation '\($0)' recorded in revision \($1)." },
        reportAbstract: "Record a cooperation's implementation report for one period.",
        reportDiscussion: """
        When --recipient is not given, the report is addressed to the Governor (for a regency or city) \
        or the Minister (for a province) according to the rulebook. Its document is exported with \
        'mufakat export ID -d laporan'. Exit codes: 0 recorded, 1 refused (not signed \
        yet, or a conflict), 2 unusable input.
        """,
        reportDateHelp: "Date of the report (default: today).",
        recipientHelp: "Addressee (default: according to the rulebook).",
        letterNumberHelp: "Number of the cover letter.",
        periodStartHelp: "Start of the reporting period.",
        periodEndHelp: "End of the reporting period.",
        reportSummaryHelp: "Summary of the implementation.",
        obstacleHelp: "An obstacle and how it is being resolved (may be repeated).",
        reported: { "Implementation report of cooperation '\($0)' recorded in revision \($1)." },
        reviewAbstract: "Record a TKKSD review of a stage's document.",
        reviewDiscussion: """
        The stages the TKKSD (the regional cooperation team) reviews come from the rulebook \
        by kind of cooperation. Exit codes: 0 recorded, 1 refused (the stage is not reviewed \
        by the TKKSD, or a conflict), 2 unusable input.
        """,
        reviewStageHelp: "Id of the stage whose document is reviewed, per the rulebook, for example usulan.", stageValue: "STAGE",
        reviewRecommendationHelp: "The TKKSD's recommendation.",
        recommendedHelp: "Recommended to proceed, or not (--no-recommended).",
        reviewDateHelp: "Date of the meeting or review (default: today).",
        reviewDocumentTitleHelp: "Title of the recommendation or minutes document.",
        reviewDocumentNumberHelp: "Number of the recommendation or minutes document.",
        reviewDocumentDateHelp: "Date of the recommendation or minutes document.",
        reviewed: { "TKKSD review of cooperation '\($0)' recorded in revision \($1)." })
}
