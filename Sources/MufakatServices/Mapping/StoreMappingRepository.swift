import Foundation
import MufakatDomain
import MufakatStore

/// The mapping repository of a store folder: mappings through `CooperationStore` (revisions,
/// conflicts, quarantine), meetings (`meetings/<id>.json`, see `CooperationStore.saveMeeting`), drafts from
/// matches as new cooperations.
public final class StoreMappingRepository: MappingRepository, @unchecked Sendable {
    public let store: CooperationStore

    public init(store: CooperationStore) { self.store = store }

    public func allMappings() throws -> [VersionedMapping] {
        try store.listMappings().map { VersionedMapping(mapping: $0.mapping, revision: $0.revision) }
    }

    public func mapping(regionCode: String) throws -> VersionedMapping? {
        guard store.containsMapping(regionCode: regionCode) else { return nil }
        let stored = try store.loadMapping(regionCode: regionCode)
        return VersionedMapping(mapping: stored.mapping, revision: stored.revision)
    }

    public func saveMapping(_ mapping: RegionMapping, basedOn: Int?) throws {
        try store.saveMapping(mapping, basedOn: basedOn)
    }

    public func saveMappings(_ batch: [(mapping: RegionMapping, basedOn: Int?)]) throws {
        try store.saveMappings(batch)
    }

    public func allMeetings() throws -> [Meeting] { try store.listMeetings() }

    public func saveMeeting(_ meeting: Meeting, basedOn previous: Meeting?) throws { try store.saveMeeting(meeting, basedOn: previous) }

    public func createCooperation(_ cooperation: Cooperation) throws {
        guard !store.contains(id: cooperation.id) else { throw MappingServiceError.cooperationExists(id: cooperation.id) }
        try store.save(cooperation, basedOn: nil)
    }

    public func cooperationExists(id: String) throws -> Bool { store.contains(id: id) }

    public func saveMappingDraft(_ mapping: RegionMapping, basedOn: Int?) throws {
        try store.saveMappingDraft(mapping, basedOn: basedOn)
    }

    public func mappingDraft(regionCode: String) throws -> MappingDraftRecord? {
        guard let draft = try store.loadMappingDraft(regionCode: regionCode) else { return nil }
        return MappingDraftRecord(mapping: draft.content, basedOnRevision: draft.basedOnRevision, savedAt: draft.savedAt,
                                  savedBy: "\(draft.savedBy.user)@\(draft.savedBy.host)")
    }

    public func discardMappingDraft(regionCode: String) throws { try store.discardMappingDraft(regionCode: regionCode) }

    public func mappingRevisions(regionCode: String) throws -> [(revision: Int, savedAt: Date, mapping: RegionMapping)] {
        guard store.containsMapping(regionCode: regionCode) else { return [] }
        return try store.mappingHistory(regionCode: regionCode).map { info in
            (info.revision, info.savedAt, try store.mappingRevision(regionCode: regionCode, number: info.revision).mapping)
        }
    }
}
