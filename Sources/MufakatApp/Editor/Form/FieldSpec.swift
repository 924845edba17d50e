import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// A domain date (the toolkit has its own `CalendarDate` for its date widget).
typealias DomainDate = MufakatDomain.CalendarDate

/// An answer as the editor moves it between a widget and the cooperation.
enum Answer: Hashable, Sendable {
    case text(String)
    /// A list of items typed one per line (ruang lingkup, tembusan, pasal paragraphs).
    case lines([String])
    case date(DomainDate?)
    case money(Rupiah?)
    case number(Int?)
    /// Index into the field's options.
    case choice(Int?)

    var isEmpty: Bool {
        switch self {
        case .text(let s): s.allSatisfy(\.isWhitespace)
        case .lines(let l): l.allSatisfy { $0.allSatisfy(\.isWhitespace) }
        case .date(let d): d == nil
        case .money(let m): m == nil
        case .number(let n): n == nil
        case .choice(let c): c == nil
        }
    }
}

/// How a field is typed in.
enum EntryKind: Sendable, Equatable {
    /// One line of text, at most `maxLength` characters.
    case text(maxLength: Int)
    /// Free text over several rows.
    case area(rows: Int, maxLength: Int)
    /// Items, one per line.
    case lines(rows: Int, maxLength: Int)
    case date
    /// Whole rupiah up to `max`.
    case money(max: Int64)
    /// A whole number in a range (years, days).
    case number(ClosedRange<Int>)
    /// One of a few named options (ya/tidak, jawaban mitra).
    case choice([String])

    var rows: Int {
        switch self {
        case .area(let r, _), .lines(let r, _): r
        default: 1
        }
    }
}

/// Isian: one question of a stage screen. Its id is the path of the answer in the cooperation
/// ("proposal.background", "agreement.signing.signatories[1].powerOfAttorney.number"), the same
/// path the rulebook's required fields and the validator's findings use, so a finding lands on
/// the field where the mistake was made.
struct FieldSpec: Sendable {
    var id: String
    var label: String
    /// One line shown while the field has focus: what to write.
    var help: String
    var kind: EntryKind
    var get: @Sendable (Cooperation) -> Answer
    var set: @Sendable (inout Cooperation, Answer) -> Void

    init(_ id: String, _ label: String, help: String = "", kind: EntryKind,
         get: @escaping @Sendable (Cooperation) -> Answer, set: @escaping @Sendable (inout Cooperation, Answer) -> Void) {
        self.id = id; self.label = label; self.help = help; self.kind = kind; self.get = get; self.set = set
    }

    // MARK: Typed constructors

    static func text(_ id: String, _ label: String, help: String = "", maxLength: Int = 300,
                     get: @escaping @Sendable (Cooperation) -> String, set: @escaping @Sendable (inout Cooperation, String) -> Void) -> FieldSpec {
        FieldSpec(id, label, help: help, kind: .text(maxLength: maxLength), get: { .text(get($0)) }, set: { c, a in
            if case .text(let s) = a { set(&c, s) }
        })
    }

    static func area(_ id: String, _ label: String, help: String = "", rows: Int = 4, maxLength: Int = EditorLimits.longText,
                     get: @escaping @Sendable (Cooperation) -> String, set: @escaping @Sendable (inout Cooperation, String) -> Void) -> FieldSpec {
        FieldSpec(id, label, help: help, kind: .area(rows: rows, maxLength: maxLength), get: { .text(get($0)) }, set: { c, a in
            if case .text(let s) = a { set(&c, s) }
        })
    }

    static func lines(_ id: String, _ label: String, help: String = AppText.current.editorForms.helpLines, rows: Int = 4,
                      maxLength: Int = EditorLimits.longText,
                      get: @escaping @Sendable (Cooperation) -> [String], set: @escaping @Sendable (inout Cooperation, [String]) -> Void) -> FieldSpec {
        FieldSpec(id, label, help: help, kind: .lines(rows: rows, maxLength: maxLength), get: { .lines(get($0)) }, set: { c, a in
            if case .lines(let l) = a { set(&c, l) }
        })
    }

    static func date(_ id: String, _ label: String, help: String = AppText.current.editorForms.helpDate,
                     get: @escaping @Sendable (Cooperation) -> DomainDate?, set: @escaping @Sendable (inout Cooperation, DomainDate?) -> Void) -> FieldSpec {
        FieldSpec(id, label, help: help, kind: .date, get: { .date(get($0)) }, set: { c, a in
            if case .date(let d) = a { set(&c, d) }
        })
    }

    static func money(_ id: String, _ label: String, help: String = AppText.current.editorForms.helpMoney,
                      max: Int64 = EditorLimits.maxAmount,
                      get: @escaping @Sendable (Cooperation) -> Rupiah?, set: @escaping @Sendable (inout Cooperation, Rupiah?) -> Void) -> FieldSpec {
        FieldSpec(id, label, help: help, kind: .money(max: max), get: { .money(get($0)) }, set: { c, a in
            if case .money(let m) = a { set(&c, m) }
        })
    }

    static func number(_ id: String, _ label: String, help: String = "", range: ClosedRange<Int>,
                       get: @escaping @Sendable (Cooperation) -> Int?, set: @escaping @Sendable (inout Cooperation, Int?) -> Void) -> FieldSpec {
        FieldSpec(id, label, help: help, kind: .number(range), get: { .number(get($0)) }, set: { c, a in
            if case .number(let n) = a { set(&c, n) }
        })
    }

    /// Ya / Tidak for an optional flag (nil until answered).
    static func yesNo(_ id: String, _ label: String, help: String = AppText.current.editorForms.helpYesNo,
                      get: @escaping @Sendable (Cooperation) -> Bool?, set: @escaping @Sendable (inout Cooperation, Bool?) -> Void) -> FieldSpec {
        FieldSpec(id, label, help: help, kind: .choice([AppText.current.editorForms.optionYes, AppText.current.editorForms.optionNo]), get: { c in
            get(c).map { .choice($0 ? 0 : 1) } ?? .choice(nil)
        }, set: { c, a in
            if case .choice(let i) = a { set(&c, i.map { $0 == 0 }) }
        })
    }

    /// One of the cases of an enumeration, shown by their labels.
    static func choice<T: Equatable & Sendable>(_ id: String, _ label: String, help: String = AppText.current.editorForms.helpChoice,
                                                options: [(T, String)],
                                                get: @escaping @Sendable (Cooperation) -> T?, set: @escaping @Sendable (inout Cooperation, T?) -> Void) -> FieldSpec {
        let values = options.map(\.0)
        return FieldSpec(id, label, help: help, kind: .choice(options.map(\.1)), get: { c in
            .choice(get(c).flatMap { v in values.firstIndex(of: v) })
        }, set: { c, a in
            if case .choice(let i) = a { set(&c, i.flatMap { values.indices.contains($0) ? values[$0] : nil }) }
        })
    }
}

/// Limits that keep input sane. Set here, in one place, with the words that explain them.
enum EditorLimits {
    /// Most characters in one long answer (a KAK section, a pasal): about 15 pages of text.
    static let longText = 20_000
    /// The largest amount a money field accepts: Rp100 triliun, above any regional budget, so a
    /// slip of the finger (three zeros too many) is caught where it is typed.
    static let maxAmount: Int64 = 100_000_000_000_000
}

/// Kelompok isian: fields that are filled and checked together before moving on.
struct FieldGroup: Sendable {
    var title: String
    var fields: [FieldSpec]
    /// A line of explanation under the heading (why the group is asked, which rule applies).
    var note: String?
    /// Set for a page that edits a list of records (financing lines, milestones) as a table.
    var list: ListKind?

    init(_ title: String, note: String? = nil, _ fields: [FieldSpec]) {
        self.title = title; self.note = note; self.fields = fields
    }

    init(_ title: String, note: String? = nil, list: ListKind) {
        self.title = title; self.note = note; self.fields = []; self.list = list
    }
}
