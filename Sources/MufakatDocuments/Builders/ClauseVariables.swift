import Foundation
import MufakatDomain

/// The {variables} of the rulebook's clause templates (`[[clause]]`), filled from a cooperation.
/// The set is documented in the comment above the clause section of `rulebook.toml`.
struct ClauseVariables {
    /// A variable's value.
    enum Value {
        /// Text inside a sentence.
        case inline(RichText)
        /// Lettered items under the paragraph that names it (`{lingkup:list}`).
        case list([RichText])
        /// Whole paragraphs, each with its own lettered items (`{hak_kewajiban}`, `{pembiayaan}`).
        case paragraphs([(text: RichText, items: [RichText])])
    }

    /// Variables that follow a setting edited elsewhere (the evaluations per year agreed for the
    /// PKS, its term and dates, the KB's start year and funding): pre-filled articles keep them
    /// as {name}, so the naskah always prints the current value and an officer's change of the
    /// setting reaches the text. (Walked as Gresik: the PKS term changed from 25 to 24 years on
    /// the form still printed "25 (dua puluh lima) tahun ... sampai dengan 31 Mei 2050".)
    static let live: Set<String> = ["evaluasi_per_tahun", "jangka_waktu", "tanggal_mulai", "tanggal_berakhir", "hari_kahar",
                                    "tahun_anggaran_mulai", "sumber_biaya"]

    /// Every variable name the templates may use (documented above `[[clause]]` in rulebook.toml).
    static let names: [String] = [
        "judul", "jenis_naskah", "maksud", "tujuan", "objek", "urusan", "bentuk", "manfaat", "lingkup", "pihak",
        "para_pihak", "perangkat_daerah", "sumber_biaya", "tahun_anggaran_mulai", "jangka_waktu", "tanggal_mulai",
        "tanggal_berakhir", "jumlah_pihak", "jumlah_pihak_terbilang", "hak_kewajiban", "pembiayaan",
        "hasil_kerja_sama", "hari_kahar", "evaluasi_per_tahun", "nomor_kb", "tanggal_kb", "sekretariat_bersama", "sumber_biaya_pihak",
        "naskah_asal", "perubahan", "tambahan_jangka_waktu", "berlaku_mulai", "berlaku_sampai",
    ]

    let context: BuildContext
    /// `.kb` or `.pks`: decides which duration, which stage.
    let document: DocumentKind

    var cooperation: Cooperation { context.cooperation }

    /// Nil for a name the program does not know.
    func value(_ name: String) -> Value? {
        let c = cooperation
        let ctx = context
        switch name {
        case "judul": return .inline(ctx.title)
        case "jenis_naskah": return .inline(RichText(document == .pks ? "Perjanjian Kerja Sama" : ctx.memorandumName))
        case "maksud": return .inline(ctx.inSentence(c.proposal.purpose, "proposal.purpose", "Maksud kerja sama"))
        case "tujuan": return .inline(ctx.inSentence(c.proposal.goals, "proposal.goals", "Tujuan kerja sama"))
        case "objek": return .inline(ctx.inSentence(c.proposal.object, "proposal.object", "Objek kerja sama"))
        case "urusan": return .inline(ctx.affairName)
        case "bentuk":
            if let id = c.proposal.formID, let form = ctx.rulebook.kind(c.kind)?.form(id) { return .inline(RichText(form.name)) }
            return .inline(ctx.inSentence(c.proposal.form, "proposal.form", "Bentuk kerja sama"))
        case "sumber_biaya_pihak":
            // Each party from its own budget: a region its APBD, a ministry the APBN (PP 28/2018 Pasal 46).
            let parts = c.parties.indices.map { i -> RichText in
                let sources = c.fundingSources(ofParty: i).map { ctx.fundingPhrase($0, party: i) }
                return RichText("\(ctx.partyLabel(i)) dari ") + RichText(Workflow.list(sources))
            }
            return .inline(RichText.enumeration(parts))
        case "manfaat": return .inline(ctx.inSentence(c.proposal.expectedBenefit, "proposal.expectedBenefit", "Manfaat yang diharapkan"))
        case "lingkup":
            let scope = c.proposal.scope.map { $0.trimmedWhitespaceAndNewlines() }.filter { !$0.isEmpty }
            if scope.isEmpty { return .list([RichText(missing: MissingValue(path: "proposal.scope", label: "Ruang lingkup kerja sama"))]) }
            return .list(BuildContext.punctuated(scope).map { RichText($0) })
        case "sumber_biaya":
            return .inline(ctx.inSentence(c.memorandum.fundingSource, "memorandum.fundingSource", "Sumber pembiayaan"))
        case "tahun_anggaran_mulai":
            return .inline(ctx.year(c.memorandum.startBudgetYear, "memorandum.startBudgetYear", "Tahun anggaran mulai pelaksanaan"))
        case "jangka_waktu":
            return document == .pks
                ? .inline(ctx.count(c.agreement.durationYears, "agreement.durationYears", "Jangka waktu Perjanjian Kerja Sama (tahun)"))
                : .inline(ctx.count(c.memorandum.durationYears, "memorandum.durationYears", "Jangka waktu \(ctx.memorandumName) (tahun)"))
        case "tanggal_mulai":
            return .inline(ctx.date(c.agreement.startDate, "agreement.startDate", "Tanggal mulai berlaku Perjanjian Kerja Sama"))
        case "tanggal_berakhir":
            return .inline(ctx.date(c.expiryDate, "agreement.endDate", "Tanggal berakhir Perjanjian Kerja Sama (atau tanggal mulai dan jangka waktu)"))
        case "sekretariat_bersama":
            return .inline(ctx.phrase(c.jointSecretariat?.description, "jointSecretariat.description", "Kedudukan dan susunan sekretariat bersama"))
        case "jumlah_pihak": return .inline(RichText(BuildContext.countWords(c.parties.count)))
        case "jumlah_pihak_terbilang": return .inline(RichText(NumberWords.spell(c.parties.count)))
        case "para_pihak": return .inline(ctx.formalNames)
        case "pihak":
            return .list(c.parties.indices.enumerated().map { n, i in
                RichText("\(ctx.partyLabel(i)) adalah ") + ctx.formalName(i) + (n == c.parties.count - 1 ? "." : ";")
            })
        case "perangkat_daerah": return .inline(agencies)
        case "hak_kewajiban": return .paragraphs(duties)
        case "pembiayaan": return .paragraphs(financing)
        case "hasil_kerja_sama":
            return .inline(ctx.inSentence(c.financing.resultsHandling, "financing.resultsHandling", "Pengelolaan hasil kerja sama"))
        case "hari_kahar":
            return .inline(ctx.count(c.agreement.forceMajeureNoticeDays, "agreement.forceMajeureNoticeDays", "Batas hari pemberitahuan keadaan kahar"))
        case "evaluasi_per_tahun":
            return .inline(RichText(BuildContext.countWords(c.agreement.evaluationsPerYear ?? ctx.rulebook.reminders.evaluationsPerYear)))
        case "nomor_kb":
            let numbers = c.parties.indices.map { i -> RichText in
                let n = i < c.memorandum.signing.numbers.count ? c.memorandum.signing.numbers[i] : ""
                return "Nomor " + ctx.text(n, "memorandum.signing.numbers[\(i)]", "Nomor \(ctx.memorandumName) \(ctx.partyDescriptor(i))")
            }
            return .inline(RichText.enumeration(numbers))
        case "tanggal_kb":
            return .inline(ctx.date(c.memorandum.signing.date, "memorandum.signing.date", "Tanggal penandatanganan \(ctx.memorandumName)"))
        default: return changeValue(name)
        }
    }

    /// The variables of an adendum or perpanjangan. Kept out of `value(_:)` so that function's
    /// frame stays small: the editor calls it deep in its drawing on a thread with a small stack.
    private func changeValue(_ name: String) -> Value? {
        let c = cooperation
        let ctx = context
        switch name {
        case "naskah_asal": return .inline(ChangeDocumentBuilder.baseReference(ctx, document: document))
        case "perubahan":
            let index = c.amendments.indices.last
            let changes = index.map { c.amendments[$0].changes ?? [] }?.map { $0.trimmedWhitespaceAndNewlines() }.filter { !$0.isEmpty } ?? []
            if changes.isEmpty {
                return .list([RichText(missing: MissingValue(path: index.map { "amendments[\($0)].changes" } ?? "amendments", label: "Rincian perubahan pada adendum"))])
            }
            return .list(BuildContext.punctuated(changes).map { RichText($0) })
        case "tambahan_jangka_waktu":
            let renewal = c.renewals?.last
            return .inline(ctx.count(renewal?.years, "renewals[\(max(0, (c.renewals?.count ?? 1) - 1))].years", "Tambahan jangka waktu perpanjangan (tahun)"))
        case "berlaku_mulai", "berlaku_sampai":
            let (from, to) = ChangeDocumentBuilder.renewedSpan(c)
            let path = "agreement.endDate"
            return name == "berlaku_mulai"
                ? .inline(ctx.date(from, path, "Tanggal mulai masa perpanjangan (tanggal berakhir naskah asal)"))
                : .inline(ctx.date(to, path, "Tanggal berakhir masa perpanjangan"))
        default: return nil
        }
    }

    /// "Dinas Perhubungan Kota Bogor dan Dinas Perhubungan Kabupaten Bogor": the agencies of the
    /// region parties (a third party acts through its own organs).
    private var agencies: RichText {
        let ctx = context
        let parts = ctx.parties.indices.filter { ctx.parties[$0].type == .region }.map { i in
            ctx.phrase(ctx.agency(of: i), "parties[\(i)].agency", "Perangkat daerah pelaksana \(ctx.partyDescriptor(i))")
        }
        return RichText.enumeration(parts)
    }

    /// "PIHAK PERTAMA berhak:" / "PIHAK PERTAMA berkewajiban:" with lettered items, per party.
    private var duties: [(text: RichText, items: [RichText])] {
        let ctx = context
        var out: [(text: RichText, items: [RichText])] = []
        for i in ctx.parties.indices {
            let d = cooperation.agreement.duties.first { $0.partyIndex == i }
            let dutyIndex = cooperation.agreement.duties.firstIndex { $0.partyIndex == i }
            let base = dutyIndex.map { "agreement.duties[\($0)]" } ?? "agreement.duties"
            for (list, word, field, label) in [(d?.rights ?? [], "berhak", "rights", "Hak"),
                                              (d?.obligations ?? [], "berkewajiban", "obligations", "Kewajiban")] {
                let clean = list.map { $0.trimmedWhitespaceAndNewlines() }.filter { !$0.isEmpty }
                let items = clean.isEmpty
                    ? [RichText(missing: MissingValue(path: "\(base).\(field)", label: "\(label) \(ctx.partyDescriptor(i))"))]
                    : BuildContext.punctuated(clean).map { RichText($0) }
                out.append((RichText("\(ctx.partyLabel(i)) \(word):"), items))
            }
        }
        return out
    }

    /// One paragraph per party: its share in figures and words, by budget year.
    private var financing: [(text: RichText, items: [RichText])] {
        let ctx = context
        let lines = cooperation.financing.lines
        if lines.isEmpty {
            return [(RichText(missing: MissingValue(path: "financing.lines", label: "Rencana pembiayaan per pihak dan tahun anggaran")), [])]
        }
        var out: [(text: RichText, items: [RichText])] = []
        for i in ctx.parties.indices {
            let own = lines.filter { $0.partyIndex == i }
            let name = ctx.partyLabel(i)
            guard !own.isEmpty else {
                out.append((RichText("Pelaksanaan Perjanjian Kerja Sama ini tidak dibebankan pada anggaran \(name)."), []))
                continue
            }
            let total = Rupiah.sum(own.map(\.amount)) ?? .max
            let sources = orderedUnique(own.map(\.source)).map { source(label: $0, party: i) }
            var text = RichText("Biaya pelaksanaan Perjanjian Kerja Sama yang menjadi bagian \(name) sebesar \(total.figuresAndWords) dibebankan pada ")
            text += RichText.enumeration(sources)
            let years = orderedUnique(own.map(\.budgetYear)).sorted()
            if years.count == 1, own.count == 1 {
                out.append((text + " Tahun Anggaran \(years[0]).", []))
                continue
            }
            text += ", dengan rincian:"
            var items: [String] = []
            for year in years {
                let sum = Rupiah.sum(own.filter { $0.budgetYear == year }.map(\.amount)) ?? .max
                items.append("Tahun Anggaran \(year) sebesar \(sum.figuresAndWords)")
            }
            out.append((text, BuildContext.punctuated(items).map { RichText($0) }))
        }
        return out
    }

    private func source(label source: FundingSource, party i: Int) -> RichText {
        let ctx = context
        switch source {
        case .apbd:
            return ctx.parties[i].type == .region
                ? RichText("Anggaran Pendapatan dan Belanja Daerah ") + ctx.text(ctx.parties[i].name, "parties[\(i)].name", "Nama \(ctx.partyLabel(i))")
                : RichText("Anggaran Pendapatan dan Belanja Daerah")
        case .apbn: return "Anggaran Pendapatan dan Belanja Negara"
        case .apbdLain: return "Anggaran Pendapatan dan Belanja Daerah lain"
        case .pihakKetiga: return "dana " + ctx.formalName(i)
        case .lainnya: return "sumber lain yang sah dan tidak mengikat"
        }
    }

    private func orderedUnique<T: Hashable>(_ xs: [T]) -> [T] {
        var seen = Set<T>()
        return xs.filter { seen.insert($0).inserted }
    }
}
