import Foundation
import MufakatDomain

/// Pemetaan urusan: region mappings (`mappings/<region>.json`), with the same revisions,
/// hash chain and conflict rule as cooperations (history in `mapping-history/<region>/`).
extension CooperationStore {
    /// Region codes that have a mapping, sorted.
    public func mappingRegionCodes() throws(StoreError) -> [String] { try mappingFiles.keys() }

    /// Every stored mapping (damaged files are quarantined and reported through `takeNotices()`;
    /// files of a newer Mufakat are skipped with a notice).
    ///
    /// A mapping whose file has the stamp recorded in `mappings.bin` is taken from there without
    /// decoding its file (`MappingCache`); the others are decoded, and a writable store then
    /// rewrites the cache.
    public func listMappings() throws(StoreError) -> [StoredMapping] {
        var out: [StoredMapping] = []
        let keys = try mappingFiles.keys()
        let cached = keys.isEmpty ? nil : MappingCache.read(root: root)
        var records: [MappingCache.Record] = []
        records.reserveCapacity(keys.count)
        var hits = 0, added = 0
        defer {
            // Rewritten when a record was added or one of the cache's records no longer holds.
            if (added > 0 || hits != cached?.records.count ?? 0) && !isReadOnly { MappingCache.write(records, root: root) }
        }
        for code in keys {
            let path = mappingFiles.currentURL(code).path
            let before = MappingCache.stamp(atPath: path)
            if let cached, let hit = cached.records[code], MappingCache.holds(hit, now: before, writtenAt: cached.writtenAt) {
                out.append(hit.stored)
                records.append(hit)
                hits += 1
                continue
            }
            do throws(StoreError) {
                let stored = try loadRepairing(mappingFiles, key: code)
                out.append(stored)
                // Kept only when the file did not change while it was read.
                if let before, MappingCache.stamp(atPath: path) == before {
                    records.append(MappingCache.Record(key: code, stamp: before, stored: stored))
                    added += 1
                }
            } catch {
                switch error {
                case .notFound: continue
                case .damaged(_, _, quarantinedTo: .some): continue
                case .newerVersion: notice(StoreNotice(kind: .newerVersion, message: error.description))
                default: notice(StoreNotice(kind: .quarantined, message: error.description))
                }
            }
        }
        return out
    }

    public func containsMapping(regionCode: String) -> Bool {
        RegionMapping.isValidKey(regionCode) && POSIX.exists(mappingFiles.currentURL(regionCode))
    }

    /// The current revision of a region's mapping.
    public func loadMapping(regionCode: String) throws(StoreError) -> StoredMapping {
        try loadRepairing(mappingFiles, key: regionCode)
    }

    /// Saves a mapping as a new revision; `basedOn` as for cooperations (nil: a new mapping).
    @discardableResult
    public func saveMapping(_ mapping: RegionMapping, basedOn: Int?) throws(StoreError) -> RevisionInfo {
        try saveMapping(mapping, basedOn: basedOn, restoredFrom: nil)
    }

    func saveMapping(_ mapping: RegionMapping, basedOn: Int?, restoredFrom: Int?) throws(StoreError) -> RevisionInfo {
        var notes: [QuarantineNote] = []
        var repairs: [RevisionedCollection<RegionMapping>.Repair] = []
        var warnings: [String] = []
        defer {
            notice(quarantined: notes); notice(repairs: repairs)
            for w in warnings { notice(StoreNotice(kind: .warning, message: w)) }
        }
        return try writing { () throws(StoreError) -> RevisionInfo in
            try mappingFiles.save(mapping, basedOn: basedOn, author: options.author, restoredFrom: restoredFrom,
                                  pause: pauseHook(), notes: &notes, repairs: &repairs, warnings: &warnings).info
        }
    }

    public func mappingHistory(regionCode: String) throws(StoreError) -> [RevisionInfo] {
        try mappingFiles.history(regionCode)
    }

    public func mappingRevision(regionCode: String, number: Int) throws(StoreError) -> StoredMapping {
        try mappingFiles.revision(regionCode, number)
    }

    /// A new mapping revision equal to revision `number`.
    @discardableResult
    public func restoreMapping(regionCode: String, revision number: Int, basedOn: Int? = nil) throws(StoreError) -> RevisionInfo {
        let old = try mappingRevision(regionCode: regionCode, number: number)
        let base: Int
        if let basedOn { base = basedOn } else { base = try loadMapping(regionCode: regionCode).revision }
        return try saveMapping(old.mapping, basedOn: base, restoredFrom: number)
    }
}
