/// Nama isian: the Indonesian name of a field of the cooperation JSON by its path, for messages
/// that must name a field as an officer knows it ("parties[1].address" -> "Alamat kantor PIHAK
/// KEDUA (Kabupaten Sleman)"). The rulebook's required-field labels come first; the rest are here.
public enum FieldLabel {
    /// Labels by normalized path (indices written "[]").
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
    ]

    /// The label of `path` in `cooperation`: the rulebook's label of a required field, else a
    /// known name with the party or row it concerns, else the path itself.
    public static func label(for path: String, in cooperation: Cooperation, rulebook: Rulebook) -> String {
        for stage in rulebook.stages(for: cooperation.kind) {
            if let field = stage.requiredFields.first(where: { $0.path == path }) { return field.label }
        }
        let normalized = normalize(path)
        guard let name = known[normalized] ?? known[normalize(String(path.split(separator: ".").dropLast().joined(separator: ".")))] else {
            return path.isEmpty ? "Kerja sama" : path
        }
        if path.hasPrefix("parties["), let i = firstIndex(in: path) {
            let party = Party.label(at: i)
            let partyName = i < cooperation.parties.count ? cooperation.parties[i].name.trimmingCharacters(in: .whitespaces) : ""
            return "\(name) \(partyName.isEmpty ? party : "\(party) (\(partyName))")"
        }
        if let i = firstIndex(in: path) {
            if path.hasPrefix("councilApproval.approvals["), i < cooperation.councilApproval.approvals.count {
                let p = cooperation.councilApproval.approvals[i].partyIndex
                let partyName = p < cooperation.parties.count ? cooperation.parties[p].name : ""
                return "\(name) \(Party.label(at: p))\(partyName.isEmpty ? "" : " (\(partyName))")"
            }
            if path.hasPrefix("offer.responses["), let r = cooperation.offer.responses, i < r.count {
                let p = r[i].partyIndex
                let partyName = p < cooperation.parties.count ? cooperation.parties[p].name : ""
                return "\(name) \(Party.label(at: p))\(partyName.isEmpty ? "" : " (\(partyName))")"
            }
            return "\(name) (baris \(i + 1))"
        }
        return name
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
