import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
@testable import MufakatApp

/// Issue 19: a save puts one row in place; the list is not read, summarised or sorted again.
@Suite struct SaveInPlaceTests {
    @Test func ctrlSDoesNotReloadTheList() throws {
        var h = Harness(items: [Fixture.transport(), Fixture.transport(id: "angkutan-depok")])
        h.openFirst()
        let id = h.program.session!.id
        h.type("catatan")
        h.performed = []
        h.key(.ctrl("s"))
        #expect(h.performed.contains { if case .save = $0 { true } else { false } })
        #expect(!h.performed.contains(.loadList))
        #expect(h.program.message == .ok("Tersimpan (revisi 2)."))
        // The row in memory is the one a full reload would give.
        #expect(h.program.items.first { $0.id == id }?.revision == 2)
        let reloaded = try ListedCooperation.all(in: h.repository)
        #expect(h.program.items == reloaded)
    }

    /// Replacing a changed row gives the same rows, order and reminders as loading the list anew,
    /// whatever the sort.
    @Test(arguments: HomeScreen.SortKey.allCases)
    func replacingARowEqualsReloading(_ sort: HomeScreen.SortKey) throws {
        try replacingEqualsReloading(sort, ascending: true)
    }

    /// The same in the reverse order (a row moves by neighbouring swaps, both ways).
    @Test(arguments: HomeScreen.SortKey.allCases)
    func replacingARowEqualsReloadingDescending(_ sort: HomeScreen.SortKey) throws {
        try replacingEqualsReloading(sort, ascending: false)
    }

    /// The shell's items and the home list's stay one array after a save (nothing copied) and
    /// describe the saved revision.
    @Test func theShellAndTheHomeShareTheSavedItems() throws {
        var h = Harness(items: [Fixture.transport(), Fixture.transport(id: "angkutan-depok")])
        h.openFirst()
        h.type("x")
        h.key(.ctrl("s"))
        #expect(h.program.items == h.program.home.listedItems)
        #expect(h.program.home.contains(h.program.session!.id))
        #expect(!h.program.home.contains("tidak-ada"))
    }

    /// The first save after the list is read changes the one item in place: nothing but the shell
    /// and the home list holds the items, so the whole list is not copied (issue 19: the first
    /// Ctrl-S after start-up at 100,000 copied 16 MB of items, because the last list read kept them too).
    @Test func theFirstSaveChangesTheListedItemsInPlace() throws {
        var h = Harness(items: [Fixture.transport(), Fixture.transport(id: "angkutan-depok")])
        func address(_ items: [ListedCooperation]) -> UInt { items.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }
        let before = address(h.program.items)
        let revisions = h.program.items.map(\.revision)
        h.openFirst()
        h.type("x")
        h.key(.ctrl("s"))
        #expect(h.program.items.map(\.revision) != revisions, "the saved item is in the list")
        #expect(address(h.program.items) == before)
    }

    private func replacingEqualsReloading(_ sort: HomeScreen.SortKey, ascending: Bool) throws {
        let generator = DemoGenerator(seed: 5, referenceDate: Fixture.today)
        let cooperations = generator.cooperations(count: 60) + HomeTests.examples()
        var items = cooperations.map { ListedCooperation(cooperation: $0, revision: 1) }.sorted { $0.id < $1.id }
        var home = HomeScreen()
        home.sortKey = sort
        home.ascending = ascending
        home.load(items, context: Fixture.context)
        for k in [0, 7, items.count - 1] {
            var changed = cooperations.first { $0.id == items[k].id }!
            changed.title = "Aaa diubah \(k)"
            changed.agreement.endDate = Fixture.today.adding(days: 20 + k)
            let item = ListedCooperation(cooperation: changed, revision: 2)
            items[k] = item
            let replaced = home.replace(item, context: Fixture.context)
            #expect(replaced)
            var fresh = HomeScreen()
            fresh.sortKey = sort
            fresh.ascending = ascending
            fresh.load(items, context: Fixture.context)
            #expect(home.visible.map(\.id) == fresh.visible.map(\.id))
            #expect(Array(home.visible) == Array(fresh.visible))
            #expect(home.reminders == fresh.reminders)
            #expect(Array(home.all) == Array(fresh.all))
        }
        var unknown = cooperations[0]
        unknown.id = "belum-ada-di-daftar"
        let replacedUnknown = home.replace(ListedCooperation(cooperation: unknown, revision: 1), context: Fixture.context)
        #expect(!replacedUnknown)
    }
}
