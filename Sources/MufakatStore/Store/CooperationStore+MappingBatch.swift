import Foundation
import MufakatDomain

extension CooperationStore {
    /// Saves many region mappings at once (a facilitator importing a national meeting's bundles):
    /// one lock, each mapping with the usual revision, hash chain and conflict rule, written by
    /// `MappingBatchWriter` with one flush of the file system for the whole batch instead of an
    /// fsync per file and folder. Stops at the first refused save; the ones before it stay saved.
    @discardableResult
    public func saveMappings(_ batch: [(mapping: RegionMapping, basedOn: Int?)]) throws(StoreError) -> [RevisionInfo] {
        guard !batch.isEmpty else { return [] }
        // A region twice in one batch: one after the other, each based on the one before.
        if Set(batch.map(\.mapping.regionCode)).count != batch.count {
            var out: [RevisionInfo] = []
            for item in batch { out.append(try saveMapping(item.mapping, basedOn: item.basedOn)) }
            return out
        }
        var notes: [QuarantineNote] = []
        var repairs: [RevisionedCollection<RegionMapping>.Repair] = []
        var warnings: [String] = []
        defer {
            notice(quarantined: notes); notice(repairs: repairs)
            for w in warnings { notice(StoreNotice(kind: .warning, message: w)) }
        }
        return try writing { () throws(StoreError) -> [RevisionInfo] in
            try MappingBatchWriter(store: self).run(batch, notes: &notes, repairs: &repairs, warnings: &warnings)
        }
    }
}
