/// The documents Mufakat produces (naskah).
public enum DocumentKind: String, CaseIterable, Sendable, Codable {
    /// Surat penawaran: the offer letter signed by the head of region.
    case penawaran
    /// Surat jawaban penawaran: a partner's answer letter to an incoming offer.
    case jawaban
    /// Kerangka Acuan Kerja (KAK) / rencana kerja sama.
    case kak
    /// Kesepakatan Bersama (KB): the MoU signed by the heads of region.
    case kb
    /// Perjanjian Kerja Sama (PKS): the agreement.
    case pks
    /// Surat permohonan persetujuan DPRD.
    case dprd
    /// Rencana pembiayaan: the financing plan table.
    case pembiayaan
    /// Ringkasan: a one-page summary of the cooperation.
    case ringkasan

    /// Indonesian name for messages and file metadata.
    public var label: String {
        switch self {
        case .penawaran: "Surat Penawaran Kerja Sama"
        case .jawaban: "Surat Jawaban Penawaran Kerja Sama"
        case .kak: "Kerangka Acuan Kerja"
        case .kb: "Kesepakatan Bersama"
        case .pks: "Perjanjian Kerja Sama"
        case .dprd: "Surat Permohonan Persetujuan DPRD"
        case .pembiayaan: "Rencana Pembiayaan"
        case .ringkasan: "Ringkasan Kerja Sama"
        }
    }

    /// The rulebook stage a cooperation kind must have for this document to apply (nil: always).
    public var stageID: String? {
        switch self {
        case .penawaran, .jawaban: "penawaran"
        case .kb: "kb"
        case .pks: "pks"
        case .dprd: "dprd"
        case .kak, .pembiayaan, .ringkasan: nil
        }
    }
}
