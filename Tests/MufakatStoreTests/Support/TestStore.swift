import Foundation
@testable import MufakatStore
import MufakatDomain

/// A fresh folder under the system temp folder, unique per test (tests run in parallel).
func temporaryFolder(_ label: String = #function) -> URL {
    let safe = label.filter { $0.isLetter || $0.isNumber }
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("mufakat-store-tests")
        .appendingPathComponent("\(safe)-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A new store in a fresh folder.
func makeStore(_ label: String = #function) throws -> CooperationStore {
    try CooperationStore.open(at: temporaryFolder(label).appendingPathComponent("store"))
}

/// A small valid cooperation.
func sampleCooperation(id: String = "ks-bogor-001", title: String = "Penyelenggaraan Angkutan Perkotaan Terintegrasi") -> Cooperation {
    let regions = Catalogues.shared.regions
    var c = Cooperation(id: id, title: title, kind: .ksddSukarela,
                        parties: [Party.region(regions["32.71"]!, headName: "Dedie A. Rachim"),
                                  Party.region(regions["32.01"]!, headName: "Rudy Susmanto")],
                        partiesBordering: true, affairCode: "2.15")
    c.proposal.progress.status = .done
    c.proposal.date = CalendarDate(year: 2025, month: 3, day: 4)
    c.offer.progress.status = .draft
    return c
}

func readText(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

func permissions(_ url: URL) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
}
