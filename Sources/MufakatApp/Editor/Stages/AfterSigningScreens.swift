import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Pelaksanaan, penatausahaan dan pelaporan: the pages of a signed cooperation's life, in the
/// order an officer meets them: milestones, evaluations and their follow-ups, the periodic
/// report, the TKKSD reviews, renewals, amendments, and the ending (PP 28/2018 Pasal 6 ayat (1)
/// huruf h–j, Pasal 9, 22 and 44).
enum AfterSigningScreens {
    static func groups(_ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let r = context.rulebook
        let perYear = r.evaluationsPerYear(for: c)
        let recipient = ListKind.defaultReportRecipient(c, context: context)
        var groups = [
            FieldGroup("Tonggak pelaksanaan", list: .milestones),
            FieldGroup("Evaluasi", note: "Paling sedikit \(perYear) kali dalam satu tahun anggaran (\(r.reminders.evaluationBasis)).",
                       list: .evaluations),
            FieldGroup("Tindak lanjut evaluasi", note: "Setiap tindak lanjut dengan penanggung jawab dan tenggatnya.", list: .followUps),
            FieldGroup("Laporan pelaksanaan", note: "Laporan per periode dengan surat pengantar kepada \(recipient) (\(r.reporting?.basis ?? "PP 28/2018 Pasal 44")). Ekspor: Ctrl-R lalu e.",
                       list: .reports),
        ]
        if !c.tkksdReviewPoints(rulebook: r).isEmpty {
            groups.append(FieldGroup("Telaahan TKKSD", note: "Telaahan Tim Koordinasi Kerja Sama Daerah (\(r.tkksd?.basis ?? "")).", list: .tkksdReviews))
        }
        groups.append(FieldGroup("Perpanjangan", note: "Setiap perpanjangan menghasilkan naskah perpanjangan (ekspor: Ctrl-R lalu e).", list: .renewals))
        if !AfterSigningLists.amendableStages(c, rulebook: r).isEmpty {
            groups.append(FieldGroup("Adendum", note: "Setiap perubahan naskah yang sudah ditandatangani menghasilkan naskah adendum.", list: .amendments))
        }
        groups += ending(c, context: context)
        return groups
    }

    /// Pengakhiran: the ground (from the rulebook, for the kind), the date, the supporting
    /// document and the notification letter. Choosing "Belum berakhir" takes the record away.
    static func ending(_ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let grounds = context.rulebook.endingGrounds(for: c.kind).compactMap { g in
            EndRecord.Ground(rawValue: g.id).map { ($0.rawValue, "\(g.name) (\(g.basis))") }
        }
        let service = AfterSigningService(rulebook: context.rulebook, catalogues: context.catalogues, today: context.today)
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout EndRecord) -> Void) {
            guard var e = c.ended else { return }
            f(&e)
            c.ended = e
        }
        return [
            FieldGroup("Pengakhiran kerja sama", note: "Alasan menurut PP 28/2018 Pasal 9 ayat (1) dan Pasal 22, dari rulebook. Sesudahnya status kerja sama menjadi Berakhir.", [
                .choice("ended.ground", "Alasan berakhir", help: "←/→ memilih; pilih Belum berakhir untuk membatalkan.",
                        options: [("", "Belum berakhir")] + grounds,
                        get: { $0.ended?.ground.rawValue ?? "" },
                        set: { c, v in
                            guard let v, let ground = EndRecord.Ground(rawValue: v) else { c.ended = nil; return }
                            c.ended = service.endRecord(c.ended, ground: ground)
                        }),
                .date("ended.date", "Tanggal berakhir", help: "Bila tidak diisi: tanggal alasan dipilih.",
                      get: { $0.ended?.date }, set: { c, v in if let v { edit(&c) { $0.date = v } } }),
                .area("ended.note", "Keterangan", rows: 2, get: { $0.ended?.note ?? "" }, set: { c, v in edit(&c) { $0.note = v } }),
            ]),
            FieldGroup("Pengakhiran: naskah pendukung", note: "Kesepakatan pengakhiran, putusan pengadilan, atau naskah lain yang menjadi dasar.",
                       AfterSigningLists.documentFields(base: "ended.supportingDocument", what: "pendukung",
                                                        get: { $0.ended?.supportingDocument },
                                                        set: { c, d in edit(&c) { $0.supportingDocument = d } })),
            FieldGroup("Pengakhiran: naskah", note: "Surat pemberitahuan dari kepala daerah, atau pernyataan bersama para pihak. Ekspor: Ctrl-R lalu e.", [
                .choice("ended.instrument", "Naskah pengakhiran", options: EndRecord.Instrument.allCases.map { ($0, $0.label) },
                        get: { $0.ended.map { $0.instrument ?? .notification } },
                        set: { c, v in edit(&c) { $0.instrument = v == .statement ? .statement : nil } }),
                .text("ended.notificationLetter.number", "Nomor surat pemberitahuan", maxLength: 120,
                      get: { $0.ended?.notificationLetter?.number ?? "" },
                      set: { c, v in edit(&c) { var d = $0.notificationLetter ?? RegisteredDocument(title: DocumentKind.pengakhiran.label); d.number = v; $0.notificationLetter = d } }),
                .date("ended.notificationLetter.date", "Tanggal surat pemberitahuan",
                      get: { $0.ended?.notificationLetter?.date },
                      set: { c, v in edit(&c) { var d = $0.notificationLetter ?? RegisteredDocument(title: DocumentKind.pengakhiran.label); d.date = v; $0.notificationLetter = d } }),
                .date("ended.statementDate", "Tanggal pernyataan bersama", help: "Hanya bila naskahnya pernyataan bersama.",
                      get: { $0.ended?.statementDate }, set: { c, v in edit(&c) { $0.statementDate = v } }),
            ]),
            FieldGroup("Pengakhiran: nomor pernyataan bersama", note: "Setiap pihak memberi nomor sendiri; kosongkan bila naskahnya surat pemberitahuan.",
                       AfterSigningLists.numberFields(base: "ended.statementNumbers", c,
                                                      get: { $0.ended?.statementNumbers ?? [] },
                                                      set: { c, n in edit(&c) { $0.statementNumbers = n.isEmpty ? nil : n } })),
        ]
    }

    /// The naskah the implementation stage can export, those with their record present.
    static func documents(_ c: Cooperation) -> [DocumentKind] {
        var out: [DocumentKind] = [.ringkasan]
        if !c.implementation.reports.isEmpty { out.append(.laporan) }
        if !(c.renewals ?? []).isEmpty { out.append(.perpanjangan) }
        if !c.amendments.isEmpty { out.append(.adendum) }
        if c.ended != nil { out.append(.pengakhiran) }
        return out
    }
}
