import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The live widget of one field: it keeps what is being typed (a half-typed date, the caret)
/// while the answer itself lives in the cooperation.
enum EntryWidget: Sendable {
    case text(TextField)
    case area(TextArea)
    case date(DateField)
    case money(NumberField)
    case number(TextField)
    case choice(ChoiceField)

    init(kind: EntryKind, answer: Answer) {
        switch (kind, answer) {
        case (.text(let max), .text(let s)):
            self = .text(TextField(s, maxLength: max))
        case (.area(_, let max), .text(let s)):
            self = .area(TextArea(s, maxLength: max))
        case (.lines(_, let max), .lines(let l)):
            self = .area(TextArea(l.joined(separator: "\n"), maxLength: max))
        case (.date, .date(let d)):
            self = .date(DateField(d.flatMap { FieldDate(year: $0.year, month: $0.month, day: $0.day) }, monthNames: DisplayDate.monthNames))
        case (.money, .money(let m)):
            self = .money(NumberField.rupiah(m?.value))
        case (.number, .number(let n)):
            self = .number(TextField(n.map(String.init) ?? "", maxLength: 6, filter: .digits))
        case (.choice(let options), .choice(let i)):
            self = .choice(ChoiceField(options: options, selected: i))
        default:
            // A spec whose getter disagrees with its kind: start empty rather than crash.
            self = EntryWidget(kind: kind, answer: EntryWidget.empty(for: kind))
        }
    }

    static func empty(for kind: EntryKind) -> Answer {
        switch kind {
        case .text, .area: .text("")
        case .lines: .lines([])
        case .date: .date(nil)
        case .money: .money(nil)
        case .number: .number(nil)
        case .choice: .choice(nil)
        }
    }

    /// The answer the widget holds now, in the field's kind.
    func answer(kind: EntryKind) -> Answer {
        switch self {
        case .text(let f): return .text(f.text)
        case .area(let a):
            if case .lines = kind {
                return .lines(a.text.split(separator: "\n", omittingEmptySubsequences: true)
                    .map { $0.trimmedWhitespace() }.filter { !$0.isEmpty })
            }
            return .text(a.text)
        case .date(let d):
            return .date(d.date.flatMap { DomainDate(year: $0.year, month: $0.month, day: $0.day) })
        case .money(let m): return .money(m.amount.flatMap { Rupiah($0) })
        case .number(let f): return .number(Int(f.text))
        case .choice(let c): return .choice(c.selected)
        }
    }

    /// Selects a prefilled answer when the focus enters the field, so typing replaces it (as in a
    /// browser form) instead of appending to it. Text areas and choices keep their caret.
    mutating func selectAll() {
        switch self {
        case .text(var f): f.selectAll(); self = .text(f)
        case .number(var f): f.selectAll(); self = .number(f)
        case .date(var d): d.selectAll(); self = .date(d)
        case .money(var m): m.selectAll(); self = .money(m)
        case .area, .choice: break
        }
    }

    /// Whether Up/Down move inside the widget (a text area) instead of between fields.
    var usesVerticalKeys: Bool {
        if case .area = self { return true }
        return false
    }

    /// Whether Enter belongs to the widget (a new line in a text area).
    var usesEnter: Bool { usesVerticalKeys }

    /// What is wrong with what was typed, before any rule looks at it (a date not on the
    /// calendar, a number out of range); nil when fine.
    func problem(kind: EntryKind) -> String? {
        switch (self, kind) {
        case (.date(let d), _):
            return d.problem
        case (.number(let f), .number(let range)):
            guard !f.text.isEmpty else { return nil }
            guard let n = Int(f.text), range.contains(n) else {
                return AppText.current.editorForms.numberBetween(range.lowerBound, range.upperBound)
            }
            return nil
        default:
            return nil
        }
    }

    /// Handles a key or a paste, refusing with a message what cannot be taken as typed.
    /// Returns the outcome and, when refused, why and how to fix it.
    mutating func handle(_ event: Event, kind: EntryKind) -> (WidgetOutcome, String?) {
        switch (self, kind) {
        case (.text(var f), .text(let max)):
            let existing = f.isSelected ? 0 : f.characters.count
            if case .paste(let s) = event, existing + s.count > max {
                return (.refused, EntryWidget.tooLong(pasted: s.count, existing: existing, max: max, multiline: false))
            }
            let o = f.handle(event)
            self = .text(f)
            if o == .refused, case .key(.char) = event, f.characters.count >= max {
                return (o, AppText.current.editorForms.atMostCharacters(max))
            }
            return (o, o == .refused && isPaste(event) ? AppText.current.editorForms.pasteControl : nil)
        case (.area(var a), .area(_, let max)), (.area(var a), .lines(_, let max)):
            if case .paste(let s) = event, a.characters.count + s.count > max {
                return (.refused, EntryWidget.tooLong(pasted: s.count, existing: a.characters.count, max: max, multiline: true))
            }
            if case .key(.char) = event, a.characters.count >= max {
                return (.refused, AppText.current.editorForms.limitReached(EntryWidget.grouped(max)))
            }
            let o = a.handle(event)
            self = .area(a)
            return (o, nil)
        case (.date(var d), _):
            let before = d
            let o = d.handle(event)
            self = .date(d)
            if o == .refused {
                if case .key(.char(let c)) = event, !(c.isASCII && c.isNumber) {
                    return (o, AppText.current.editorForms.dateDigitsOnly)
                }
                if before.isComplete { return (o, AppText.current.editorForms.dateComplete) }
                if isPaste(event) { return (o, AppText.current.editorForms.pasteNoDate) }
            }
            return (o, nil)
        case (.money(var m), .money(let max)):
            switch event {
            case .key(.char("-")):
                return (.refused, AppText.current.editorForms.noNegative)
            case .paste(let s) where s.contains("-") && s.contains(where: \.isNumber):
                return (.refused, AppText.current.editorForms.pasteNegative(String(s.prefix(30))))
            case .paste(let s) where s.contains(",") && !(s.hasSuffix(",00") || s.hasSuffix(",-") || s.hasSuffix(",")):
                return (.refused, AppText.current.editorForms.pasteCents(String(s.prefix(30))))
            default: break
            }
            var copy = m
            let o = copy.handle(event)
            if o == .refused {
                if case .key(.char(let c)) = event, c.isNumber {
                    return (o, AppText.current.editorForms.amountTooLarge(EntryWidget.grouped(max)))
                }
                if case .key(.char) = event { return (o, AppText.current.editorForms.amountDigitsOnly) }
                if isPaste(event) { return (o, AppText.current.editorForms.pasteNotAmount) }
                return (o, nil)
            }
            if let a = copy.amount, a > max {
                return (.refused, AppText.current.editorForms.amountOverLimit(EntryWidget.grouped(a), EntryWidget.grouped(max)))
            }
            m = copy
            self = .money(m)
            return (o, nil)
        case (.number(var f), .number(let range)):
            if case .key(.char(let c)) = event, !(c.isASCII && c.isNumber) {
                return (.refused, AppText.current.editorForms.digitsOnly(range.lowerBound, range.upperBound))
            }
            if case .paste(let s) = event, !s.trimmedWhitespaceAndNewlines().allSatisfy({ $0.isASCII && $0.isNumber }) {
                return (.refused, AppText.current.editorForms.pasteNotNumber(String(s.prefix(20)), range.lowerBound, range.upperBound))
            }
            let digits = String(range.upperBound).count
            if case .key(.char) = event, !f.isSelected, f.characters.count >= digits {
                return (.refused, AppText.current.editorForms.atMostDigits(digits, range.lowerBound, range.upperBound))
            }
            let o = f.handle(event.trimmedPaste)
            self = .number(f)
            return (o, nil)
        case (.choice(var c), _):
            let o = c.handle(event)
            self = .choice(c)
            return (o, o == .refused && isPaste(event) == false ? AppText.current.editorForms.chooseWith(c.options.joined(separator: ", ")) : nil)
        default:
            return (.ignored, nil)
        }
    }

    private func isPaste(_ e: Event) -> Bool { if case .paste = e { return true }; return false }

    static func tooLong(pasted: Int, existing: Int, max: Int, multiline: Bool) -> String {
        let room = Swift.max(0, max - existing)
        let advice = multiline ? AppText.current.editorForms.adviceLong : AppText.current.editorForms.adviceShort
        return AppText.current.editorForms.pasteTooLong(grouped(pasted), grouped(max), grouped(room), advice)
    }

    static func grouped(_ n: Int) -> String { NumberField.groupedIndonesian(Int64(n)) }
    static func grouped(_ n: Int64) -> String { NumberField.groupedIndonesian(n) }

    func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        switch self {
        case .text(let w), .number(let w): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .area(let w): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .date(let w): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .money(let w):
            w.draw(in: rect.row(0), buffer: &buffer, focused: focused)
        case .choice(let w): w.draw(in: rect, buffer: &buffer, focused: focused)
        }
    }

    var bindings: [KeyBinding] {
        switch self {
        case .text(let w), .number(let w): w.bindings
        case .area(let w): w.bindings
        case .date(let w): w.bindings
        case .money(let w): w.bindings
        case .choice(let w): w.bindings
        }
    }
}

extension Event {
    /// A paste with surrounding blanks removed (a year copied with a trailing newline).
    var trimmedPaste: Event {
        if case .paste(let s) = self { return .paste(s.trimmedWhitespaceAndNewlines()) }
        return self
    }
}
