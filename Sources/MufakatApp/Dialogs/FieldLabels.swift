import MufakatDomain
import MufakatServices
import MufakatStore

/// Nama isian: the Indonesian name of each answer of a cooperation, by its path
/// ("proposal.background" → "Usulan › Latar belakang"), as the editor's forms label it. Dialogs
/// that list differences (a save conflict) show these names instead of data paths.
struct FieldLabels: Sendable {
    private var byPath: [String: String] = [:]
    /// Section root ("financing") → stage name, for answers no form field names exactly.
    private var bySection: [String: String] = [:]

    init(cooperation c: Cooperation, context: EditorContext) {
        for stage in context.rulebook.stages(for: c.kind) {
            guard let section = StageSection(rawValue: stage.section) else { continue }
            bySection[Workflow.sectionPath(section, stageID: stage.id)] = stage.name
            for group in StageScreens.groups(for: section, stageID: stage.id, cooperation: c, context: context) {
                for field in group.fields where byPath[field.id] == nil { byPath[field.id] = "\(stage.name) › \(field.label)" }
                if let list = group.list, byPath[Self.listRoot(list)] == nil { byPath[Self.listRoot(list)] = "\(stage.name) › \(group.title)" }
            }
        }
    }

    /// The name of the answer at `path`: its own label, else that of the nearest enclosing
    /// field or list ("Pembiayaan › Rincian biaya (baris 2)"), else the stage, else general names.
    func label(_ path: String) -> String {
        if let exact = byPath[path] { return exact }
        var prefix = path
        while let cut = prefix.lastIndex(where: { $0 == "." || $0 == "[" }) {
            prefix = String(prefix[..<cut])
            if let name = byPath[prefix] { return name + Self.rowSuffix(path) }
            if let name = bySection[prefix] { return name + " › isian lain" + Self.rowSuffix(path) }
        }
        let root = path.split(whereSeparator: { $0 == "." || $0 == "[" }).first.map(String.init) ?? path
        if root == "parties", path.hasPrefix("parties[") {
            return "Para pihak" + Self.rowSuffix(path).replacingOccurrences(of: "baris", with: "pihak ke-").replacingOccurrences(of: "ke- ", with: "ke-")
        }
        return Self.general[root].map { $0 + Self.rowSuffix(path) } ?? "Isian lain (\(path))"
    }

    /// " (baris N)" for the first list index in a path, counted from 1.
    static func rowSuffix(_ path: String) -> String {
        guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]"),
              let i = Int(path[path.index(after: open)..<close]) else { return "" }
        return " (baris \(i + 1))"
    }

    static func listRoot(_ list: ListKind) -> String { list.path }

    /// Answers outside any stage form.
    static let general: [String: String] = [
        "title": "Judul kerja sama", "kind": "Jenis kerja sama", "parties": "Para pihak",
        "partiesBordering": "Wilayah para pihak berbatasan", "affairCode": "Urusan pemerintahan",
        "subAffairID": "Sub-urusan", "burdensPublic": "Membebani masyarakat", "renews": "Memperpanjang kerja sama",
        "amendments": "Perubahan (adendum)", "notes": "Catatan", "customStages": "Tahapan tambahan",
    ]
}
