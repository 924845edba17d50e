import Foundation

/// Draf otomatis pemetaan: when the mapping screen writes its unsaved work as a draft. The same
/// rule as the cooperation editor: after `idleTicks` quiet ticks with changes not yet in a draft.
struct MappingAutosave: Sendable, Equatable {
    var idleTicks = 0
    /// Changes made since the last draft was written.
    var changedSinceDraft = false
    /// A draft of this region is on disk (written from this screen, or found and kept or restored),
    /// so it must be removed once nothing is unsaved any more.
    var draftOnDisk = false
    var lastDraftAt: Date? = nil

    /// A key changed the mapping: start counting idle time again.
    mutating func changed() {
        changedSinceDraft = true
        idleTicks = 0
    }

    /// One idle tick; true when a draft is due now.
    mutating func tick(hasUnsavedWork: Bool, limit: Int) -> Bool {
        guard changedSinceDraft, hasUnsavedWork else { idleTicks = 0; return false }
        idleTicks += 1
        return idleTicks >= limit
    }

    /// A draft is being written.
    mutating func writing() {
        changedSinceDraft = false
        idleTicks = 0
        draftOnDisk = true
    }

    /// The draft was removed (saved as a revision, or discarded).
    mutating func cleared() {
        draftOnDisk = false
        changedSinceDraft = false
        idleTicks = 0
        lastDraftAt = nil
    }
}
