#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

extension CooperationStore {
    /// Saves many region mappings at once (a facilitator importing a national meeting's bundles):
    /// one lock, each file written atomically with the usual revision, hash chain and conflict
    /// rule, but one flush at the end instead of one per file. Stops at the first refused save;
    /// the ones before it stay saved.
    @discardableResult
    public func saveMappings(_ batch: [(mapping: RegionMapping, basedOn: Int?)]) throws(StoreError) -> [RevisionInfo] {
        guard !batch.isEmpty else { return [] }
        var notes: [QuarantineNote] = []
        var repairs: [RevisionedCollection<RegionMapping>.Repair] = []
        defer { notice(quarantined: notes); notice(repairs: repairs) }
        return try writing { () throws(StoreError) -> [RevisionInfo] in
            var out: [RevisionInfo] = []
            defer {
                sync()
                POSIX.syncFolder(mappingFiles.currentFolder)
                POSIX.syncFolder(mappingFiles.historyRoot)
            }
            for item in batch {
                out.append(try mappingFiles.save(item.mapping, basedOn: item.basedOn, author: options.author, durability: .deferred,
                                                 pause: pauseHook(), notes: &notes, repairs: &repairs).info)
            }
            return out
        }
    }
}
