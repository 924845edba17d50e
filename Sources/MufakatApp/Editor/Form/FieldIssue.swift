import MufakatDomain
import MufakatServices
import MufakatStore

/// Masalah pada isian: what is wrong with one answer, and where the rule comes from.
struct FieldIssue: Sendable, Hashable {
    enum Source: Sendable, Hashable {
        /// The rulebook requires the field and it is empty.
        case required
        /// What was typed is not a usable value (a date not on the calendar).
        case input
        /// A validation rule of the rulebook.
        case rule(id: String)
    }
    enum Level: Sendable, Hashable, Comparable { case error, warning, info }

    var level: Level
    var message: String
    /// Dasar hukum, when a rule gave it.
    var basis: String?
    var source: Source

    var blocks: Bool { level == .error }

    /// The message with its legal basis, as the field shows it.
    var fullText: String {
        guard let basis, !basis.isEmpty else { return message }
        return AppText.current.editor.withBasis(message, basis)
    }
}
