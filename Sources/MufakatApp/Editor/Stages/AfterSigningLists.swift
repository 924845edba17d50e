import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Sesudah penandatanganan: the lists of the life of a signed cooperation (the follow-ups of
/// evaluations, the TKKSD reviews, renewals and amendments), edited like every other list: a
/// table, and one form per record. The rules (how many evaluations a year, which stages the TKKSD
/// reviews, the grounds of an ending) come from the rulebook.
enum AfterSigningLists {
    /// Where a follow-up sits: the evaluation and its place in that evaluation's follow-ups.
    struct FollowUpRef: Hashable, Sendable { var evaluation: Int; var followUp: Int }

    /// Every follow-up of every evaluation, in order, as one flat list.
    static func followUpRefs(_ c: Cooperation) -> [FollowUpRef] {
        c.implementation.evaluations.indices.flatMap { e in
            c.implementation.evaluations[e].followUps.indices.map { FollowUpRef(evaluation: e, followUp: $0) }
        }
    }

    /// The stages whose signed document an adendum may change: the KB, the Nota and the PKS of the kind.
    static func amendableStages(_ c: Cooperation, rulebook: Rulebook) -> [Rulebook.StageRule] {
        AfterSigningService(rulebook: rulebook).amendableStages(c)
    }

    static func partyName(_ c: Cooperation, _ p: Int) -> String {
        "\(Party.label(at: p)) (\(c.parties.indices.contains(p) ? c.parties[p].name : "-"))"
    }

    static func date(_ d: MufakatDomain.CalendarDate?) -> String { d.map { $0.dayMonthYear } ?? "-" }

    // MARK: Table

    static func count(_ list: ListKind, _ c: Cooperation) -> Int {
        switch list {
        case .followUps: followUpRefs(c).count
        case .tkksdReviews: c.tkksdReviews?.count ?? 0
        case .renewals: c.renewals?.count ?? 0
        case .amendments: c.amendments.count
        default: 0
        }
    }

    static func columns(_ list: ListKind) -> [TableColumn] {
        switch list {
        case .followUps:
            [TableColumn("Ev.", width: .fixed(3)), TableColumn("Tindak lanjut", width: .flexible(3)),
             TableColumn("Penanggung jawab", width: .flexible(2)), TableColumn("Tenggat", width: .fixed(10)), TableColumn("Selesai", width: .fixed(10))]
        case .tkksdReviews:
            [TableColumn("Tahap", width: .flexible(1)), TableColumn("Tanggal", width: .fixed(10)), TableColumn("Rekomendasi", width: .flexible(3))]
        case .renewals:
            [TableColumn("Tanggal", width: .fixed(10)), TableColumn("Tambahan", width: .fixed(9)), TableColumn("Alasan", width: .flexible(3))]
        case .amendments:
            [TableColumn("Naskah", width: .fixed(6)), TableColumn("Tanggal", width: .fixed(10)), TableColumn("Alasan", width: .flexible(3))]
        default: []
        }
    }

    static func rows(_ list: ListKind, _ c: Cooperation) -> [[String]] {
        switch list {
        case .followUps:
            return followUpRefs(c).map { r in
                let f = c.implementation.evaluations[r.evaluation].followUps[r.followUp]
                return [String(r.evaluation + 1), f.action, f.owner, date(f.deadline), date(f.completedOn)]
            }
        case .tkksdReviews:
            return (c.tkksdReviews ?? []).map { [$0.stageID, date($0.date), $0.recommendation] }
        case .renewals:
            return (c.renewals ?? []).map { [date($0.date), "\($0.years) tahun", $0.reason] }
        case .amendments:
            return c.amendments.map { [$0.stageID, date($0.date), $0.reason] }
        default:
            return []
        }
    }

    /// Why a record cannot be added now (nil: it can).
    static func cannotAdd(_ list: ListKind, _ c: Cooperation, context: EditorContext) -> String? {
        switch list {
        case .followUps where c.implementation.evaluations.isEmpty:
            "Tindak lanjut mengikuti evaluasi: catat evaluasinya dulu pada bagian Evaluasi."
        case .tkksdReviews where c.tkksdReviewPoints(rulebook: context.rulebook).isEmpty:
            "Rulebook tidak menyebut tahapan yang ditelaah TKKSD untuk \(c.kind.label)."
        case .renewals where c.signedOn == nil:
            "Perpanjangan hanya untuk kerja sama yang sudah ditandatangani."
        case .amendments where c.signedOn == nil || amendableStages(c, rulebook: context.rulebook).isEmpty:
            "Adendum hanya mengubah naskah yang sudah ditandatangani."
        default:
            nil
        }
    }

    /// Adds a record pre-filled from what is known; returns its index.
    static func add(_ list: ListKind, _ c: inout Cooperation, context: EditorContext, after index: Int?) -> Int {
        switch list {
        case .followUps:
            // A new follow-up joins the evaluation of the highlighted one, else the latest evaluation.
            let refs = followUpRefs(c)
            let e = index.flatMap { refs.indices.contains($0) ? refs[$0].evaluation : nil } ?? (c.implementation.evaluations.count - 1)
            guard c.implementation.evaluations.indices.contains(e) else { return 0 }
            c.implementation.evaluations[e].followUps.append(EvaluationFollowUp())
            let added = FollowUpRef(evaluation: e, followUp: c.implementation.evaluations[e].followUps.count - 1)
            return followUpRefs(c).firstIndex(of: added) ?? 0
        case .tkksdReviews:
            let points = c.tkksdReviewPoints(rulebook: context.rulebook)
            let stage = points.first { $0.review == nil }?.stage.id ?? points.first?.stage.id ?? ""
            c.tkksdReviews = (c.tkksdReviews ?? []) + [TKKSDReview(stageID: stage, date: context.today)]
            return c.tkksdReviews!.count - 1
        case .renewals:
            c.renewals = (c.renewals ?? []) + [Renewal(date: context.today, years: 1,
                                                       evaluationIndex: c.implementation.evaluations.indices.last)]
            return c.renewals!.count - 1
        case .amendments:
            let stage = amendableStages(c, rulebook: context.rulebook).last?.id ?? StageSection.agreement.rawValue
            var amendment = Amendment(stageID: stage, reason: "", date: context.today)
            amendment.changes = []
            c.amendments.append(amendment)
            return c.amendments.count - 1
        default:
            return 0
        }
    }

    static func remove(_ list: ListKind, _ c: inout Cooperation, at i: Int) {
        switch list {
        case .followUps:
            let refs = followUpRefs(c)
            guard refs.indices.contains(i) else { return }
            c.implementation.evaluations[refs[i].evaluation].followUps.remove(at: refs[i].followUp)
        case .tkksdReviews:
            if c.tkksdReviews?.indices.contains(i) ?? false { c.tkksdReviews!.remove(at: i) }
            if c.tkksdReviews?.isEmpty ?? false { c.tkksdReviews = nil }
        case .renewals:
            if c.renewals?.indices.contains(i) ?? false { c.renewals!.remove(at: i) }
            if c.renewals?.isEmpty ?? false { c.renewals = nil }
        case .amendments:
            if c.amendments.indices.contains(i) { c.amendments.remove(at: i) }
        default:
            break
        }
    }

    // MARK: Record forms

    static func recordGroups(_ list: ListKind, _ i: Int, cooperation c: Cooperation, context: EditorContext) -> [FieldGroup] {
        switch list {
        case .followUps: followUp(i, c)
        case .tkksdReviews: tkksdReview(i, c, context: context)
        case .renewals: renewal(i, c)
        case .amendments: amendment(i, c, context: context)
        default: []
        }
    }

    static func followUp(_ i: Int, _ c: Cooperation) -> [FieldGroup] {
        let refs = followUpRefs(c)
        guard refs.indices.contains(i) else { return [] }
        let r = refs[i]
        let base = "implementation.evaluations[\(r.evaluation)].followUps[\(r.followUp)]"
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout EvaluationFollowUp) -> Void) {
            guard c.implementation.evaluations.indices.contains(r.evaluation),
                  c.implementation.evaluations[r.evaluation].followUps.indices.contains(r.followUp) else { return }
            f(&c.implementation.evaluations[r.evaluation].followUps[r.followUp])
        }
        @Sendable func read<T>(_ c: Cooperation, _ f: (EvaluationFollowUp) -> T, _ none: T) -> T {
            guard c.implementation.evaluations.indices.contains(r.evaluation),
                  c.implementation.evaluations[r.evaluation].followUps.indices.contains(r.followUp) else { return none }
            return f(c.implementation.evaluations[r.evaluation].followUps[r.followUp])
        }
        let when = date(c.implementation.evaluations[r.evaluation].date)
        return [FieldGroup("Tindak lanjut \(i + 1) (evaluasi ke-\(r.evaluation + 1), \(when))", [
            .text("\(base).action", "Tindak lanjut", help: "Apa yang dikerjakan, misalnya Menyusun ulang jadwal layanan.",
                  get: { read($0, \.action, "") }, set: { c, v in edit(&c) { $0.action = v } }),
            .text("\(base).owner", "Penanggung jawab", help: "Perangkat daerah atau pejabat yang menindaklanjuti.",
                  get: { read($0, \.owner, "") }, set: { c, v in edit(&c) { $0.owner = v } }),
            .date("\(base).deadline", "Tenggat", get: { read($0, \.deadline, nil) }, set: { c, v in edit(&c) { $0.deadline = v } }),
            .date("\(base).completedOn", "Tanggal selesai", help: "Kosongkan selama belum selesai.",
                  get: { read($0, \.completedOn, nil) }, set: { c, v in edit(&c) { $0.completedOn = v } }),
        ])]
    }

    static func tkksdReview(_ i: Int, _ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let base = "tkksdReviews[\(i)]"
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout TKKSDReview) -> Void) {
            guard c.tkksdReviews?.indices.contains(i) ?? false else { return }
            f(&c.tkksdReviews![i])
        }
        @Sendable func read<T>(_ c: Cooperation, _ f: (TKKSDReview) -> T, _ none: T) -> T {
            (c.tkksdReviews?.indices.contains(i) ?? false) ? f(c.tkksdReviews![i]) : none
        }
        let stages = c.tkksdReviewPoints(rulebook: context.rulebook).map { ($0.stage.id, $0.stage.name) }
        let basis = context.rulebook.tkksd?.basis ?? ""
        return [
            FieldGroup("Telaahan TKKSD \(i + 1)", note: "Tahapan yang ditelaah menurut rulebook (\(basis)).", [
                .choice("\(base).stageID", "Naskah yang ditelaah", options: stages,
                        get: { read($0, \.stageID, nil) }, set: { c, v in if let v { edit(&c) { $0.stageID = v } } }),
                .date("\(base).date", "Tanggal rapat/telaahan", get: { read($0, \.date, nil) }, set: { c, v in edit(&c) { $0.date = v } }),
                .area("\(base).recommendation", "Rekomendasi", rows: 3,
                      get: { read($0, \.recommendation, "") }, set: { c, v in edit(&c) { $0.recommendation = v } }),
                .yesNo("\(base).recommended", "Direkomendasikan untuk dilanjutkan?",
                       get: { read($0, \.recommended, nil) }, set: { c, v in edit(&c) { $0.recommended = v } }),
            ]),
            FieldGroup("Telaahan TKKSD \(i + 1): naskah", note: "Naskah rekomendasi atau berita acara rapat TKKSD, teregistrasi.",
                        documentFields(base: "\(base).document", what: "rekomendasi TKKSD",
                                       get: { c in read(c, \.document, nil) }, set: { c, d in edit(&c) { $0.document = d } })),
        ]
    }

    static func renewal(_ i: Int, _ c: Cooperation) -> [FieldGroup] {
        let base = "renewals[\(i)]"
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout Renewal) -> Void) {
            guard c.renewals?.indices.contains(i) ?? false else { return }
            f(&c.renewals![i])
        }
        @Sendable func read<T>(_ c: Cooperation, _ f: (Renewal) -> T, _ none: T) -> T {
            (c.renewals?.indices.contains(i) ?? false) ? f(c.renewals![i]) : none
        }
        let evaluations = [(-1, "Tidak merujuk evaluasi")] + c.implementation.evaluations.indices.map {
            ($0, "Evaluasi ke-\($0 + 1) (\(date(c.implementation.evaluations[$0].date)))")
        }
        return [
            FieldGroup("Perpanjangan \(i + 1)", note: "Perpanjangan atas kesepakatan para pihak dengan memperhatikan hasil evaluasi.", [
                .date("\(base).date", "Tanggal kesepakatan perpanjangan", get: { read($0, \.date, nil) },
                      set: { c, v in if let v { edit(&c) { $0.date = v } } }),
                .number("\(base).years", "Tambahan jangka waktu (tahun)", range: 1...99, get: { read($0, \.years, nil) },
                        set: { c, v in if let v { edit(&c) { $0.years = v } } }),
                .area("\(base).reason", "Alasan perpanjangan", rows: 3, get: { read($0, \.reason, "") }, set: { c, v in edit(&c) { $0.reason = v } }),
                .choice("\(base).evaluationIndex", "Hasil evaluasi yang menjadi dasar", options: evaluations,
                        get: { read($0, { $0.evaluationIndex ?? -1 }, -1) },
                        set: { c, v in edit(&c) { $0.evaluationIndex = (v ?? -1) < 0 ? nil : v } }),
            ]),
            FieldGroup("Perpanjangan \(i + 1): nomor naskah", note: "Setiap pihak memberi nomor sendiri pada naskah perpanjangan.",
                        numberFields(base: "\(base).numbers", c,
                                     get: { c in read(c, \.numbers, []) }, set: { c, n in edit(&c) { $0.numbers = n } })),
        ]
    }

    static func amendment(_ i: Int, _ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let base = "amendments[\(i)]"
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout Amendment) -> Void) {
            guard c.amendments.indices.contains(i) else { return }
            f(&c.amendments[i])
        }
        @Sendable func read<T>(_ c: Cooperation, _ f: (Amendment) -> T, _ none: T) -> T {
            c.amendments.indices.contains(i) ? f(c.amendments[i]) : none
        }
        let stages = amendableStages(c, rulebook: context.rulebook).map { ($0.id, $0.name) }
        return [
            FieldGroup("Adendum \(i + 1)", note: "Perubahan atas naskah yang sudah ditandatangani, dengan naskah adendumnya sendiri.", [
                .choice("\(base).stageID", "Naskah yang diubah", options: stages,
                        get: { read($0, \.stageID, nil) }, set: { c, v in if let v { edit(&c) { $0.stageID = v } } }),
                .date("\(base).date", "Tanggal adendum", get: { read($0, \.date, nil) }, set: { c, v in if let v { edit(&c) { $0.date = v } } }),
                .area("\(base).reason", "Alasan perubahan", rows: 3, get: { read($0, \.reason, "") }, set: { c, v in edit(&c) { $0.reason = v } }),
                .lines("\(base).changes", "Rincian perubahan", help: "Satu perubahan per baris, misalnya Pasal 5 ayat (1) diubah sehingga berbunyi ...",
                       rows: 3, get: { read($0, { $0.changes ?? [] }, []) }, set: { c, v in edit(&c) { $0.changes = v } }),
            ]),
            FieldGroup("Adendum \(i + 1): nomor naskah", note: "Setiap pihak memberi nomor sendiri pada naskah adendum.",
                        numberFields(base: "\(base).numbers", c,
                                     get: { c in read(c, { $0.numbers ?? [] }, []) }, set: { c, n in edit(&c) { $0.numbers = n } })),
        ]
    }

    // MARK: Shared fields

    /// One number field per party ("nomor naskah PIHAK PERTAMA (Kota Bogor)").
    static func numberFields(base: String, _ c: Cooperation,
                             get: @escaping @Sendable (Cooperation) -> [String],
                             set: @escaping @Sendable (inout Cooperation, [String]) -> Void) -> [FieldSpec] {
        c.parties.indices.map { p in
            .text("\(base)[\(p)]", "Nomor \(partyName(c, p))", maxLength: 120,
                  get: { c in let n = get(c); return n.indices.contains(p) ? n[p] : "" },
                  set: { c, v in
                      var n = get(c)
                      while n.count <= p { n.append("") }
                      n[p] = v
                      while n.last?.isEmpty ?? false { n.removeLast() }
                      set(&c, n)
                  })
        }
    }

    /// Nomor, tanggal and judul of a registered document; an empty one is taken away.
    static func documentFields(base: String, what: String,
                               get: @escaping @Sendable (Cooperation) -> RegisteredDocument?,
                               set: @escaping @Sendable (inout Cooperation, RegisteredDocument?) -> Void) -> [FieldSpec] {
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout RegisteredDocument) -> Void) {
            var d = get(c) ?? RegisteredDocument()
            f(&d)
            set(&c, d.isRegistered || d.date != nil ? d : nil)
        }
        return [
            .text("\(base).title", "Judul naskah \(what)", get: { get($0)?.title ?? "" }, set: { c, v in edit(&c) { $0.title = v } }),
            .text("\(base).number", "Nomor naskah \(what)", maxLength: 120, get: { get($0)?.number ?? "" }, set: { c, v in edit(&c) { $0.number = v } }),
            .date("\(base).date", "Tanggal naskah \(what)", get: { get($0)?.date }, set: { c, v in edit(&c) { $0.date = v } }),
        ]
    }
}
