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
                report(.error, path, "pesan pemetaan tanpa id; tambahkan id = \"...\"")
                continue
            }
            present.insert(id)
            guard let known = MappingMessageID(rawValue: id) else {
                report(.warning, "\(path).id", "pesan pemetaan '\(id)' tidak dikenal program dan tidak akan dipakai")
                continue
            }
            for key in ["message", "message_en"] {
                guard let message = string(t, key) else {
                    if key == "message" { report(.error, "\(path).message", "pesan pemetaan '\(id)' tanpa message; tuliskan pesannya") }
                    continue
                }
                if message.isEmpty { report(.error, "\(path).\(key)", "pesan kosong; tuliskan pesan yang menjelaskan cara memperbaiki") }
                // "{ ... }" in a message is JSON written out for the reader, not a placeholder.
                let unknown = Self.placeholders(in: message).filter { !$0.contains(" ") }.subtracting(known.placeholders)
                if !unknown.isEmpty {
                    let allowed = known.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    report(.error, "\(path).\(key)", "penanda \(unknown.sorted().map { "{\($0)}" }.joined(separator: ", ")) tidak diisi program untuk pesan ini; penanda yang dapat dipakai: \(allowed.isEmpty ? "tidak ada" : allowed)")
                }
            }
        }
        let missing = MappingMessageID.allCases.filter { !present.contains($0.rawValue) }
        if !missing.isEmpty && !present.isEmpty {
            for id in missing {
                report(.warning, "mapping_message", "pesan pemetaan '\(id.rawValue)' tidak ada; dipakai pesan bawaan. Tambahkan [[mapping_message]] dengan id = \"\(id.rawValue)\" dan message")
            }
        }
    }
}
