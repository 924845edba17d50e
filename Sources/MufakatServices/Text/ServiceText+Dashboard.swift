/// `ServiceText.dashboard`: the rekapitulasi's group titles and figure labels as screens and the
/// command line show them, and its text output and refusals. The DOCX and XLSX tables keep their
/// Indonesian headings (a document).
struct DashboardServiceText: Sendable {
    var byStatus: String, byStage: String, byKind: String, byAffair: String, byPartner: String
    var notFilled: String
    var others: @Sendable (_ count: Int) -> String
    var endingWithin: @Sendable (_ days: Int) -> String
    var endingSoon: String
    var evaluationsDue: @Sendable (_ year: Int) -> String
    var evaluationsIncomplete: String
    var financingPerYear: String, financingPerSource: String
    var kbWithoutScan: String, pksWithoutScan: String, withoutScan: String
    /// Current-stage figures, in the order shown.
    var proposal: String, offer: String, memorandum: String, councilApproval: String, agreement: String
    var financing: String, implementation: String, customStage: String, allStagesDone: String
    // text output and refusals
    var heading: String
    var asOf: @Sendable (_ date: String, _ total: Int) -> String
    var none: String
    var notDocx: @Sendable (_ error: String) -> String
    var notXlsx: @Sendable (_ error: String) -> String
    var badExtension: String

    static let indonesian = DashboardServiceText(
        byStatus: "Menurut keadaan", byStage: "Menurut tahapan berjalan", byKind: "Menurut jenis kerja sama",
        byAffair: "Menurut urusan pemerintahan", byPartner: "Menurut mitra",
        notFilled: "(belum diisi)",
        others: { "Lainnya (\($0))" },
        endingWithin: { "Berakhir dalam \($0) hari" },
        endingSoon: "Kerja sama yang segera berakhir",
        evaluationsDue: { "Evaluasi tahun \($0) yang belum lengkap" },
        evaluationsIncomplete: "Evaluasi belum lengkap",
        financingPerYear: "Rencana pembiayaan per tahun anggaran", financingPerSource: "Rencana pembiayaan per sumber dana",
        kbWithoutScan: "KB tanpa pindaian", pksWithoutScan: "PKS tanpa pindaian", withoutScan: "Naskah bertanda tangan tanpa pindaian di arsip",
        proposal: "Usulan", offer: "Penawaran", memorandum: "Kesepakatan Bersama", councilApproval: "Persetujuan DPRD",
        agreement: "Perjanjian Kerja Sama", financing: "Pembiayaan", implementation: "Pelaksanaan",
        customStage: "Tahapan tambahan", allStagesDone: "Semua tahapan selesai",
        heading: "REKAPITULASI KERJA SAMA DAERAH",
        asOf: { "Keadaan per \($0); \($1) kerja sama." },
        none: "  (tidak ada)",
        notDocx: { "Rekapitulasi tidak dapat disusun sebagai DOCX: \($0)" },
        notXlsx: { "Rekapitulasi tidak dapat disusun sebagai XLSX: \($0)" },
        badExtension: "akhiran berkas harus .docx atau .xlsx.")

    static let english = DashboardServiceText(
        byStatus: "By status", byStage: "By current stage", byKind: "By kind of cooperation",
        byAffair: "By government affair", byPartner: "By partner",
        notFilled: "(not filled in)",
        others: { "Others (\($0))" },
        endingWithin: { "Ending within \($0) days" },
        endingSoon: "Cooperations ending soon",
        evaluationsDue: { "Evaluations of \($0) not yet complete" },
        evaluationsIncomplete: "Evaluations incomplete",
        financingPerYear: "Financing plan per budget year", financingPerSource: "Financing plan per source of funds",
        kbWithoutScan: "KB without a scan", pksWithoutScan: "PKS without a scan", withoutScan: "Signed documents without a scan in the archive",
        proposal: "Proposal", offer: "Offer", memorandum: "Kesepakatan Bersama", councilApproval: "Council approval",
        agreement: "Perjanjian Kerja Sama", financing: "Financing", implementation: "Implementation",
        customStage: "Additional stage", allStagesDone: "All stages done",
        heading: "SUMMARY OF REGIONAL COOPERATION",
        asOf: { "As of \($0); \($1) cooperation(s)." },
        none: "  (none)",
        notDocx: { "The summary cannot be put together as DOCX: \($0)" },
        notXlsx: { "The summary cannot be put together as XLSX: \($0)" },
        badExtension: "the file name must end in .docx or .xlsx.")
}
