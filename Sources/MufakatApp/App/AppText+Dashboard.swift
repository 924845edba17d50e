import MufakatDomain

/// Teks rekapitulasi: the dashboard's words, one entry each with typed arguments. Part of
/// `AppText` (`AppText.current.dashboard`). The figures' names come with the figures.
struct DashboardText: Sendable {
    var nothingToDetail: String
    var noCooperationBehind: @Sendable (_ figure: String) -> String
    var detailTitle: @Sendable (_ group: String, _ figure: String) -> String
    var title: String, shortTitle: String
    var keyChoose: String, keyBackToChart: String, keyHelp: String, keyChooseFigure: String, keyDetail: String, keyHome: String
    var help: [(key: String, text: String)]
    var computing: String
    var heading: @Sendable (_ date: String, _ total: Int) -> String
    var detailHeading: @Sendable (_ group: String, _ figure: String, _ value: String, _ count: Int) -> String
    /// "4 Mei 2026" / "4 May 2026".
    var longDate: @Sendable (_ date: CalendarDate) -> String

    static let indonesian = DashboardText(
        nothingToDetail: "Belum ada angka untuk dirinci.",
        noCooperationBehind: { "Tidak ada kerja sama di balik angka '\($0)'." },
        detailTitle: { "Rekapitulasi · \($0): \($1)" },
        title: "Rekapitulasi kerja sama daerah", shortTitle: "Rekapitulasi",
        keyChoose: "pilih", keyBackToChart: "kembali ke grafik", keyHelp: "bantuan", keyChooseFigure: "pilih angka",
        keyDetail: "rincian kerja sama", keyHome: "beranda",
        help: [
            ("↑/↓ PgUp/PgDn", "pilih angka pada grafik"),
            ("Enter", "daftar kerja sama di balik angka yang dipilih"),
            ("Esc", "kembali (dari rincian ke grafik, dari grafik ke beranda)"),
            ("", "Panjang batang sebanding dengan angkanya (█ penuh, ▏…▉ sisanya), sehingga tetap terbaca tanpa warna. Rekapitulasi yang sama dapat diekspor dengan `mufakat rekap --output REKAP.docx` atau `.xlsx`."),
        ],
        computing: "Menghitung rekapitulasi…",
        heading: { "Keadaan per \($0): \($1) kerja sama" },
        detailHeading: { "\($0): \($1) = \($2) (\($3) kerja sama)" },
        longDate: { IndonesianDate.long($0) })

    static let english = DashboardText(
        nothingToDetail: "No figure to detail yet.",
        noCooperationBehind: { "No cooperation behind the figure '\($0)'." },
        detailTitle: { "Summary · \($0): \($1)" },
        title: "Summary of regional cooperation", shortTitle: "Summary",
        keyChoose: "choose", keyBackToChart: "back to the chart", keyHelp: "help", keyChooseFigure: "choose a figure",
        keyDetail: "cooperations", keyHome: "home",
        help: [
            ("↑/↓ PgUp/PgDn", "choose a figure on the chart"),
            ("Enter", "the cooperations behind the chosen figure"),
            ("Esc", "back (from the detail to the chart, from the chart to the home screen)"),
            ("", "A bar's length is proportional to its figure (█ whole, ▏…▉ the rest), so it reads without colour. The same summary can be exported with `mufakat rekap --output REKAP.docx` or `.xlsx`."),
        ],
        computing: "Computing the summary…",
        heading: { "As of \($0): \(counted($1, "cooperation"))" },
        detailHeading: { "\($0): \($1) = \($2) (\(counted($3, "cooperation")))" },
        longDate: { d in
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            return "\(d.day) \(months[max(0, min(11, d.month - 1))]) \(d.year)"
        })
}
