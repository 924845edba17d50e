import Foundation

/// One step that lifts a document from `fromVersion` to `fromVersion + 1`.
public struct MigrationStep: Sendable {
    public let fromVersion: Int
    /// What changed, for the record (Indonesian, shown by `check-store --verbose`).
    public let summary: String
    public let apply: @Sendable (inout JSONValue) throws -> Void

    public init(fromVersion: Int, summary: String, apply: @escaping @Sendable (inout JSONValue) throws -> Void) {
        self.fromVersion = fromVersion; self.summary = summary; self.apply = apply
    }
}

/// Migrasi: lifts documents written by older versions to the current schema on read. Files are
/// never rewritten by a migration: history stays as it was written (its hashes stay valid) and
/// the next save writes the current version.
///
/// Every schema starts at version 1. When a version 2 comes, add a step `fromVersion: 1` here
/// and keep the version 1 fixtures in Tests/MufakatStoreTests/Fixtures so the path stays tested.
public struct Migrator: Sendable {
    public let currentVersion: Int
    public let steps: [MigrationStep]

    public init(currentVersion: Int, steps: [MigrationStep]) {
        self.currentVersion = currentVersion; self.steps = steps
    }

    /// Cooperation documents (`Cooperation.schemaVersion`). Version 1 is the first and current.
    public static let cooperation = Migrator(currentVersion: Cooperation.currentSchemaVersion, steps: [])
    /// Region mappings (`RegionMapping.schemaVersion`).
    public static let mapping = Migrator(currentVersion: RegionMapping.currentSchemaVersion, steps: [])

    public enum Failure: Error, Sendable, Equatable {
        case newer(found: Int, supported: Int)
        case missingStep(from: Int)
        case stepFailed(from: Int, reason: String)
    }

    /// Applies the steps from `version` up to `currentVersion`, setting `schemaVersion` after each.
    public func migrate(_ value: inout JSONValue, from version: Int) throws(Failure) {
        if version > currentVersion { throw .newer(found: version, supported: currentVersion) }
        var v = version
        while v < currentVersion {
            guard let step = steps.first(where: { $0.fromVersion == v }) else { throw .missingStep(from: v) }
            do { try step.apply(&value) } catch { throw .stepFailed(from: v, reason: "\(error)") }
            v += 1
            value["schemaVersion"] = .int(Int64(v))
        }
    }
}

import MufakatDomain
