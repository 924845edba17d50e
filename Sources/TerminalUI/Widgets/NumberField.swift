/// A whole number typed as digits and shown grouped by thousands, after an optional prefix:
/// `NumberField(1_500_000, prefix: "$", groupingSeparator: ",")` shows "$1,500,000".
/// Whole numbers only (Int64). A digit that would overflow Int64 is refused rather than wrapping
/// around, so a typo can never turn into a negative amount.
public struct NumberField: Widget, Sendable {
    public private(set) var amount: Int64?
    /// Shown before the number ("$", "Rp "); part of the presentation, never of the value.
    public var prefix: String
    /// Between groups of three digits ("," in English, "." in Indonesian).
    public var groupingSeparator: Character
    /// Where a pasted number's fraction starts; what follows it is dropped.
    public var decimalSeparator: Character
    /// The whole amount is selected (a prefilled amount just entered): a digit or a paste
    /// replaces it, Backspace or Delete clears it, other keys keep it.
    public private(set) var isSelected = false

    /// Selects the amount (nothing when empty). Forms call it when the focus enters.
    public mutating func selectAll() { isSelected = amount != nil }
    public mutating func deselect() { isSelected = false }

    public init(_ amount: Int64? = nil, prefix: String = "", groupingSeparator: Character = ",", decimalSeparator: Character = ".") {
        self.amount = amount; self.prefix = prefix
        self.groupingSeparator = groupingSeparator; self.decimalSeparator = decimalSeparator
    }

    /// "1,500,000" (no prefix); `separator` between groups of three digits.
    public static func grouped(_ value: Int64, separator: Character = ",") -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    /// The number grouped with this field's separator.
    public func grouped(_ value: Int64) -> String { Self.grouped(value, separator: groupingSeparator) }

    public var text: String { amount.map { prefix + grouped($0) } ?? "" }

    public var bindings: [KeyBinding] {
        let s = TerminalStrings.current
        return [KeyBinding(.char("0"), s.typeDigits, keyLabel: s.digitsKey)]
    }

    /// Appends one decimal digit; false on overflow.
    public mutating func append(digit: Int) -> Bool {
        let current = amount ?? 0
        let (m, o1) = current.multipliedReportingOverflow(by: 10)
        let (s, o2) = m.addingReportingOverflow(Int64(digit))
        guard !o1, !o2 else { return false }
        amount = s
        return true
    }

    public mutating func handle(_ event: Event) -> WidgetOutcome {
        if isSelected {
            isSelected = false
            switch event {
            case .key(.char(let c)) where c.isASCII && c.isNumber:
                amount = nil
            case .key(.backspace), .key(.delete), .key(.ctrl("u")):
                amount = nil
                return .handled
            case .key(.char):
                isSelected = true
            default:
                break  // a paste replaces the amount by itself
            }
        }
        switch event {
        case .key(.char(let c)) where c.isASCII && c.isNumber:
            return append(digit: Int(String(c))!) ? .handled : .refused
        case .key(.char(let c)) where c == groupingSeparator:
            return .handled  // people type the grouping themselves; it is shown anyway
        case .key(.char):
            return .refused
        case .key(.backspace):
            guard let a = amount else { return .refused }
            amount = a < 10 ? nil : a / 10
            return .handled
        case .key(.ctrl("u")), .key(.delete):
            amount = nil
            return .handled
        case .paste(let s):
            // "$1,500,000.-" pastes as 1500000: everything but the digits is presentation.
            let body = s.split(separator: decimalSeparator).first.map(String.init) ?? s
            let ds = body.filter { $0.isASCII && $0.isNumber }
            guard !ds.isEmpty else { return .refused }
            var copy = self
            copy.amount = nil
            for d in ds where !copy.append(digit: Int(String(d))!) { return .refused }
            self = copy
            return .handled
        default:
            return .ignored
        }
    }

    public func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        let role: StyleRole = focused ? .focused : .normal
        buffer.fill(row, role: role)
        let shown = amount.map { prefix + grouped($0) } ?? prefix
        let fitted = TextLayout.suffix(shown, width: row.width)
        buffer.write(fitted, at: Point(x: row.x, y: row.y), role: focused && isSelected ? .selection : role, clip: row)
        if focused { buffer.cursor = Point(x: min(row.maxX - 1, row.x + DisplayWidth.of(fitted)), y: row.y) }
    }
}
