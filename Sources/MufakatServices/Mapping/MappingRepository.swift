import Foundation
import MufakatDomain

/// A stored mapping with the revision it was read at (for optimistic concurrency on save).
public struct VersionedMapping: Sendable, Hashable {
    public let mapping: RegionMapping
    /// Store revision; nil when the source keeps no revisions.
    public let revision: Int?

    public init(mapping: RegionMapping, revision: Int?) { self.mapping = mapping; self.revision = revision }
}

/// Where the facilitator's work lives: region mappings, meetings and draft cooperations.
/// The store implements it; tests use `InMemoryMappingRepository`.
public protocol MappingRepository: AnyObject, Sendable {
    func allMappings() throws -> [VersionedMapping]
    func mapping(regionCode: String) throws -> VersionedMapping?
    /// Saves a mapping; `basedOn` is the revision it was read at (nil for a new one).
    func saveMapping(_ mapping: RegionMapping, basedOn: Int?) throws
    /// Saves several mappings together (one flush for a whole import).
    func saveMappings(_ batch: [(mapping: RegionMapping, basedOn: Int?)]) throws
    func allMeetings() throws -> [Meeting]
    /// Saves a meeting; `previous` is how it was read (nil: new). Refused when it changed since.
    func saveMeeting(_ meeting: Meeting, basedOn previous: Meeting?) throws
    /// Saves a new draft cooperation; fails when the id is taken.
    func createCooperation(_ cooperation: Cooperation) throws
    func cooperationExists(id: String) throws -> Bool
    /// Autosaves the mapping screen's unsaved work (not a revision); replaces the region's draft.
    func saveMappingDraft(_ mapping: RegionMapping, basedOn: Int?) throws
    /// The region's autosaved draft, if any.
    func mappingDraft(regionCode: String) throws -> MappingDraftRecord?
    func discardMappingDraft(regionCode: String) throws
    /// Every stored revision of a region's mapping, oldest first, with when it was saved
    /// (empty for sources that keep no history).
    func mappingRevisions(regionCode: String) throws -> [(revision: Int, savedAt: Date, mapping: RegionMapping)]
}

extension MappingRepository {
    /// Sources that keep no drafts (a folder of mapping files) refuse to write one.
    public func saveMappingDraft(_ mapping: RegionMapping, basedOn: Int?) throws {
        throw MappingServiceError.draftsUnsupported
    }
    public func mappingDraft(regionCode: String) throws -> MappingDraftRecord? { nil }
    public func discardMappingDraft(regionCode: String) throws {}
    public func mappingRevisions(regionCode: String) throws -> [(revision: Int, savedAt: Date, mapping: RegionMapping)] { [] }

    public func saveMappings(_ batch: [(mapping: RegionMapping, basedOn: Int?)]) throws {
        for item in batch { try saveMapping(item.mapping, basedOn: item.basedOn) }
    }
}

/// A lock with a closure helper (Foundation's NSLock, named so it reads as intent).
public final class NSLockShim: @unchecked Sendable {
    private let lock = NSLock()
    public init() {}
    public func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body()
    }
}
