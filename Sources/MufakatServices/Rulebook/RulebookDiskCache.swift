import Crypto
import Foundation
import MufakatStore
import MufakatDomain

/// Tembolok buku aturan: rulebooks already parsed, kept per user as plain JSON files named by
/// the SHA-256 of the cache format, the program version and the TOML source (issue 19: the
/// rulebook was parsed on every command); the bundled rulebook is also kept under its file's
/// identity (`RulebookFileIdentity`), found without reading or hashing its 100 KB. A file is
/// only ever derived data: damaged, stale or from another version it is ignored without a word
/// and rebuilt by the next parse; deleting the folder is always safe. Written atomically,
/// owner-only, through `OutputFile`.
public struct RulebookDiskCache: CompiledRulebookCache {
    /// Raised when the layout or meaning of a cache file changes; old files are then ignored.
    static let formatVersion = 1
    /// How many cache files stay after a new one is written: the newest, the others by their
    /// last write. Each program version and each changed rulebook makes a new file, so without a
    /// bound the folder would only grow; a pruned rulebook that is used again is parsed again.
    static let keptFiles = 8
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    /// The per-user cache folder: `$MUFAKAT_CACHE`, else `$XDG_CACHE_HOME/mufakat`, else
    /// `~/.cache/mufakat`; nil when `MUFAKAT_CACHE` is set but empty (no cache at all).
    public static func defaultFolder(environment: [String: String] = ProcessEnvironment.values(["MUFAKAT_CACHE", "XDG_CACHE_HOME", "HOME"])) -> URL? {
        if let own = environment["MUFAKAT_CACHE"] {
            return own.isEmpty ? nil : URL(fileURLWithPath: own, isDirectory: true)
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("mufakat", isDirectory: true)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/mufakat", isDirectory: true)
    }

    /// Installs the per-user cache for every rulebook this process parses (the program's start).
    public static func install() {
        guard let folder = defaultFolder() else { return }
        RulebookLoader.compiledCache = RulebookDiskCache(folder: folder)
    }

    /// The file that holds the rulebook parsed from `source`.
    public func url(forSource source: String) -> URL {
        var hash = SHA256()
        // Hashed from the strings' own bytes: `Data(source.utf8)` copied the text through the
        // generic sequence road (issue 19).
        var prefix = "mufakat-rulebook-cache \(Self.formatVersion) \(AppInfo.version)\n"
        prefix.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        var text = source
        text.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        return fileURL(hash)
    }

    /// `rulebook-<hex digest>.json` in the folder.
    private func fileURL(_ hash: SHA256) -> URL {
        let hex = hash.finalize().withUnsafeBytes(HexText.lowercase)
        return folder.appendingPathComponent("rulebook-\(hex).json", isDirectory: false)
    }

    /// The file that holds the rulebook parsed from the file whose identity is `file`.
    public func url(forFile file: RulebookFileIdentity) -> URL {
        var hash = SHA256()
        var key = "mufakat-rulebook-cache-file \(Self.formatVersion) \(AppInfo.version)\n" + file.key
        key.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        return fileURL(hash)
    }

    public func rulebook(forFile file: RulebookFileIdentity) -> Rulebook? {
        read(url(forFile: file))
    }

    public func remember(_ rulebook: Rulebook, file: RulebookFileIdentity) {
        write(rulebook, to: url(forFile: file))
    }

    public func rulebook(forSource source: String) -> Rulebook? {
        read(url(forSource: source))
    }

    private func read(_ file: URL) -> Rulebook? {
        // Read straight into an array and parsed in place (issue 19: through `Data`, the 80 KB
        // were copied twice more before the parse).
        guard let bytes = WholeFile.bytes(atPath: file.path), !bytes.isEmpty else { return nil }
        if let rulebook = try? StrictJSONDecoder.decode(Rulebook.self, fromBytes: bytes) { return rulebook }
        return try? Self.decode(Data(bytes))
    }


    public func remember(_ rulebook: Rulebook, source: String) {
        write(rulebook, to: url(forSource: source))
    }

    private func write(_ rulebook: Rulebook, to target: URL) {
        guard let data = try? Self.encode(rulebook) else { return }
        guard (try? OutputFile.write(data, to: target, createFolder: true)) != nil else { return }
        prune(keeping: target)
    }

    /// Removes the oldest cache files beyond `keptFiles`, never `kept` (the one just written) and
    /// never a file that is not a cache file (the folder may be shared with other programs).
    func prune(keeping kept: URL) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        let others = names.filter { $0.hasPrefix("rulebook-") && $0.hasSuffix(".json") && $0 != kept.lastPathComponent }
        guard others.count >= Self.keptFiles else { return }
        let dated = others.map { name -> (name: String, written: Date) in
            let written = (try? fm.attributesOfItem(atPath: folder.appendingPathComponent(name, isDirectory: false).path)[.modificationDate]) as? Date
            return (name, written ?? .distantPast)
        }
        let oldestFirst = dated.sorted { $0.written != $1.written ? $0.written < $1.written : $0.name < $1.name }
        for old in oldestFirst.prefix(others.count - (Self.keptFiles - 1)) {
            try? fm.removeItem(at: folder.appendingPathComponent(old.name, isDirectory: false))
        }
    }

    static func encode(_ rulebook: Rulebook) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(rulebook)
    }

    /// The strict reader first (the cache is the plain JSON `encode` writes; issue 19, a sixth of
    /// a DOCX export was reading it with `JSONDecoder`), `JSONDecoder` for anything it leaves.
    static func decode(_ data: Data) throws -> Rulebook {
        if let rulebook = try? StrictJSONDecoder.decode(Rulebook.self, from: data) { return rulebook }
        return try JSONDecoder().decode(Rulebook.self, from: data)
    }
}
