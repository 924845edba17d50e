import Foundation
import MufakatStore

/// Keadaan sinkronisasi: what this machine remembers about its syncs, in
/// `<store>/.git/mufakat/sync.json` (inside git's own folder, so it never travels): the branch,
/// the last sync and the conflicts waiting for a decision.
public struct SyncState: Codable, Sendable, Equatable {
    public var version = 1
    public var branch: String
    public var remote: String
    public var lastSync: Date?
    /// "terkirim", "menunggu-jaringan", "konflik" ...: the outcome of the last sync, for the status line.
    public var lastOutcome: String?
    public var conflicts: [SyncConflict] = []

    public init(branch: String, remote: String) { self.branch = branch; self.remote = remote }

    static func url(_ root: URL) -> URL { root.appendingPathComponent(".git/mufakat/sync.json") }

    static func load(_ root: URL) -> SyncState? {
        guard let data = try? Data(contentsOf: url(root)) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(SyncState.self, from: data)
    }

    func save(_ root: URL) throws(SyncError) {
        let url = SyncState.url(root)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            try AtomicFile.write(try encoder.encode(self), to: url)
        } catch {
            throw SyncError.store(ServiceText.current.sync.stateNotSaved(url.path, "\(error)"))
        }
    }
}

/// Konflik sinkronisasi: the same cooperation (or mapping) saved in two places from the same
/// revision. A revision already on the remote keeps its number; the other one is kept in history
/// under a side name (`000004-1a2b3c4d.json`) and waits here for the officer's answer: mine or
/// theirs (both stay in history either way).
public struct SyncConflict: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case cooperation = "kerja-sama", mapping = "pemetaan" }
    public var kind: Kind
    public var id: String
    /// The newest revision saved here, and the newest one that came in.
    public var ourRevision: Int
    public var theirRevision: Int
    /// Store path of the side that lost its number ("history/ks-1/000004-1a2b3c4d.json").
    public var sideFile: String
    /// Whether `sideFile` holds our revision (theirs was on the remote first) or theirs.
    public var sideIsOurs: Bool
    /// "commit 1a2b3c4 Budi <...>, 2026-05-01": who brought theirs.
    public var broughtBy: String
    public var detectedAt: Date
}
