import Foundation

/// Galat sinkronisasi: why a sync could not start or finish, in words an officer can act on.
public enum SyncError: Error, Sendable, CustomStringConvertible {
    case gitMissing
    case notInitialized(store: String)
    case noRegion
    case invalidBranch(String)
    case foreignRepository(store: String, toplevel: String)
    case gitFailed(command: String, message: String)
    case noConflict(id: String)
    case store(String)

    public var description: String {
        switch self {
        case .gitMissing:
            return ServiceText.current.sync.gitMissing
        case .notInitialized(let store):
            return ServiceText.current.sync.notInitialized(store)
        case .noRegion:
            return ServiceText.current.sync.noRegion
        case .invalidBranch(let name):
            return ServiceText.current.sync.invalidBranch(name)
        case .foreignRepository(let store, let toplevel):
            return ServiceText.current.sync.foreignRepository(store, toplevel)
        case .gitFailed(let command, let message):
            return ServiceText.current.sync.gitFailed(command, message)
        case .noConflict(let id):
            return ServiceText.current.sync.noConflict(id)
        case .store(let message):
            return message
        }
    }
}
