import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

/// Issue 19, memory: the home list keeps its order as positions and its search texts in one
/// buffer. What it shows must be what the plain way gives: every row summarised, sorted by a
/// straightforward comparison and searched with `String.contains` on its joined folded text.
@Suite struct CompactListTests {
    private static func plainOrder(_ rows: [CooperationSummary], _ key: HomeScreen.SortKey, ascending: Bool) -> [String] {
        let words = AppText.current.homeRows
        let kinds = CooperationKind.allCases.sorted { words.kind($0) < words.kind($1) }
        func rank(_ k: CooperationKind) -> Int { kinds.firstIndex(of: k)! }
        return rows.sorted { a, b in
            let order: Bool?
            switch key {
            case .title: order = a.title == b.title ? nil : TextLayout.foldForSearch(a.title) < TextLayout.foldForSearch(b.title)
            case .stage: order = a.stageIndex == b.stageIndex ? nil : a.stageIndex < b.stageIndex
            case .kind: order = a.kind == b.kind ? nil : rank(a.kind) < rank(b.kind)
            case .affair: order = a.affairName == b.affairName ? nil : a.affairName < b.affairName
            case .nextDate:
                switch (a.nextDate, b.nextDate) {
                case let (x?, y?): order = x == y ? nil : x < y
                case (nil, nil): order = nil
                case (nil, _): return false  // undated rows stay last, both ways
                case (_, nil): return true
                }
            }
            guard let order else { return a.id < b.id }
            return order == ascending
        }.map(\.id)
    }

    private static func plainText(_ s: CooperationSummary) -> String {
        let words = AppText.current.homeRows
        return TextLayout.foldForSearch(([s.title, s.id, s.affairName, words.kind(s.kind), s.stageName, words.status(s.status)] + s.partners)
            .joined(separator: " "))
    }

    private static func plainSearch(_ rows: [CooperationSummary], _ order: [String], _ query: String) -> [String] {
        let words = TextLayout.foldForSearch(query).split(separator: " ").map(String.init)
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        return order.filter { id in words.allSatisfy { plainText(byID[id]!).contains($0) } }
    }

    private func loaded(_ count: Int) throws -> (HomeScreen, [ListedCooperation]) {
        let session = try ListedCooperationTests.demoStore(count: count)
        let items = try ListedCooperation.all(in: session)
        var home = HomeScreen()
        home.load(items, context: Fixture.context)
        return (home, items)
    }

    @Test func everySortAndSearchShowsWhatThePlainWayShows() throws {
        var (home, _) = try loaded(400)
        let rows = Array(home.all)
        #expect(rows.count > 400)
        for key in HomeScreen.SortKey.allCases {
            for ascending in [true, false] {
                home.sortKey = key; home.ascending = ascending
                home.search.text = ""
                _ = home.handle(.resize(width: 200, height: 60))
                let order = Self.plainOrder(rows, key, ascending: ascending)
                #expect(home.visible.map(\.id) == order, "\(key) \(ascending)")
                // Typed letter by letter (each narrows the one before), then set at once.
                // Words of titles and partners, then of the words rows share (stage, affair, kind,
                // status), which are matched apart from the rows' texts (issue 19, memory).
                for query in ["b", "bo", "bog", "bogor", "bogor k", "kota ai", "zz", "pelaks", "pangan", "wajib", "lewat", "berlaku bogor",
                              "a", "an", "pekerjaan umum", "sukarela kota", "proses kab", "ks-2025", "00012", "contoh- bogor", "2026-001 pangan"] {
                    home.search.text = query
                    _ = home.handle(.resize(width: 200, height: 60))
                    #expect(home.visible.map(\.id) == Self.plainSearch(rows, order, query), "\(key) \(ascending) \(query)")
                }
            }
        }
    }

    /// The filter keys cycle through the values present in the order the plain way gives: stages
    /// by their position, kinds in the rulebook's order, affairs and partners alphabetically.
    @Test func theFilterKeysCycleAsThePlainWayDoes() throws {
        var (home, _) = try loaded(300)
        let rows = Array(home.all)
        func unique<T: Hashable>(_ values: [T]) -> [T] { var seen = Set<T>(); return values.filter { seen.insert($0).inserted } }
        func cycle<T>(_ key: Character, _ value: (HomeScreen) -> T?) -> [T] {
            var out: [T] = []
            for _ in 0..<200 {
                _ = home.handle(.key(.char(key)))
                guard let v = value(home) else { break }
                out.append(v)
            }
            return out
        }
        let stages = cycle("t") { $0.stageFilter }
        #expect(stages == unique(rows.sorted { $0.stageIndex < $1.stageIndex }.map(\.stageName)))
        #expect(stages.count > 2)
        #expect(cycle("j") { $0.kindFilter } == CooperationKind.allCases.filter { k in rows.contains { $0.kind == k } })
        #expect(cycle("u") { $0.affairFilter } == unique(rows.map(\.affairCode).sorted()))
        let partners = cycle("m") { $0.partnerFilter }
        #expect(partners == unique(rows.flatMap(\.partners).sorted()))
        #expect(partners.count > 2)
    }

    @Test func everyFilterShowsWhatThePlainWayShows() throws {
        var (home, _) = try loaded(300)
        let rows = Array(home.all)
        let order = Self.plainOrder(rows, .nextDate, ascending: true)
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        for stage in Set(rows.map(\.stageName)) {
            home.stageFilter = stage
            _ = home.handle(.resize(width: 200, height: 60))
            #expect(home.visible.map(\.id) == order.filter { byID[$0]!.stageName == stage })
            home.search.text = "kab"
            _ = home.handle(.resize(width: 200, height: 60))
            #expect(home.visible.map(\.id) == Self.plainSearch(rows, order, "kab").filter { byID[$0]!.stageName == stage })
            home.search.text = ""
        }
        home.stageFilter = nil
        for kind in Set(rows.map(\.kind)) {
            home.kindFilter = kind
            _ = home.handle(.resize(width: 200, height: 60))
            #expect(home.visible.map(\.id) == order.filter { byID[$0]!.kind == kind })
        }
        home.kindFilter = nil
        for affair in Set(rows.map(\.affairCode)) {
            home.affairFilter = affair
            _ = home.handle(.resize(width: 200, height: 60))
            #expect(home.visible.map(\.id) == order.filter { byID[$0]!.affairCode == affair })
        }
        home.affairFilter = nil
        let partner = try #require(rows.flatMap(\.partners).first)
        home.partnerFilter = partner
        _ = home.handle(.resize(width: 200, height: 60))
        #expect(home.visible.map(\.id) == order.filter { byID[$0]!.partners.contains(partner) })
        #expect(home.visible.count > 0 && home.visible.count < rows.count)
    }

    /// What the list keeps per cooperation stays small (issue 19, memory): the item without
    /// padding between its fields, and the facts in 16 bytes.
    @Test func theRowsKeepNoPadding() {
        #expect(MemoryLayout<IndexProgress>.size <= 46)
        #expect(MemoryLayout<ListedCooperation>.stride <= 128)
        #expect(MemoryLayout<RowFacts>.stride <= 16)
        #expect(MemoryLayout<Reminder>.stride <= 56)
    }

    @Test func remindersAreThoseOfEveryCooperation() throws {
        let (home, items) = try loaded(300)
        let plain = items.flatMap { Reminder.all(for: $0, context: Fixture.context) }
            .enumerated()
            .sorted { ($0.element.kind.sortRank, $0.element.daysLeft ?? Int.max, $0.offset) < ($1.element.kind.sortRank, $1.element.daysLeft ?? Int.max, $1.offset) }
            .map(\.element)
        #expect(home.reminders == plain)
        #expect(plain.count > 10)
    }

    /// An id with capitals (not made by the program) is searched by its folded text, like every field.
    @Test func anIdWithCapitalsIsFoundByItsFoldedText() throws {
        var (home, items) = try loaded(20)
        var item = items[3]
        item.id = "KS-Khusus-Éa"
        var list = items
        list[3] = item
        home.load(list.sorted { $0.id < $1.id }, context: Fixture.context)
        for query in ["ks-khusus", "khusus-ea", "us-e"] {
            home.search.text = query
            _ = home.handle(.resize(width: 200, height: 60))
            #expect(home.visible.map(\.id) == [item.id], "\(query)")
        }
        #expect(CooperationSummary.searchedInPlace("ks-2026-00012") && !CooperationSummary.searchedInPlace(item.id))
    }

    /// A saved row is searched by its new text, not its old one, however often rows are saved.
    @Test func aReplacedRowIsSearchedByItsNewText() throws {
        var (home, items) = try loaded(50)
        var item = items[7]
        for round in 0..<200 {
            item.title = "Judul baru \(round) Zamrud"
            item.revision += 1
            let replaced = home.replace(item, context: Fixture.context)
            #expect(replaced)
        }
        home.search.text = "zamrud"
        _ = home.handle(.resize(width: 200, height: 60))
        #expect(home.visible.map(\.id) == [item.id])
        home.search.text = "judul baru 198"
        _ = home.handle(.resize(width: 200, height: 60))
        #expect(home.visible.isEmpty)
        home.search.text = items[8].title
        _ = home.handle(.resize(width: 200, height: 60))
        #expect(home.visible.map(\.id).contains(items[8].id))
    }

    /// A replaced text as long or shorter takes the old one's place, and a longer one adds little
    /// room to a trimmed buffer instead of doubling it (issue 19: the first save after start-up
    /// doubled 10 MB at 100,000 rows).
    @Test func aReplacedTextDoesNotDoubleTheBuffer() {
        var texts = SearchTexts()
        for i in 0..<1_000 { texts.append(Array("kerja sama pengelolaan sampah regional nomor \(i)".utf8)) }
        texts.trim()
        let trimmed = texts.capacity
        texts.replace(5, with: Array("pendek".utf8))
        #expect(texts.capacity == trimmed && texts.text(5) == Array("pendek".utf8))
        texts.replace(6, with: Array("kerja sama pengelolaan sampah regional nomor 6 yang diperpanjang".utf8))
        #expect(texts.capacity < trimmed * 5 / 4)
        #expect(String(decoding: texts.text(6), as: UTF8.self) == "kerja sama pengelolaan sampah regional nomor 6 yang diperpanjang")
        #expect((7..<1_000).allSatisfy { String(decoding: texts.text($0), as: UTF8.self) == "kerja sama pengelolaan sampah regional nomor \($0)" })
        #expect(texts.withMatcher([Array("pendek".utf8)]) { m in (0..<1_000).filter(m) } == [5])
    }

    @Test func theBufferKeepsEveryRowsTextThroughReplacements() {
        var texts = SearchTexts()
        for i in 0..<10 { texts.append(Array("baris \(i)".utf8)) }
        for round in 0..<50 { texts.replace(round % 10, with: Array("ganti \(round)".utf8)) }
        #expect((0..<10).map { String(decoding: texts.text($0), as: UTF8.self) } == (40..<50).map { "ganti \($0)" })
        let found = texts.withMatcher([Array("ganti 4".utf8)]) { m in (0..<10).filter(m) }
        #expect(found == Array(0..<10))
        #expect(texts.withMatcher([Array("ganti 47".utf8)]) { m in (0..<10).filter(m) } == [7])
    }

    /// After the whole list is in, the buffer holds its bytes and little more (issue 19, memory),
    /// and every row still reads and matches as before.
    @Test func trimmingGivesBackTheGuessedRoomAndKeepsTheTexts() {
        var texts = SearchTexts()
        texts.reserve(rows: 1_000, bytesPerRow: 40)
        for i in 0..<1_000 { texts.append(Array("kerja sama pengelolaan sampah regional nomor \(i) kota bogor".utf8)) }
        #expect(texts.capacity > texts.byteCount * 5 / 4)  // grown by doubling past the guess
        let before = (0..<1_000).map(texts.text)
        texts.trim()
        #expect(texts.capacity <= texts.byteCount + texts.byteCount / 16)
        #expect((0..<1_000).map(texts.text) == before)
        #expect(texts.withMatcher([Array("nomor 999 ".utf8)]) { m in (0..<1_000).filter(m) } == [999])
        texts.replace(3, with: Array("ganti".utf8))
        #expect(String(decoding: texts.text(3), as: UTF8.self) == "ganti")
    }

    /// Rows in id order (as a store lists them) are found by binary search, other orders through
    /// a dictionary; both find every row and no other (issue 19, memory).
    @Test func rowPositionsFindEveryRowInOrderOrNot() throws {
        let items = try ListedCooperation.all(in: ListedCooperationTests.demoStore(count: 60))
        let inOrder = RowPositions(of: items)
        #expect(inOrder.searchesInOrder)
        let shuffled = items.reversed() + []
        let outOfOrder = RowPositions(of: shuffled)
        #expect(!outOfOrder.searchesInOrder)
        for (i, item) in items.enumerated() {
            #expect(inOrder.position(of: item.id, in: items) == i)
            #expect(outOfOrder.position(of: item.id, in: shuffled) == items.count - 1 - i)
        }
        for missing in ["", "a", "zzz", items[3].id + "x"] {
            #expect(inOrder.position(of: missing, in: items) == nil)
            #expect(outOfOrder.position(of: missing, in: shuffled) == nil)
        }
    }
}
