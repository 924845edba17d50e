#if canImport(Glibc)
import Glibc
#endif
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

/// The home list is made from the store's index: every row and reminder must be what the
/// cooperation itself gives, and listing must not read the cooperation files.
@Suite struct ListedCooperationTests {
    static func demoStore(_ label: String = #function, count: Int = 300) throws -> StoreSession {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("mufakat-app-tests/\(label.filter(\.isLetter))-\(UUID().uuidString.prefix(8))")
        let repository = try StoreSession.open(folder: URL(fileURLWithPath: folder.path))
        let generator = DemoGenerator(seed: 11, referenceDate: Fixture.today)
        _ = try repository.insert(generator.cooperations(count: count))
        for c in HomeTests.examples() { _ = try repository.save(c, basedOn: nil) }
        return repository
    }

    @Test func rowsAndRemindersFromTheIndexEqualThoseFromTheFiles() throws {
        let repository = try Self.demoStore()
        let fromIndex = try ListedCooperation.all(in: repository)
        let fromFiles = try repository.all()
        #expect(fromIndex.count == fromFiles.count)
        let byID = Dictionary(uniqueKeysWithValues: fromFiles.map { ($0.cooperation.id, $0) })
        var reminders = 0
        for listed in fromIndex {
            let item = try #require(byID[listed.id])
            #expect(listed == ListedCooperation(stored: item))
            #expect(CooperationSummary(listed: listed, context: Fixture.context) == CooperationSummary(item: item, context: Fixture.context))
            #expect(Reminder.all(for: listed, context: Fixture.context) == Reminder.all(for: item.cooperation, context: Fixture.context))
            reminders += Reminder.all(for: listed, context: Fixture.context).count
            // The stage is the workflow's first stage neither done nor skipped by its gate.
            let stages = Workflow(cooperation: item.cooperation, rulebook: Fixture.rulebook).stages
            let open = stages.firstIndex { !($0.state.isSettled || $0.recorded.status == .done) } ?? stages.count
            #expect(CooperationSummary(listed: listed, context: Fixture.context).stageIndex == open, "\(listed.id)")
        }
        #expect(reminders > 0)
    }

    @Test func listingDoesNotReadTheFiles() throws {
        let repository = try Self.demoStore(count: 20)
        let before = try ListedCooperation.all(in: repository)
        // Overwrite a file in place and put its mtime back: the index still describes it, and a
        // listing that decoded files would drop or mangle the row.
        let id = before[3].id
        let url = repository.root.appendingPathComponent("cooperations/\(id).json")
        var st = stat(); stat(url.path, &st)
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data("bukan json".utf8)); try handle.truncate(atOffset: 10); try handle.close()
        var times = [st.st_atim, st.st_mtim]
        utimensat(AT_FDCWD, url.path, &times, 0)
        let reopened = try StoreSession.open(folder: URL(fileURLWithPath: repository.root.path))
        #expect(try ListedCooperation.all(in: reopened) == before)
    }

    @Test func renewingReadsTheEndedCooperationWhole() {
        var old = Fixture.transport(id: "pariwisata-lama")
        old.ended = EndRecord(ground: .termExpired, date: Fixture.today.adding(days: -10))
        var h = Harness(items: [old])
        h.type("d")
        #expect(h.performed.contains(.loadForRenewal(id: "pariwisata-lama")))
        #expect(h.program.screenName == "kerja-sama-baru")
    }
}

/// The home search looks for each word of the folded query in a row's folded text, bytewise.
@Suite struct HomeSearchTests {
    @Test func wordsAreFoundAnywhereInTheFoldedText() {
        func occurs(_ word: String, _ text: String) -> Bool {
            HomeScreen.occurs(Array(TextLayout.foldForSearch(word).utf8), in: Array(TextLayout.foldForSearch(text).utf8))
        }
        #expect(occurs("bogo", "Kerja Sama Air Minum Kota Bogor"))
        #expect(occurs("", "apa saja"))
        #expect(!occurs("bogor", "Kota Bogo"))
        #expect(!occurs("bandung", ""))
        #expect(occurs("sumenep", "Kabupaten Sumenep"))
        // Folded: diacritics and case do not matter.
        #expect(occurs("ende", "Kabupaten ÉNDE"))
    }
}
