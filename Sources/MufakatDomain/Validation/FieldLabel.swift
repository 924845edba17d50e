/// Nama isian: the name of a field of the cooperation JSON by its path (Indonesian, or English in
/// an English interface), for messages
/// that must name a field as an officer knows it ("parties[1].address" -> "Alamat kantor PIHAK
/// KEDUA (Kabupaten Sleman)"). The rulebook's required-field labels come first; the rest are here.
public enum FieldLabel {
    /// Labels by normalized path (indices written "[]"), Indonesian.
    static let known: [String: String] = [
        "title": "Judul kerja sama", "kind": "Jenis kerja sama", "parties": "Para pihak",
        "partiesBordering": "Para pihak berbatasan", "affairCode": "Urusan pemerintahan", "subAffairID": "Sub-urusan",
        "burdensPublic": "Membebani masyarakat dan daerah", "jointSecretariat.formed": "Sekretariat bersama dibentuk",
        "jointSecretariat.description": "Kedudukan dan susunan sekretariat bersama",
        "parties[].name": "Nama", "parties[].regionCode": "Daerah", "parties[].type": "Jenis pihak",
        "parties[].address": "Alamat kantor", "parties[].agency": "Perangkat daerah pelaksana",
        "parties[].city": "Tempat kedudukan", "parties[].officialName": "Nama resmi", "parties[].legalForm": "Bentuk hukum",
        "parties[].representative.name": "Nama kepala daerah/pimpinan", "parties[].representative.title": "Jabatan kepala daerah/pimpinan",
        "parties[].representative.appointmentDecree": "Keputusan pengangkatan kepala daerah/pimpinan",
        "parties[].signer.person.name": "Nama penanda tangan PKS", "parties[].signer.person.title": "Jabatan penanda tangan PKS",
        "parties[].signer.person.nip": "NIP penanda tangan PKS",
        "parties[].signer.powerOfAttorney.number": "Nomor surat kuasa", "parties[].signer.powerOfAttorney.date": "Tanggal surat kuasa",
        "parties[].company.fullName": "Nama lengkap badan usaha", "parties[].company.deed.number": "Nomor akta pendirian",
        "parties[].company.deed.date": "Tanggal akta pendirian", "parties[].company.ratification.number": "Nomor pengesahan badan hukum",
        "parties[].company.ratification.date": "Tanggal pengesahan badan hukum", "parties[].company.nib": "NIB",
        "parties[].company.npwp": "NPWP", "parties[].company.directorAppointment.number": "Pengangkatan direksi",
        "parties[].company.regionalRegulation.number": "Perda pendirian BUMD",
        "proposal.inRegionalPlan": "Objek dalam RPJMD/RKPD", "proposal.planException.ground": "Pengecualian RPJMD/RKPD",
        "proposal.planException.reason": "Alasan pengecualian RPJMD/RKPD",
        "proposal.durationExceptionID": "Pengecualian jangka waktu", "proposal.durationExceptionReason": "Alasan pengecualian jangka waktu",
        "proposal.indicativeCost": "Perkiraan biaya", "proposal.costBenefit": "Analisis manfaat dan biaya", "proposal.form": "Bentuk kerja sama",
        "offer.signer.title": "Jabatan penanda tangan surat penawaran", "offer.signer.name": "Penanda tangan surat penawaran",
        "offer.response": "Jawaban penawaran", "offer.responses[].response": "Jawaban penawaran",
        "offer.responseDate": "Tanggal jawaban penawaran",
        "proposal.date": "Tanggal usulan",
        "memorandum.signing.date": "Tanggal penandatanganan Kesepakatan Bersama", "memorandum.signing.place": "Tempat penandatanganan Kesepakatan Bersama",
        "memorandum.signing.numbers[]": "Nomor Kesepakatan Bersama", "memorandum.signing.signatories[].person.title": "Jabatan penanda tangan Kesepakatan Bersama",
        "memorandum.considerations": "Menimbang Kesepakatan Bersama",
        "councilApproval.approvals": "Persetujuan DPRD", "councilApproval.approvals[].approved": "Persetujuan DPRD",
        "councilApproval.approvals[].decisionNumber": "Nomor keputusan DPRD", "councilApproval.approvals[].decisionDate": "Tanggal keputusan DPRD",
        "councilApproval.approvals[].requestDate": "Tanggal surat permohonan persetujuan DPRD",
        "agreement.startDate": "Tanggal mulai berlaku PKS", "agreement.endDate": "Tanggal berakhir PKS",
        "agreement.durationYears": "Jangka waktu PKS", "agreement.durationExceptionID": "Pengecualian jangka waktu",
        "agreement.durationExceptionReason": "Alasan pengecualian jangka waktu",
        "agreement.signing.date": "Tanggal penandatanganan PKS", "agreement.signing.place": "Tempat penandatanganan PKS",
        "agreement.signing.numbers[]": "Nomor PKS", "agreement.signing.signatories[].powerOfAttorney.number": "Nomor surat kuasa penanda tangan PKS",
        "implementation.evaluations": "Evaluasi pelaksanaan",
        "financing.lines": "Rencana pembiayaan", "financing.lines[].description": "Uraian baris pembiayaan",
        "financing.lines[].planningCode": "Kode perencanaan baris pembiayaan", "financing.lines[].budgetYear": "Tahun anggaran baris pembiayaan",
        "financing.lines[].partyIndex": "Pihak pada baris pembiayaan", "financing.lines[].amount": "Jumlah baris pembiayaan",
        "renews": "Kerja sama yang diperbarui", "amendments": "Perubahan (adendum)", "notes": "Catatan",
        "customStages": "Tahapan tambahan",
        "proposal.initiatingAgency": "Perangkat daerah pemrakarsa", "proposal.background": "Latar belakang",
        "proposal.purpose": "Maksud", "proposal.goals": "Tujuan", "proposal.object": "Objek kerja sama",
        "proposal.scope": "Ruang lingkup", "proposal.expectedBenefit": "Manfaat yang diharapkan",
        "proposal.durationYears": "Jangka waktu (tahun)", "proposal.initiator": "Pemrakarsa",
        "proposal.formID": "Bentuk kerja sama", "proposal.feasibilityStudy": "Studi kelayakan",
        "proposal.tkksdRecommendation": "Rekomendasi TKKSD", "proposal.partnerSelection": "Pemilihan mitra",
        "proposal.incomingOffer": "Surat penawaran pihak ketiga", "offer.letter": "Surat penawaran",
        "agreement.articles": "Pasal PKS", "memorandum.articles": "Pasal Kesepakatan Bersama",
    ]

    /// The same labels in English, for an English interface (`DisplayLanguage`).
    static let knownEnglish: [String: String] = [
        "title": "Title of the cooperation", "kind": "Kind of cooperation", "parties": "Parties",
        "partiesBordering": "Parties border each other", "affairCode": "Government affair", "subAffairID": "Sub-affair",
        "burdensPublic": "Burdens the public and the region", "jointSecretariat.formed": "Joint secretariat formed",
        "jointSecretariat.description": "Seat and structure of the joint secretariat",
        "parties[].name": "Name", "parties[].regionCode": "Region", "parties[].type": "Kind of party",
        "parties[].address": "Office address", "parties[].agency": "Implementing regional agency",
        "parties[].city": "Seat", "parties[].officialName": "Official name", "parties[].legalForm": "Legal form",
        "parties[].representative.name": "Name of the head of region/leader", "parties[].representative.title": "Position of the head of region/leader",
        "parties[].representative.appointmentDecree": "Appointment decree of the head of region/leader",
        "parties[].signer.person.name": "Name of the PKS signatory", "parties[].signer.person.title": "Position of the PKS signatory",
        "parties[].signer.person.nip": "NIP of the PKS signatory",
        "parties[].signer.powerOfAttorney.number": "Power of attorney number", "parties[].signer.powerOfAttorney.date": "Power of attorney date",
        "parties[].company.fullName": "Full name of the company", "parties[].company.deed.number": "Deed of establishment number",
        "parties[].company.deed.date": "Deed of establishment date", "parties[].company.ratification.number": "Legal entity ratification number",
        "parties[].company.ratification.date": "Legal entity ratification date", "parties[].company.nib": "NIB",
        "parties[].company.npwp": "NPWP", "parties[].company.directorAppointment.number": "Appointment of directors",
        "parties[].company.regionalRegulation.number": "Perda establishing the BUMD",
        "proposal.inRegionalPlan": "Object in the RPJMD/RKPD", "proposal.planException.ground": "RPJMD/RKPD exception",
        "proposal.planException.reason": "Reason for the RPJMD/RKPD exception",
        "proposal.durationExceptionID": "Duration exception", "proposal.durationExceptionReason": "Reason for the duration exception",
        "proposal.indicativeCost": "Estimated cost", "proposal.costBenefit": "Cost-benefit analysis", "proposal.form": "Form of cooperation",
        "offer.signer.title": "Position of the offer letter's signatory", "offer.signer.name": "Signatory of the offer letter",
        "offer.response": "Answer to the offer", "offer.responses[].response": "Answer to the offer",
        "offer.responseDate": "Date of the answer to the offer",
        "proposal.date": "Proposal date",
        "memorandum.signing.date": "Signing date of the Memorandum of Understanding", "memorandum.signing.place": "Signing place of the Memorandum of Understanding",
        "memorandum.signing.numbers[]": "Memorandum of Understanding number", "memorandum.signing.signatories[].person.title": "Position of the Memorandum's signatory",
        "memorandum.considerations": "Considerations of the Memorandum of Understanding",
        "councilApproval.approvals": "DPRD approval", "councilApproval.approvals[].approved": "DPRD approval",
        "councilApproval.approvals[].decisionNumber": "DPRD decision number", "councilApproval.approvals[].decisionDate": "DPRD decision date",
        "councilApproval.approvals[].requestDate": "Date of the request for DPRD approval",
        "agreement.startDate": "PKS start date", "agreement.endDate": "PKS end date",
        "agreement.durationYears": "PKS duration", "agreement.durationExceptionID": "Duration exception",
        "agreement.durationExceptionReason": "Reason for the duration exception",
        "agreement.signing.date": "PKS signing date", "agreement.signing.place": "PKS signing place",
        "agreement.signing.numbers[]": "PKS number", "agreement.signing.signatories[].powerOfAttorney.number": "Power of attorney number of the PKS signatory",
        "implementation.evaluations": "Evaluations of the implementation",
        "financing.lines": "Financing plan", "financing.lines[].description": "Description of the financing line",
        "financing.lines[].planningCode": "Planning code of the financing line", "financing.lines[].budgetYear": "Budget year of the financing line",
        "financing.lines[].partyIndex": "Party of the financing line", "financing.lines[].amount": "Amount of the financing line",
        "renews": "Cooperation renewed", "amendments": "Amendments (adendum)", "notes": "Notes",
        "customStages": "Additional stages",
        "proposal.initiatingAgency": "Initiating regional agency", "proposal.background": "Background",
        "proposal.purpose": "Purpose", "proposal.goals": "Goals", "proposal.object": "Object of cooperation",
        "proposal.scope": "Scope", "proposal.expectedBenefit": "Expected benefit",
        "proposal.durationYears": "Duration (years)", "proposal.initiator": "Initiator",
        "proposal.formID": "Form of cooperation", "proposal.feasibilityStudy": "Feasibility study",
        "proposal.tkksdRecommendation": "TKKSD recommendation", "proposal.partnerSelection": "Partner selection",
        "proposal.incomingOffer": "Third party's offer letter", "offer.letter": "Offer letter",
        "agreement.articles": "Articles of the PKS", "memorandum.articles": "Articles of the Memorandum of Understanding",
    ]

    /// Labels in the interface language.
    static var table: [String: String] { DisplayLanguage.current == .english ? knownEnglish : known }

    /// The label of `path` in `cooperation`, in the interface language: the rulebook's label of a
    /// required field, else a known name with the party or row it concerns, else the name of the
    /// nearest enclosing field or stage ("Pembiayaan › isian lain"). Never the path itself: a
    /// path is an internal name.
    public static func label(for path: String, in cooperation: Cooperation, rulebook: Rulebook?) -> String {
        let stages = rulebook?.stages(for: cooperation.kind) ?? []
        for stage in stages {
            if let field = stage.requiredFields.first(where: { $0.path == path }) { return field.displayLabel }
        }
        if path.isEmpty { return words.cooperation }
        let table = Self.table
        // The path, then each enclosing path ("a.b[2].c" → "a.b[2]" → "a.b" → "a").
        var candidate = path
        while true {
            if let name = table[normalize(candidate)] { return decorate(name, path: path, in: cooperation) }
            guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            candidate = String(candidate[..<cut])
        }
        // A stage's section: the stage's name.
        for stage in stages {
            guard let section = StageSection(rawValue: stage.section) else { continue }
            let root = Workflow.sectionPath(section, stageID: stage.id)
            if path == root || path.hasPrefix(root + ".") || path.hasPrefix(root + "[") {
                return words.otherFieldOf(stage.displayName) + (firstIndex(in: path).map { words.row($0 + 1) } ?? "")
            }
        }
        return words.otherField
    }

    /// The name with the party or the row the path concerns.
    static func decorate(_ name: String, path: String, in cooperation: Cooperation) -> String {
        func party(_ p: Int) -> String {
            let partyName = p >= 0 && p < cooperation.parties.count ? cooperation.parties[p].name.trimmedWhitespace() : ""
            return partyName.isEmpty ? Party.displayLabel(at: p) : "\(Party.displayLabel(at: p)) (\(partyName))"
        }
        if path.hasPrefix("parties["), let i = firstIndex(in: path) {
            return "\(name) \(party(i))"
        }
        if let i = firstIndex(in: path) {
            if path.hasPrefix("councilApproval.approvals["), i < cooperation.councilApproval.approvals.count {
                return "\(name) \(party(cooperation.councilApproval.approvals[i].partyIndex))"
            }
            if path.hasPrefix("offer.responses["), let r = cooperation.offer.responses, i < r.count {
                return "\(name) \(party(r[i].partyIndex))"
            }
            return name + words.row(i + 1)
        }
        return name
    }

    /// The few words of the labels, in the interface language.
    static var words: Words { DisplayLanguage.current == .english ? .english : .indonesian }

    struct Words: Sendable {
        var cooperation: String
        var otherField: String
        var otherFieldOf: @Sendable (_ stage: String) -> String
        var row: @Sendable (_ number: Int) -> String
        static let indonesian = Words(cooperation: "Kerja sama", otherField: "Isian lain",
                                      otherFieldOf: { "\($0) › isian lain" }, row: { " (baris \($0))" })
        static let english = Words(cooperation: "Cooperation", otherField: "Other field",
                                   otherFieldOf: { "\($0) › other field" }, row: { " (row \($0))" })
    }

    /// "parties[1].address" -> "parties[].address".
    static func normalize(_ path: String) -> String {
        var out = ""
        var skipping = false
        for ch in path {
            if ch == "[" { out.append("["); skipping = true; continue }
            if ch == "]" { out.append("]"); skipping = false; continue }
            if !skipping { out.append(ch) }
        }
        return out
    }

    static func firstIndex(in path: String) -> Int? {
        guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]") else { return nil }
        return Int(path[path.index(after: open)..<close])
    }
}
