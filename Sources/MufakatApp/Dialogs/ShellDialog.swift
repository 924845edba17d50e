import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The modal question on top of a screen, and what answering it means.
struct ShellDialog: Sendable {
    enum Purpose: Sendable, Equatable {
        /// Unsaved changes and the officer wants to quit: save, discard or stay.
        case quit
        /// Unsaved changes and the editor is closing: save, discard or stay.
        case closeEditor
        /// Leave the new-cooperation screen, losing its answers.
        case discardNew
        /// A draft newer than the saved revision was found when opening.
        case recoverDraft(StoredCooperation, CooperationDraft, lockedBy: LockHolder?)
        /// Drafts found at start: open the first one?
        case startupDrafts([CooperationDraft])
        /// Someone else has it open.
        case lockHeld(StoredCooperation, CooperationDraft?, LockHolder)
        /// Another process saved meanwhile.
        case conflict(mine: Cooperation, theirs: StoredCooperation)
        /// The field-by-field merge of a conflict: one answer both sides changed.
        case mergeField(MergeQuestion)
        /// A conflict a sync left on a cooperation (the merge is in `merge`).
        case syncConflict
        /// Information only.
        case message
    }

    /// Every answer a shell dialog can be given: values, never button positions.
    enum Answer: Sendable, Equatable {
        case save, discard, stay
        case keepFilling
        case recover, later, open
        case openAnyway, viewOnly
        case merge, keepMine, takeTheirs
        case mine, theirs
        case close
    }

    var purpose: Purpose
    var question: TypedDialog<Answer>
    /// The box as TerminalUI draws it (title, text, buttons).
    var dialog: Dialog { question.box }
    /// With a conflict: the field-by-field merge that "Gabungkan" starts.
    var merge: MergeQuestion? = nil

    static func quit() -> ShellDialog {
        ShellDialog(purpose: .quit, question: TypedDialog(t.quitTitle, t.quitText,
                                                          options: [(t.saveAndQuit, .save), (t.discardAndQuit, .discard), (t.cancel, .stay)],
                                                          cancel: .stay))
    }

    static func closeEditor(title: String) -> ShellDialog {
        ShellDialog(purpose: .closeEditor, question: TypedDialog(t.closeTitle, t.closeText(title),
                                                                 options: [(t.saveAndClose, .save), (t.discardAndClose, .discard), (t.cancel, .stay)],
                                                                 cancel: .stay))
    }

    static func discardNew() -> ShellDialog {
        ShellDialog(purpose: .discardNew, question: TypedDialog(t.discardNewTitle, t.discardNewText,
                                                                options: [(t.keepFilling, .keepFilling), (t.discardAnswers, .discard)],
                                                                cancel: .keepFilling))
    }

    static func recoverDraft(_ item: StoredCooperation, _ draft: CooperationDraft, lockedBy: LockHolder?) -> ShellDialog {
        var text = t.recoverText(draft.savedAt.shellDisplay, item.revision, item.savedAt.shellDisplay)
        let count = CooperationDiff.differences(mine: draft.cooperation, theirs: item.cooperation).count
        text += t.recoverDiffers(count)
        if let base = draft.basedOnRevision, base != item.revision {
            text += t.recoverStale(base, item.revision)
        }
        return ShellDialog(purpose: .recoverDraft(item, draft, lockedBy: lockedBy),
                           question: TypedDialog(t.recoverTitle, text, options: [(t.recoverDraft, .recover), (t.discardDraft, .discard)],
                                                 cancel: .later))
    }

    static func startupDrafts(_ drafts: [CooperationDraft]) -> ShellDialog {
        let first = drafts[0]
        var text = t.startupText(first.cooperation.title, first.savedAt.shellDisplay)
        if drafts.count > 1 { text += t.startupOthers(drafts.count - 1) }
        text += t.startupAsk
        return ShellDialog(purpose: .startupDrafts(drafts), question: TypedDialog(t.startupTitle, text, options: [(t.openAndRecover, .open), (t.later, .later)],
                                                                                   cancel: .later))
    }

    static func lockHeld(_ item: StoredCooperation, _ draft: CooperationDraft?, _ holder: LockHolder) -> ShellDialog {
        ShellDialog(purpose: .lockHeld(item, draft, holder),
                    question: TypedDialog(t.lockTitle, t.lockText(item.cooperation.title, holder.description),
                                          options: [(t.openAnyway, .openAnyway), (t.viewOnly, .viewOnly), (t.cancel, .stay)],
                                          cancel: .stay))
    }

    /// The conflict question with a three-way merge: Gabungkan (default), theirs, cancel.
    static func conflict(_ merge: MergeQuestion, theirs: StoredCooperation, result: CooperationMerge.Result, labels: FieldLabels?) -> ShellDialog {
        let text = MergeQuestion.summary(result, labels: labels, intro: merge.intro)
        return ShellDialog(purpose: .conflict(mine: merge.mine, theirs: theirs),
                           question: TypedDialog(t.conflictTitle, text, options: [(t.merge, .merge), (t.takeTheirs, .takeTheirs), (t.cancel, .stay)],
                                                 cancel: .stay),
                           merge: merge)
    }

    /// A conflict a sync left: merge now, take one side whole (like `sync resolve --mine|--theirs`),
    /// or later (both revisions stay in history meanwhile).
    static func syncConflict(_ merge: MergeQuestion, result: CooperationMerge.Result, labels: FieldLabels?) -> ShellDialog {
        let text = MergeQuestion.summary(result, labels: labels, intro: merge.intro)
        return ShellDialog(purpose: .syncConflict,
                           question: TypedDialog(t.syncConflictTitle, text,
                                                 options: [(t.merge, .merge), (t.keepMine, .keepMine), (t.takeTheirs, .takeTheirs), (t.later, .later)],
                                                 cancel: .later),
                           merge: merge)
    }

    static func mergeField(_ merge: MergeQuestion, labels: FieldLabels?) -> ShellDialog {
        ShellDialog(purpose: .mergeField(merge), question: merge.fieldDialog(labels: labels))
    }

    static func conflict(mine: Cooperation, theirs: StoredCooperation, labels: FieldLabels? = nil) -> ShellDialog {
        let diffs = CooperationDiff.differences(mine: mine, theirs: theirs.cooperation)
        var text = t.conflictText(theirs.revision, "\(theirs.savedBy)", theirs.savedAt.shellDisplay, diffs.count)
        for d in diffs.prefix(6) {
            text += "\n• \(labels?.label(d.path) ?? d.path)\n  \(t.conflictYou): \(Self.short(d.mine))\n  \(t.conflictThem): \(Self.short(d.theirs))"
        }
        if diffs.count > 6 { text += t.conflictMore(diffs.count - 6) }
        return ShellDialog(purpose: .conflict(mine: mine, theirs: theirs),
                           question: TypedDialog(t.conflictTitle, text, options: [(t.keepMine, .keepMine), (t.takeTheirs, .takeTheirs), (t.cancel, .stay)],
                                                 cancel: .stay))
    }

    static func message(_ title: String, _ text: String) -> ShellDialog {
        ShellDialog(purpose: .message, question: TypedDialog(message: title, text, close: .close))
    }

    static func short(_ s: String) -> String {
        let one = s.replacingOccurrences(of: "\n", with: " ")
        return one.count > 40 ? String(one.prefix(39)) + "…" : one
    }

    /// The words, from the catalogue in use.
    private static var t: Catalogue<ShellText> { AppText.current.shell }

    var bindings: [KeyBinding] { question.bindings }

    /// Draws the dialog over `rect`, clipping its text to the screen height.
    func draw(in rect: Rect, buffer: inout Buffer) {
        question.draw(in: rect, buffer: &buffer)
    }
}
