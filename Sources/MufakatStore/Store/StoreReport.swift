import Foundation

/// Hasil pemeriksaan penyimpanan: what `check()` / `mufakat check-store` found.
public struct StoreReport: Sendable, Codable, Hashable {
    /// One problem: which file, what is wrong, what to do.
    public struct Finding: Sendable, Codable, Hashable, CustomStringConvertible {
        /// Path inside the store.
        public var path: String
        public var problem: String
        public var fix: String

        public init(path: String, problem: String, fix: String) {
            self.path = path; self.problem = problem; self.fix = fix
        }

        public var description: String { "\(path): \(problem). \(fix)" }
    }

    public var root: String
    public var cooperations: Int
    public var mappings: Int
    public var revisions: Int
    /// Distinct archived files verified (`files/<sha256>`); nil when the store keeps none.
    public var archivedFiles: Int?
    /// Things that are wrong (exit 1).
    public var findings: [Finding]
    /// What was repaired on the way (interrupted saves completed, stale locks and temp files removed,
    /// the index refreshed): nothing was lost.
    public var repairs: [String]
    /// Worth knowing but not wrong (files of a newer Mufakat, what sits in quarantine).
    public var notes: [String]

    public var isHealthy: Bool { findings.isEmpty }
}
