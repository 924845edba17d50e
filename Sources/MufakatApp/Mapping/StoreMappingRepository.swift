import Foundation
import MufakatDomain
import MufakatStore

/// The mapping repository of a store folder: mappings through `CooperationStore` (revisions,
/// conflicts, quarantine), meetings as `meetings/<id>.json` written atomically, drafts from
/// matches as new cooperations.
public final class StoreMappingRepository: MappingRepository, @unchecked Sendable {
    public let store: CooperationStore

    public init(store: CooperationStore) { self.store = store }

    var meetingsFolder: URL { store.root.appendingPathComponent("meetings", isDirectory: true) }

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

    public func allMeetings() throws -> [Meeting] {
        let folder = meetingsFolder
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        var out: [Meeting] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let data = try Data(contentsOf: url)
            do {
                let meeting = try JSONDecoder().decode(Meeting.self, from: data)
                if meeting.schemaVersion > Meeting.currentSchemaVersion {
                    throw MappingServiceError.unreadableFile(path: url.path, problem: "ditulis oleh Mufakat yang lebih baru (versi skema \(meeting.schemaVersion)); perbarui Mufakat.")
                }
                out.append(meeting)
            } catch let e as MappingServiceError { throw e } catch {
                throw MappingServiceError.unreadableFile(path: url.path, problem: "data rapat rusak atau bukan JSON rapat (\(error)); perbaiki atau pindahkan berkas ini.")
            }
        }
        return out
    }

    public func saveMeeting(_ meeting: Meeting) throws {
        guard Cooperation.isValidID(meeting.id) else {
            throw MappingServiceError.invalidMeeting(problem: "id rapat '\(meeting.id)' hanya boleh berisi huruf kecil, angka, dan tanda '-'")
        }
        if let reason = store.readOnlyReason { throw StoreError.readOnly(reason: reason) }
        let folder = meetingsFolder
        if !FileManager.default.fileExists(atPath: folder.path) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(meeting)
        data.append(0x0A)
        try AtomicFile.write(data, to: folder.appendingPathComponent("\(meeting.id).json"))
    }

    public func createCooperation(_ cooperation: Cooperation) throws {
        guard !store.contains(id: cooperation.id) else { throw MappingServiceError.cooperationExists(id: cooperation.id) }
        try store.save(cooperation, basedOn: nil)
    }

    public func cooperationExists(id: String) throws -> Bool { store.contains(id: id) }
}
