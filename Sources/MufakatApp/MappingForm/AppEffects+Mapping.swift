import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

extension AppEffects {
    /// The mapping repository: the one given, else the store behind the cooperation repository.
    var mappingRepository: (any MappingRepository)? {
        if let mappings { return mappings }
        if let store = repository as? StoreSession { return store.mappings }
        return nil
    }

    /// Performs the mapping screen's actions.
    func mappingResult(of action: AppAction) -> AppEvent {
        guard let repo = mappingRepository else {
            return .mappingFailed(txt.storeCannotMap)
        }
        switch action {
        case .loadMapping(let requested):
            do {
                guard let code = try ownRegion(requested, repo) else {
                    return .mappingFailed(txt.profileFirst)
                }
                let stored = try repo.mapping(regionCode: code)
                return .mappingLoaded(regionCode: code, mapping: stored?.mapping, revision: stored?.revision,
                                      draft: offeredDraft(code, stored: stored?.mapping, repo))
            } catch {
                return .mappingFailed(txt.unreadable("\(error)"))
            }
        case let .saveMapping(mapping, basedOn):
            return save(mapping, basedOn: basedOn, repo)
        case let .saveMappingDraft(mapping, basedOn):
            do {
                try repo.saveMappingDraft(mapping, basedOn: basedOn)
                return .mappingDraftSaved(regionCode: mapping.regionCode, at: Date())
            } catch {
                return .mappingFailed(txt.draftNotWritten("\(error)"))
            }
        case .discardMappingDraft(let code):
            try? repo.discardMappingDraft(regionCode: code)
            return .mappingDraftDiscarded(regionCode: code)
        case let .rescueMapping(mapping, basedOn):
            let result = save(mapping, basedOn: basedOn, repo)
            if case .mappingSaved = result { return result }
            // Also as a draft, so the mapping screen offers it back at the next start.
            try? repo.saveMappingDraft(mapping, basedOn: basedOn)
            // The program is being stopped: keep the work in a file rather than lose it.
            do {
                let url = try writeRescue(mapping)
                return .mappingFailed(txt.copyWritten(url.path))
            } catch {
                return .mappingFailed(txt.copyFailed("\(error)"))
            }
        default:
            return .mappingFailed(txt.notAMappingAction)
        }
    }

    /// The region whose mapping the screen shows: the profile's, else the store's own region,
    /// else the only mapping in the store (a demo store without a profile).
    func ownRegion(_ requested: String?, _ repo: any MappingRepository) throws -> String? {
        if let requested { return requested }
        if let store = repository as? StoreSession, let code = store.ownRegionCode { return code }
        let all = try repo.allMappings()
        return all.count == 1 ? all[0].mapping.regionCode : nil
    }

    /// The region's draft when restoring it would change something; a stale one (equal to the
    /// stored mapping) is removed instead.
    private func offeredDraft(_ code: String, stored: RegionMapping?, _ repo: any MappingRepository) -> MappingDraftRecord? {
        guard let draft = try? repo.mappingDraft(regionCode: code) else { return nil }
        if draft.differs(from: stored) { return draft }
        try? repo.discardMappingDraft(regionCode: code)
        return nil
    }

    private func save(_ mapping: RegionMapping, basedOn: Int?, _ repo: any MappingRepository) -> AppEvent {
        do {
            try repo.saveMapping(mapping, basedOn: basedOn)
            // The work is a revision now: its draft has done its job.
            try? repo.discardMappingDraft(regionCode: mapping.regionCode)
            let now = try? repo.mapping(regionCode: mapping.regionCode)
            return .mappingSaved(mapping, revision: now?.revision ?? basedOn.map { $0 + 1 } ?? 1)
        } catch {
            var detail: String? = nil
            if let e = error as? StoreError, case .conflict(let info) = e {
                detail = txt.conflictBy("\(info.savedBy.user)@\(info.savedBy.host)", info.savedAt.shellDisplay)
            } else if let e = error as? MappingServiceError, case .storeConflict = e {
                detail = ""
            }
            if let detail {
                let theirs = try? repo.mapping(regionCode: mapping.regionCode)
                return .mappingConflict(mine: mapping, theirs: theirs?.mapping, revision: theirs?.revision, detail: detail)
            }
            if let e = error as? StoreError { return .mappingFailed(txt.notSaved(e.description)) }
            return .mappingFailed(txt.notSaved("\(error)"))
        }
    }

    /// `<ekspor>/pemetaan-<kode>-belum-disimpan-<waktu>.json`, owner-only.
    private func writeRescue(_ mapping: RegionMapping) throws -> URL {
        try FileManager.default.createDirectory(at: exportFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let stamp = Int(Date().timeIntervalSince1970)
        let url = exportFolder.appendingPathComponent("pemetaan-\(mapping.regionCode)-belum-disimpan-\(stamp).json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(mapping).write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        return url
    }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
