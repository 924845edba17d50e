import Foundation
import TOMLKit

/// Teks antarmuka berbahasa Inggris: every text of the rulebook shown on a screen or by
/// `validate` has its English beside it, under the same key with `_en` (`name_en`, `label_en`,
/// `message_en`, ...), with the same `{placeholders}`. Clause texts and whatever is written into a
/// naskah are not translated: documents stay Indonesian (docs/format.md, "Teks antarmuka").
extension RulebookChecker {
    /// The interface texts, by array of tables (dotted for nested ones) and key.
    public static let interfaceTexts: [(table: String, keys: [String])] = [
        ("kind", ["name", "summary", "refusal"]),
        ("kind.form", ["name"]),
        ("stage", ["name", "summary"]),
        ("stage.field", ["label"]),
        ("gate", ["skip_reason", "apply_reason"]),
        ("condition", ["label", "blocked_reason"]),
        ("duration.exception", ["name"]),
        ("rule", ["message"]),
        ("ending_ground", ["name"]),
        ("mapping_message", ["message", "field"]),
    ]
}

extension Checker {
    mutating func checkEnglish() {
        for (table, keys) in RulebookChecker.interfaceTexts {
            for (path, t) in tables(table) {
                for key in keys {
                    guard let indonesian = string(t, key) else { continue }
                    let englishKey = key + "_en"
                    guard let english = string(t, englishKey), !english.trimmedWhitespace().isEmpty else {
                        report(.warning, "\(path).\(key)", DomainText.current.rulebookMeaning.englishMissing(key, englishKey))
                        continue
                    }
                    let id = Checker.placeholders(in: indonesian), en = Checker.placeholders(in: english)
                    if id != en {
                        func list(_ s: Set<String>) -> String { s.isEmpty ? "tidak ada" : s.sorted().map { "{\($0)}" }.joined(separator: ", ") }
                        report(.error, "\(path).\(englishKey)", DomainText.current.rulebookMeaning.englishPlaceholdersDiffer(englishKey, list(en), key, list(id)))
                    }
                }
            }
        }
    }

    /// The tables of an array of tables at a dotted key ("kind.form", "duration.exception"), with their paths.
    func tables(_ dotted: String) -> [(path: String, table: TOMLTable)] {
        let parts = dotted.split(separator: ".").map(String.init)
        guard parts.count == 2 else { return entries(dotted) }
        if let parent = root[parts[0]]?.table { return entries(parts[1], in: parent, at: parts[0]) }
        return entries(parts[0]).flatMap { p in entries(parts[1], in: p.table, at: p.path) }
    }
}
