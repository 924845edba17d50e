import MufakatDomain

extension Letterhead {
    /// The letterhead of the own region from its profile (profil daerah): the government's name
    /// from the region catalogue, the office address, contacts and the city of writing.
    public init(profile: RegionProfile, region: Region?) {
        self.init(regionCode: profile.regionCode,
                  governmentName: region?.governmentName ?? "",
                  address: profile.address, phone: profile.phone, email: profile.email, city: profile.city,
                  officeName: region?.headTitle ?? profile.head.title, logo: profile.logo?.data)
    }

    /// Kop surat pihak pengirim: the one way a letter's letterhead is chosen. A letter always
    /// carries the letterhead of the party that sends it; the store's own letterhead (from its
    /// region profile) is used only when its region IS that party, else the letterhead is made
    /// from the party's own details (name, office address, seat). So a letter never mixes the
    /// store's region with another party's signer.
    /// - Parameters:
    ///   - party: the sending party (the initiator for an offer, the partner for an answer, the
    ///     party whose council is asked for a DPRD letter).
    ///   - region: the party's catalogue region, for the government's name.
    ///   - own: the store's letterhead (`Letterhead(profile:region:)`), if any.
    public static func sending(_ party: Party, region: Region?, own: Letterhead?) -> Letterhead {
        if let own, let code = own.regionCode, party.type == .region, party.regionCode == code { return own }
        let government: String
        if party.type == .region, let region { government = region.governmentName }
        else { government = party.name.isEmpty ? "" : party.formalName }
        // A city's own name is its place of writing ("Kota Bogor" -> "Bogor"); a regency's or a
        // province's seat is elsewhere and must be given (`Party.city`).
        var city = party.city?.trimmedWhitespace() ?? ""
        if city.isEmpty, party.type == .region, party.name.hasPrefix("Kota ") { city = String(party.name.dropFirst("Kota ".count)) }
        let office = party.type == .region ? (region?.headTitle ?? party.representative.title) : ""
        return Letterhead(regionCode: party.type == .region ? party.regionCode : nil, governmentName: government,
                          address: party.address, city: city, officeName: office)
    }
}
