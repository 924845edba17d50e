import Foundation
import MufakatStore
import Testing
@testable import MufakatDomain
@testable import MufakatServices

/// Issue 19: the rulebook's compiled cache gives exactly what a fresh parse gives, and a damaged,
/// stale or foreign cache file is ignored without a word.
@Suite struct RulebookDiskCacheTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-rbcache-\(UUID().uuidString)")
    var cache: RulebookDiskCache { RulebookDiskCache(folder: folder) }
    let source = RulebookLoader.bundledText()!

    /// The whole decoded value, every section and field, in one comparable form.
    func canonical(_ rulebook: Rulebook) throws -> Data { try RulebookDiskCache.encode(rulebook) }

    func parse(_ text: String) throws -> Rulebook {
        try RulebookLoader.parse(text, file: "rulebook.toml", memo: ParsedRulebookMemo(), compiled: cache)
    }

    @Test func aCachedRulebookEqualsAFreshParse() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = try RulebookLoader.parseUncached(source, file: "rulebook.toml")
        let first = try parse(source)
        #expect(FileManager.default.fileExists(atPath: cache.url(forSource: source).path))
        let fromCache = try #require(cache.rulebook(forSource: source))
        let second = try parse(source)
        #expect(try canonical(fromCache) == canonical(fresh))
        #expect(try canonical(second) == canonical(fresh))
        #expect(try canonical(first) == canonical(fresh))
        // The canonical form is not trivially equal: it carries the clauses and the rules.
        #expect(try canonical(fresh).count > 50_000)
        #expect(fromCache.clauses.count == fresh.clauses.count && !fresh.clauses.isEmpty)
    }

    /// The cache file is read by the strict reader, not handed to `JSONDecoder`, and gives
    /// exactly what `JSONDecoder` gives.
    @Test func theStrictReaderReadsTheCacheAsJSONDecoderDoes() throws {
        let bytes = try canonical(try RulebookLoader.parse(source, file: "rulebook.toml"))
        let strict = try StrictJSONDecoder.decode(Rulebook.self, from: bytes)
        let foundation = try JSONDecoder().decode(Rulebook.self, from: bytes)
        #expect(try canonical(strict) == canonical(foundation))
        #expect(try canonical(RulebookDiskCache.decode(bytes)) == bytes)
    }

    @Test func theCacheIsReadInsteadOfTheTOML() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try parse(source)
        // A cache file that holds another rulebook under this source's name is what comes back:
        // proof that the second parse read the cache (real files are only written by a parse).
        var other = try RulebookLoader.parseUncached(source, file: "rulebook.toml")
        other.meta.name = "dari tembolok"
        try RulebookDiskCache.encode(other).write(to: cache.url(forSource: source))
        #expect(try parse(source).meta.name == "dari tembolok")
    }

    @Test func aDamagedCacheFileIsIgnoredAndRebuilt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = try RulebookLoader.parseUncached(source, file: "rulebook.toml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for damage in [Data(), Data("{\"rulebook\": 1".utf8), Data([0xFF, 0x00, 0x13])] {
            try damage.write(to: cache.url(forSource: source))
            #expect(cache.rulebook(forSource: source) == nil)
            #expect(try canonical(parse(source)) == canonical(fresh))
            let rebuilt = try #require(cache.rulebook(forSource: source))
            #expect(try canonical(rebuilt) == canonical(fresh))
        }
    }

    @Test func anotherSourceOrVersionHasAnotherFile() throws {
        let url = cache.url(forSource: source)
        #expect(url.lastPathComponent.hasPrefix("rulebook-") && url.lastPathComponent.hasSuffix(".json"))
        #expect(url != cache.url(forSource: source + "\n# diubah\n"))
        #expect(url == cache.url(forSource: String(source)))
    }

    @Test func aRulebookWithErrorsIsNeverCached() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = "[rulebook]\nname = \"x\"\n"
        #expect(throws: RulebookError.self) { _ = try parse(broken) }
        #expect(!FileManager.default.fileExists(atPath: cache.url(forSource: broken).path))
    }

    @Test func oldCacheFilesArePrunedAndOtherFilesKept() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Twelve stale cache files (older program versions), oldest first, and a stranger's file.
        let stale = (0..<12).map { folder.appendingPathComponent("rulebook-old\($0).json") }
        for (i, url) in stale.enumerated() {
            try Data("{}".utf8).write(to: url)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000 + Double(i) * 60)],
                                                  ofItemAtPath: url.path)
        }
        let stranger = folder.appendingPathComponent("catatan.txt")
        try Data("milik orang lain".utf8).write(to: stranger)
        _ = try parse(source)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        // The new file, the seven newest stale ones, and the stranger's file.
        #expect(left.filter { $0.hasPrefix("rulebook-") }.count == RulebookDiskCache.keptFiles)
        #expect(left.contains(cache.url(forSource: source).lastPathComponent))
        #expect(left.contains("catatan.txt"))
        #expect(!left.contains("rulebook-old0.json") && !left.contains("rulebook-old4.json"))
        #expect(left.contains("rulebook-old5.json") && left.contains("rulebook-old11.json"))
        // The rulebook still comes from the cache after pruning.
        #expect(cache.rulebook(forSource: source) != nil)
    }

    @Test func theFolderFollowsTheEnvironment() {
        #expect(RulebookDiskCache.defaultFolder(environment: ["MUFAKAT_CACHE": "/x/c", "HOME": "/h"])?.path == "/x/c")
        #expect(RulebookDiskCache.defaultFolder(environment: ["MUFAKAT_CACHE": "", "HOME": "/h"]) == nil)
        #expect(RulebookDiskCache.defaultFolder(environment: ["XDG_CACHE_HOME": "/xdg", "HOME": "/h"])?.path == "/xdg/mufakat")
        #expect(RulebookDiskCache.defaultFolder(environment: ["HOME": "/h"])?.path == "/h/.cache/mufakat")
        #expect(RulebookDiskCache.defaultFolder(environment: [:]) == nil)
    }

    // MARK: The bundled rulebook by its file's identity

    /// The bundled rulebook is found by its file's identity once it was compiled: the second load
    /// reads the identity's file, not the TOML (shown by a different rulebook put there).
    @Test func theBundledRulebookIsFoundByItsFileIdentity() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try #require(BundledData.path("rulebook.toml"))
        let identity = try #require(RulebookFileIdentity(path: path))
        let first = try #require(RulebookLoader.loadBundled(compiled: cache))
        #expect(try canonical(first) == canonical(RulebookLoader.parseUncached(source, file: "rulebook.toml")))
        #expect(FileManager.default.fileExists(atPath: cache.url(forFile: identity).path))
        var other = first
        other.meta.name = "menurut identitas berkas"
        try RulebookDiskCache.encode(other).write(to: cache.url(forFile: identity))
        #expect(RulebookLoader.loadBundled(compiled: cache)?.meta.name == "menurut identitas berkas")
        #expect(RulebookLoader.loadBundled(compiled: nil)?.meta.name == first.meta.name)
    }

    /// Any write to a file changes its identity, even one that keeps its size and puts its
    /// modification time back; another file of the same bytes has another identity.
    @Test func aWrittenFileHasANewIdentity() throws {
        let file = folder.appendingPathComponent("aturan.toml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("a = 1\n".utf8).write(to: file)
        let before = try #require(RulebookFileIdentity(path: file.path))
        let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as! Date
        #expect(RulebookFileIdentity(path: file.path) == before)
        usleep(20_000)
        try Data("a = 2\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        #expect(RulebookFileIdentity(path: file.path) != before)
        let copy = folder.appendingPathComponent("salinan.toml")
        try FileManager.default.copyItem(at: file, to: copy)
        #expect(RulebookFileIdentity(path: copy.path) != RulebookFileIdentity(path: file.path))
        #expect(RulebookFileIdentity(path: folder.path) == nil)
        #expect(RulebookFileIdentity(path: folder.appendingPathComponent("tidak-ada").path) == nil)
    }

    /// A file is read whole into an array by the store's reader; a missing file or a folder is nil.
    @Test func aCacheFileIsReadWhole() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rulebook-x.json")
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: file)
        #expect(WholeFile.bytes(atPath: file.path) == bytes)
        try Data().write(to: file)
        #expect(WholeFile.bytes(atPath: file.path) == [])
        #expect(WholeFile.bytes(atPath: folder.path) == nil)
        #expect(WholeFile.bytes(atPath: folder.appendingPathComponent("tidak-ada").path) == nil)
        #expect(WholeFile.bytes(atPath: file.path, limit: -1) == nil)
    }
}
