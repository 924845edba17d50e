import Foundation
import MufakatDomain
import MufakatServices

/// A repository in memory, for tests and previews.
public final class InMemoryMappingRepository: MappingRepository, @unchecked Sendable {
    private var mappings: [String: VersionedMapping] = [:]
    private var meetings: [String: Meeting] = [:]
    private var drafts: [String: MappingDraftRecord] = [:]
    public private(set) var cooperations: [String: Cooperation] = [:]
    private let lock = NSLockShim()

    public init(mappings: [RegionMapping] = [], meetings: [Meeting] = []) {
        for m in mappings { self.mappings[m.regionCode] = VersionedMapping(mapping: m, revision: 1) }
        for m in meetings { self.meetings[m.id] = m }
    }

    public func allMappings() throws -> [VersionedMapping] {
        lock.locked { mappings.values.sorted { $0.mapping.regionCode < $1.mapping.regionCode } }
    }
    public func mapping(regionCode: String) throws -> VersionedMapping? { lock.locked { mappings[regionCode] } }
    public func saveMapping(_ mapping: RegionMapping, basedOn: Int?) throws {
        try lock.locked {
            let current = mappings[mapping.regionCode]?.revision
            guard current == basedOn else { throw MappingServiceError.storeConflict(regionCode: mapping.regionCode) }
            mappings[mapping.regionCode] = VersionedMapping(mapping: mapping, revision: (current ?? 0) + 1)
        }
    }
    public func allMeetings() throws -> [Meeting] { lock.locked { meetings.values.sorted { $0.id < $1.id } } }
    public func saveMeeting(_ meeting: Meeting, basedOn previous: Meeting?) throws {
        try lock.locked {
            guard meetings[meeting.id] == previous else { throw MappingServiceError.meetingChanged(id: meeting.id) }
            meetings[meeting.id] = meeting
        }
    }
    public func createCooperation(_ cooperation: Cooperation) throws {
        try lock.locked {
            guard cooperations[cooperation.id] == nil else { throw MappingServiceError.cooperationExists(id: cooperation.id) }
            cooperations[cooperation.id] = cooperation
        }
    }
    public func cooperationExists(id: String) throws -> Bool { lock.locked { cooperations[id] != nil } }
    public func saveMappingDraft(_ mapping: RegionMapping, basedOn: Int?) throws {
        lock.locked { drafts[mapping.regionCode] = MappingDraftRecord(mapping: mapping, basedOnRevision: basedOn, savedAt: Date(), savedBy: "petugas@uji") }
    }
    public func mappingDraft(regionCode: String) throws -> MappingDraftRecord? { lock.locked { drafts[regionCode] } }
    public func discardMappingDraft(regionCode: String) throws { lock.locked { drafts[regionCode] = nil } }
}

