/// The validation rules the code implements. The rulebook's `[[rule]]` entries give each one its
/// severity, Indonesian message and legal basis; `RulebookChecker` reports an id missing from a
/// rulebook and a message using a placeholder the code does not fill.
public enum RuleID: String, CaseIterable, Sendable {
    case invalidID = "id-tidak-sah"
    case kindNotAllowed = "jenis-tidak-didukung"
    case tooFewParties = "jumlah-pihak-kurang"
    case partyTypeNotAllowed = "jenis-pihak-tidak-sesuai"
    case unknownRegion = "daerah-tidak-dikenal"
    case nonAutonomousRegion = "daerah-tidak-otonom"
    case duplicateParty = "pihak-ganda"
    case affairMissing = "urusan-belum-dipilih"
    case absoluteAffair = "urusan-absolut"
    case unknownAffair = "urusan-tidak-dikenal"
    case unknownSubAffair = "sub-urusan-tidak-dikenal"
    case subAffairOutsideAuthority = "sub-urusan-di-luar-kewenangan"
    case objectNotInPlan = "objek-belum-dalam-rencana"
    case wajibNotBordering = "ksdd-wajib-tidak-berbatasan"
    case wajibShapeNotAllowed = "ksdd-wajib-bentuk-tidak-sah"
    case durationInvalid = "jangka-waktu-tidak-sah"
    case durationOverLimit = "jangka-waktu-melebihi-batas"
    case durationOverException = "jangka-waktu-melebihi-pengecualian"
    case unknownDurationException = "pengecualian-jangka-waktu-tidak-dikenal"
    case durationExceptionMismatch = "pengecualian-jangka-waktu-tidak-sesuai"
    case offerSignerNotHead = "penawaran-bukan-kepala-daerah"
    case memorandumSignerNotHead = "penandatangan-kb-bukan-kepala-daerah"
    case agreementSignerWithoutPowerOfAttorney = "pks-tanpa-surat-kuasa"
    case ksdpkWithoutFeasibilityStudy = "ksdpk-tanpa-studi-kelayakan"
    case financingUnknownParty = "pembiayaan-pihak-tidak-ada"
    case financingTotalMismatch = "pembiayaan-tidak-sesuai-perkiraan"
    case financingOverflow = "pembiayaan-melampaui-batas"
    case budgetYearOutsideDuration = "tahun-anggaran-di-luar-jangka-waktu"
    case datesOutOfOrder = "urutan-tanggal"
    case requiredStageSkipped = "tahapan-dilewati-padahal-wajib"
    case doneStageIncomplete = "tahapan-selesai-isian-kosong"
    case expiringSoon = "masa-berlaku-segera-berakhir"
    case expired = "masa-berlaku-telah-berakhir"
    case planExceptionWithoutReason = "pengecualian-rencana-tanpa-alasan"
    case wajibCannotBorder = "ksdd-wajib-tidak-mungkin-berbatasan"
    case durationExceptionWithoutReason = "pengecualian-jangka-waktu-tanpa-alasan"
    case agreementOutsideMemorandum = "pks-di-luar-jangka-waktu-kb"
    case jointSecretariatUnanswered = "sekretariat-bersama-belum-ditentukan"
    case burdensPublicUnanswered = "membebani-masyarakat-belum-dijawab"
    case agreementBeforeCouncilApproval = "pks-sebelum-persetujuan-dprd"
    case memorandumBeforeAcceptance = "kb-sebelum-penawaran-diterima"
    case requiredPartyTypeMissing = "jenis-pihak-wajib-tidak-ada"
    case feasibilityStudyNotFeasible = "studi-kelayakan-tidak-layak"
    case unknownForm = "bentuk-kerja-sama-tidak-dikenal"
    case thirdPartyInitiativeWithoutOffer = "prakarsa-pihak-ketiga-tanpa-surat"
    case workingDayDeadlinePassed = "tenggat-hari-kerja-terlampaui"
    case evaluationsPerYearTooFew = "evaluasi-per-tahun-kurang"
    case evaluationsInYearTooFew = "evaluasi-dalam-tahun-kurang"
    case followUpOverdue = "tindak-lanjut-lewat-tenggat"
    case followUpIncomplete = "tindak-lanjut-belum-lengkap"
    case endingGroundNotAllowed = "alasan-pengakhiran-tidak-sesuai"
    case endingWithoutDocument = "pengakhiran-tanpa-naskah-pendukung"
    case actionPlanUnknownParty = "rencana-aksi-pihak-tidak-ada"

    /// The {placeholders} the code fills in this rule's message.
    public var placeholders: Set<String> {
        switch self {
        case .invalidID: ["id"]
        case .kindNotAllowed: ["jenis", "alasan"]
        case .tooFewParties: ["jenis", "minimal", "jumlah"]
        case .partyTypeNotAllowed: ["pihak", "nama", "jenis_pihak", "jenis", "jenis_dibolehkan"]
        case .unknownRegion: ["pihak", "kode"]
        case .nonAutonomousRegion: ["pihak", "daerah"]
        case .duplicateParty: ["pihak", "pihak_lain", "daerah"]
        case .affairMissing: []
        case .absoluteAffair: ["urusan"]
        case .unknownAffair: ["kode"]
        case .unknownSubAffair: ["kode", "urusan"]
        case .subAffairOutsideAuthority: ["pihak", "daerah", "sub_urusan", "uraian", "tingkat", "dasar_kewenangan"]
        case .objectNotInPlan: []
        case .wajibNotBordering: []
        case .wajibShapeNotAllowed: ["bentuk", "bentuk_dibolehkan"]
        case .durationInvalid: ["bagian", "jangka"]
        case .durationOverLimit: ["bagian", "jangka", "batas"]
        case .durationOverException: ["bagian", "jangka", "batas", "pengecualian"]
        case .unknownDurationException: ["kode", "pilihan"]
        case .durationExceptionMismatch: ["pengecualian", "urusan"]
        case .offerSignerNotHead: ["penanda_tangan", "jabatan", "kepala_daerah"]
        case .memorandumSignerNotHead: ["pihak", "penanda_tangan", "jabatan", "kepala_daerah"]
        case .agreementSignerWithoutPowerOfAttorney: ["pihak", "penanda_tangan", "jabatan", "kepala_daerah"]
        case .ksdpkWithoutFeasibilityStudy: []
        case .financingUnknownParty: ["baris", "indeks"]
        case .financingTotalMismatch: ["total", "perkiraan", "selisih"]
        case .financingOverflow: []
        case .budgetYearOutsideDuration: ["baris", "tahun", "awal", "akhir"]
        case .datesOutOfOrder: ["kemudian", "tanggal_kemudian", "awal", "tanggal_awal"]
        case .requiredStageSkipped: ["tahapan", "alasan"]
        case .doneStageIncomplete: ["tahapan", "isian"]
        case .expiringSoon: ["tanggal", "sisa"]
        case .expired: ["tanggal"]
        case .planExceptionWithoutReason: ["pengecualian"]
        case .wajibCannotBorder: ["pihak", "alasan", "sumber"]
        case .durationExceptionWithoutReason: ["pengecualian"]
        case .agreementOutsideMemorandum: ["bagian", "tanggal_pks", "awal_kb", "akhir_kb"]
        case .jointSecretariatUnanswered: ["jumlah", "jangka"]
        case .burdensPublicUnanswered: []
        case .agreementBeforeCouncilApproval: ["pihak", "tanggal", "keadaan"]
        case .memorandumBeforeAcceptance: ["pihak", "jawaban"]
        case .requiredPartyTypeMissing: ["jenis", "jenis_pihak"]
        case .feasibilityStudyNotFeasible: ["penyusun", "tanggal"]
        case .unknownForm: ["kode", "pilihan"]
        case .thirdPartyInitiativeWithoutOffer: []
        case .workingDayDeadlinePassed: ["tahapan", "batas", "hari", "mulai", "sampai"]
        case .evaluationsPerYearTooFew: ["jumlah", "minimal"]
        case .evaluationsInYearTooFew: ["tahun", "jumlah", "minimal"]
        case .followUpOverdue: ["tindak_lanjut", "penanggung_jawab", "tenggat"]
        case .followUpIncomplete: ["tindak_lanjut", "kurang"]
        case .endingGroundNotAllowed: ["alasan", "jenis"]
        case .endingWithoutDocument: ["alasan"]
        case .actionPlanUnknownParty: ["baris", "indeks"]
        }
    }
}
