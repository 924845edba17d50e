import MufakatDomain

extension Letterhead {
    /// The letterhead of the own region from its profile (profil daerah): the government's name
    /// from the region catalogue, the office address, contacts and the city of writing.
    public init(profile: RegionProfile, region: Region?) {
        self.init(regionCode: profile.regionCode,
                  governmentName: region?.governmentName ?? "",
                  address: profile.address, phone: profile.phone, email: profile.email, city: profile.city)
    }
}
