import Testing
@testable import MufakatDomain

/// Issue 19: `Catalogues.shared` reads each file on first use; it must hold exactly what the
/// eager `loadBundled` reads.
@Suite struct LazyCataloguesTests {
    @Test func theLazySharedCataloguesEqualTheEagerlyLoadedOnes() throws {
        let eager = try Catalogues.loadBundled()
        let lazy = Catalogues.shared
        #expect(lazy.regions.all == eager.regions.all)
        #expect(lazy.affairs.all == eager.affairs.all)
        #expect(lazy.authority.all == eager.authority.all)
        #expect(lazy.seats.count == eager.seats.count)
        for r in eager.regions.all {
            #expect(lazy.seats[r.code] == eager.seats[r.code])
            #expect(lazy.seats.seat(of: r) == eager.seats.seat(of: r))
        }
        let provinces = eager.regions.provinces
        for a in provinces { for b in provinces {
            #expect(lazy.adjacency.border(a.code, b.code)?.source == eager.adjacency.border(a.code, b.code)?.source)
            #expect(lazy.adjacency.border(a.code, b.code)?.kind == eager.adjacency.border(a.code, b.code)?.kind)
        } }
        #expect(lazy.adjacency.completeProvinces == eager.adjacency.completeProvinces)
    }

    @Test func givenCataloguesAreKeptAndSeatsCanBeReplaced() throws {
        let eager = try Catalogues.loadBundled()
        var own = Catalogues(regions: RegionCatalogue(regions: Array(eager.regions.all.prefix(3))), affairs: eager.affairs, authority: eager.authority)
        #expect(own.regions.all.count == 3)
        #expect(own.seats.count == 0)
        own.seats = eager.seats
        #expect(own.seats.count == eager.seats.count)
        #expect(own.regions.all.count == 3)
    }
}
