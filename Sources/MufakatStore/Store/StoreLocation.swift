import Foundation

/// Where the store lives: `--store`, else `MUFAKAT_STORE`, else `$XDG_DATA_HOME/mufakat`,
/// else `~/.local/share/mufakat`.
public enum StoreLocation {
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let flag, !flag.isEmpty { return URL(fileURLWithPath: flag) }
        if let env = environment["MUFAKAT_STORE"], !env.isEmpty { return URL(fileURLWithPath: env) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("mufakat")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/mufakat")
    }
}
