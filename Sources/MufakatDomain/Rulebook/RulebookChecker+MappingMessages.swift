import TOMLKit

/// Pesan pemetaan (`[[mapping_message]]`): each message the code names must be present (a
/// rulebook without the section uses the bundled messages: a warning), every id known, and
/// each {placeholder} one the code fills. The English (`message_en`, `field_en`) is checked with
/// the other interface texts (`checkEnglish`).
extension Checker {
    mutating func checkMappingMessages() {
        var present = Set<String>()
        for (path, t) in entries("mapping_message") {
            guard let id = string(t, "id") else {
                report(.error, path, DomainText.current.rulebookMeaning.mappingWithoutID)
                continue
            }
            present.insert(id)
            guard let known = MappingMessageID(rawValue: id) else {
                report(.warning, "\(path).id", DomainText.current.rulebookMeaning.mappingUnknown(id))
                continue
            }
            for key in ["message", "message_en"] {
                guard let message = string(t, key) else {
                    if key == "message" { report(.error, "\(path).message", DomainText.current.rulebookMeaning.mappingWithoutMessage(id)) }
                    continue
                }
                if message.isEmpty { report(.error, "\(path).\(key)", DomainText.current.rulebookMeaning.messageEmpty) }
                // "{ ... }" in a message is JSON written out for the reader, not a placeholder.
                let unknown = Self.placeholders(in: message).filter { !$0.contains(" ") }.subtracting(known.placeholders)
                if !unknown.isEmpty {
                    let allowed = known.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    report(.error, "\(path).\(key)", DomainText.current.rulebookMeaning.mappingPlaceholdersUnknown(unknown.sorted().map { "{\($0)}" }.joined(separator: ", "), allowed.isEmpty ? DomainText.current.rulebookMeaning.none : allowed))
                }
            }
        }
        let missing = MappingMessageID.allCases.filter { !present.contains($0.rawValue) }
        if !missing.isEmpty && !present.isEmpty {
            for id in missing {
                report(.warning, "mapping_message", DomainText.current.rulebookMeaning.mappingMissing(id.rawValue))
            }
        }
    }
}
