import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI
@testable import MufakatApp

/// Kota Bogor's mapping (the profile region of `Fixture`) in an in-memory mapping repository.
enum MappingFormFixture {
    static let region = "32.71"

    static func mapping(entries: [MappingEntry]? = nil) -> RegionMapping {
        RegionMapping(regionCode: region, contact: Person(name: "Siti Rahmawati", nip: "198503122010012003"),
                      entries: entries ?? [
                          MappingEntry(affairCode: "2.15", offer: "Terminal tipe A Baranangsiang", need: "Trayek angkutan aglomerasi",
                                       partnerRegions: ["32.01"], intendedKind: .ksddSukarela, priority: .tinggi, targetYear: 2027,
                                       inRPJMD: true, rkpdYear: 2027, indicativeBudget: Rupiah(2_500_000_000)),
                      ],
                      contactUnit: "Bagian Kerja Sama Sekretariat Daerah Kota Bogor")
    }

    /// Home, then key p: the mapping screen on the stored mapping (revision 1).
    static func opened(_ mapping: RegionMapping? = mapping(), width: Int = 80, height: Int = 24) -> (Harness, InMemoryMappingRepository) {
        let repo = InMemoryMappingRepository(mappings: mapping.map { [$0] } ?? [])
        var h = Harness()
        h.effects.mappings = repo
        if width != 80 || height != 24 { h.send(.resize(width: width, height: height)) }
        h.type("p")
        return (h, repo)
    }

    static func screen(_ h: Harness) -> MappingFormScreen { h.program.mappingForm! }

    /// Moves the highlight to the affair `code` and opens its form.
    static func openAffair(_ code: String, in h: inout Harness) {
        let index = screen(h).statuses.firstIndex { $0.code == code }!
        h.key(.home)
        h.key(.down, times: index)
        h.key(.enter)
    }

    /// Tab presses from Potensi to `field`.
    static func tabs(to field: MappingEntryField) -> Int { field.rawValue - MappingEntryField.offer.rawValue }

    static func text(_ h: Harness, width: Int = 80, height: Int = 24) -> String {
        h.frame(width: width, height: height).lines.joined(separator: "\n")
    }
}
