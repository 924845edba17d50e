import MufakatDomain

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
    /// Nota Kesepakatan: with a ministry or agency, with the rencana aksi annexed (PP 28/2018 Pasal 46).
    case nota
    /// Perjanjian Kerja Sama (PKS): the agreement.
    case pks
    /// Surat permohonan persetujuan DPRD.
    case dprd
    /// Rencana pembiayaan: the financing plan table.
    case pembiayaan
    /// Ringkasan: a one-page summary of the cooperation.
    case ringkasan
    /// Laporan pelaksanaan kerja sama with its cover letter to the Governor or the Minister (PP 28/2018 Pasal 44).
    case laporan
    /// Surat pemberitahuan berakhirnya kerja sama (PP 28/2018 Pasal 9 ayat (1), Pasal 22).
    case pengakhiran
    /// Adendum: the latest recorded change to a signed KB, Nota or PKS.
    case adendum
    /// Perpanjangan: the latest recorded renewal of the term.
    case perpanjangan

    /// Indonesian name for messages and file metadata.
    public var label: String {
        switch self {
        case .penawaran: "Surat Penawaran Kerja Sama"
        case .jawaban: "Surat Jawaban Penawaran Kerja Sama"
        case .kak: "Kerangka Acuan Kerja"
        case .kb: "Kesepakatan Bersama"
        case .nota: "Nota Kesepakatan"
        case .pks: "Perjanjian Kerja Sama"
        case .dprd: "Surat Permohonan Persetujuan DPRD"
        case .pembiayaan: "Rencana Pembiayaan"
        case .ringkasan: "Ringkasan Kerja Sama"
        case .laporan: "Laporan Pelaksanaan Kerja Sama"
        case .pengakhiran: "Surat Pemberitahuan Berakhirnya Kerja Sama"
        case .adendum: "Adendum"
        case .perpanjangan: "Perpanjangan Kerja Sama"
        }
    }

    /// The rulebook stage a cooperation kind must have for this document to apply (nil: always).
    public var stageID: String? {
        switch self {
        case .penawaran, .jawaban: "penawaran"
        case .kb: "kb"
        case .nota: "nota"
        case .pks: "pks"
        case .dprd: "dprd"
        case .kak, .pembiayaan, .ringkasan, .laporan, .pengakhiran, .adendum, .perpanjangan: nil
        }
    }

    /// The memorandum a cooperation of `kind` signs: a Nota Kesepakatan with a ministry, else a KB.
    public static func memorandum(for kind: CooperationKind) -> DocumentKind { kind == .notaKesepakatan ? .nota : .kb }

    /// Which clause templates of the rulebook it uses ("kb", "nota", "pks"), nil when none.
    public var clauseDocument: String? {
        switch self {
        case .kb, .nota, .pks, .adendum, .perpanjangan: rawValue
        default: nil
        }
    }
}
