import MufakatDomain
import MufakatServices
import MufakatStore

/// Isian pemetaan: the questions of the form for one affair, in screen order.
enum MappingEntryField: Int, CaseIterable, Sendable {
    case subAffair, offer, need, planned, partners, thirdParties, kind, priority, targetYear, inRPJMD, rkpdYear, budget, notes

    var label: String {
        switch self {
        case .subAffair: "Sub-urusan"
        case .offer: "Potensi"
        case .need: "Kebutuhan"
        case .planned: "Rencana kerja sama"
        case .partners: "Calon mitra daerah"
        case .thirdParties: "Calon pihak ketiga"
        case .kind: "Jenis kerja sama"
        case .priority: "Prioritas"
        case .targetYear: "Tahun target"
        case .inRPJMD: "Tercantum di RPJMD"
        case .rkpdYear: "Tahun RKPD"
        case .budget: "Anggaran indikatif"
        case .notes: "Catatan"
        }
    }

    /// One line under the focused field: what to write and how.
    var help: String {
        switch self {
        case .subAffair: "←/→: pilih sub-urusan menurut pembagian urusan, atau seluruh urusan."
        case .offer: "Apa yang dapat ditawarkan daerah pada urusan ini (sarana, keahlian, sumber daya)."
        case .need: "Apa yang dibutuhkan daerah dari mitra pada urusan ini."
        case .planned: "Judul singkat rencana kerja sama, misalnya: Pengelolaan TPA regional bersama."
        case .partners: "Enter: pilih daerah dari daftar (ketik untuk mencari); Delete: hapus mitra terakhir."
        case .thirdParties: "Spasi: centang bentuk pihak ketiga (untuk KSDPK)."
        case .kind: "←/→ atau Spasi: KSDD wajib, KSDD sukarela, atau KSDPK."
        case .priority: "←/→ atau Spasi: tinggi, sedang, rendah."
        case .targetYear: "Tahun kerja sama ditargetkan mulai, 4 angka, misalnya 2027."
        case .inRPJMD: "Spasi: ya/tidak; sudah tercantum dalam RPJMD?"
        case .rkpdYear: "Tahun RKPD yang memuat kegiatan ini (4 angka); kosongkan bila belum."
        case .budget: "Perkiraan biaya dalam rupiah, hanya angka; tidak boleh negatif."
        case .notes: "Catatan lain untuk fasilitator."
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

    /// Whether Up/Down belong to the widget (text areas, the check list) until its edge.
    var usesVerticalKeys: Bool { self == .offer || self == .need || self == .notes || self == .thirdParties }
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
