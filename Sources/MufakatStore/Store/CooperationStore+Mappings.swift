import Foundation
import MufakatDomain

/// Pemetaan urusan: region mappings (`mappings/<region>.json`), with the same revisions,
/// hash chain and conflict rule as cooperations (history in `mapping-history/<region>/`).
extension CooperationStore {
    /// Region codes that have a mapping, sorted.
    public func mappingRegionCodes() throws(StoreError) -> [String] { try mappingFiles.keys() }

    /// Every stored mapping (damaged files are quarantined and reported through `takeNotices()`;
    /// files of a newer Mufakat are skipped with a notice).
    public func listMappings() throws(StoreError) -> [StoredMapping] {
        var out: [StoredMapping] = []
        for code in try mappingFiles.keys() {
            do throws(StoreError) { out.append(try loadRepairing(mappingFiles, key: code)) } catch {
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
