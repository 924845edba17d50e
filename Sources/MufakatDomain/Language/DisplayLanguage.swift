import Foundation
import Synchronization

/// Bahasa antarmuka: the language of every screen, message and help text. Indonesian by default;
/// English with `--lang en`, `MUFAKAT_LANG=en`, or a `LANG` of `en_*`. Official documents and their
/// file names stay Indonesian whatever is chosen.
///
/// It lives in the Domain, the lowest layer with words for users, so every catalogue (the rulebook's
/// labels, the services' messages, the app's `AppText`, the CLI's help) follows one choice.
public enum DisplayLanguage: String, Sendable, CaseIterable {
    case indonesian = "id"
    case english = "en"

    /// `--lang` first, then `MUFAKAT_LANG`, then `LANG`; Indonesian when none says English.
    /// The variables `resolve` reads.
    public static let environmentNames = ["MUFAKAT_LANG", "LANG"]

    public static func resolve(flag: String?, environment: [String: String]) -> DisplayLanguage {
        for value in [flag, environment["MUFAKAT_LANG"]] {
            if let v = value?.lowercased(), !v.isEmpty { return v.hasPrefix("en") ? .english : .indonesian }
        }
        return (environment["LANG"] ?? "").lowercased().hasPrefix("en_") ? .english : .indonesian
    }

    private static let stored = Atomic<UInt8>(0)

    /// A language for the current task only: tests render a screen in English this way without
    /// changing the process-wide choice other tests see.
    @TaskLocal public static var override: DisplayLanguage?

    /// The language in use: the task's override, else the process-wide choice. Lock-free, so hot
    /// paths (one read per drawn row) may read it freely.
    public static var current: DisplayLanguage {
        get {
            if let override { return override }
            return stored.load(ordering: .relaxed) == 1 ? .english : .indonesian
        }
        set { stored.store(newValue == .english ? 1 : 0, ordering: .relaxed) }
    }

    /// Picks the text for the language in use: `DisplayLanguage.pick(id: "Simpan", en: "Save")`.
    @inlinable public static func pick<T>(id: T, en: T) -> T { current == .english ? en : id }

    /// A rulebook interface text in the language in use: its English (`…_en` key) when English is
    /// chosen and the rulebook has one, else the Indonesian (`rulebook check` reports a missing English).
    @inlinable public static func text(_ indonesian: String, _ english: String?) -> String {
        current == .english ? (english ?? indonesian) : indonesian
    }
}
