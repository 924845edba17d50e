@testable import MufakatDomain

/// A hand-built set of five mappings whose matches are worked out by hand in `MatchFinderTests`.
///
/// A = 32.01 Kabupaten Bogor, B = 32.71 Kota Bogor, C = 32.76 Kota Depok (all Jawa Barat),
/// D = 36.03 Kabupaten Tangerang (Banten), E = 31 Provinsi DKI Jakarta.
enum FiveRegions {
    static let a = "32.01", b = "32.71", c = "32.76", d = "36.03", e = "31"

    static var mappings: [RegionMapping] {
        [
            RegionMapping(regionCode: a, contact: Person(name: "Ahmad"), entries: [
                MappingEntry(affairCode: "1.03", offer: "Lahan TPA regional"),
                MappingEntry(affairCode: "2.15", need: "Integrasi trayek", partnerRegions: [b], intendedKind: .ksddWajib),
                MappingEntry(affairCode: "1.02", offer: "RS rujukan"),
            ]),
            RegionMapping(regionCode: b, contact: Person(name: "Budi"), entries: [
                MappingEntry(affairCode: "1.03", need: "Lokasi pemrosesan akhir sampah"),
                MappingEntry(affairCode: "2.15", offer: "Terminal tipe A", partnerRegions: [c], intendedKind: .ksddWajib),
                MappingEntry(affairCode: "1.02", offer: "Laboratorium kesehatan"),
            ]),
            RegionMapping(regionCode: c, contact: Person(name: "Citra"), entries: [
                MappingEntry(affairCode: "1.03", need: "Lokasi pemrosesan akhir sampah"),
                MappingEntry(affairCode: "2.15", need: "Integrasi trayek", partnerRegions: [b], intendedKind: .ksddWajib),
                MappingEntry(affairCode: "2.11", offer: "Laboratorium lingkungan", partnerRegions: [e]),
            ]),
            RegionMapping(regionCode: d, contact: Person(name: "Dewi"), entries: [
                MappingEntry(affairCode: "1.03", need: "Lokasi pemrosesan akhir sampah"),
                MappingEntry(affairCode: "3.26", offer: "Destinasi wisata pantai", partnerRegions: [e]),
            ]),
            RegionMapping(regionCode: e, contact: Person(name: "Eka"), entries: [
                MappingEntry(affairCode: "3.26", need: "Paket wisata terpadu", partnerRegions: [d]),
                MappingEntry(affairCode: "2.11", offer: "Pemantauan kualitas udara", partnerRegions: [c]),
            ]),
        ]
    }
}
