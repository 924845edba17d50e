/// The answer a field holds, in a form comparable across fields (for validators and dirtiness).
public enum FieldValue: Hashable, Sendable {
    case text(String)
    /// A date field: the date, or nil while empty or not a real day (`raw` keeps what was typed).
    case date(FieldDate?, raw: String)
    case money(Int64?)
    case choice(Int?)
    case choices(Set<Int>)
    /// A yes/no answer; never empty.
    case flag(Bool)

    /// Whether the person has given no answer at all.
    public var isEmpty: Bool {
        switch self {
        case .text(let s): s.allSatisfy(\.isWhitespace)
        case .date(_, let raw): raw.isEmpty
        case .money(let m): m == nil
        case .choice(let c): c == nil
        case .choices(let s): s.isEmpty
        case .flag: false
        }
    }
}

/// A rule on one field's value; returns the message to show, or nil when fine.
public struct FieldCheck: Sendable {
    public let check: @Sendable (FieldValue) -> String?
    public init(_ check: @escaping @Sendable (FieldValue) -> String?) { self.check = check }

    /// The field must not be left empty.
    public static func required(_ message: String = TerminalStrings.current.required) -> FieldCheck {
        FieldCheck { $0.isEmpty ? message : nil }
    }

    /// The field must not be left empty; the message names it (`TerminalStrings.fieldRequired`).
    public static func required(label: String) -> FieldCheck {
        FieldCheck { $0.isEmpty ? TerminalStrings.current.fieldRequired(label) : nil }
    }

    /// A rule on a text answer (text and multi-line fields); other kinds pass.
    public static func text(_ check: @escaping @Sendable (String) -> String?) -> FieldCheck {
        FieldCheck { value in
            if case .text(let s) = value { return check(s) }
            return nil
        }
    }

    /// Text at most `n` characters.
    public static func maxLength(_ n: Int) -> FieldCheck {
        FieldCheck { value in
            if case .text(let s) = value, s.count > n { return TerminalStrings.current.atMostCharacters(n) }
            return nil
        }
    }

    /// An amount of at least `minimum`, shown the way `format` shows numbers.
    public static func minimumAmount(_ minimum: Int64, format: NumberField = NumberField()) -> FieldCheck {
        FieldCheck { value in
            if case .money(let m?) = value, m < minimum { return TerminalStrings.current.atLeastAmount(format.prefix + format.grouped(minimum)) }
            return nil
        }
    }
}
