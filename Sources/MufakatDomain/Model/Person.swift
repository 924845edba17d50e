/// Pejabat: a person acting in a cooperation (head of region, agency head, company director).
public struct Person: Codable, Sendable, Hashable {
    public var name: String
    /// Jabatan, e.g. "Wali Kota Bogor", "Kepala Dinas Perhubungan Kota Bogor", "Direktur Utama".
    public var title: String
    /// NIP of a civil servant, when shown under the signature.
    public var nip: String?
    /// Keputusan pengangkatan: the decree appointing the person, cited in the party block.
    public var appointmentDecree: String?

    public init(name: String = "", title: String = "", nip: String? = nil, appointmentDecree: String? = nil) {
        self.name = name; self.title = title; self.nip = nip; self.appointmentDecree = appointmentDecree
    }
}

/// Surat kuasa: the head of region's power of attorney for an official to sign a PKS
/// (never a KB) (PP 28/2018 Pasal 13).
public struct PowerOfAttorney: Codable, Sendable, Hashable {
    public var number: String
    public var date: CalendarDate?
    /// Title of the head who granted it, e.g. "Wali Kota Bogor".
    public var grantorTitle: String

    public init(number: String = "", date: CalendarDate? = nil, grantorTitle: String = "") {
        self.number = number; self.date = date; self.grantorTitle = grantorTitle
    }
}
