import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI
@testable import MufakatApp

/// Four regions with known mappings (three in Jawa Barat, one in Jawa Tengah), and a harness whose
/// meeting mode works on them in memory.
enum MeetingFixture {
    static func mappings() -> [RegionMapping] {
        [
            RegionMapping(regionCode: "32.01", contact: Person(name: "Ahmad Hidayat", title: "Kepala Subbagian Kerja Sama"), entries: [
                MappingEntry(affairCode: "1.03", offer: "Lahan TPA regional", partnerRegions: ["32.71"], intendedKind: .ksddWajib,
                             priority: .tinggi, targetYear: 2030, indicativeBudget: Rupiah(750_000_000),
                             notes: "Lahan 20 hektare di Nambo", plannedCooperation: "Pengelolaan TPA regional bersama"),
                MappingEntry(affairCode: "2.15", need: "Integrasi trayek angkutan", partnerRegions: ["32.71"], intendedKind: .ksddSukarela,
                             priority: .sedang, targetYear: 2030),
            ]),
            RegionMapping(regionCode: "32.71", contact: Person(name: "Budi Santoso", title: "Kepala Bagian Kerja Sama"), entries: [
                MappingEntry(affairCode: "1.03", need: "Lokasi pemrosesan akhir sampah", partnerRegions: ["32.01"], intendedKind: .ksddWajib,
                             priority: .tinggi, targetYear: 2030, inRPJMD: true),
                MappingEntry(affairCode: "2.15", offer: "Terminal tipe A", partnerRegions: ["32.01"], intendedKind: .ksddSukarela,
                             priority: .sedang, targetYear: 2030),
            ]),
            RegionMapping(regionCode: "32.76", contact: Person(name: "Citra Lestari"), entries: [
                MappingEntry(affairCode: "1.03", need: "Lokasi pemrosesan akhir sampah", targetYear: 2030),
                MappingEntry(affairCode: "3.26", offer: "Taman wisata Situ", need: "Promosi wisata", priority: .tinggi),
            ]),
            RegionMapping(regionCode: "33.74", contact: Person(name: "Dewi Anggraini"), entries: [
                MappingEntry(affairCode: "1.01", offer: "Sekolah vokasi", priority: .rendah, rkpdYear: 2027),
            ]),
        ]
    }

    static func data(_ mappings: [RegionMapping] = mappings()) -> MeetingData {
        MeetingData(meeting: nil, mappings: mappings, matches: MatchFinder(catalogues: .shared).find(in: mappings), drafted: [:], generation: 1)
    }

    static let exportFolder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-meeting-tests-\(UUID().uuidString)")

    /// A harness whose meeting mode reads `repository`.
    static func harness(_ repository: InMemoryMappingRepository = InMemoryMappingRepository(mappings: mappings()),
                        width: Int = 80, height: Int = 24) -> Harness {
        var h = Harness()
        h.effects.meetingEffects = MeetingEffects(service: MappingService(repository: repository, today: Fixture.today),
                                                  exportFolder: exportFolder, bundleReader: nil)
        h.send(.resize(width: width, height: height))
        return h
    }
}
