/// Tingkat temuan: how serious a finding is. The rulebook gives each rule its severity.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    /// Kesalahan: must be fixed before the document can go on.
    case error
    /// Peringatan: allowed, but a person should look at it.
    case warning
    /// Informasi: a note or reminder.
    case info

    /// "Kesalahan", "Peringatan", "Informasi" (English: "Error", "Warning", "Information"), in the
    /// interface language: the one severity vocabulary (docs/glossary.md).
    public var label: String { label(in: DisplayLanguage.current) }

    /// The word in `language`.
    public func label(in language: DisplayLanguage) -> String {
        switch (self, language) {
        case (.error, .indonesian): "Kesalahan"
        case (.warning, .indonesian): "Peringatan"
        case (.info, .indonesian): "Informasi"
        case (.error, .english): "Error"
        case (.warning, .english): "Warning"
        case (.info, .english): "Information"
        }
    }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Errors sort first.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Temuan: one problem the validator found in a cooperation, with the field it concerns, an
/// Indonesian message saying how to fix it, the rule that found it and that rule's legal basis.
public struct Finding: Codable, Sendable, Hashable {
    public var severity: Severity
    /// Path of the field in the cooperation JSON, e.g. "financing.lines[2].amount"
    /// (array indexes 0-based); "" for the cooperation as a whole.
    public var path: String
    public var message: String
    /// Id of the rulebook rule (`[[rule]] id`).
    public var ruleID: String
    /// Dasar hukum.
    public var basis: String
    /// Whether the rule's basis is still to be confirmed against the official text.
    public var toConfirm: Bool

    public init(severity: Severity, path: String, message: String, ruleID: String, basis: String, toConfirm: Bool = false) {
        self.severity = severity; self.path = path; self.message = message
        self.ruleID = ruleID; self.basis = basis; self.toConfirm = toConfirm
    }

    /// Whether the finding concerns `prefix` or a field below it ("proposal" matches
    /// "proposal.background" and "proposal", not "proposals").
    public func isUnder(_ prefix: String) -> Bool {
        if prefix.isEmpty || path == prefix { return true }
        guard path.hasPrefix(prefix) else { return false }
        let next = path[path.index(path.startIndex, offsetBy: prefix.count)]
        return next == "." || next == "["
    }
}

extension Array where Element == Finding {
    /// The most serious severity present, nil when there are no findings.
    public var worstSeverity: Severity? { map(\.severity).min() }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
