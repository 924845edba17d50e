import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The field-by-field merge of a conflict, after a save (the editor) or after a sync (the list).
extension MufakatProgram {
    var editorContext: EditorContext {
        EditorContext(rulebook: context.rulebook, catalogues: context.catalogues, profile: profile, today: context.today)
    }

    /// A save was refused because another save came first: ask, with the merge when it can be made.
    mutating func askConflict(mine: Cooperation, theirs: StoredCooperation, base: Cooperation?) {
        let labels = FieldLabels(cooperation: mine, context: editorContext)
        var question = MergeQuestion(base: base, mine: mine, theirs: theirs.cooperation, theirRevision: theirs.revision,
                                     intro: AppText.current.shell.conflictIntro(theirs.revision, "\(theirs.savedBy)", theirs.savedAt.shellDisplay))
        if let result = question.merged() {
            question.conflicts = result.conflicts
            dialog = .conflict(question, theirs: theirs, result: result, labels: labels)
        } else {
            dialog = .conflict(mine: mine, theirs: theirs, labels: labels)
        }
        message = .warning(AppText.current.shell.mergeHint)
    }

    /// Both sides of a sync conflict arrived: ask.
    mutating func askSyncConflict(_ v: SyncConflictVersions) -> [Effect<AppAction>] {
        var question = MergeQuestion(base: v.base, mine: v.mine, theirs: v.theirs, theirRevision: v.theirRevision,
                                     intro: AppText.current.shell.syncIntro(v.mine.title, "\(v.broughtBy)"),
                                     origin: .sync(id: v.id))
        guard let result = question.merged() else {
            message = .error(AppText.current.shell.cannotMerge(v.id))
            return [.bell]
        }
        question.conflicts = result.conflicts
        dialog = .syncConflict(question, result: result, labels: FieldLabels(cooperation: v.mine, context: editorContext))
        return []
    }

    /// "Gabungkan": ask each answer both changed, then save.
    mutating func startMerge(_ question: MergeQuestion) -> [Effect<AppAction>] {
        if question.conflicts.isEmpty { return finishMerge(question) }
        dialog = .mergeField(question, labels: FieldLabels(cooperation: question.mine, context: editorContext))
        return []
    }

    /// One answer of the field questions: mine, theirs, or stop.
    mutating func answerMergeField(_ question: MergeQuestion, answer: ShellDialog.Answer) -> [Effect<AppAction>] {
        var q = question
        guard answer == .mine || answer == .theirs else {
            afterSave = nil
            message = .warning(q.origin == .save ? AppText.current.shell.notSaved
                                                 : AppText.current.shell.conflictUndecided)
            return []
        }
        q.choices[q.conflicts[q.index].path] = answer == .mine ? .mine : .theirs
        q.index += 1
        if q.index < q.conflicts.count {
            dialog = .mergeField(q, labels: FieldLabels(cooperation: q.mine, context: editorContext))
            return []
        }
        return finishMerge(q)
    }

    mutating func finishMerge(_ q: MergeQuestion) -> [Effect<AppAction>] {
        switch q.origin {
        case .sync(let id):
            message = .notice(AppText.current.shell.savingMerge)
            return [.perform(.resolveSyncConflict(id: id, choices: q.choices))]
        case .save:
            guard var s = session, let merged = q.merged() else { return [] }
            s.editor.replace(with: merged.cooperation)
            session = s
            message = .notice(AppText.current.shell.savingMerge)
            return [.perform(.save(merged.cooperation, basedOn: q.theirRevision))]
        }
    }
}
