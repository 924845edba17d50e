import Foundation

/// Rulebook terkompilasi: a place that keeps rulebooks already parsed, keyed by their exact
/// source text, so a process need not parse the TOML again when it has not changed (issue 19).
/// Whatever it returns must be what a fresh parse of `source` gives; it returns nil for anything
/// it does not hold, holds damaged, stale or from another program version, and it never reports
/// a problem to the user (it is derived data: dropping it only costs a parse).
public protocol CompiledRulebookCache: Sendable {
    func rulebook(forSource source: String) -> Rulebook?
    /// Keeps `rulebook`, parsed from `source` without errors. Failures are ignored.
    func remember(_ rulebook: Rulebook, source: String)
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
