/// A calendar date without time or zone. The check of the day is the minimal proleptic Gregorian
/// one (leap years, month lengths); an application with its own calendar converts to and from it.
public struct FieldDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Nil when the day does not exist (31-04, 29-02 outside leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= FieldDate.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// "17 August 2025" with the given twelve month names (the toolkit's by default).
    public func text(monthNames: [String] = TerminalStrings.current.monthNames) -> String {
        let name = monthNames.indices.contains(month - 1) ? monthNames[month - 1] : String(month)
        return "\(day) \(name) \(year)"
    }

    /// "17-08-2025", the form typed into the field.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(day))-\(two(month))-\(year)"
    }

    public static func < (a: FieldDate, b: FieldDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// A date typed as dd-mm-yyyy. Only digits are typed; the dashes are part of the mask, so a
/// person never has to think about separators. The calendar is checked as soon as all eight
/// digits are in, and the date is shown back with the month name from `monthNames`.
public struct DateField: Widget, Sendable {
    /// The digits typed so far (at most eight).
    public private(set) var digits: [Character]
    /// The twelve month names used to show a complete date back ("17 August 2025").
    public var monthNames: [String]
    /// The whole date is selected (a prefilled date just entered): a digit or a paste starts a
    /// new date, Backspace or Delete clears it, other keys keep it.
    public private(set) var isSelected = false

    /// Selects the date typed so far (nothing when empty). Forms call it when the focus enters.
    public mutating func selectAll() { isSelected = !digits.isEmpty }
    public mutating func deselect() { isSelected = false }

    public init(_ date: FieldDate? = nil, monthNames: [String] = TerminalStrings.current.monthNames) {
        digits = date.map { Array($0.description.filter(\.isNumber)) } ?? []
        self.monthNames = monthNames
    }

    /// The date when eight digits name a real day; nil otherwise.
    public var date: FieldDate? {
        guard digits.count == 8 else { return nil }
        let n = digits.map { Int(String($0))! }
        return FieldDate(year: n[4] * 1000 + n[5] * 100 + n[6] * 10 + n[7], month: n[2] * 10 + n[3], day: n[0] * 10 + n[1])
    }

    public var isEmpty: Bool { digits.isEmpty }
    public var isComplete: Bool { digits.count == 8 }

    /// Why the typed digits are not a date (`TerminalStrings` words it); nil when fine or still empty.
    public var problem: String? {
        let s = TerminalStrings.current
        if digits.isEmpty { return nil }
        if !isComplete { return s.dateIncomplete(s.dateMask) }
        if date == nil {
            let month = Int(String(digits[2...3]))!
            let year = Int(String(digits[4...7]))!
            if !(1...12).contains(month) { return s.noSuchMonth(month) }
            if year < 1 { return s.noSuchYear }
            let name = monthNames.indices.contains(month - 1) ? monthNames[month - 1] : String(month)
            return s.noSuchDay(maskedText, name, year, FieldDate.daysIn(month: month, year: year))
        }
        return nil
    }

    /// The mask with the digits typed so far: "17-08-____".
    public var maskedText: String {
        var out = ""
        for i in 0..<8 {
            if i == 2 || i == 4 { out += "-" }
            out.append(i < digits.count ? digits[i] : "_")
        }
        return out
    }

    public var bindings: [KeyBinding] {
        let s = TerminalStrings.current
        return [KeyBinding(.char("0"), s.typeDigits + " " + s.dateMask, keyLabel: s.digitsKey)]
    }

    public mutating func handle(_ event: Event) -> WidgetOutcome {
        if isSelected {
            isSelected = false
            switch event {
            case .key(.char(let c)) where c.isASCII && c.isNumber:
                digits = [c]
                return .handled
            case .paste(let s) where s.contains(where: { $0.isASCII && $0.isNumber }):
                digits = []
            case .key(.backspace), .key(.delete), .key(.ctrl("u")):
                digits = []
                return .handled
            case .key(.char):
                isSelected = true
            default:
                break
            }
        }
        switch event {
        case .key(.char(let c)) where c.isASCII && c.isNumber:
            guard digits.count < 8 else { return .refused }
            digits.append(c)
            return .handled
        case .key(.char(let c)) where c == "-" || c == "/" || c == ".":
            return .handled
        case .key(.char):
            return .refused
        case .key(.backspace):
            guard !digits.isEmpty else { return .refused }
            digits.removeLast()
            return .handled
        case .key(.ctrl("u")), .key(.delete):
            digits.removeAll()
            return .handled
        case .paste(let s):
            let pasted = s.filter { $0.isASCII && $0.isNumber }
            digits = Array((digits + pasted).prefix(8))
            return pasted.isEmpty ? .refused : .handled
        default:
            return .ignored
        }
    }

    public func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        guard !rect.isEmpty else { return }
        let role: StyleRole = focused ? .focused : .normal
        let mask = maskedText
        buffer.write(mask, at: Point(x: rect.x, y: rect.y), role: focused && isSelected ? .selection : role, clip: rect.row(0))
        let after = rect.x + DisplayWidth.of(mask) + 1
        if let date {
            buffer.write(date.text(monthNames: monthNames), at: Point(x: after, y: rect.y), role: .muted, clip: rect.row(0))
        } else if let problem, isComplete {
            buffer.write(problem, at: Point(x: after, y: rect.y), role: .error, clip: rect.row(0))
        }
        if focused {
            let pos = min(digits.count, 7)
            let col = pos + (pos >= 4 ? 2 : pos >= 2 ? 1 : 0)
            buffer.cursor = Point(x: rect.x + col, y: rect.y)
        }
    }
}
