import Foundation
import MufakatDomain

/// Where the store lives: `--store`, else `MUFAKAT_STORE`, else `$XDG_DATA_HOME/mufakat`,
/// else `~/.local/share/mufakat`.
public enum StoreLocation {
    /// The variables `locate` and `resolve` read.
    public static let environmentNames = ["MUFAKAT_STORE", "XDG_DATA_HOME", "HOME"]

    /// Like `resolve`, but an explicitly empty `--store ''` or `MUFAKAT_STORE=''` is an error
    /// instead of silently meaning the home store (issue 20). The CLI and the launcher should
    /// call this one.
    public static func locate(flag: String?, environment: [String: String] = ProcessEnvironment.values(environmentNames)) throws(StoreError) -> URL {
        if let flag, isBlank(flag) {
            throw StoreError.invalidInput(path: "--store", problem: StoreText.current.opening.storePathEmpty)
        }
        if flag == nil, let env = environment["MUFAKAT_STORE"], isBlank(env) {
            throw StoreError.invalidInput(path: "MUFAKAT_STORE", problem: StoreText.current.opening.storeVariableEmpty)
        }
        return resolve(flag: flag, environment: environment)
    }

    /// `text.trimmedWhitespace().isEmpty`: decided on the bytes when they settle
    /// it (an ASCII letter is never trimmed; ASCII spaces and tabs are, nothing else in ASCII is),
    /// by Foundation only for text with other characters (issue 19: Foundation's trimming cost a
    /// DOCX export 0.15 ms of first-use type look-ups, for an answer almost always "no").
    static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return text.trimmedWhitespace().isEmpty }
            if byte != 0x20 && byte != 0x09 { return false }
        }
        return true
    }

    public static func resolve(flag: String?, environment: [String: String] = ProcessEnvironment.values(environmentNames)) -> URL {
        if let flag, !flag.isEmpty { return URL(fileURLWithPath: flag) }
        if let env = environment["MUFAKAT_STORE"], !env.isEmpty { return URL(fileURLWithPath: env) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("mufakat")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/mufakat")
    }
}
