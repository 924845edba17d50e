import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Daftar rekaman: a list of records edited as a table, one form per record.
enum ListKind: String, Sendable, Hashable {
    case financing, milestones, evaluations, reports, actionPlan
    /// After signing (see `AfterSigningLists`).
    case followUps, tkksdReviews, renewals, amendments

    /// Where the list lives in the cooperation ("financing.lines").
    var path: String {
        switch self {
        case .financing: "financing.lines"
        case .milestones: "implementation.milestones"
        case .evaluations: "implementation.evaluations"
        case .reports: "implementation.reports"
        case .actionPlan: "memorandum.actionPlan"
        case .followUps: "implementation.evaluations"
        case .tkksdReviews: "tkksdReviews"
        case .renewals: "renewals"
        case .amendments: "amendments"
        }
    }

    /// "baris pembiayaan", for messages.
    var noun: String {
        switch self {
        case .financing: "baris pembiayaan"
        case .milestones: "tonggak"
        case .evaluations: "evaluasi"
        case .reports: "laporan"
        case .actionPlan: "kegiatan rencana aksi"
        case .followUps: "tindak lanjut"
        case .tkksdReviews: "telaahan TKKSD"
        case .renewals: "perpanjangan"
        case .amendments: "adendum"
        }
    }

    func count(_ c: Cooperation) -> Int {
        switch self {
        case .financing: c.financing.lines.count
        case .milestones: c.implementation.milestones.count
        case .evaluations: c.implementation.evaluations.count
        case .reports: c.implementation.reports.count
        case .actionPlan: c.memorandum.actionPlan.count
        case .followUps, .tkksdReviews, .renewals, .amendments: AfterSigningLists.count(self, c)
        }
    }

    var columns: [TableColumn] {
        switch self {
        case .financing:
            [TableColumn("Tahun", width: .fixed(5)), TableColumn("Pihak", width: .flexible(3)),
             TableColumn("Jumlah (Rp)", width: .fixed(17), alignment: .right), TableColumn("Sumber", width: .flexible(1)),
             TableColumn("APBD", width: .fixed(5)), TableColumn("Uraian", width: .flexible(2))]
        case .milestones:
            [TableColumn("Tonggak", width: .flexible(3)), TableColumn("Target", width: .fixed(10)), TableColumn("Selesai", width: .fixed(10))]
        case .evaluations:
            [TableColumn("Tanggal", width: .fixed(10)), TableColumn("Evaluator", width: .flexible(1)), TableColumn("Ringkasan", width: .flexible(2))]
        case .reports:
            [TableColumn("Tanggal", width: .fixed(10)), TableColumn("Kepada", width: .flexible(1)), TableColumn("Ringkasan", width: .flexible(2))]
        case .actionPlan:
            [TableColumn("Kegiatan", width: .flexible(3)), TableColumn("Pihak", width: .flexible(2)), TableColumn("Waktu", width: .flexible(1)),
             TableColumn("Dana", width: .fixed(6))]
        case .followUps, .tkksdReviews, .renewals, .amendments:
            AfterSigningLists.columns(self)
        }
    }

    /// The rows of the list; a row may carry more cells than the 80×24 table shows (the
    /// financing planning code), which the review lists in full.
    func rows(_ c: Cooperation) -> [[String]] {
        func d(_ x: DomainDate?) -> String { x.map { $0.dayMonthYear } ?? "-" }
        switch self {
        case .financing:
            return c.financing.lines.map { l in
                let party = c.parties.indices.contains(l.partyIndex) ? CooperationEditor.shortName(c.parties[l.partyIndex].name) : "(pihak \(l.partyIndex &+ 1) tidak ada)"
                return [String(l.budgetYear), party, l.amount.grouped, l.source.label, l.source != .apbd ? "-" : l.budgeted ? "ya" : "tidak", l.description.isEmpty ? "(belum diisi)" : l.description, l.planningCode]
            }
        case .milestones:
            return c.implementation.milestones.map { [$0.title, d($0.due), d($0.completedOn)] }
        case .evaluations:
            return c.implementation.evaluations.map { e in
                [d(e.date), e.evaluator, e.summary.isEmpty ? (e.findings.first ?? "") : e.summary]
            }
        case .reports:
            return c.implementation.reports.map { [d($0.date), $0.recipient, $0.summary] }
        case .actionPlan:
            return c.memorandum.actionPlan.map { a in
                [a.activity, c.parties.indices.contains(a.partyIndex) ? c.parties[a.partyIndex].name : "-", a.timeline, a.funding.label]
            }
        case .followUps, .tkksdReviews, .renewals, .amendments:
            return AfterSigningLists.rows(self, c)
        }
    }

    /// Adds a record pre-filled from what is known; returns its index.
    func add(_ c: inout Cooperation, context: EditorContext, after index: Int?) -> Int {
        switch self {
        case .financing:
            // A new line continues from the highlighted one: same party, next year; else the first party, the start year.
            let base = index.flatMap { c.financing.lines.indices.contains($0) ? c.financing.lines[$0] : nil }
            let year = base.map { $0.budgetYear + 1 } ?? c.memorandum.startBudgetYear ?? c.targetYear ?? (context.today.year + 1)
            let line = FinancingLine(budgetYear: year, partyIndex: base?.partyIndex ?? 0, amount: .zero,
                                     source: base?.source ?? (c.parties.first.map { $0.type == .region } ?? true ? .apbd : .pihakKetiga),
                                     budgeted: base?.budgeted ?? false, planningCode: base?.planningCode ?? "",
                                     description: base?.description ?? "")
            c.financing.lines.append(line)
            return c.financing.lines.count - 1
        case .milestones:
            c.implementation.milestones.append(Milestone(title: ""))
            return c.implementation.milestones.count - 1
        case .evaluations:
            c.implementation.evaluations.append(Evaluation(date: context.today))
            return c.implementation.evaluations.count - 1
        case .reports:
            let recipient = ListKind.defaultReportRecipient(c, context: context)
            c.implementation.reports.append(Report(date: context.today, recipient: recipient))
            return c.implementation.reports.count - 1
        case .actionPlan:
            // A new activity continues from the highlighted one's party and its funding source.
            let base = index.flatMap { c.memorandum.actionPlan.indices.contains($0) ? c.memorandum.actionPlan[$0] : nil }
            let party = base?.partyIndex ?? 0
            let funding = base?.funding ?? (c.parties.indices.contains(party) ? FundingSource.default(for: c.parties[party].type) : .apbd)
            c.memorandum.actionPlan.append(ActionPlanItem(partyIndex: party, funding: funding))
            return c.memorandum.actionPlan.count - 1
        case .followUps, .tkksdReviews, .renewals, .amendments:
            return AfterSigningLists.add(self, &c, context: context, after: index)
        }
    }

    /// Governor for a kab/kota inside a province, the Minister otherwise (PP 28/2018 Pasal 44).
    /// The titles come from the rulebook's [reporting].
    static func defaultReportRecipient(_ c: Cooperation, context: EditorContext) -> String {
        let minister = context.rulebook.reporting?.recipientProvince ?? "Menteri Dalam Negeri"
        guard let code = c.parties.first?.regionCode, let region = context.catalogues.regions[code] else { return minister }
        if region.level == .provinsi { return minister }
        let governor = context.rulebook.reporting?.recipientKabKota ?? "Gubernur"
        let province = context.catalogues.regions[region.provinceCode]?.name.replacingOccurrences(of: "Provinsi ", with: "")
        return province.map { "\(governor) \($0)" } ?? governor
    }

    func remove(_ c: inout Cooperation, at i: Int) {
        switch self {
        case .financing: if c.financing.lines.indices.contains(i) { c.financing.lines.remove(at: i) }
        case .milestones: if c.implementation.milestones.indices.contains(i) { c.implementation.milestones.remove(at: i) }
        case .evaluations: if c.implementation.evaluations.indices.contains(i) { c.implementation.evaluations.remove(at: i) }
        case .reports: if c.implementation.reports.indices.contains(i) { c.implementation.reports.remove(at: i) }
        case .actionPlan: if c.memorandum.actionPlan.indices.contains(i) { c.memorandum.actionPlan.remove(at: i) }
        case .followUps, .tkksdReviews, .renewals, .amendments: AfterSigningLists.remove(self, &c, at: i)
        }
    }

    /// "Sudah dianggarkan dalam APBD?" is asked of a line charged to the party's own APBD only:
    /// APBN, another region's APBD, a company's own money and other sources never go to the
    /// DPRD (PP 28/2018 Pasal 6 ayat (2)).
    static func budgetedQuestion(_ base: String, source: FundingSource, get: @escaping @Sendable (Cooperation) -> Bool?,
                                 set: @escaping @Sendable (inout Cooperation, Bool?) -> Void) -> [FieldSpec] {
        guard source == .apbd else { return [] }
        return [.yesNo("\(base).budgeted", "Sudah dianggarkan dalam APBD?", help: "Tidak: kerja sama memerlukan persetujuan DPRD (PP 28/2018 Pasal 6 ayat (2)).",
                       get: get, set: set)]
    }

    /// "Kode perencanaan" (Permendagri 90/2019) belongs to money spent through an APBD only: a
    /// company's own investment, APBN or other money has none, so it is not asked.
    static func planningCodeField(_ base: String, source: FundingSource, get: @escaping @Sendable (Cooperation) -> String,
                                  set: @escaping @Sendable (inout Cooperation, String) -> Void) -> [FieldSpec] {
        guard source.isRegionalBudget else { return [] }
        return [.text("\(base).planningCode", "Kode perencanaan", help: "urusan.bidang.program.kegiatan, misalnya 2.15.02.2.01 (Permendagri 90/2019).",
                      maxLength: 40, get: get, set: set)]
    }

    /// The form of record `i`.
    func recordGroups(_ i: Int, cooperation c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let base = "\(path)[\(i)]"
        switch self {
        case .followUps, .tkksdReviews, .renewals, .amendments:
            return AfterSigningLists.recordGroups(self, i, cooperation: c, context: context)
        case .financing:
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout FinancingLine) -> Void) { if c.financing.lines.indices.contains(i) { f(&c.financing.lines[i]) } }
            @Sendable func read<T>(_ c: Cooperation, _ f: (FinancingLine) -> T, _ none: T) -> T { c.financing.lines.indices.contains(i) ? f(c.financing.lines[i]) : none }
            let parties = c.parties.indices.map { ($0, "\(Party.label(at: $0).capitalized) (\(c.parties[$0].name))") }
            return [FieldGroup("Baris pembiayaan \(i + 1)", [
                .number("\(base).budgetYear", "Tahun anggaran", range: 2000...2100, get: { read($0, \.budgetYear, nil) },
                        set: { c, v in if let v { edit(&c) { $0.budgetYear = v } } }),
                .choice("\(base).partyIndex", "Pihak yang menanggung", options: parties, get: { read($0, \.partyIndex, nil) },
                        set: { c, v in if let v { let parties = c.parties; edit(&c) { $0.assign(party: v, of: parties) } } }),
                .money("\(base).amount", "Jumlah", get: { read($0, \.amount, nil) }, set: { c, v in edit(&c) { $0.amount = v ?? .zero } }),
                .choice("\(base).source", "Sumber dana", options: FundingSource.allCases.map { ($0, $0.label) }, get: { read($0, \.source, nil) },
                        set: { c, v in if let v { edit(&c) { $0.take(from: v) } } }),
            ] + Self.budgetedQuestion(base, source: read(c, \.source, .apbd), get: { read($0, \.budgeted, nil) },
                                      set: { c, v in edit(&c) { $0.budgeted = v ?? false } })
              + Self.planningCodeField(base, source: read(c, \.source, .apbd), get: { read($0, \.planningCode, "") },
                                       set: { c, v in edit(&c) { $0.planningCode = v } }) + [
                .text("\(base).description", "Uraian", help: "Wajib: muncul pada naskah rencana pembiayaan, misalnya \"Operasional angkutan\".", get: { read($0, \.description, "") }, set: { c, v in edit(&c) { $0.description = v } }),
            ])]
        case .milestones:
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout Milestone) -> Void) { if c.implementation.milestones.indices.contains(i) { f(&c.implementation.milestones[i]) } }
            @Sendable func read<T>(_ c: Cooperation, _ f: (Milestone) -> T, _ none: T) -> T { c.implementation.milestones.indices.contains(i) ? f(c.implementation.milestones[i]) : none }
            return [FieldGroup("Tonggak \(i + 1)", [
                .text("\(base).title", "Uraian tonggak", get: { read($0, \.title, "") }, set: { c, v in edit(&c) { $0.title = v } }),
                .date("\(base).due", "Target tanggal", get: { read($0, \.due, nil) }, set: { c, v in edit(&c) { $0.due = v } }),
                .date("\(base).completedOn", "Tanggal selesai", get: { read($0, \.completedOn, nil) }, set: { c, v in edit(&c) { $0.completedOn = v } }),
            ])]
        case .evaluations:
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout Evaluation) -> Void) { if c.implementation.evaluations.indices.contains(i) { f(&c.implementation.evaluations[i]) } }
            @Sendable func read<T>(_ c: Cooperation, _ f: (Evaluation) -> T, _ none: T) -> T { c.implementation.evaluations.indices.contains(i) ? f(c.implementation.evaluations[i]) : none }
            return [
                FieldGroup("Evaluasi \(i + 1)", [
                    .date("\(base).date", "Tanggal evaluasi", get: { read($0, \.date, nil) }, set: { c, v in if let v { edit(&c) { $0.date = v } } }),
                    .text("\(base).evaluator", "Evaluator", help: "Tim atau perangkat daerah yang mengevaluasi.",
                          get: { read($0, \.evaluator, "") }, set: { c, v in edit(&c) { $0.evaluator = v } }),
                    .area("\(base).summary", "Ringkasan hasil", rows: 3, get: { read($0, \.summary, "") }, set: { c, v in edit(&c) { $0.summary = v } }),
                ]),
                FieldGroup("Evaluasi \(i + 1): temuan dan rekomendasi", note: "Tindak lanjut dicatat pada bagian Tindak lanjut evaluasi.", [
                    .lines("\(base).findings", "Temuan", rows: 3, get: { read($0, \.findings, []) }, set: { c, v in edit(&c) { $0.findings = v } }),
                    .lines("\(base).recommendations", "Rekomendasi", rows: 3,
                           get: { read($0, \.recommendations, []) }, set: { c, v in edit(&c) { $0.recommendations = v } }),
                ]),
                FieldGroup("Evaluasi \(i + 1): berita acara", note: "Berita acara atau laporan hasil evaluasi, teregistrasi.",
                           AfterSigningLists.documentFields(base: "\(base).document", what: "hasil evaluasi",
                                                            get: { c in read(c, \.document, nil) }, set: { c, d in edit(&c) { $0.document = d } })),
            ]
        case .reports:
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout Report) -> Void) { if c.implementation.reports.indices.contains(i) { f(&c.implementation.reports[i]) } }
            @Sendable func read<T>(_ c: Cooperation, _ f: (Report) -> T, _ none: T) -> T { c.implementation.reports.indices.contains(i) ? f(c.implementation.reports[i]) : none }
            return [
                FieldGroup("Laporan \(i + 1): surat pengantar", [
                    .date("\(base).date", "Tanggal laporan", get: { read($0, \.date, nil) }, set: { c, v in if let v { edit(&c) { $0.date = v } } }),
                    .text("\(base).recipient", "Kepada", help: "Gubernur bagi kabupaten/kota, Menteri bagi provinsi (PP 28/2018 Pasal 44).",
                          get: { read($0, \.recipient, "") }, set: { c, v in edit(&c) { $0.recipient = v } }),
                    .text("\(base).letterNumber", "Nomor surat pengantar", maxLength: 120,
                          get: { read($0, \.letterNumber, "") }, set: { c, v in edit(&c) { $0.letterNumber = v } }),
                    .date("\(base).periodStart", "Awal periode", get: { read($0, \.periodStart, nil) }, set: { c, v in edit(&c) { $0.periodStart = v } }),
                    .date("\(base).periodEnd", "Akhir periode", get: { read($0, \.periodEnd, nil) }, set: { c, v in edit(&c) { $0.periodEnd = v } }),
                ]),
                FieldGroup("Laporan \(i + 1): isi laporan", note: "Evaluasi dalam periode ini masuk ke laporan dengan sendirinya.", [
                    .area("\(base).summary", "Ringkasan pelaksanaan", rows: 3, get: { read($0, \.summary, "") }, set: { c, v in edit(&c) { $0.summary = v } }),
                    .lines("\(base).obstacles", "Kendala dan upaya penyelesaian", rows: 3,
                           get: { read($0, \.obstacles, []) }, set: { c, v in edit(&c) { $0.obstacles = v } }),
                ]),
            ]
        case .actionPlan:
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout ActionPlanItem) -> Void) { if c.memorandum.actionPlan.indices.contains(i) { f(&c.memorandum.actionPlan[i]) } }
            @Sendable func read<T>(_ c: Cooperation, _ f: (ActionPlanItem) -> T, _ none: T) -> T { c.memorandum.actionPlan.indices.contains(i) ? f(c.memorandum.actionPlan[i]) : none }
            let parties = c.parties.indices.map { ($0, "\(Party.label(at: $0).capitalized) (\(c.parties[$0].name))") }
            return [FieldGroup("Kegiatan rencana aksi \(i + 1)", [
                .text("\(base).activity", "Kegiatan", get: { read($0, \.activity, "") }, set: { c, v in edit(&c) { $0.activity = v } }),
                .text("\(base).output", "Keluaran", get: { read($0, \.output, "") }, set: { c, v in edit(&c) { $0.output = v } }),
                .choice("\(base).partyIndex", "Penanggung jawab", options: parties, get: { read($0, \.partyIndex, nil) },
                        set: { c, v in if let v { let parties = c.parties; edit(&c) { $0.assign(party: v, of: parties) } } }),
                .text("\(base).unit", "Unit kerja penanggung jawab", get: { read($0, \.unit, "") }, set: { c, v in edit(&c) { $0.unit = v } }),
                .text("\(base).timeline", "Waktu pelaksanaan", help: "Misalnya Triwulan II 2026, atau 2026–2027.",
                      get: { read($0, \.timeline, "") }, set: { c, v in edit(&c) { $0.timeline = v } }),
                .choice("\(base).funding", "Sumber dana", options: FundingSource.allCases.map { ($0, $0.label) }, get: { read($0, \.funding, nil) },
                        set: { c, v in if let v { edit(&c) { $0.funding = v } } }),
            ])]
        }
    }
}
