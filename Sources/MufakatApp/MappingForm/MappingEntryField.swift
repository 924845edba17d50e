import MufakatDomain
import MufakatServices
import MufakatStore

/// Isian pemetaan: the questions of the form for one affair, in screen order.
enum MappingEntryField: Int, CaseIterable, Sendable {
    case subAffair, offer, need, planned, partners, thirdParties, kind, priority, targetYear, inRPJMD, rkpdYear, budget, notes

    var label: String {
        switch self {
        case .subAffair: txt.fieldSubAffair
        case .offer: txt.fieldOffer
        case .need: txt.fieldNeed
        case .planned: txt.fieldPlanned
        case .partners: txt.fieldPartners
        case .thirdParties: txt.fieldThirdParties
        case .kind: txt.fieldKind
        case .priority: txt.fieldPriority
        case .targetYear: txt.fieldTargetYear
        case .inRPJMD: txt.fieldInRPJMD
        case .rkpdYear: txt.fieldRKPDYear
        case .budget: txt.fieldBudget
        case .notes: txt.fieldNotes
        }
    }

    /// One line under the focused field: what to write and how.
    var help: String {
        switch self {
        case .subAffair: txt.helpSubAffair
        case .offer: txt.helpOffer
        case .need: txt.helpNeed
        case .planned: txt.helpPlanned
        case .partners: txt.helpPartners
        case .thirdParties: txt.helpThirdParties
        case .kind: txt.helpKind
        case .priority: txt.helpPriority
        case .targetYear: txt.helpTargetYear
        case .inRPJMD: txt.helpInRPJMD
        case .rkpdYear: txt.helpRKPDYear
        case .budget: txt.helpBudget
        case .notes: txt.helpNotes
        }
    }

    /// The validator's field names (`MappingFinding.field`) shown beside this field.
    var findingFields: Set<String> {
        switch self {
        case .subAffair: ["Sub-urusan"]
        case .offer: ["Potensi/Kebutuhan", "Potensi"]
        case .need: ["Kebutuhan"]
        case .planned: ["Rencana kerja sama"]
        case .partners: ["Calon mitra daerah"]
        case .thirdParties: ["Calon pihak ketiga"]
        case .kind: ["Jenis kerja sama"]
        case .priority: ["Prioritas"]
        case .targetYear: ["Tahun target"]
        case .inRPJMD: ["Tercantum dalam RPJMD"]
        case .rkpdYear: ["Tahun RKPD"]
        case .budget: ["Anggaran indikatif"]
        case .notes: ["Catatan"]
        }
    }

    /// The field's id in the form engine.
    var id: String { "\(self)" }

    init?(id: String) {
        guard let f = Self.allCases.first(where: { $0.id == id }) else { return nil }
        self = f
    }

    /// The two years, four digits each.
    var isYear: Bool { self == .targetYear || self == .rkpdYear }
}

extension MappingFinding {
    /// The message without its "Kota Bogor, urusan 2.15 Perhubungan: " subject, for a line
    /// beside a field of that very affair.
    var fieldMessage: String {
        guard affairCode != nil, let range = message.range(of: ": ") else { return message }
        return String(message[range.upperBound...])
    }

    /// "✗", "!" or "i": the severity without colour.
    var mark: String {
        switch severity {
        case .error: "✗"
        case .warning: "!"
        case .notice: "i"
        }
    }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
