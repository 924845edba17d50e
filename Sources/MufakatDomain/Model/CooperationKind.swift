/// Jenis kerja sama: the kinds of regional cooperation (PP 28/2018; Permendagri 22/2020, 25/2020).
/// Which kinds are allowed, their stages and party rules come from the rulebook.
public enum CooperationKind: String, Codable, Sendable, CaseIterable {
    /// KSDD wajib: mandatory, between bordering regions (PP 28/2018 Pasal 3 ayat (2)).
    case ksddWajib = "ksdd-wajib"
    /// KSDD sukarela: voluntary, between two or more regions (PP 28/2018 Pasal 3 ayat (3)).
    case ksddSukarela = "ksdd-sukarela"
    /// KSDPK: with a third party (PP 28/2018 Pasal 14).
    case ksdpk
    /// Nota Kesepakatan: with a ministry or agency (PP 28/2018 Pasal 46).
    case notaKesepakatan = "nota-kesepakatan"
    /// KSDPL: with a foreign regional government (Permendagri 25/2020).
    case ksdpl
    /// KSDLL: with a foreign institution (Permendagri 25/2020).
    case ksdll

    /// Short label for lists: "KSDD Wajib".
    public var label: String {
        switch self {
        case .ksddWajib: "KSDD Wajib"
        case .ksddSukarela: "KSDD Sukarela"
        case .ksdpk: "KSDPK"
        case .notaKesepakatan: "Nota Kesepakatan"
        case .ksdpl: "KSDPL"
        case .ksdll: "KSDLL"
        }
    }

    /// Whether this is a cooperation between regions (daerah dengan daerah lain).
    public var isBetweenRegions: Bool { self == .ksddWajib || self == .ksddSukarela }
}
