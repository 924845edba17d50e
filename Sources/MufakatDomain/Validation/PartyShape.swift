/// Bentuk KSDD: how the region parties of a cooperation between regions relate, the four shapes
/// of a KSDD wajib (PP 28/2018 Pasal 3 ayat (2)) plus the mixtures that fit none of them. The
/// rulebook's `allowed_shapes` names the raw values.
public enum PartyShape: String, CaseIterable, Sendable {
    case regenciesInOneProvince = "kabkota-kabkota-satu-provinsi"
    case regenciesAcrossProvinces = "kabkota-kabkota-lintas-provinsi"
    case provinces = "provinsi-provinsi"
    case provinceWithItsRegencies = "provinsi-kabkota-dalam-wilayahnya"
    /// Any other mixture, e.g. a province with a kab/kota of another province.
    case mixed = "campuran"

    public var label: String {
        switch self {
        case .regenciesInOneProvince: "kabupaten/kota dengan kabupaten/kota dalam satu provinsi"
        case .regenciesAcrossProvinces: "kabupaten/kota dengan kabupaten/kota dari provinsi yang berbeda"
        case .provinces: "provinsi dengan provinsi"
        case .provinceWithItsRegencies: "provinsi dengan kabupaten/kota dalam wilayahnya"
        case .mixed: "provinsi dengan kabupaten/kota di luar wilayahnya, atau susunan campuran lain"
        }
    }

    /// The shape of a set of regions (two or more).
    public init(regions: [Region]) {
        let provinces = regions.filter { $0.level == .provinsi }
        let others = regions.filter { $0.level != .provinsi }
        if others.isEmpty {
            self = .provinces
        } else if provinces.isEmpty {
            self = Set(others.map(\.provinceCode)).count == 1 ? .regenciesInOneProvince : .regenciesAcrossProvinces
        } else if provinces.count == 1, others.allSatisfy({ $0.provinceCode == provinces[0].code }) {
            self = .provinceWithItsRegencies
        } else {
            self = .mixed
        }
    }
}
