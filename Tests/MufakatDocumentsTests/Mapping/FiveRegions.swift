import MufakatDomain

/// Two of the hand-built regions of the domain tests (Kabupaten Bogor, Kota Bogor).
enum FiveRegions {
    static var mappings: [RegionMapping] {
        [
            RegionMapping(regionCode: "32.01", contact: Person(name: "Ahmad", title: "Kepala Subbagian Kerja Sama"), entries: [
                MappingEntry(affairCode: "1.03", offer: "Lahan TPA regional", partnerRegions: ["32.71"]),
                MappingEntry(affairCode: "2.15", need: "Integrasi trayek", partnerRegions: ["32.71"], intendedKind: .ksddWajib),
            ]),
            RegionMapping(regionCode: "32.71", contact: Person(name: "Budi"), entries: [
                MappingEntry(affairCode: "1.03", need: "Lokasi pemrosesan akhir sampah"),
                MappingEntry(affairCode: "2.15", offer: "Terminal tipe A", partnerRegions: ["32.01"], intendedKind: .ksddWajib),
            ]),
        ]
    }
}
