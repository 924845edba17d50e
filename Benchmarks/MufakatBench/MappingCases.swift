import Foundation
import MufakatApp
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport

/// A national meeting: every region's mapping arrives as a file, the facilitator imports them all,
/// then looks at the matrix, the matches and the planning annex, and exports them.
enum MappingCases {
    static func run(_ h: inout Harness, folder: URL, seed: UInt64) throws {
        h.group = "Mapping meeting (every region at once)"
        let catalogues = Catalogues.shared
        let today = CalendarDate(year: 2026, month: 1, day: 15)!
        let regions = catalogues.regions.all.filter(\.autonomous)
        let mappings = regions.map { MappingDemo.generate(region: $0, seed: seed, catalogues: catalogues, today: today) }
        let entries = mappings.reduce(0) { $0 + $1.entries.count }

        // What each region sends: its mapping file.
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var files: [URL] = []
        var bytes = 0
        for m in mappings {
            let url = folder.appendingPathComponent("\(m.regionCode).json")
            let data = try encoder.encode(m)
            bytes += data.count
            try data.write(to: url)
            files.append(url)
        }
        let n = "\(mappings.count)"
        try h.measure("read \(mappings.count) mapping files", size: n, iterations: 10, note: "\(entries) entries, \(bytes / 1024) KiB") {
            blackHole(try files.map { try MappingFileReader.read($0) })
        }
        // What `mufakat bundle export` gives: one bundle (zip) per region, made from a store
        // holding that region's mapping.
        let bundleFolder = folder.appendingPathComponent("bundles")
        try FileManager.default.createDirectory(at: bundleFolder, withIntermediateDirectories: true)
        var bundles: [URL] = []
        var bundleBytes = 0
        let makeStart = Harness.now()
        for m in mappings {
            let storeURL = folder.appendingPathComponent("region-store")
            try? FileManager.default.removeItem(at: storeURL)
            let store = try CooperationStore.open(at: storeURL)
            try store.saveMapping(m, basedOn: nil)
            let url = bundleFolder.appendingPathComponent("\(m.regionCode).mufakat")
            try store.exportBundle(to: url, ids: [], includeMappings: true)
            bundleBytes += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) ?? 0
            bundles.append(url)
        }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("region-store"))
        print(String(format: "  %d bundel daerah dibuat dalam %.1f detik", bundles.count, Harness.now() - makeStart))
        try h.measure("read \(bundles.count) mapping bundles (mufakat bundle export)", size: n, iterations: 5,
                      note: "\(bundleBytes / 1024) KiB of bundles") {
            blackHole(try bundles.map { try MappingFileReader.read($0, bundleReader: MappingBundles.reader) })
        }
        let fromBundles = try bundles.flatMap { try MappingFileReader.read($0, bundleReader: MappingBundles.reader) }
        // As `mufakat mapping import` does it: into a store (revisioned files, one flush).
        var round = 0
        try h.measure("import \(bundles.count) bundles' mappings into a store (mapping import)", size: n, iterations: 5) {
            round += 1
            let storeURL = folder.appendingPathComponent("meeting-store-\(round)")
            let service = MappingService(repository: StoreMappingRepository(store: try CooperationStore.open(at: storeURL)),
                                         catalogues: catalogues, today: today)
            blackHole(try service.importMappings(fromBundles, meetingID: nil) { _, _, _ in .replace })
        }
        let incoming = try files.flatMap { try MappingFileReader.read($0) }
        try h.measure("import all into the meeting (decide add/conflict, save)", size: n, iterations: 10) {
            let service = MappingService(repository: InMemoryMappingRepository(), catalogues: catalogues, today: today)
            blackHole(try service.importMappings(incoming, meetingID: nil) { _, _, _ in .replace })
        }
        let repository = InMemoryMappingRepository(mappings: mappings)
        let service = MappingService(repository: repository, catalogues: catalogues, today: today)
        var matrix = try service.matrix(meeting: nil)
        try h.measure("matrix (affairs × regions)", size: n, iterations: 20, note: "\(matrix.rowCount)×\(matrix.columnCount)") {
            matrix = try service.matrix(meeting: nil)
        }
        var matches: [MappingMatch] = []
        try h.measure("matches", size: n, iterations: 10) {
            matches = try service.matches(meeting: nil)
        }
        h.appendNote("matches found: \(matches.count)")
        var annex = try service.annex(meeting: nil)
        try h.measure("planning annex (RPJMD/RKPD)", size: n, iterations: 10) {
            annex = try service.annex(meeting: nil)
        }
        h.appendNote("annex rows: \(annex.rowCount)")
        var xlsx = Data()
        try h.measure("matrix workbook (.xlsx)", size: n, iterations: 5) {
            xlsx = try XlsxWriter.data(MatrixExport.workbook(matrix, catalogues: catalogues, meeting: nil, generatedOn: today))
        }
        h.appendNote("matrix .xlsx: \(xlsx.count / 1024) KiB")
        h.measure("matches CSV", size: n, iterations: 10) {
            blackHole(CsvWriter.data(MatchExport.rows(matches, catalogues: catalogues)))
        }
        try h.measure("annex workbook (.xlsx)", size: n, iterations: 5) {
            blackHole(try XlsxWriter.data(annex.workbook()))
        }
        try h.measure("whole meeting: read, import, matrix, matches, annex", size: n, iterations: 5) {
            let incoming = try files.flatMap { try MappingFileReader.read($0) }
            let service = MappingService(repository: InMemoryMappingRepository(), catalogues: catalogues, today: today)
            _ = try service.importMappings(incoming, meetingID: nil) { _, _, _ in .replace }
            blackHole((try service.matrix(meeting: nil), try service.matches(meeting: nil), try service.annex(meeting: nil)))
        }
        try MeetingScreenCases.run(&h, mappings: mappings, today: today, folder: folder)
    }

}
