import Foundation
import MufakatDomain

/// Penanda sedang diedit: advisory edit locks (`locks/<id>.json`).
extension CooperationStore {
    /// Marks `id` as being edited by this process. Throws `.locked` with the holder's name and
    /// time when another live process holds it; a lock left by a dead process on this machine
    /// is cleared. Taking a lock this process already holds is fine.
    @discardableResult
    public func lock(id: String) throws(StoreError) -> LockHolder {
        guard Cooperation.isValidID(id) else { throw StoreError.invalidID(itemKind: Cooperation.itemKind, id: id) }
        try requireWritable()
        return try editLocks.acquire(id: id)
    }

    /// Releases this process's lock on `id` (someone else's lock stays).
    public func unlock(id: String) throws(StoreError) {
        guard Cooperation.isValidID(id) else { return }
        try requireWritable()
        try editLocks.release(id: id)
    }

    /// Who is editing `id`, nil when nobody (stale locks are cleared and reported as nil).
    public func lockHolder(id: String) -> LockHolder? {
        guard Cooperation.isValidID(id) else { return nil }
        return editLocks.holder(id: id, clearStale: !isReadOnly)
    }

    /// Removes the lock on `id` whoever holds it (for a lock left on another machine).
    public func breakLock(id: String) throws(StoreError) {
        guard Cooperation.isValidID(id) else { return }
        try requireWritable()
        try editLocks.breakLock(id: id)
    }

    /// Every live edit lock.
    public func activeLocks() -> [LockHolder] { editLocks.all(clearStale: !isReadOnly) }
}
