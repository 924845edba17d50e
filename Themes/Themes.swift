import Foundation

/// The theme files shipped with Mufakat (`Themes/themes/*.toml`), read by name.
public enum BundledThemes {
    /// Names of the shipped themes, sorted.
    public static var names: [String] {
        guard let dir = Bundle.module.url(forResource: "themes", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The TOML text of a shipped theme, or nil when there is none of that name.
    public static func source(named name: String) -> String? {
        guard let url = Bundle.module.url(forResource: "themes/\(name)", withExtension: "toml") else {
            guard let dir = Bundle.module.url(forResource: "themes", withExtension: nil) else { return nil }
            return try? String(contentsOf: dir.appendingPathComponent("\(name).toml"), encoding: .utf8)
        }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
