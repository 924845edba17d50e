#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a file operation was doing when it failed.
public enum IOOperation: String, Sendable, Codable {
    case read, write, rename, remove, createFolder, lock, sync

    var label: String {
        let t = StoreText.current.errors
        return switch self {
        case .read: t.read
        case .write: t.write
        case .rename: t.rename
        case .remove: t.remove
        case .createFolder: t.createFolder
        case .lock: t.lock
        case .sync: t.sync
        }
    }
}

/// Why a save was refused: someone saved the same item after the revision it started from.
public struct ConflictInfo: Sendable, Hashable, Codable {
    /// "kerja sama" or "pemetaan".
    public var itemKind: String
    public var id: String
    /// The revision the refused save started from (nil: it meant to create a new item).
    public var basedOn: Int?
    /// The revision now stored.
    public var current: Int
    public var savedAt: Date
    public var savedBy: Author

    public init(itemKind: String, id: String, basedOn: Int?, current: Int, savedAt: Date, savedBy: Author) {
        self.itemKind = itemKind; self.id = id; self.basedOn = basedOn; self.current = current
        self.savedAt = savedAt; self.savedBy = savedBy
    }
}

/// Every failure of the store, with an Indonesian message that names the file and the fix.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A system call failed; `code` is the errno value.
    case io(operation: IOOperation, path: String, code: Int32)
    case notAFolder(path: String)
    case fileTooLarge(path: String, size: Int, limit: Int)
    case alreadyExists(path: String)
    /// No item with this id.
    case notFound(itemKind: String, id: String)
    case revisionNotFound(itemKind: String, id: String, revision: Int)
    case invalidID(itemKind: String, id: String)
    /// The save started from an older revision than the stored one; nothing was written.
    case conflict(ConflictInfo)
    /// A meeting file changed (or appeared) since the caller read it; nothing was written.
    case meetingChanged(id: String, path: String)
    /// The file could not be read as what it should be; moved to quarantine when `quarantinedTo` is set.
    case damaged(path: String, reason: String, quarantinedTo: String?)
    /// Written by a newer Mufakat; it is left untouched.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The store was opened read-only; `reason` says why.
    case readOnly(reason: String)
    /// Another person or process holds the edit lock.
    case locked(LockHolder)
    /// Input given by the user (an import file, a bundle) cannot be used.
    case invalidInput(path: String, problem: String)

    public var description: String {
        switch self {
        case let .io(operation, path, code):
            return StoreError.ioMessage(operation: operation, path: path, code: code)
        case let .notAFolder(path):
            return StoreText.current.errors.notAFolder(path)
        case let .fileTooLarge(path, size, limit):
            return StoreText.current.errors.fileTooLarge(path, size, limit)
        case let .alreadyExists(path):
            return StoreText.current.errors.alreadyExists(path)
        case let .notFound(kind, id):
            return StoreText.current.errors.notFound(kind, id)
        case let .revisionNotFound(kind, id, revision):
            return StoreText.current.errors.revisionNotFound(kind.capitalizedFirst, id, revision)
        case let .invalidID(kind, id):
            return StoreText.current.errors.invalidID(kind, id)
        case let .conflict(info) where info.basedOn == nil:
            // Two processes creating the same new id: whoever comes second gets this one
            // message, whatever the timing (issue 20).
            return StoreText.current.errors.idTaken(info.itemKind, info.id, info.savedBy.description, StoreClock.display(info.savedAt), info.current)
        case let .conflict(info):
            let base = info.basedOn.map { StoreText.current.errors.revision($0) } ?? StoreText.current.errors.notYetExisting
            return StoreText.current.errors.conflict(info.itemKind, info.id, info.savedBy.description, StoreClock.display(info.savedAt), info.current, base)
        case let .meetingChanged(id, path):
            return StoreText.current.errors.meetingChanged(id, path)
        case let .damaged(path, reason, quarantinedTo):
            var text = StoreText.current.errors.damaged(path, reason)
            if let quarantinedTo { text += StoreText.current.errors.quarantined(quarantinedTo) }
            return text
        case let .newerVersion(path, found, supported):
            return StoreText.current.errors.newerVersion(path, found, supported)
        case let .readOnly(reason):
            return StoreText.current.errors.readOnly(reason)
        case let .locked(holder):
            return StoreText.current.errors.locked(holder.id, holder.description, holder.user)
        case let .invalidInput(path, problem):
            return StoreText.current.errors.invalidInput(path, problem)
        }
    }

    /// Message for a failed system call: a read-only folder and a full disk get their own words.
    static func ioMessage(operation: IOOperation, path: String, code: Int32) -> String {
        switch code {
        case EACCES, EPERM:
            return StoreText.current.errors.noPermission(operation.label, path)
        case EROFS:
            return StoreText.current.errors.readOnlyFolder(path)
        case ENOSPC, EDQUOT, EFBIG:
            return StoreText.current.errors.diskFull(operation.label, path)
        case ENOENT:
            return StoreText.current.errors.missing(path, operation.label)
        case ENOTDIR:
            return StoreText.current.errors.notADirectory(path)
        case ELOOP:
            return StoreText.current.errors.symlink(path)
        default:
            let reason = String(cString: strerror(code))
            return StoreText.current.errors.failed(operation.label, path, reason, code)
        }
    }

    /// The cause alone, without advice about whether anything was saved: for warnings after
    /// a save's commit point, where "belum tersimpan" would be false.
    public var cause: String {
        if case let .io(operation, path, code) = self {
            return StoreText.current.errors.cause(operation.label, path, String(cString: strerror(code)), code)
        }
        return description
    }

    /// Whether this is a read-only folder or a full disk (the save can be retried later).
    public var isEnvironmentProblem: Bool {
        if case let .io(_, _, code) = self {
            return [EACCES, EPERM, EROFS, ENOSPC, EDQUOT, EFBIG].contains(code)
        }
        return false
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
