import Foundation

/// The reference data bundled with Mufakat, loaded once per process.
public struct Catalogues: Sendable {
    public let regions: RegionCatalogue
    public let affairs: AffairCatalogue
    public let authority: AuthorityCatalogue
    /// Data perbatasan: province adjacency by land and sea, and kab/kota adjacency where known.
    public let adjacency: AdjacencyTable
    /// Ibu kota: the seat of government of provinces and of kabupaten not named after theirs.
    public var seats: SeatCatalogue = SeatCatalogue()
    public var absoluteAffairs: [AbsoluteAffair] { AbsoluteAffair.all }

    public init(regions: RegionCatalogue, affairs: AffairCatalogue, authority: AuthorityCatalogue,
                adjacency: AdjacencyTable = AdjacencyTable()) {
        self.regions = regions; self.affairs = affairs; self.authority = authority; self.adjacency = adjacency
    }

    /// Loads the bundled CSV files; throws with file and line when a resource is broken.
    public static func loadBundled() throws(CatalogueError) -> Catalogues {
        func read(_ name: String) throws(CatalogueError) -> String {
            guard let url = Bundle.module.url(forResource: "data/\(name)", withExtension: nil)
                    ?? Bundle.module.resourceURL?.appendingPathComponent("data/\(name)"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw CatalogueError(file: name, line: 0, problem: "berkas sumber data tidak ditemukan dalam paket program; pasang ulang Mufakat")
            }
            return text
        }
        var catalogues = Catalogues(
            regions: try RegionCatalogue(csv: read("wilayah.csv")),
            affairs: try AffairCatalogue(csv: read("urusan.csv")),
            authority: try AuthorityCatalogue(csv: read("kewenangan.csv")),
            adjacency: try AdjacencyTable(csv: read("berbatasan.csv"), coverage: read("berbatasan-cakupan.csv"))
        )
        catalogues.seats = try SeatCatalogue(csv: read("ibukota.csv"))
        return catalogues
    }

    /// The bundled catalogues, loaded on first use. A broken bundle stops with a clear message:
    /// it is part of the program, not user input.
    public static let shared: Catalogues = {
        do { return try loadBundled() } catch {
            FileHandle.standardError.write(Data("Mufakat: data bawaan rusak: \(error)\n".utf8))
            exit(2)
        }
    }()
}
