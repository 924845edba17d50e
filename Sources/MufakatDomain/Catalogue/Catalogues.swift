import Foundation

/// The reference data bundled with Mufakat (data rujukan). `Catalogues.shared` reads each file
/// on its first use, once per process: a command that needs only the regions never parses the
/// authority table, the borders or the seats (issue 19: a DOCX export paid for all five).
public struct Catalogues: Sendable {
    /// Catalogues given explicitly (`init`, `loadBundled`); nil for the bundled ones read lazily.
    /// One reference keeps the struct small: it is passed by value through deep drawing calls.
    private var given: Given?

    public var regions: RegionCatalogue { given?.regions ?? Bundled.regions }
    public var affairs: AffairCatalogue { given?.affairs ?? Bundled.affairs }
    public var authority: AuthorityCatalogue { given?.authority ?? Bundled.authority }
    /// Data perbatasan: province adjacency by land and sea, and kab/kota adjacency where known.
    public var adjacency: AdjacencyTable { given?.adjacency ?? Bundled.adjacency }
    /// Ibu kota: the seat of government of provinces and of kabupaten not named after theirs.
    public var seats: SeatCatalogue {
        get { given.map(\.seats) ?? Bundled.seats }
        set {
            let old = given
            given = Given(regions: old?.regions ?? Bundled.regions, affairs: old?.affairs ?? Bundled.affairs,
                          authority: old?.authority ?? Bundled.authority, adjacency: old?.adjacency ?? Bundled.adjacency,
                          seats: newValue)
        }
    }
    public var absoluteAffairs: [AbsoluteAffair] { AbsoluteAffair.all }

    public init(regions: RegionCatalogue, affairs: AffairCatalogue, authority: AuthorityCatalogue,
                adjacency: AdjacencyTable = AdjacencyTable()) {
        given = Given(regions: regions, affairs: affairs, authority: authority, adjacency: adjacency, seats: SeatCatalogue())
    }

    /// The bundled files, each read on first use.
    private init() { given = nil }

    private final class Given: Sendable {
        let regions: RegionCatalogue
        let affairs: AffairCatalogue
        let authority: AuthorityCatalogue
        let adjacency: AdjacencyTable
        let seats: SeatCatalogue
        init(regions: RegionCatalogue, affairs: AffairCatalogue, authority: AuthorityCatalogue, adjacency: AdjacencyTable, seats: SeatCatalogue) {
            self.regions = regions; self.affairs = affairs; self.authority = authority; self.adjacency = adjacency; self.seats = seats
        }
    }

    /// The text of a bundled data file.
    static func read(_ name: String) throws(CatalogueError) -> String {
        guard let text = BundledData.text(name) else {
            throw CatalogueError(file: name, line: 0, problem: "berkas sumber data tidak ditemukan dalam paket program; pasang ulang Mufakat")
        }
        return text
    }

    /// Loads every bundled CSV file now; throws with file and line when a resource is broken.
    public static func loadBundled() throws(CatalogueError) -> Catalogues {
        var catalogues = Catalogues(
            regions: try RegionCatalogue(csv: read("wilayah.csv")),
            affairs: try AffairCatalogue(csv: read("urusan.csv")),
            authority: try AuthorityCatalogue(csv: read("kewenangan.csv")),
            adjacency: try AdjacencyTable(csv: read("berbatasan.csv"), coverage: read("berbatasan-cakupan.csv"))
        )
        catalogues.seats = try SeatCatalogue(csv: read("ibukota.csv"))
        return catalogues
    }

    /// The bundled catalogues, each file read on its first use. A broken bundle stops with a
    /// clear message when the broken file is first needed: it is part of the program, not user input.
    public static let shared = Catalogues()

    /// Each bundled file, parsed once per process on first use.
    private enum Bundled {
        static let regions = load { () throws(CatalogueError) in try RegionCatalogue(csv: read("wilayah.csv")) }
        static let affairs = load { () throws(CatalogueError) in try AffairCatalogue(csv: read("urusan.csv")) }
        static let authority = load { () throws(CatalogueError) in try AuthorityCatalogue(csv: read("kewenangan.csv")) }
        static let adjacency = load { () throws(CatalogueError) in
            try AdjacencyTable(csv: read("berbatasan.csv"), coverage: read("berbatasan-cakupan.csv"))
        }
        static let seats = load { () throws(CatalogueError) in try SeatCatalogue(csv: read("ibukota.csv")) }

        static func load<T>(_ body: () throws(CatalogueError) -> T) -> T {
            do { return try body() } catch {
                FileHandle.standardError.write(Data("Mufakat: data bawaan rusak: \(error)\n".utf8))
                exit(2)
            }
        }
    }
}
