import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// One row of the home list: what an officer needs to see to pick a cooperation, computed
/// from the cooperation itself so the list and the reminders always agree with the files.
public struct CooperationSummary: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    /// Partner names (every party after PIHAK PERTAMA).
    public var partners: [String]
    public var affairCode: String
    public var affairName: String
    public var kind: CooperationKind
    /// Name of the first stage not yet done or skipped, from the rulebook.
    public var stageName: String
    /// Position of that stage (for sorting), stages.count when all are settled.
    public var stageIndex: Int
    /// Keadaan: the one status enum (issue 17); its words come from `AppText.current.homeRows`.
    public var status: CooperationStatus
    /// The next date that matters (answer deadline, DPRD decision, expiry) and what it is.
    public var nextDate: MufakatDomain.CalendarDate?
    public var nextDateLabel: String
    public var isEnded: Bool
    public var revision: Int

    public init(item: StoredCooperation, context: ShellContext) {
        self.init(listed: ListedCooperation(stored: item), context: context)
    }

    /// The row from what the list knows of the cooperation (its index line, or the cooperation).
    public init(listed c: ListedCooperation, context: ShellContext) {
        self.init(listed: c, context: context, plan: StagePlan(context.rulebook))
    }

    /// The same with the rulebook's stages already looked up (once for a whole list).
    init(listed c: ListedCooperation, context: ShellContext, plan: StagePlan) {
        self.init(listed: c, context: context, plan: plan, reminders: Reminder.all(for: c, context: context), text: AppText.current)
    }

    /// The same with the cooperation's reminders already made (the home list makes them once for
    /// the row and its panel, not twice: issue 19).
    /// `text`: the catalogue, read once for a whole list rather than once for every row.
    init(listed c: ListedCooperation, context: ShellContext, plan: StagePlan, reminders: [Reminder], text: Catalogue<AppText>) {
        var words = RowWords(context: context, plan: plan, text: text)
        let facts = RowFacts(listed: c, today: context.today, plan: plan, reminders: reminders, affair: words.affair(c.affairCode))
        self.init(listed: c, facts: facts, words: words)
    }

    /// The row from its item, the facts the list worked out for it and the list's shared words.
    init(listed c: ListedCooperation, facts f: RowFacts, words: RowWords) {
        id = c.id
        title = c.title.isEmpty ? words.untitled : c.title
        partners = Array(c.partyNames.dropFirst())
        affairCode = c.affairCode
        affairName = words.affairName(f)
        kind = c.kind
        revision = c.revision
        isEnded = c.isEnded
        stageIndex = Int(f.stageIndex)
        stageName = words.stageName(f)
        status = f.status
        nextDate = f.nextDate
        nextDateLabel = words.label(f)
    }

    /// The title folded for sorting: made when the list is sorted by title, not kept per row
    /// (issue 19, memory: a tenth of the rows' memory at 100,000).
    var sortTitle: String { TextLayout.foldForSearch(title) }

    /// Title and partners folded for search, as UTF-8 bytes: made once per load rather than at
    /// every key press, kept by the home list in one buffer (`SearchTexts`) and searched bytewise.
    /// The id, affair, kind, stage and status are searched too, but not kept in every row's text
    /// (issue 19, memory): the id is read where the item keeps it (unless folding would change
    /// it: then it is in the text), and the words thousands of rows share are matched once per
    /// search (`SharedWordHits`). A searched word has no space, so it matches the joined text of
    /// every field exactly when it matches one of them.
    static func searchBytes(_ c: ListedCooperation, untitled: String) -> String.UTF8View {
        let fields = [c.title.isEmpty ? untitled : c.title] + c.partyNames.dropFirst() + (searchedInPlace(c.id) ? [] : [c.id])
        return TextLayout.foldForSearch(fields.joined(separator: " ")).utf8
    }

    /// Whether an id is its own folded text (ASCII without capitals, as ids are made), so that a
    /// search reads it where the item keeps it.
    static func searchedInPlace(_ id: String) -> Bool { id.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } }

    /// "15-06-2026 (berakhir)" or "-".
    public var nextDateText: String {
        guard let nextDate else { return "-" }
        return "\(nextDate.dayMonthYear) \(nextDateLabel)"
    }
}

/// Pengingat: something about a cooperation that needs the officer's attention soon.
public struct Reminder: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case expiry, offerAnswer, councilDecision, evaluation
        /// The word beside a row's next date when the date is this kind's ("berakhir").
        func shortLabel(_ text: Catalogue<AppText>) -> String {
            switch self {
            case .expiry: text.home.shortExpiry
            case .offerAnswer: text.home.shortAnswer
            case .councilDecision: text.home.shortCouncil
            case .evaluation: text.home.shortEvaluation
            }
        }
        /// Heading of the group in the reminders panel.
        public var heading: String {
            switch self {
            case .expiry: AppText.current.home.headingExpiry
            case .offerAnswer: AppText.current.home.headingOfferAnswer
            case .councilDecision: AppText.current.home.headingCouncil
            case .evaluation: AppText.current.home.headingEvaluation
            }
        }
    }
    // In order of size, without padding between them: a store of 100,000 cooperations has about
    // 50,000 reminders (issue 19, memory).
    public var cooperationID: String
    /// What the detail line says, as its facts (`detail` makes the words).
    public var facts: Detail
    private var storedDaysLeft: Int32?
    /// The date it is about (expiry, answer deadline), when there is one.
    public var date: MufakatDomain.CalendarDate?
    public var kind: Kind

    /// Days until `date` (negative: overdue).
    public var daysLeft: Int? { storedDaysLeft.map(Int.init) }

    /// "dalam 30 hari (batas 90 hari)", "1 permohonan sejak 01-05-2026", "0 dari 2 evaluasi tahun 2026",
    /// in the interface's language.
    public var detail: String { facts.words(AppText.current.home) }

    /// Rincian pengingat: the facts of a reminder's detail line. The words are made when the line
    /// is drawn, not kept for every reminder (issue 19, memory: at 100,000 cooperations the 50,000
    /// texts were 2.7 MB).
    public enum Detail: Sendable, Hashable {
        /// Days until the (renewed) expiry, negative when past, and the reminder tier it falls in.
        case expiry(days: Int32, tier: Int32)
        /// Days until the offer's answer deadline, negative when past.
        case answer(days: Int32)
        /// A DPRD approval asked of `party`'s council on `requestedOn`.
        case council(party: String, requestedOn: MufakatDomain.CalendarDate)
        /// Evaluations done this year out of those the rulebook asks.
        case evaluations(done: Int16, of: Int16, year: Int32)

        func words(_ t: Catalogue<HomeText>) -> String {
            switch self {
            case let .expiry(days, tier): days < 0 ? t.expiryOverdue(-Int(days)) : t.expiryWithin(Int(days), Int(tier))
            case let .answer(days): days < 0 ? t.answerOverdue(-Int(days)) : t.answerWithin(Int(days))
            case let .council(party, on): t.councilRequested(party, on.dayMonthYear)
            case let .evaluations(done, of, year): t.evaluationsDone(Int(done), Int(of), Int(year))
            }
        }
    }

    /// The cooperation's title is not kept: the panel reads it from the list (16 bytes a reminder).
    public init(kind: Kind, cooperationID: String, date: MufakatDomain.CalendarDate?, detail: Detail, daysLeft: Int?) {
        self.kind = kind; self.cooperationID = cooperationID
        self.date = date; self.facts = detail; self.storedDaysLeft = daysLeft.map { Int32(clamping: $0) }
    }

    var shortLabel: String { shortLabel(AppText.current) }

    func shortLabel(_ text: Catalogue<AppText>) -> String { kind.shortLabel(text) }

    /// Every reminder of one cooperation on `context.today`, using the rulebook's tiers and deadlines.
    public static func all(for c: Cooperation, context: ShellContext) -> [Reminder] {
        all(for: ListedCooperation(cooperation: c, revision: 0), context: context)
    }

    /// The same from what the list knows of the cooperation.
    public static func all(for c: ListedCooperation, context: ShellContext) -> [Reminder] {
        var out: [Reminder] = []
        append(for: c, context: context, to: &out)
        return out
    }

    /// The same, added to `out`: a whole list gathers every row's reminders in one array, not
    /// one small array per row that is freed again (issue 19, memory). The words of a reminder
    /// are made when it is drawn (`detail`), so no catalogue is read here.
    static func append(for c: ListedCooperation, context: ShellContext, to out: inout [Reminder]) {
        guard !c.isEnded else { return }
        let rules = context.rulebook.reminders
        let today = context.today
        let signed = c.isSigned
        if signed, let expiry = c.expiryDate {
            let days = today.days(until: expiry)
            let widest = rules.expiryDays.max() ?? 90
            if days <= widest {
                let tier = rules.expiryDays.sorted().first { days <= $0 } ?? widest
                out.append(Reminder(kind: .expiry, cooperationID: c.id, date: expiry,
                                    detail: .expiry(days: Int32(clamping: days), tier: Int32(clamping: tier)), daysLeft: days))
            }
        }
        if c.progress.offerAwaitingAnswer, let sent = c.offerLetterDate {
            let deadline = c.progress.offerResponseDeadline ?? sent.adding(days: rules.offerResponseDays)
            let days = today.days(until: deadline)
            out.append(Reminder(kind: .offerAnswer, cooperationID: c.id, date: deadline,
                                detail: .answer(days: Int32(clamping: days)), daysLeft: days))
        }
        for request in c.progress.councilRequests {
            let deadline = request.requestedOn.adding(days: rules.dprdDecisionDays)
            let days = today.days(until: deadline)
            out.append(Reminder(kind: .councilDecision, cooperationID: c.id, date: deadline,
                                detail: .council(party: request.party, requestedOn: request.requestedOn), daysLeft: days))
        }
        if signed, rules.evaluationsPerYear > 0 {
            if let start = c.startDate, start <= today {
                let done = c.progress.evaluationDates.filter { $0.year == today.year }.count
                if done < rules.evaluationsPerYear {
                    // Half-yearly: the first due by 30 June, the second by 31 December.
                    let due = done == 0 && today.month <= 6 ? Day(year: today.year, month: 6, day: 30) : Day(year: today.year, month: 12, day: 31)
                    out.append(Reminder(kind: .evaluation, cooperationID: c.id, date: due,
                                        detail: .evaluations(done: Int16(clamping: done), of: Int16(clamping: rules.evaluationsPerYear), year: Int32(clamping: today.year)),
                                        daysLeft: due.map { today.days(until: $0) }))
                }
            }
        }
    }
}
