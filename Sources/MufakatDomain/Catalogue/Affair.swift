/// Kelompok urusan: the three groups of concurrent affairs (UU 23/2014 Pasal 11–12).
public enum AffairGroup: String, Codable, Sendable, CaseIterable {
    case wajibPelayananDasar = "wajib-pelayanan-dasar"
    case wajibNonPelayananDasar = "wajib-non-pelayanan-dasar"
    case pilihan

    public var title: String {
        switch self {
        case .wajibPelayananDasar: "Urusan Wajib yang Berkaitan dengan Pelayanan Dasar"
        case .wajibNonPelayananDasar: "Urusan Wajib yang Tidak Berkaitan dengan Pelayanan Dasar"
        case .pilihan: "Urusan Pilihan"
        }
    }
}

/// Urusan pemerintahan konkuren: one of the 32 concurrent affairs, with its planning code.
public struct Affair: Codable, Sendable, Hashable, Identifiable {
    /// Planning code, e.g. "2.15" (Permendagri 90/2019).
    public let code: String
    public let name: String
    public let group: AffairGroup
    public var id: String { code }

    public init(code: String, name: String, group: AffairGroup) {
        self.code = code; self.name = name; self.group = group
    }
}

/// Urusan pemerintahan absolut: the six affairs of the central government alone
/// (UU 23/2014 Pasal 10), which can never be the object of a regional cooperation.
public struct AbsoluteAffair: Codable, Sendable, Hashable, Identifiable {
    public let id: String
    public let name: String
    public static let basis = "UU 23/2014 Pasal 10 ayat (1); PP 28/2018 Pasal 4"

    public static let all: [AbsoluteAffair] = [
        AbsoluteAffair(id: "politik-luar-negeri", name: "Politik Luar Negeri"),
        AbsoluteAffair(id: "pertahanan", name: "Pertahanan"),
        AbsoluteAffair(id: "keamanan", name: "Keamanan"),
        AbsoluteAffair(id: "yustisi", name: "Yustisi"),
        AbsoluteAffair(id: "moneter-fiskal", name: "Moneter dan Fiskal Nasional"),
        AbsoluteAffair(id: "agama", name: "Agama"),
    ]
}
