import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Pertanyaan penggabungan: a save conflict answered field by field. The merge of base, mine
/// and theirs (`CooperationMerge`) keeps every answer only one side changed; the answers both
/// changed are asked one by one (mine / theirs), then the merged cooperation is saved on top of
/// their revision. The default never drops their change to an answer the officer did not touch.
struct MergeQuestion: Sendable, Equatable {
    var base: Cooperation?
    var mine: Cooperation
    var theirs: Cooperation
    /// The revision the merge is saved on (theirs).
    var theirRevision: Int
    /// The first sentences of the question: who saved theirs, and when.
    var intro: String
    var conflicts: [CooperationMerge.Conflict] = []
    var choices: [String: CooperationMerge.Side] = [:]
    /// The conflict being asked.
    var index = 0
    /// Where the question came from: the editor's save, or a sync that left a conflict.
    var origin: Origin = .save

    enum Origin: Sendable, Equatable {
        case save
        /// `sync resolve` on the screens: nothing is open in the editor.
        case sync(id: String)
    }

    /// The merge with the choices so far (undecided conflicts keep mine).
    func merged() -> CooperationMerge.Result? {
        try? CooperationMerge.merge(base: base, mine: mine, theirs: theirs, choices: choices)
    }

    /// The question about conflict `index`.
    func fieldDialog(labels: FieldLabels?) -> TypedDialog<ShellDialog.Answer> {
        let c = conflicts[index]
        let name = labels?.label(c.path) ?? c.path
        let t = AppText.current.shell
        let text = "\(name)\n\(t.conflictBase): \(ShellDialog.short(c.base))\n\(t.conflictYou): \(ShellDialog.short(c.mine))\n\(t.conflictThem): \(ShellDialog.short(c.theirs))"
        return TypedDialog(t.bothChanged(index + 1, conflicts.count), text,
                           options: [(t.keepMine, .mine), (t.takeTheirs, .theirs), (t.cancel, .stay)], cancel: .stay)
    }

    /// The first question: what the merge keeps, takes and asks.
    static func summary(_ result: CooperationMerge.Result, labels: FieldLabels?, intro: String) -> String {
        func names(_ paths: [String]) -> String {
            var seen: [String] = []
            for p in paths { let n = labels?.label(p) ?? p; if !seen.contains(n) { seen.append(n) } }
            let shown = seen.prefix(3).map { "\n• \($0)" }.joined()
            return shown + (seen.count > 3 ? txt.moreFields(seen.count - 3) : "")
        }
        var text = intro
        if !result.takenFromTheirs.isEmpty { text += txt.onlyTheirs(result.takenFromTheirs.count) + names(result.takenFromTheirs) }
        if !result.keptFromMine.isEmpty { text += txt.onlyMine(result.keptFromMine.count) + names(result.keptFromMine) }
        if result.conflicts.isEmpty {
            text += txt.noneBoth
        } else {
            text += txt.bothAsked(result.conflicts.count) + names(result.conflicts.map(\.path))
        }
        return text
    }
}

/// The dialogs' words in the language in use.
private var txt: Catalogue<DialogsText> { AppText.current.dialogs }
