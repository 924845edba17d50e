/// Label tampilan: the words screens show for the Domain's enums, in the interface language.
///
/// Each `label` stays Indonesian always, because official documents (MufakatDocuments) write it;
/// screens read `displayLabel`, which follows `DisplayLanguage.current`.

extension CooperationKind {
    /// The kind's short label in the interface language: "KSDD Wajib" / "Mandatory KSDD".
    public var displayLabel: String {
        let en: String = switch self {
        case .ksddWajib: "Mandatory KSDD"
        case .ksddSukarela: "Voluntary KSDD"
        case .ksdpk: "KSDPK"
        case .notaKesepakatan: "Memorandum of Agreement"
        case .ksdpl: "KSDPL"
        case .ksdll: "KSDLL"
        }
        return DisplayLanguage.pick(id: label, en: en)
    }
}

extension Party {
    /// "PIHAK PERTAMA" / "FIRST PARTY" for the party at `index` (0-based), in the interface language.
    public static func displayLabel(at index: Int) -> String {
        guard DisplayLanguage.current == .english else { return label(at: index) }
        let ordinals = ["FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH"]
        return ordinals.indices.contains(index) ? "\(ordinals[index]) PARTY" : "PARTY \(index.addingReportingOverflow(1).partialValue)"
    }
}

extension FundingSource {
    /// Sumber dana in the interface language.
    public var displayLabel: String {
        let en: String = switch self {
        case .apbd: "APBD"
        case .apbn: "APBN"
        case .apbdLain: "Another region's APBD"
        case .pihakKetiga: "Third-party funds"
        case .lainnya: "Other lawful source"
        }
        return DisplayLanguage.pick(id: label, en: en)
    }
}

extension OfferResponse {
    /// Jawaban atas penawaran in the interface language.
    public var displayLabel: String {
        let en: String = switch self {
        case .pending: "Awaiting answer"
        case .accepted: "Accepted"
        case .declined: "Declined"
        case .negotiating: "Negotiating"
        }
        return DisplayLanguage.pick(id: label, en: en)
    }
}

extension StageStatus {
    /// Status tahap in the interface language.
    public var displayLabel: String {
        let en: String = switch self {
        case .notStarted: "Not started"
        case .draft: "Draft"
        case .inReview: "Under discussion"
        case .done: "Done"
        case .skipped: "Skipped"
        }
        return DisplayLanguage.pick(id: label, en: en)
    }
}

extension LegalForm {
    /// Bentuk hukum in the interface language.
    public var displayLabel: String {
        let en: String = switch self {
        case .perseorangan: "Individual"
        case .bumn: "State-owned enterprise (BUMN)"
        case .bumd: "Region-owned enterprise (BUMD)"
        case .koperasi: "Cooperative"
        case .badanUsahaSwasta: "Private incorporated business"
        case .organisasiBerbadanHukum: "Incorporated civil society organisation"
        case .organisasiTidakBerbadanHukum: "Unincorporated civil society organisation"
        }
        return DisplayLanguage.pick(id: label, en: en)
    }
}

extension MappingImportOutcome {
    /// Hasil impor pemetaan in the interface language ("baru" / "new").
    public var displayLabel: String {
        let en: String = switch self {
        case .added: "new"
        case .unchanged: "same as before"
        case .replaced: "replaces the earlier mapping"
        case .kept: "earlier mapping kept"
        }
        return DisplayLanguage.pick(id: label, en: en)
    }
}

/// Tanggal tampilan: dates as screens write them, in the interface language. Documents use
/// `IndonesianDate` always.
public enum DisplayDate {
    public static let englishMonthNames = ["January", "February", "March", "April", "May", "June", "July",
                                           "August", "September", "October", "November", "December"]

    /// The month names of the interface language (for date fields).
    public static var monthNames: [String] { DisplayLanguage.pick(id: IndonesianDate.monthNames, en: englishMonthNames) }

    /// "15 Juni 2016" / "15 June 2016".
    public static func long(_ date: CalendarDate) -> String { "\(date.day) \(monthNames[date.month - 1]) \(date.year)" }
}

extension Initiator {
    /// Prakarsa in the interface language.
    public var displayLabel: String {
        let en: String = switch self {
        case .region: "Regional initiative (PP 28/2018 Article 17)"
        case .thirdParty: "Third-party initiative (PP 28/2018 Article 18)"
        }
        return DisplayLanguage.pick(id: label, en: en)
    }
}

extension EndRecord.Instrument {
    /// How an ending is put in writing, in the interface language.
    public var displayLabel: String {
        let en: String = switch self {
        case .notification: "Notification letter"
        case .statement: "Joint statement of the parties"
        }
        return DisplayLanguage.pick(id: label, en: en)
    }
}

extension PlanException.Ground {
    /// Dasar pengecualian RPJMD/RKPD in the interface language.
    public var displayLabel: String {
        let en: String = switch self {
        case .emergency: "Handling an emergency"
        case .nationalStrategicProgramme: "Supporting a national strategic programme"
        case .coAdministration: "Carrying out co-administration (tugas pembantuan)"
        }
        return DisplayLanguage.pick(id: label, en: en)
    }
}
