import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

/// Issue 19: the first screen of a large store comes from `index.bin`'s records (list facts,
/// version 2) before the whole list is read, and shows what the whole list shows.
@Suite struct HomePreviewTests {
    /// The home list as the whole list makes it.
    private func eager(_ session: StoreSession, _ context: ShellContext) throws -> [CooperationSummary] {
        var home = HomeScreen()
        home.load(try ListedCooperation.all(in: session), context: context)
        return Array(home.visible)
    }

    @Test func thePreviewPutsEveryRecordWhereTheWholeListDoes() throws {
        let session = try ListedCooperationTests.demoStore(count: 300)
        // Today's date moves the reminders (expiry tiers, the half-yearly evaluation, overdue answers).
        for today in [Fixture.today, Fixture.today.adding(days: 170), Fixture.today.adding(days: 400)] {
            var context = Fixture.context
            context.today = today
            let whole = try eager(session, context)
            let preview = try #require(HomePreview.make(from: try session.indexRows(), context: context, limit: 10_000), "\(today)")
            #expect(preview.total == whole.count)
            #expect(preview.rows.map(\.id) == whole.map(\.id), "\(today)")
            #expect(preview.rows == whole, "\(today)")
            #expect(Set(whole.map(\.nextDate)).count > 10)
        }
        // A running cooperation seen on a day of a year before its latest evaluation: the facts
        // keep only that year's count, so they cannot tell and no preview is made.
        let rows = try session.indexRows()
        var day: Int? = nil
        rows.forEach { r in
            if r.status == .active, let y = r.facts.lastEvaluationYear, let s = r.facts.startDay, CalendarDate(dayNumber: s).year < y { day = s }
        }
        var past = Fixture.context
        past.today = CalendarDate(dayNumber: try #require(day))
        #expect(HomePreview.make(from: rows, context: past, limit: 10) == nil)
    }

    @Test func theFirstScreenShowsThePreviewThenTheWholeList() throws {
        let session = try ListedCooperationTests.demoStore(count: 120)
        func effects(previewFrom: Int) -> AppEffects {
            let e = AppEffects(repository: session, context: Fixture.context,
                               openRepository: { _ in throw StoreError.invalidInput(path: "", problem: "-") },
                               loadExamples: { _, _ in 0 })
            e.previewFrom = previewFrom
            return e
        }
        func event(_ e: AppEffects, _ action: AppAction) throws -> AppEvent {
            guard case .custom(let value as AppEvent) = e.perform(action).first else { throw StoreError.invalidInput(path: "", problem: "no event") }
            return value
        }
        func frame(_ p: MufakatProgram) -> String {
            var buffer = Buffer(width: 200, height: 60)
            p.view(into: &buffer)
            return buffer.text
        }
        // Eager, as a small store starts.
        let plain = effects(previewFrom: Int.max)
        var eagerProgram = MufakatProgram(context: Fixture.context, makeEditor: Fixture.placeholderEditor())
        #expect(eagerProgram.update(.resize(width: 200, height: 60)) == [.perform(.loadList)])
        let whole = try event(plain, .loadList)
        guard case .listLoaded = whole else { Issue.record("no list"); return }
        _ = eagerProgram.update(.custom(whole))
        // With the preview.
        let lazy = effects(previewFrom: 1)
        var program = MufakatProgram(context: Fixture.context, makeEditor: Fixture.placeholderEditor())
        _ = program.update(.resize(width: 200, height: 60))
        let first = try event(lazy, .loadList)
        guard case .firstScreenLoaded(let preview) = first else { Issue.record("no preview: \(first)"); return }
        #expect(preview.total == eagerProgram.home.all.count)
        #expect(program.update(.custom(first)).isEmpty)
        #expect(program.tickInterval == .zero)
        #expect(program.home.previewTotal == preview.total)
        let shown = frame(program)
        #expect(shown.contains("Memuat daftar kerja sama…"))
        // The table's rows are those of the whole list.
        let eagerLines = frame(eagerProgram).split(separator: "\n")
        let previewLines = shown.split(separator: "\n")
        for row in 2..<20 { #expect(previewLines[row].prefix(150) == eagerLines[row].prefix(150), "row \(row)") }
        // Right after that frame the whole list is read; then the screen is the eager one.
        #expect(program.update(.tick) == [.perform(.loadList)])
        _ = program.update(.custom(try event(lazy, .loadList)))
        #expect(program.tickInterval == .seconds(1))
        #expect(program.home.previewTotal == nil)
        #expect(frame(program) == frame(eagerProgram))

        // A key typed while only the first rows are shown: the whole list is read first, then
        // the key is handled on it.
        var early = MufakatProgram(context: Fixture.context, makeEditor: Fixture.placeholderEditor())
        _ = early.update(.resize(width: 200, height: 60))
        lazy.firstListRead = false
        _ = early.update(.custom(try event(lazy, .loadList)))
        #expect(early.home.previewTotal != nil)
        #expect(early.update(.key(.down)) == [.perform(.loadList)])
        #expect(early.home.selectedID == eagerProgram.home.visible[0].id)
        _ = early.update(.custom(try event(lazy, .loadList)))
        #expect(early.home.previewTotal == nil)
        #expect(early.home.selectedID == eagerProgram.home.visible[1].id)
        #expect(early.update(.tick).contains(.perform(.loadList)) == false)
    }
}
