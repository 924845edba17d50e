import Foundation

/// Kebijakan draf otomatis: how long the officer must be idle before unsaved work is written as a
/// draft. One policy for every screen that autosaves (the cooperation editor, the mapping screen).
public struct AutosavePolicy: Sendable, Equatable {
    /// Idle ticks (one a second) before a draft is written.
    public var idleTicks: Int
    public init(idleTicks: Int = 3) { self.idleTicks = idleTicks }
}

/// Draf otomatis: one screen's autosave state under the `AutosavePolicy`. A draft is written
/// after `idleTicks` quiet ticks with changes not yet in a draft, and once only for those changes.
struct Autosave: Sendable, Equatable {
    var idleTicks = 0
    /// Changes made since the last draft was written.
    var changedSinceDraft = false
    /// A draft is on disk (written from this screen, or found and kept or restored), so it must
    /// be removed once nothing is unsaved any more.
    var draftOnDisk = false
    var lastDraftAt: Date? = nil

    /// A key changed the work: start counting idle time again.
    mutating func changed() {
        changedSinceDraft = true
        idleTicks = 0
    }

    /// One idle tick; true when a draft is due now (then it counts as being written: the same
    /// changes never give a second draft).
    mutating func tick(hasUnsavedWork: Bool, policy: AutosavePolicy) -> Bool {
        guard changedSinceDraft, hasUnsavedWork else { idleTicks = 0; return false }
        idleTicks += 1
        guard idleTicks >= policy.idleTicks else { return false }
        writing()
        return true
    }

    /// A draft asked for now (leaving a form, the editor's own request): true when there is
    /// something not yet in a draft; it then counts as written.
    mutating func draftNow(hasUnsavedWork: Bool) -> Bool {
        guard changedSinceDraft, hasUnsavedWork else { return false }
        writing()
        return true
    }

    /// A draft is being written.
    mutating func writing() {
        changedSinceDraft = false
        idleTicks = 0
        draftOnDisk = true
    }

    /// The work was saved as a revision (or replaced): nothing is waiting for a draft.
    mutating func saved() {
        changedSinceDraft = false
        idleTicks = 0
    }

    /// The draft was removed (saved as a revision, or discarded).
    mutating func cleared() {
        draftOnDisk = false
        changedSinceDraft = false
        idleTicks = 0
        lastDraftAt = nil
    }
}
