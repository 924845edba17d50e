import Foundation
import MufakatDomain

/// Draf pemetaan: a region's mapping as autosaved by the mapping screen, never saved as a revision.
public struct MappingDraftRecord: Sendable, Hashable {
    public var mapping: RegionMapping
    /// The revision the edit started from; nil when the region had no mapping yet.
    public var basedOnRevision: Int?
    public var savedAt: Date
    /// "budi@kantor-bogor": who was typing.
    public var savedBy: String

    public init(mapping: RegionMapping, basedOnRevision: Int?, savedAt: Date, savedBy: String) {
        self.mapping = mapping; self.basedOnRevision = basedOnRevision; self.savedAt = savedAt; self.savedBy = savedBy
    }

    /// Whether restoring it would change anything: the draft differs from `stored` in more than
    /// the date a save stamps (`updatedOn`). A draft equal to the stored mapping is stale.
    public func differs(from stored: RegionMapping?) -> Bool {
        var mine = mapping
        var theirs = stored ?? RegionMapping(regionCode: mapping.regionCode)
        mine.updatedOn = nil
        theirs.updatedOn = nil
        return mine != theirs
    }
}
