/// Teks beranda dan bantuan: the home screen's and the help screen's words, one entry each, with
/// typed arguments. Part of `AppText` (`AppText.current.home`).
struct HomeText: Sendable {
    // Sort keys (`HomeScreen.SortKey.label`).
    var sortTitle: String, sortStage: String, sortNextDate: String, sortKind: String, sortAffair: String
    // Table columns.
    var columnTitle: String, columnPartner: String, columnAffair: String, columnKind: String
    var columnStage: String, columnStatus: String, columnDeadline: String
    /// Status column of a cooperation a sync left in conflict.
    var conflict: String
    var searchPlaceholder: String
    /// A filter chip: the filter's key letter and its value, or `all` when none is chosen.
    var chipStage: @Sendable (_ value: String?) -> String
    var chipKind: @Sendable (_ value: String?) -> String
    var chipAffair: @Sendable (_ value: String?) -> String
    var chipPartner: @Sendable (_ value: String?) -> String
    /// The four filters folded into one chip at 80 columns while a search is shown.
    var chipsFolded: String
    var emptyList: String
    var noMatch: String
    var detailStage: @Sendable (_ stage: String) -> String
    var detailRevision: @Sendable (_ revision: Int) -> String
    var remindersTitle: @Sendable (_ count: Int) -> String
    var nothingToFollowUp: String
    // Reminders (`Reminder`): group headings, the short word of the detail line, the details.
    var headingExpiry: String, headingOfferAnswer: String, headingCouncil: String, headingEvaluation: String
    var shortExpiry: String, shortAnswer: String, shortCouncil: String, shortEvaluation: String
    var expiryOverdue: @Sendable (_ days: Int) -> String
    var expiryWithin: @Sendable (_ days: Int, _ tier: Int) -> String
    var answerOverdue: @Sendable (_ days: Int) -> String
    var answerWithin: @Sendable (_ days: Int) -> String
    var councilRequested: @Sendable (_ party: String, _ on: String) -> String
    var evaluationsDone: @Sendable (_ done: Int, _ of: Int, _ year: Int) -> String
    var untitled: String, allStagesDone: String
    // Refusals (the message line).
    var noReminderYet: String
    var noRemindersNow: String
    var noCooperationPressN: String
    var noCooperationMatches: String
    var chooseToRenew: String
    var onlyEndedRenew: @Sendable (_ title: String, _ status: String) -> String
    // Keys (`HomeKeys`): the bar word, and the help line when longer.
    var keyOpen: String, keyNew: String, keyNewHelp: String, keySearch: String, keySearchHelp: String
    var keyMoveRow: String, keyFilterStage: String, keyFilterKind: String, keyFilterAffair: String, keyFilterPartner: String
    var keyFilters: String, keyClearFilters: String, keySort: String, keySortHelp: String, keyReverseSort: String
    var keyReminders: String, keyRemindersHelp: String, keyHelp: String, keyMapping: String, keyMappingHelp: String
    var keyMeeting: String, keyMeetingHelp: String, keySync: String, keySyncHelp: String, keyQuit: String
    var keyRenew: String, keyProfile: String, keyDashboard: String, keyDashboardHelp: String
    var keySearchDone: String, keyClear: String
    // The help screen (`HelpScreen`).
    var homeTitle: String
    var helpTitle: @Sendable (_ screen: String) -> String
    var keysOnThisScreen: String
    var everywhere: String
    var saveNow: String, thisHelp: String, quitAsking: String, suspend: String, autosaveNote: String
    var keyScroll: String, keyScrollPage: String, keyCloseHelp: String

    static let indonesian = HomeText(
        sortTitle: "judul", sortStage: "tahapan", sortNextDate: "tenggat", sortKind: "jenis", sortAffair: "urusan",
        columnTitle: "Judul", columnPartner: "Mitra", columnAffair: "Urusan", columnKind: "Jenis",
        columnStage: "Tahapan", columnStatus: "Status", columnDeadline: "Tenggat",
        conflict: "KONFLIK",
        searchPlaceholder: "ketik / untuk mencari",
        chipStage: { "t tahap: \($0 ?? "semua")" },
        chipKind: { "j jenis: \($0 ?? "semua")" },
        chipAffair: { "u urusan: \($0 ?? "semua")" },
        chipPartner: { "m mitra: \($0 ?? "semua")" },
        chipsFolded: "t/j/u/m saring: semua",
        emptyList: "Belum ada kerja sama. Tekan n untuk membuat kerja sama baru.",
        noMatch: "Tidak ada yang cocok dengan saringan. Tekan x untuk menghapus saringan.",
        detailStage: { "tahap: \($0)" },
        detailRevision: { "rev. \($0)" },
        remindersTitle: { "Pengingat (\($0))" },
        nothingToFollowUp: "Tidak ada yang perlu ditindaklanjuti.",
        headingExpiry: "Segera berakhir", headingOfferAnswer: "Penawaran menunggu jawaban",
        headingCouncil: "Persetujuan DPRD tertunda", headingEvaluation: "Evaluasi jatuh tempo",
        shortExpiry: "berakhir", shortAnswer: "jawaban", shortCouncil: "DPRD", shortEvaluation: "evaluasi",
        expiryOverdue: { "lewat \($0) hari" },
        expiryWithin: { "dalam \($0) hari (batas \($1) hari)" },
        answerOverdue: { "tenggat lewat \($0) hari" },
        answerWithin: { "tenggat dalam \($0) hari" },
        councilRequested: { "DPRD \($0), diajukan \($1)" },
        evaluationsDone: { "\($0) dari \($1) evaluasi tahun \($2)" },
        untitled: "(tanpa judul)", allStagesDone: "Semua tahapan selesai",
        noReminderYet: "Belum ada pengingat.",
        noRemindersNow: "Tidak ada pengingat saat ini.",
        noCooperationPressN: "Belum ada kerja sama. Tekan n untuk membuat yang baru.",
        noCooperationMatches: "Tidak ada kerja sama yang cocok dengan saringan. Tekan x untuk menghapus saringan.",
        chooseToRenew: "Pilih kerja sama yang akan diperbarui.",
        onlyEndedRenew: { "Hanya kerja sama yang sudah berakhir dapat digandakan untuk diperbarui. '\($0)' masih \($1.lowercased())." },
        keyOpen: "buka", keyNew: "baru", keyNewHelp: "kerja sama baru",
        keySearch: "cari", keySearchHelp: "cari menurut judul, mitra atau kode; Enter selesai",
        keyMoveRow: "pindah baris", keyFilterStage: "saring menurut tahapan (tekan lagi untuk nilai berikutnya)",
        keyFilterKind: "saring menurut jenis kerja sama", keyFilterAffair: "saring menurut urusan",
        keyFilterPartner: "saring menurut mitra",
        keyFilters: "saring", keyClearFilters: "hapus semua saringan dan pencarian",
        keySort: "urutkan", keySortHelp: "ganti kolom urutan", keyReverseSort: "balik arah urutan",
        keyReminders: "pengingat", keyRemindersHelp: "pindah ke panel pengingat; Enter membuka kerja sama pengingat",
        keyHelp: "bantuan", keyMapping: "pemetaan", keyMappingHelp: "pemetaan urusan daerah ini (isian untuk rapat asistensi)",
        keyMeeting: "rapat/matriks", keyMeetingHelp: "mode rapat: matriks pemetaan urusan, kecocokan, impor bundel daerah peserta",
        keySync: "sinkron", keySyncHelp: "sinkronkan folder data dengan remote git", keyQuit: "keluar",
        keyRenew: "gandakan kerja sama yang sudah berakhir untuk diperbarui", keyProfile: "ubah profil daerah",
        keyDashboard: "rekapitulasi",
        keyDashboardHelp: "rekapitulasi: jumlah per keadaan, tahapan, jenis, urusan, mitra; yang segera berakhir; evaluasi; pembiayaan; naskah tanpa pindaian",
        keySearchDone: "selesai mencari", keyClear: "kosongkan",
        homeTitle: "Beranda",
        helpTitle: { "Bantuan: \($0)" },
        keysOnThisScreen: "Tombol pada layar ini",
        everywhere: "Di semua layar",
        saveNow: "simpan sekarang (saat menyunting kerja sama atau pemetaan)",
        thisHelp: "bantuan ini",
        quitAsking: "keluar; bila ada perubahan belum disimpan, Mufakat bertanya dulu",
        suspend: "tangguhkan program (kembali dengan fg)",
        autosaveNote: "Perubahan disimpan otomatis sebagai draf setiap beberapa detik; draf ditawarkan kembali saat kerja sama dibuka lagi.",
        keyScroll: "gulir", keyScrollPage: "gulir satu halaman", keyCloseHelp: "tutup bantuan")

    static let english = HomeText(
        sortTitle: "title", sortStage: "stage", sortNextDate: "deadline", sortKind: "kind", sortAffair: "affair",
        columnTitle: "Title", columnPartner: "Partner", columnAffair: "Affair", columnKind: "Kind",
        columnStage: "Stage", columnStatus: "State", columnDeadline: "Deadline",
        conflict: "CONFLICT",
        searchPlaceholder: "type / to search",
        chipStage: { "t stage: \($0 ?? "all")" },
        chipKind: { "j kind: \($0 ?? "all")" },
        chipAffair: { "u affair: \($0 ?? "all")" },
        chipPartner: { "m partner: \($0 ?? "all")" },
        chipsFolded: "t/j/u/m filter: all",
        emptyList: "No cooperation yet. Press n to create a new one.",
        noMatch: "Nothing matches the filters. Press x to clear the filters.",
        detailStage: { "stage: \($0)" },
        detailRevision: { "rev. \($0)" },
        remindersTitle: { "Reminders (\($0))" },
        nothingToFollowUp: "Nothing needs following up.",
        headingExpiry: "Ending soon", headingOfferAnswer: "Offers awaiting an answer",
        headingCouncil: "DPRD approval pending", headingEvaluation: "Evaluations due",
        shortExpiry: "ends", shortAnswer: "answer", shortCouncil: "DPRD", shortEvaluation: "evaluation",
        expiryOverdue: { "\($0) days past" },
        expiryWithin: { "in \($0) days (limit \($1) days)" },
        answerOverdue: { "deadline \($0) days past" },
        answerWithin: { "deadline in \($0) days" },
        councilRequested: { "DPRD \($0), requested \($1)" },
        evaluationsDone: { "\($0) of \($1) evaluations in \($2)" },
        untitled: "(untitled)", allStagesDone: "Every stage done",
        noReminderYet: "No reminder yet.",
        noRemindersNow: "No reminders at the moment.",
        noCooperationPressN: "No cooperation yet. Press n to create a new one.",
        noCooperationMatches: "No cooperation matches the filters. Press x to clear the filters.",
        chooseToRenew: "Choose the cooperation to renew.",
        onlyEndedRenew: { "Only a cooperation that has ended can be copied for renewal. '\($0)' is still \($1.lowercased())." },
        keyOpen: "open", keyNew: "new", keyNewHelp: "new cooperation",
        keySearch: "search", keySearchHelp: "search by title, partner or code; Enter ends",
        keyMoveRow: "move row", keyFilterStage: "filter by stage (press again for the next value)",
        keyFilterKind: "filter by kind of cooperation", keyFilterAffair: "filter by affair",
        keyFilterPartner: "filter by partner",
        keyFilters: "filter", keyClearFilters: "clear every filter and the search",
        keySort: "sort", keySortHelp: "change the sort column", keyReverseSort: "reverse the sort order",
        keyReminders: "reminders", keyRemindersHelp: "go to the reminders panel; Enter opens the reminder's cooperation",
        keyHelp: "help", keyMapping: "mapping", keyMappingHelp: "this region's mapping of affairs (entries for the assistance meeting)",
        keyMeeting: "meeting/matrix", keyMeetingHelp: "meeting mode: mapping matrix, matches, import of participating regions' bundles",
        keySync: "sync", keySyncHelp: "synchronise the data folder with the git remote", keyQuit: "quit",
        keyRenew: "copy an ended cooperation to renew it", keyProfile: "edit the region profile",
        keyDashboard: "summary",
        keyDashboardHelp: "summary: counts by state, stage, kind, affair, partner; ending soon; evaluations; financing; documents without scans",
        keySearchDone: "end search", keyClear: "clear",
        homeTitle: "Home",
        helpTitle: { "Help: \($0)" },
        keysOnThisScreen: "Keys on this screen",
        everywhere: "On every screen",
        saveNow: "save now (while editing a cooperation or the mapping)",
        thisHelp: "this help",
        quitAsking: "quit; with unsaved changes, Mufakat asks first",
        suspend: "suspend the program (come back with fg)",
        autosaveNote: "Changes are saved as a draft every few seconds; the draft is offered again when the cooperation is opened.",
        keyScroll: "scroll", keyScrollPage: "scroll one page", keyCloseHelp: "close help")
}
