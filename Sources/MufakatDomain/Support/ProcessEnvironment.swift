import Foundation

/// Named environment variables read one by one with `getenv`. `ProcessInfo.environment` builds
/// a dictionary of every variable on each call; a command read it four times before doing
/// anything (language, store, rulebook cache, a test hook): 4 % of `mufakat list` in a profile,
/// with the first use of that dictionary type (issue 19).
public enum ProcessEnvironment {
    /// The variable's value, nil when it is not set.
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The variables among `names` that are set, for the functions that take an environment
    /// dictionary (`StoreLocation.resolve`, `DisplayLanguage.resolve`): the same answers as the
    /// whole environment for the names they read.
    public static func values(_ names: [String]) -> [String: String] {
        var out: [String: String] = [:]
        for name in names { if let v = value(name) { out[name] = v } }
        return out
    }
}
