import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// Contoh pemetaan: the own region's mapping and its province neighbours', with a provincial
/// meeting that lists them, so that `mufakat --demo` shows the mapping screen (`p`) and the
/// facilitator's matrix and matches (`r`) with something in them.
public enum ExampleMappings {
    /// Writes the mappings that are missing and the example meeting when it is not there yet;
    /// returns how many mappings were written.
    @discardableResult
    public static func load(into repository: any MappingRepository, ownRegion code: String, catalogues: Catalogues = .shared,
                            today: MufakatDomain.CalendarDate) throws -> Int {
        guard let own = catalogues.regions[code] else { return 0 }
        let provinceCode = own.level == .provinsi ? own.code : own.provinceCode
        let members = [own] + catalogues.regions.members(ofProvince: provinceCode).filter { $0.autonomous && $0.code != own.code }
        var batch: [(mapping: RegionMapping, basedOn: Int?)] = []
        for (i, region) in members.enumerated() where try repository.mapping(regionCode: region.code) == nil {
            batch.append((MappingDemo.generate(region: region, seed: UInt64(i + 1), catalogues: catalogues, today: today), nil))
        }
        try repository.saveMappings(batch)
        let province = catalogues.regions[provinceCode]?.name ?? provinceCode
        let id = "contoh-rakortek-\(Cooperation.slug(province))"
        if try !repository.allMeetings().contains(where: { $0.id == id }) {
            let meeting = Meeting(id: id, title: "Contoh: Rapat Koordinasi Teknis Pemetaan Urusan Kerja Sama Daerah Provinsi \(province)",
                                  level: .provinsi, provinceCode: provinceCode, date: today.adding(days: 14),
                                  place: "Aula Biro Pemerintahan Provinsi \(province)",
                                  facilitator: Person(name: "Dra. Rina Kusumawati, M.Si.", title: "Kepala Biro Pemerintahan dan Otonomi Daerah"),
                                  facilitatorAgency: "Pemerintah Provinsi \(province)",
                                  participantRegions: members.map(\.code), participantAgencies: ["Kementerian Dalam Negeri"])
            try repository.saveMeeting(meeting, basedOn: nil)
        }
        return batch.count
    }
}
