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
    /// For answers outside the forms: the Domain's `FieldLabel` (the same names the CLI and the
    /// services use).
    private let cooperation: Cooperation
    private let rulebook: Rulebook

    init(cooperation c: Cooperation, context: EditorContext) {
        cooperation = c
        rulebook = context.rulebook
        for stage in context.rulebook.stages(for: c.kind) {
            guard let section = StageSection(rawValue: stage.section) else { continue }
            bySection[Workflow.sectionPath(section, stageID: stage.id)] = stage.displayName
            for group in StageScreens.groups(for: section, stageID: stage.id, cooperation: c, context: context) {
                for field in group.fields where byPath[field.id] == nil { byPath[field.id] = "\(stage.displayName) › \(field.label)" }
                if let list = group.list, byPath[Self.listRoot(list)] == nil { byPath[Self.listRoot(list)] = "\(stage.displayName) › \(group.title)" }
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
            if let name = bySection[prefix] { return txt.otherFieldOf(name) + Self.rowSuffix(path) }
        }
        // Never the path itself: it is an internal name.
        return FieldLabel.label(for: path, in: cooperation, rulebook: rulebook)
    }

    /// " (baris N)" for the first list index in a path, counted from 1.
    static func rowSuffix(_ path: String) -> String {
        rowNumber(path).map { txt.row($0) } ?? ""
    }

    /// The first list index in a path, counted from 1.
    static func rowNumber(_ path: String) -> Int? {
        guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]"),
              let i = Int(path[path.index(after: open)..<close]) else { return nil }
        return i + 1
    }

    static func listRoot(_ list: ListKind) -> String { list.path }
}

/// The dialogs' words in the language in use.
private var txt: Catalogue<DialogsText> { AppText.current.dialogs }
