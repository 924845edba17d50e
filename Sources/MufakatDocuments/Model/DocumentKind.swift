/// The documents Mufakat produces (naskah).
public enum DocumentKind: String, CaseIterable, Sendable, Codable {
    /// Surat penawaran: the offer letter signed by the head of region.
    case penawaran
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
}
