import Foundation
import MufakatDomain

/// Ringkasan: one page on where a cooperation stands: who, what, how long, how much, and each
/// stage's status. Stage-dependent values that do not exist yet are reported as the stage's
/// status ("Draf"), which is a fact, not a blank; the core facts are flagged when missing.
struct SummaryBuilder {
    let context: BuildContext

    func build() -> Naskah {
        let c = context.cooperation
        var rows: [Table.Row] = [
            Table.Row(["Judul", context.title]),
            Table.Row(["Kode kerja sama", RichText(c.id)]),
            Table.Row(["Jenis kerja sama", RichText(c.kind.label + (context.rulebook.kind(c.kind).map { " (\($0.basis))" } ?? ""))]),
            Table.Row(["Urusan pemerintahan", context.affairName + (c.affairCode.isEmpty ? "" : " (\(c.affairCode))")]),
        ]
        for i in c.parties.indices {
            var who = context.formalName(i)
            let rep = c.parties[i].representative
            if !rep.title.isEmpty { who += ", diwakili oleh \(rep.title)" }
            rows.append(Table.Row([RichText(context.partyLabel(i).capitalized.replacingOccurrences(of: "Pihak", with: "Pihak")), who]))
        }
        rows.append(Table.Row(["Objek", context.phrase(c.proposal.object, "proposal.object", "Objek kerja sama")]))
        let years = c.agreement.durationYears ?? c.memorandum.durationYears ?? c.proposal.durationYears
        rows.append(Table.Row(["Jangka waktu", years.map { RichText("\(BuildContext.countWords($0)) tahun") }
                               ?? context.count(nil, "proposal.durationYears", "Jangka waktu kerja sama (tahun)")]))
        if c.kind == .notaKesepakatan {
            // A Nota runs from its own signing for its own term; there is no PKS.
            if let start = c.memorandum.signing.date, let y = c.memorandum.durationYears {
                rows.append(Table.Row(["Masa berlaku", RichText("\(context.options.dateStyle.format(start)) sampai dengan \(context.options.dateStyle.format(start.adding(years: y).adding(days: -1)))")]))
            } else {
                rows.append(Table.Row(["Masa berlaku", RichText("Dihitung sejak Nota Kesepakatan ditandatangani (\(c.memorandum.progress.status.label.lowercased()))")]))
            }
        } else if let start = c.agreement.startDate ?? c.agreement.signing.date, let end = c.expiryDate {
            rows.append(Table.Row(["Masa berlaku", RichText("\(context.options.dateStyle.format(start)) sampai dengan \(context.options.dateStyle.format(end))")]))
        } else {
            rows.append(Table.Row(["Masa berlaku", RichText("Dihitung sejak Perjanjian Kerja Sama berlaku (\(c.agreement.progress.status.label.lowercased()))")]))
        }
        if let ended = c.ended {
            // An ended cooperation says so plainly: the term is over, with the ground and the date.
            let ground: String
            switch ended.ground {
            case .termExpired: ground = "jangka waktu berakhir"
            case .purposeAchieved: ground = "tujuan kerja sama tercapai"
            case .mutualAgreement: ground = "kesepakatan para pihak"
            case .lawChanged: ground = "perubahan peraturan perundang-undangan"
            case .objectLost: ground = "objek kerja sama hilang atau musnah"
            case .courtJudgment: ground = "putusan pengadilan"
            case .thirdPartyBankrupt: ground = "pihak ketiga pailit"
            }
            rows.append(Table.Row(["Status", RichText("BERAKHIR pada tanggal \(context.options.dateStyle.format(ended.date)) karena \(ground)", bold: true)]))
        }
        if let total = c.financing.total, !c.financing.lines.isEmpty {
            rows.append(Table.Row(["Nilai rencana pembiayaan", RichText(total.figuresAndWords)]))
            for i in c.parties.indices {
                if let sum = c.financing.total(forParty: i), sum.value > 0 {
                    rows.append(Table.Row([RichText("  bagian \(context.partyLabel(i))"), RichText(sum.figures)]))
                }
            }
        } else {
            rows.append(Table.Row(["Nilai rencana pembiayaan", RichText("Rencana pembiayaan belum disusun (\(c.financing.progress.status.label.lowercased()))")]))
        }
        let reasons = CouncilRequestBuilder.reasons(c, ownIndex: context.ownIndex)
        let dprd: String
        switch c.councilApproval.progress.status {
        case .skipped:
            let reason = c.councilApproval.progress.skipReason?.trimmedWhitespace() ?? ""
            dprd = reason.lowercased().hasPrefix("tidak diperlukan") ? reason : "Tidak diperlukan" + (reason.isEmpty ? "" : ": \(reason)")
        case .done: dprd = "Telah diberikan"
        default:
            if let kind = context.rulebook.kind(c.kind), !kind.stages.contains("dprd") {
                dprd = "Tidak termasuk tahapan \(kind.name) menurut rulebook"
            } else if !reasons.isEmpty || c.burdensPublic == true || c.financing.hasUnbudgetedLine {
                dprd = "Diperlukan (\(c.councilApproval.progress.status.label.lowercased()))"
            } else if c.burdensPublic == nil {
                dprd = "Belum dapat ditentukan: pertanyaan membebani masyarakat dan daerah belum dijawab"
            } else if c.financing.lines.isEmpty {
                dprd = "Belum dapat ditentukan: rencana pembiayaan belum disusun"
            } else {
                dprd = "Tidak diperlukan menurut data saat ini"
            }
        }
        let stageIDs = context.rulebook.kind(c.kind)?.stages ?? []
        if stageIDs.contains("dprd") { rows.append(Table.Row(["Persetujuan DPRD", RichText(dprd)])) }
        var signed: [(String, Signing, StageProgress)] = []
        if stageIDs.contains("kb") || stageIDs.contains("nota") { signed.append((context.memorandumName, c.memorandum.signing, c.memorandum.progress)) }
        if stageIDs.contains("pks") { signed.append(("Perjanjian Kerja Sama", c.agreement.signing, c.agreement.progress)) }
        for (name, signing, stage) in signed {
            let numbers = signing.numbers.map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
            if let date = signing.date, !numbers.isEmpty {
                rows.append(Table.Row([RichText("Nomor \(name)"), RichText("\(numbers.joined(separator: "; ")), tanggal \(context.options.dateStyle.format(date))")]))
            } else {
                rows.append(Table.Row([RichText("Nomor \(name)"), RichText("Belum ditandatangani (\(stage.status.label.lowercased()))")]))
            }
        }
        for renewal in c.renewals ?? [] {
            rows.append(Table.Row(["Perpanjangan", RichText("\(BuildContext.countWords(renewal.years)) tahun, disepakati tanggal \(context.options.dateStyle.format(renewal.date))")]))
        }
        if let ended = c.ended {
            let ground = context.rulebook.endingGround(ended.ground.rawValue)
            rows.append(Table.Row(["Status", RichText("\(CooperationStatus.ended.label) pada tanggal \(context.options.dateStyle.format(ended.date)) karena \(ground?.name ?? ended.ground.rawValue)"
                                                     + (ground.map { " (\($0.basis))" } ?? ""))]))
        }
        if let scans = scanRow(c) { rows.append(Table.Row(["Pindaian naskah bertanda tangan", RichText(scans)])) }
        let table = Table(columns: [.init(weight: 30), .init(weight: 70)], rows: rows, style: .grid)
        var stageRows: [Table.Row] = []
        for (n, stage) in context.rulebook.stages(for: c.kind).enumerated() {
            let section = StageSection(rawValue: stage.section) ?? .custom
            let progress = c.progress(of: section, customID: stage.id)
            let when = progress.completedOn.map { context.options.dateStyle.format($0) } ?? ""
            stageRows.append(Table.Row([RichText("\(n + 1)"), RichText(stage.name), RichText(progress.status.label), RichText(when)]))
        }
        var blocks: [Block] = [
            .title(["RINGKASAN KERJA SAMA DAERAH"]),
            .table(table),
            .heading("Tahapan"),
        ]
        if !stageRows.isEmpty {
            blocks.append(.table(Table(columns: [.init(weight: 8, alignment: .right), .init(weight: 48), .init(weight: 24), .init(weight: 20)],
                                       header: ["No.", "Tahap", "Status", "Selesai"], rows: stageRows)))
        }
        return Naskah(kind: .ringkasan, title: "Ringkasan Kerja Sama tentang \(BuildContext.withoutLeadingKerjaSama(c.title))", blocks: blocks)
    }

    /// Whether each signed KB and PKS has its signed scan in the archive, beside the fingerprint
    /// of the naskah recorded at signing; nil while nothing is signed.
    func scanRow(_ c: Cooperation) -> String? {
        let signed = c.signedStages
        guard !signed.isEmpty else { return nil }
        let kinds = context.rulebook.signedScanKinds
        let parts = signed.map { stage -> String in
            let name = stage == StageSection.memorandum.rawValue ? context.memorandumName : "Perjanjian Kerja Sama"
            let signing = stage == StageSection.memorandum.rawValue ? c.memorandum.signing : c.agreement.signing
            let naskah = signing.documentSHA256.map { "; sidik naskah \($0.prefix(12))…" } ?? ""
            if let scan = c.archivedFiles.last(where: { $0.stage == stage && kinds.contains($0.kind) }) {
                return "\(name): ada (\(scan.fileName), SHA-256 \(scan.sha256.prefix(12))…\(naskah))"
            }
            return "\(name): BELUM ADA\(naskah.isEmpty ? "" : " (\(naskah.dropFirst(2)))")"
        }
        return parts.joined(separator: "; ")
    }
}
