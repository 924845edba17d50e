import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Rulebook terkompilasi: a place that keeps rulebooks already parsed, keyed by their exact
/// source text, so a process need not parse the TOML again when it has not changed (issue 19).
/// Whatever it returns must be what a fresh parse of `source` gives; it returns nil for anything
/// it does not hold, holds damaged, stale or from another program version, and it never reports
/// a problem to the user (it is derived data: dropping it only costs a parse).
public protocol CompiledRulebookCache: Sendable {
    func rulebook(forSource source: String) -> Rulebook?
    /// Keeps `rulebook`, parsed from `source` without errors. Failures are ignored.
    func remember(_ rulebook: Rulebook, source: String)
    /// The rulebook parsed from the file whose identity is `file`, nil when not held.
    func rulebook(forFile file: RulebookFileIdentity) -> Rulebook?
    /// Keeps `rulebook`, parsed without errors from the file whose identity is `file`.
    func remember(_ rulebook: Rulebook, file: RulebookFileIdentity)
}

extension CompiledRulebookCache {
    public func rulebook(forFile file: RulebookFileIdentity) -> Rulebook? { nil }
    public func remember(_ rulebook: Rulebook, file: RulebookFileIdentity) {}
}

/// Identitas berkas buku aturan: what tells one version of a rulebook file from another without
/// reading it: its path, device, inode, size and the times of its last change (to the
/// nanosecond). Writing the file in any way changes its status-change time, which no user can
/// set back, so a changed file never has the identity of the one before (issue 19: reading and
/// hashing the 100 KB bundled rulebook to find its compiled form was a fifth of loading it).
public struct RulebookFileIdentity: Sendable, Hashable {
    public let key: String

    /// The identity of the file at `path`, nil when it cannot be read.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        key = "\(path)\n\(status.st_dev) \(status.st_ino) \(status.st_size) "
            + "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ctim.tv_sec).\(status.st_ctim.tv_nsec)"
    }
}

extension RulebookLoader {
    /// The compiled cache every parse consults, installed once by the program at start-up
    /// (before the first rulebook is loaded); nil (the default, and in tests) parses every time.
    public static var compiledCache: (any CompiledRulebookCache)? {
        get { CompiledCacheSlot.shared.get() }
        set { CompiledCacheSlot.shared.set(newValue) }
    }
}

/// The process-wide slot of `RulebookLoader.compiledCache`.
final class CompiledCacheSlot: @unchecked Sendable {
    static let shared = CompiledCacheSlot()
    private let lock = NSLock()
    private var cache: (any CompiledRulebookCache)?
    func get() -> (any CompiledRulebookCache)? { lock.lock(); defer { lock.unlock() }; return cache }
    func set(_ value: (any CompiledRulebookCache)?) { lock.lock(); cache = value; lock.unlock() }
}
