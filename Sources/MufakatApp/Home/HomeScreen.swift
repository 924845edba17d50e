import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Beranda: the list of cooperations with filters, sorting and the reminders panel.
struct HomeScreen: Sendable {
    enum Outcome: Equatable { case none, refused(String?), open(String), new, renew(String), editProfile, mapping, help, meeting, dashboard, sync, quit }

    /// Urutan: what the list is sorted by.
    enum SortKey: Int, CaseIterable, Sendable {
        case title, stage, nextDate, kind, affair
        var label: String {
            switch self {
            case .title: AppText.current.home.sortTitle
            case .stage: AppText.current.home.sortStage
            case .nextDate: AppText.current.home.sortNextDate
            case .kind: AppText.current.home.sortKind
            case .affair: AppText.current.home.sortAffair
            }
        }
    }

    /// Every row, in the list's (id) order; a row's summary is made when it is read.
    var all: HomeRows { words.map { HomeRows(items: madeItems, facts: facts, words: $0) } ?? HomeRows() }
    /// Last sync and changes waiting, under the list (nil: the store is not synced; `S` then does nothing).
    var syncLine: String?
    /// Cooperations a sync left in conflict (marked; Enter asks the merge question).
    var syncConflicts: Set<String> = []
    var reminders: [Reminder] = [] {
        didSet { reminderLines = Self.lines(of: reminders) }
    }
    /// The reminder panel's lines, laid out once when the reminders change: a reminder's index,
    /// or `-1 - rank` for the heading of a kind. Drawing then touches only the lines on screen.
    private var reminderLines: [Int32] = []
    var stageFilter: String? = nil
    var kindFilter: CooperationKind? = nil
    var affairFilter: String? = nil
    var partnerFilter: String? = nil
    var search = TextField(placeholder: AppText.current.home.searchPlaceholder)
    var searching = false
    var sortKey: SortKey = .nextDate
    var ascending = true
    /// Row under the highlight, as an index into `visible`.
    var highlighted = 0
    /// Whether the reminders panel has the focus (Tab switches).
    var remindersFocused = false
    var reminderHighlighted = 0

    /// The items the rows were made from, and what the list worked out for each (same positions),
    /// found by id through `madeAt`: after a save the list comes back with one cooperation
    /// changed, and only that one is summarised again. No summary is kept per row, nor the
    /// reminders of each row beside the panel's: at 100,000 cooperations they were 15 and 7 MB
    /// (issue 19, memory).
    private var madeItems: [ListedCooperation] = []
    private var facts: [RowFacts] = []
    private var words: RowWords? = nil
    private var madeAt = RowPositions()
    /// Whether the reminders panel lists the reminders of every row of `madeItems` (not after a
    /// preview): a reload then keeps those of the rows that did not change.
    private var remindersComplete = false
    /// The folded search text of each row of `all` (same positions), in one buffer.
    private var searchTexts = SearchTexts()
    /// While the first rows come from the index alone (`HomePreview`): how many cooperations
    /// the whole list has. Nil once the whole list is loaded.
    private(set) var previewTotal: Int? = nil

    /// Shows the first rows of a large store before its whole list is read (issue 19).
    mutating func loadPreview(_ preview: HomePreview, context: ShellContext) {
        madeItems = []; facts = []; madeAt = RowPositions()
        load(preview.items, context: context)
        reminders = []
        remindersComplete = false
        previewTotal = preview.total
        refreshVisible(force: true)
        clamp()
    }

    mutating func load(_ items: [ListedCooperation], context: ShellContext) {
        let keep = selectedID
        previewTotal = nil
        let plan = StagePlan(context.rulebook)
        let text = AppText.current
        // The first load has nothing to reuse; a reload keeps the facts and reminders of every
        // cooperation that did not change.
        let canReuse = remindersComplete && !madeItems.isEmpty && madeItems.count == facts.count
        let oldReminders: [String: [Reminder]] = canReuse ? Dictionary(grouping: reminders, by: \.cooperationID) : [:]
        visible = VisibleRows()
        var words = RowWords(context: context, plan: plan, text: text, keepingAffairsOf: canReuse ? self.words : nil)
        var affairs: [String: UInt16] = [:]
        var rowFacts: [RowFacts] = []
        rowFacts.reserveCapacity(items.count)
        var found: [Reminder] = []
        for item in items {
            if canReuse, let p = madeAt.position(of: item.id, in: madeItems), madeItems[p] == item {
                rowFacts.append(facts[p])
                found.append(contentsOf: oldReminders[item.id] ?? [])
            } else {
                let first = found.endIndex
                Reminder.append(for: item, context: context, to: &found)
                let affair = words.affair(item.affairCode, known: &affairs)
                rowFacts.append(RowFacts(listed: item, today: context.today, plan: plan, reminders: found[first...], affair: affair))
            }
        }
        madeItems = items; madeAt = RowPositions(of: items)
        facts = rowFacts
        self.words = words
        remindersComplete = true
        searchTexts = Self.searchTexts(of: items, untitled: words.untitled)
        reminders = found
            .sorted { ($0.kind.sortRank, $0.daysLeft ?? Int.max) < ($1.kind.sortRank, $1.daysLeft ?? Int.max) }
        refreshVisible(force: true)
        if let keep, let i = visiblePosition(of: keep) { highlighted = i }
        clamp()
    }

    /// The items the list was made from (shared with the shell's `items`, not copied).
    var listedItems: [ListedCooperation] { madeItems }

    /// Whether the cooperation is in the list.
    func contains(_ id: String) -> Bool { madeAt.position(of: id, in: madeItems) != nil }

    /// Where the row of `id` is among the rows shown, reading ids in place.
    private func visiblePosition(of id: String) -> Int? {
        madeItems.withUnsafeBufferPointer { r in
            if let positions = visible.positions { return positions.firstIndex { r[Int($0)].id == id } }
            return r.firstIndex { $0.id == id }
        }
    }

    /// The search texts of `items`, in their order.
    private static func searchTexts(of items: [ListedCooperation], untitled: String) -> SearchTexts {
        var texts = SearchTexts()
        // Room for the texts as the first rows measure them: a guess too small doubled the
        // buffer past the bytes written (issue 19, memory); `trim` returns what is left over.
        let sample = items.prefix(256).reduce(0) { $0 + CooperationSummary.searchBytes($1, untitled: untitled).count }
        texts.reserve(rows: items.count, bytesPerRow: sample / max(1, min(256, items.count)) * 9 / 8 + 8)
        for item in items { texts.append(CooperationSummary.searchBytes(item, untitled: untitled)) }
        texts.trim()
        return texts
    }

    /// Puts one changed cooperation into the list in place (after a save): its row and reminders
    /// are made again and moved to their sorted places; the other rows are neither summarised nor
    /// sorted again. Returns false when the cooperation is not in the list (then `load` the list).
    @discardableResult
    mutating func replace(_ item: ListedCooperation, context: ShellContext) -> Bool {
        guard let at = madeAt.position(of: item.id, in: madeItems), at < madeItems.count, at < facts.count, var words else { return false }
        if madeItems[at] == item { return true }
        let keep = selectedID
        let itemReminders = Reminder.all(for: item, context: context)
        let affair = words.affair(item.affairCode)
        let row = RowFacts(listed: item, today: context.today, plan: StagePlan(context.rulebook), reminders: itemReminders, affair: affair)
        // Every array below is changed in place (issue 19, save at 100,000): the shell gave up its
        // reference to the items (`updateListedRow`) and `visible` its reference to them and to
        // `sorted`, so no array of 100,000 values is copied for one changed row.
        visible = VisibleRows()
        self.words = words
        madeItems[at] = item
        facts[at] = row
        searchTexts.replace(at, with: CooperationSummary.searchBytes(item, untitled: words.untitled))
        let before = Set(reminders.lazy.filter { $0.cooperationID == item.id })
        if before != Set(itemReminders) {
            var kept = reminders
            reminders = []
            kept.removeAll { $0.cooperationID == item.id }
            for reminder in itemReminders {
                // The order of `load`: kind, days left, then the list's (id) order.
                let key = (reminder.kind.sortRank, reminder.daysLeft ?? Int.max, item.id)
                let i = kept.firstIndex { ($0.kind.sortRank, $0.daysLeft ?? Int.max, $0.cooperationID) > key } ?? kept.endIndex
                kept.insert(reminder, at: i)
            }
            reminders = kept
        }
        if sortedBy != nil, let from = sorted.firstIndex(of: Int32(at)) {
            // The row moves to its sorted place by neighbouring swaps: a save rarely moves it far,
            // and the order is total (ties go by id), so the place is the one a full sort gives.
            let order = self.order
            var moving = sorted
            sorted = []
            var i = from
            while i > 0, order.precedes(Int(moving[i]), Int(moving[i - 1])) { moving.swapAt(i, i - 1); i -= 1 }
            while i + 1 < moving.count, order.precedes(Int(moving[i + 1]), Int(moving[i])) { moving.swapAt(i, i + 1); i += 1 }
            sorted = moving
        }
        visibleKey = nil
        refreshVisible()
        if let keep, let i = visiblePosition(of: keep) { highlighted = i }
        clamp()
        return true
    }

    /// Rows after filters and sort. Stored, and recomputed only when the list, a filter, the
    /// search text or the sort changes: a key press that moves the highlight must not filter and
    /// sort the whole list again (seconds at 100,000 cooperations).
    private(set) var visible = VisibleRows()
    /// Positions of `all` in the current order, re-sorted only when the list or the sort changes
    /// (positions, not a second array of rows: issue 19, memory).
    private var sorted: [Int32] = []
    private var sortedBy: SortKey? = nil
    private var sortedAscending = true
    /// Each kind's place when sorting by kind: its word's alphabetical order in the interface's language.
    private var kindRank: [CooperationKind: Int] = [:]
    private var visibleKey: ViewKey? = nil

    /// What `visible` depends on besides `all`.
    private struct ViewKey: Equatable {
        var stage: String?, kind: CooperationKind?, affair: String?, partner: String?
        var query: String

        /// Whether every row matching `self` also matches `wider` (the search text only grew).
        func narrows(_ wider: ViewKey) -> Bool {
            stage == wider.stage && kind == wider.kind && affair == wider.affair && partner == wider.partner
                && query.hasPrefix(wider.query)
        }
    }

    private var viewKey: ViewKey {
        ViewKey(stage: stageFilter, kind: kindFilter, affair: affairFilter, partner: partnerFilter,
                query: TextLayout.foldForSearch(search.text))
    }

    /// Brings `visible` up to date; `force` after the list itself changed.
    private mutating func refreshVisible(force: Bool = false) {
        if force || sortedBy != sortKey || sortedAscending != ascending {
            let words = AppText.current.homeRows
            let kinds = CooperationKind.allCases.sorted { words.kind($0) < words.kind($1) }
            kindRank = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
            sorted = []
            sorted = sortedPositions()
            sortedBy = sortKey; sortedAscending = ascending
            visibleKey = nil
        }
        let key = viewKey
        if !force, let old = visibleKey, old == key { return }
        // Typing more of a search only narrows: filter what is shown instead of everything.
        let source = (!force && visibleKey.map { key.narrows($0) } == true) ? visible : VisibleRows(rows: all, positions: sorted)
        visible = filtered(source, key)
        visibleKey = key
    }

    private func filtered(_ source: VisibleRows, _ key: ViewKey) -> VisibleRows {
        let query = key.query.split(separator: " ").map { Array($0.utf8) }
        if stageFilter == nil, kindFilter == nil, affairFilter == nil, partnerFilter == nil, query.isEmpty {
            return VisibleRows(rows: all, positions: sorted)
        }
        guard let words else { return VisibleRows() }
        var shown: [Int32] = []
        let byFields = stageFilter != nil || kindFilter != nil || affairFilter != nil || partnerFilter != nil
        // Which (kind, stage) names are the stage filter's: compared once per name, not per row.
        let stageKept = stageFilter.map { wanted in words.stageNames.flatMap { $0.map { $0 == wanted } } }
        let shared = SharedWordHits(query, words: words)
        // Rows are read in place (through the buffers), never copied: only positions are kept;
        // the search reads the one buffer of search texts.
        madeItems.withUnsafeBufferPointer { r in
            facts.withUnsafeBufferPointer { f in
                /// Whether the row at `p` passes the stage, kind, affair and partner filters.
                @inline(__always) func keptByFields(_ p: Int) -> Bool {
                    if let stageKept, !stageKept[words.stageNumber(f[p])] { return false }
                    if let kindFilter, r[p].kind != kindFilter { return false }
                    if let affairFilter, r[p].affairCode != affairFilter { return false }
                    if let partnerFilter, !r[p].partyNames.dropFirst().contains(partnerFilter) { return false }
                    return true
                }
                /// Whether the `w`-th searched word is in one of the row's shared words (affair, kind,
                /// stage, status) or in its id.
                let elsewhere: (Int, Int) -> Bool = { w, p in
                    if shared.matches(w, f[p], words) { return true }
                    return query[w].withUnsafeBytes { word in
                        r[p].id.utf8.withContiguousStorageIfAvailable { FoldedSearch.occurs(word, in: UnsafeRawBufferPointer($0)) } ?? false
                    }
                }
                if source.count * 8 < r.count {
                    // A few rows left (a longer search): read them in the order shown.
                    searchTexts.withMatcher(query, elsewhere: elsewhere) { matches in
                        for i in source.indices {
                            let p = source.position(i)
                            if byFields, !keptByFields(p) { continue }
                            if !query.isEmpty, !matches(p) { continue }
                            shown.append(Int32(p))
                        }
                    }
                    return
                }
                // Which rows are kept, by position in `rows`: the search texts are then read in the
                // buffer's order, front to back, not in the order shown (which jumped about 16 MB at
                // 100,000 rows and waited on memory at nearly every row: issue 19, search at 100,000).
                var kept = [Bool](repeating: false, count: r.count)
                kept.withUnsafeMutableBufferPointer { kept in
                    for i in source.indices {
                        let p = source.position(i)
                        if byFields, !keptByFields(p) { continue }
                        kept[p] = true
                    }
                    if !query.isEmpty {
                        searchTexts.withMatcher(query, elsewhere: elsewhere) { matches in
                            for p in 0..<kept.count where kept[p] && !matches(p) { kept[p] = false }
                        }
                    }
                    for i in source.indices {
                        let p = source.position(i)
                        if kept[p] { shown.append(Int32(p)) }
                    }
                }
            }
        }
        return VisibleRows(rows: source.rows, positions: shown)
    }

    /// Whether `needle` occurs in `haystack`, both folded text as UTF-8 bytes (a match of valid
    /// UTF-8 always starts on a character). Comparing bytes is many times faster than
    /// `String.contains`, and the first letter of a search looks through every row.
    static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBytes { h in needle.withUnsafeBytes { n in FoldedSearch.occurs(n, in: h) } }
    }

    private func sortedPositions() -> [Int32] {
        // The positions are sorted, not the rows, and a comparison reads only the fields it needs.
        var positions = (0..<Int32(madeItems.count)).map { $0 }
        let order = self.order
        madeItems.withUnsafeBufferPointer { r in
            if sortKey == .title {
                // Each title folded once for the whole sort, then ties as `RowOrder` breaks them.
                let untitled = words?.untitled ?? ""
                let titles = r.map { $0.title.isEmpty ? untitled : $0.title }
                let folded = titles.map(TextLayout.foldForSearch)
                let ascending = self.ascending
                positions.sort { a, b in
                    let i = Int(a), j = Int(b)
                    guard titles[i] != titles[j] else { return r[i].id < r[j].id }
                    return (folded[i] < folded[j]) == ascending
                }
                return
            }
            // An integer per row, made once, then ties by id: the order `RowOrder` gives.
            let keys = (0..<r.count).map { order.key($0) }
            keys.withUnsafeBufferPointer { k in
                positions.sort { a, b in
                    let x = k[Int(a)], y = k[Int(b)]
                    return x != y ? x < y : r[Int(a)].id < r[Int(b)].id
                }
            }
        }
        return positions
    }

    /// The list's order: the sort key, its direction, each kind's rank and each affair's.
    private var order: RowOrder {
        var affairRank: [Int] = []
        if sortKey == .affair, let words {
            // Affairs by name; equal names share a rank (their rows then go by id).
            let names = words.affairNames
            let byName = names.indices.sorted { names[$0] < names[$1] }
            affairRank = [Int](repeating: 0, count: names.count)
            var rank = 0
            for (n, i) in byName.enumerated() {
                if n > 0, names[byName[n - 1]] != names[i] { rank += 1 }
                affairRank[i] = rank
            }
        }
        return RowOrder(key: sortKey, ascending: ascending, kindRank: kindRank, affairRank: affairRank,
                        items: madeItems, facts: facts, untitled: words?.untitled ?? "")
    }

    /// Urutan baris: compares two rows of the list by the sort key, then by id.
    private struct RowOrder {
        var key: SortKey, ascending: Bool, kindRank: [CooperationKind: Int], affairRank: [Int]
        let items: [ListedCooperation], facts: [RowFacts], untitled: String

        /// The integer the sorts other than by title compare: ascending in the list's order,
        /// rows without a date last either way.
        func key(_ p: Int) -> Int {
            let sign = ascending ? 1 : -1
            let f = facts[p]
            switch key {
            case .title: return 0
            case .stage: return sign * Int(f.stageIndex)
            case .kind: return sign * kindRank[items[p].kind, default: 0]
            case .affair: return sign * (affairRank.indices.contains(Int(f.affair)) ? affairRank[Int(f.affair)] : Int(f.affair))
            case .nextDate: return f.nextDate.map { sign * $0.dayNumber } ?? Int.max
            }
        }

        func precedes(_ i: Int, _ j: Int) -> Bool {
            if key == .title {
                let a = items[i].title.isEmpty ? untitled : items[i].title, b = items[j].title.isEmpty ? untitled : items[j].title
                guard a != b else { return items[i].id < items[j].id }
                return (TextLayout.foldForSearch(a) < TextLayout.foldForSearch(b)) == ascending
            }
            let x = key(i), y = key(j)
            return x != y ? x < y : items[i].id < items[j].id
        }
    }

    var selectedID: String? {
        visible.indices.contains(highlighted) ? visible.id(highlighted) : nil
    }

    /// The stage names of the rows, in stage order then the list's (the stage filter's cycle).
    private var presentStageNames: [String] {
        guard let words else { return [] }
        var first: [Int: (stage: Int, at: Int)] = [:]
        for (p, f) in facts.enumerated() where first[words.stageNumber(f)] == nil {
            first[words.stageNumber(f)] = (Int(f.stageIndex), p)
        }
        let names = words.stageNames.flatMap { $0 }
        return first.sorted { ($0.value.stage, $0.value.at) < ($1.value.stage, $1.value.at) }.map { names[$0.key] }
    }

    private mutating func clamp() {
        highlighted = max(0, min(highlighted, visible.count - 1))
        reminderHighlighted = max(0, min(reminderHighlighted, reminders.count - 1))
    }

    /// The next value of a filter among the values present in the list (nil = all).
    private func cycle<T: Hashable>(_ current: T?, among values: [T]) -> T? {
        var unique: [T] = []
        var seen = Set<T>()
        for v in values where seen.insert(v).inserted { unique.append(v) }
        guard !unique.isEmpty else { return nil }
        guard let current, let i = unique.firstIndex(of: current) else { return unique.first }
        return i + 1 < unique.count ? unique[i + 1] : nil
    }

    var hasFilters: Bool {
        stageFilter != nil || kindFilter != nil || affairFilter != nil || partnerFilter != nil || !search.text.isEmpty
    }

    mutating func handle(_ event: Event) -> Outcome {
        let outcome = handleKey(event)
        refreshVisible()  // nothing to do unless a filter, the search or the sort changed
        return outcome
    }

    private mutating func handleKey(_ event: Event) -> Outcome {
        if searching {
            switch event {
            case .key(.enter), .key(.escape), .key(.tab): searching = false
            case .key(.down): searching = false; highlighted = 0
            default:
                let outcome = search.handle(event)
                highlighted = 0
                if outcome == .refused { return .refused(nil) }
            }
            return .none
        }
        if remindersFocused {
            switch event {
            case .key(.up): reminderHighlighted = max(0, reminderHighlighted - 1); return .none
            case .key(.down): reminderHighlighted = max(0, min(reminders.count - 1, reminderHighlighted + 1)); return .none
            case .key(.tab), .key(.backTab), .key(.escape): remindersFocused = false; return .none
            case .key(.enter):
                guard reminders.indices.contains(reminderHighlighted) else { return .refused(AppText.current.home.noReminderYet) }
                return .open(reminders[reminderHighlighted].cooperationID)
            default: break
            }
        }
        let count = visible.count
        switch event {
        case .key(let key) where ListCursor.moves(key): highlighted = ListCursor.move(highlighted, count: count, key: key)
        case _ where HomeKeys.reminders.matches(event):
            guard !reminders.isEmpty else { return .refused(AppText.current.home.noRemindersNow) }
            remindersFocused = true
        case _ where HomeKeys.open.matches(event):
            guard let id = selectedID else {
                return .refused(all.isEmpty ? AppText.current.home.noCooperationPressN : AppText.current.home.noCooperationMatches)
            }
            return .open(id)
        case _ where HomeKeys.new.matches(event): return .new
        case _ where HomeKeys.renew.matches(event):
            guard let id = selectedID, visible.indices.contains(highlighted) else { return .refused(AppText.current.home.chooseToRenew) }
            let row = visible[highlighted]
            guard row.isEnded else {
                return .refused(AppText.current.home.onlyEndedRenew(row.title, AppText.current.homeRows.status(row.status)))
            }
            return .renew(id)
        case _ where HomeKeys.search.matches(event): searching = true
        case _ where HomeKeys.filterStage.matches(event): stageFilter = cycle(stageFilter, among: presentStageNames); highlighted = 0
        case _ where HomeKeys.filterKind.matches(event): 
            let present = Set(facts.map(\.kindOrdinal))
            kindFilter = cycle(kindFilter, among: CooperationKind.allCases.filter { present.contains(UInt8(RowWords.kindOrdinal($0))) }); highlighted = 0
        case _ where HomeKeys.filterAffair.matches(event): affairFilter = cycle(affairFilter, among: Set(madeItems.map(\.affairCode)).sorted()); highlighted = 0
        case _ where HomeKeys.filterPartner.matches(event): partnerFilter = cycle(partnerFilter, among: Set(madeItems.flatMap { $0.partyNames.dropFirst() }).sorted()); highlighted = 0
        case _ where HomeKeys.clearFilters.matches(event):
            stageFilter = nil; kindFilter = nil; affairFilter = nil; partnerFilter = nil; search.text = ""; highlighted = 0
        case _ where HomeKeys.sort.matches(event): sortKey = SortKey(rawValue: (sortKey.rawValue + 1) % SortKey.allCases.count)!; ascending = true
        case _ where HomeKeys.reverseSort.matches(event): ascending.toggle()
        case _ where HomeKeys.meeting.matches(event): return .meeting
        case _ where HomeKeys.mapping.matches(event): return .mapping
        case _ where HomeKeys.profile.matches(event): return .editProfile
        case _ where HomeKeys.dashboard.matches(event): return .dashboard
        case _ where HomeKeys.sync.matches(event) && syncLine != nil: return .sync
        case _ where HomeKeys.help.matches(event): return .help
        case _ where HomeKeys.quit.matches(event): return .quit
        default: return .none
        }
        return .none
    }

    /// The screen's keys now (`HomeKeys`): the help bar shows `keyMap.bar`, the help screen all.
    var keyMap: KeyMap { searching ? HomeKeys.searching : HomeKeys.map(syncing: syncLine != nil) }

    var bindings: [KeyBinding] { keyMap.bar }

    // MARK: Drawing

    func draw(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let (filterRow, rest) = rect.splitTop(1)
        drawFilters(in: filterRow, buffer: &buffer)
        let wide = rect.width >= 110
        let side = rect.width >= 160
        var listArea = rest
        var reminderArea: Rect
        if side {
            (listArea, reminderArea) = (Rect(x: rest.x, y: rest.y, width: rest.width - 42, height: rest.height),
                                        Rect(x: rest.maxX - 41, y: rest.y, width: 41, height: rest.height))
        } else {
            let wanted = reminders.isEmpty ? 3 : reminderLines.count + 2
            let panel = min(wanted, max(3, rest.height / (wide ? 4 : 3)))
            (listArea, reminderArea) = rest.splitBottom(panel)
        }
        let (tableArea, detailRow) = listArea.splitBottom(2)
        drawTable(in: tableArea, wide: wide, buffer: &buffer)
        drawDetail(in: detailRow.row(0), buffer: &buffer)
        drawSync(in: detailRow.row(1), buffer: &buffer)
        drawReminders(in: reminderArea, buffer: &buffer)
    }

    private func drawFilters(in row: Rect, buffer: inout Buffer) {
        let t = AppText.current.home
        var chips: [(text: String, active: Bool)] = [
            (t.chipStage(stageFilter.map { String($0.prefix(14)) }), stageFilter != nil),
            (t.chipKind(kindFilter.map(AppText.current.homeRows.kind)), kindFilter != nil),
            (t.chipAffair(affairFilter), affairFilter != nil),
            (t.chipPartner(partnerFilter.map { String($0.prefix(16)) }), partnerFilter != nil),
        ]
        let searchWidth = row.width >= 110 ? 30 : 18
        let showSearch = searching || !search.text.isEmpty
        let chipsWidth = chips.reduce(0) { $0 + DisplayWidth.of($1.text) + 2 } - 2
        // At 80 columns the four chips fill the line: while a search is shown, only the filters
        // in use keep their chip, so the search field never writes over them.
        let room = showSearch ? row.width - searchWidth - 1 : row.width
        if chipsWidth > room {
            let active = chips.filter(\.active)
            chips = active.isEmpty ? [(t.chipsFolded, false)] : active
        }
        let chipsArea = Rect(x: row.x, y: row.y, width: max(0, room), height: 1)
        var x = row.x
        for chip in chips {
            x += buffer.write(chip.text, at: Point(x: x, y: row.y), role: chip.active ? .warning : .muted, clip: chipsArea) + 2
        }
        let searchRect = Rect(x: row.maxX - searchWidth, y: row.y, width: searchWidth, height: 1)
        if x < searchRect.x - 1 || showSearch {
            buffer.fill(searchRect)
            search.draw(in: searchRect, buffer: &buffer, focused: searching)
        }
    }

    private func drawTable(in area: Rect, wide: Bool, buffer: inout Buffer) {
        let t = AppText.current.home
        let rows = visible
        let arrow = ascending ? " ▲" : " ▼"
        func title(_ text: String, _ key: SortKey) -> String { sortKey == key ? text + arrow : text }
        let columns: [TableColumn] = wide ? [
            TableColumn(title(t.columnTitle, .title), width: .flexible(3)),
            TableColumn(t.columnPartner, width: .flexible(2)),
            TableColumn(title(t.columnAffair, .affair), width: .fixed(14)),
            TableColumn(title(t.columnKind, .kind), width: .fixed(13)),
            TableColumn(title(t.columnStage, .stage), width: .fixed(18)),
            TableColumn(t.columnStatus, width: .fixed(12)),
            TableColumn(title(t.columnDeadline, .nextDate), width: .fixed(12)),
        ] : [
            TableColumn(title(t.columnTitle, .title), width: .flexible(3)),
            TableColumn(t.columnPartner, width: .flexible(2)),
            TableColumn(title(t.columnAffair, .affair), width: .fixed(9)),
            TableColumn(title(t.columnKind, .kind), width: .fixed(6)),
            TableColumn(title(t.columnStage, .stage), width: .fixed(10)),
            TableColumn(t.columnStatus, width: .fixed(8)),
            TableColumn(title(t.columnDeadline, .nextDate), width: .fixed(10)),
        ]
        // Only the rows on screen become table rows (the same window the table would scroll to),
        // so drawing costs the same with 10 cooperations or 100,000.
        let page = max(0, area.height - 1)
        let top = max(0, min(highlighted - page + 1, rows.count - page))
        let window = rows[min(top, rows.count)..<min(top + page, rows.count)]
        let words = AppText.current.homeRows
        let data = window.map { s in
            let conflicted = syncConflicts.contains(s.id)
            return [(conflicted ? "⚠ " : "") + s.title, s.partners.joined(separator: ", "), s.affairName, wide ? words.kind(s.kind) : words.kindShort(s.kind), s.stageName,
                    conflicted ? t.conflict : (wide ? words.status(s.status) : words.statusShort(s.status)), s.nextDate?.dayMonthYear ?? "-"]
        }
        var table = Table(columns: columns, rows: data)
        table.pageSize = max(1, page)
        for _ in 0..<max(0, highlighted - top) { _ = table.handle(.key(.down)) }
        table.draw(in: area, buffer: &buffer, focused: !remindersFocused && !searching)
        let total = previewTotal ?? rows.count
        if total > page, let last = columns.last, last.alignment == .left {
            // The row position the table shows for a long list, counted over the whole list.
            let widths = table.columnWidths(total: area.width)
            let info = " \(highlighted + 1)/\(total)"
            let used = widths.dropLast().reduce(0) { $0 + $1 + 1 } + DisplayWidth.of(last.title) + 2
            if used + DisplayWidth.of(info) <= area.width {
                buffer.write(info, at: Point(x: area.maxX - DisplayWidth.of(info), y: area.y), role: .muted, clip: area.row(0))
            }
        }
        if all.isEmpty, area.height > 2 {
            buffer.fill(area.row(1))
            buffer.write(t.emptyList, at: Point(x: area.x, y: area.y + 1), role: .muted, clip: area)
        } else if rows.isEmpty, area.height > 2 {
            buffer.fill(area.row(1))
            buffer.write(t.noMatch, at: Point(x: area.x, y: area.y + 1), role: .muted, clip: area)
        }
    }

    private func drawDetail(in row: Rect, buffer: inout Buffer) {
        let t = AppText.current.home
        let rows = visible
        guard rows.indices.contains(highlighted) else { return }
        let s = rows[highlighted]
        var parts = [AppText.current.homeRows.kind(s.kind), s.affairName, t.detailStage(s.stageName)]
        if s.nextDate != nil { parts.append("\(s.nextDateLabel): \(s.nextDate!.dayMonthYear)") }
        parts.append(t.detailRevision(s.revision))
        buffer.write(TextLayout.fit(parts.joined(separator: " · "), width: row.width, pad: false), at: Point(x: row.x, y: row.y), role: .muted, clip: row)
    }

    private func drawReminders(in area: Rect, buffer: inout Buffer) {
        let t = AppText.current.home
        guard area.height >= 3 else { return }
        if previewTotal != nil {
            // The reminders need the whole list: it is being read.
            buffer.box(area, title: AppText.current.shell.loading, role: .border)
            let inner = area.inset(top: 1, left: 1, bottom: 1, right: 1)
            buffer.write(TextLayout.fit(AppText.current.shell.loadingList, width: inner.width, pad: false), at: Point(x: inner.x, y: inner.y), role: .muted, clip: inner)
            return
        }
        buffer.box(area, title: t.remindersTitle(reminders.count), role: remindersFocused ? .focused : .border)
        let inner = area.inset(top: 1, left: 1, bottom: 1, right: 1)
        if reminders.isEmpty {
            buffer.write(TextLayout.fit(t.nothingToFollowUp, width: inner.width, pad: false), at: Point(x: inner.x, y: inner.y), role: .muted, clip: inner)
            return
        }
        // Lines: a heading per kind, then its reminders; scrolled to keep the highlight visible.
        let lines = reminderLines
        let focusLine = lines.firstIndex(of: Int32(clamping: reminderHighlighted)) ?? 0
        let top = max(0, min(focusLine - inner.height + 1, lines.count - inner.height))
        for row in 0..<inner.height where top + row < lines.count {
            let entry = Int(lines[top + row])
            let text: String, role: StyleRole
            if entry < 0 {
                text = Reminder.Kind.allCases[-1 - entry].heading; role = .title
            } else {
                text = "• \(reminderTitle(reminders[entry])): \(reminders[entry].detail)"; role = .normal
            }
            let line = inner.row(row)
            let selected = remindersFocused && entry == reminderHighlighted
            if selected { buffer.fill(line, role: .focused) }
            buffer.write(TextLayout.fit(text, width: line.width, pad: false), at: Point(x: line.x, y: line.y), role: selected ? .focused : role, clip: line)
        }
    }

    /// The title a reminder's line shows: its cooperation's, else its id.
    func reminderTitle(_ r: Reminder) -> String {
        guard let at = madeAt.position(of: r.cooperationID, in: madeItems), !madeItems[at].title.isEmpty else { return r.cooperationID }
        return madeItems[at].title
    }

    /// See `reminderLines`.
    private static func lines(of reminders: [Reminder]) -> [Int32] {
        var lines: [Int32] = []
        lines.reserveCapacity(reminders.count + Reminder.Kind.allCases.count)
        var lastKind: Reminder.Kind? = nil
        for (i, r) in reminders.enumerated() {
            if r.kind != lastKind { lines.append(Int32(-1 - r.kind.sortRank)); lastKind = r.kind }
            lines.append(Int32(clamping: i))
        }
        return lines
    }
}

extension Reminder.Kind {
    var sortRank: Int { Reminder.Kind.allCases.firstIndex(of: self) ?? 0 }
}
