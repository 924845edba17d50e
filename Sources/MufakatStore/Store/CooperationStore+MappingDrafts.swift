import Foundation
import MufakatDomain

/// Draf pemetaan: autosaved work in progress on a region's mapping (`mapping-drafts/<region>.json`),
/// so typing lost to a SIGKILL or a power cut can be offered back. Kept apart from `drafts/`, which
/// holds cooperation drafts only. Like those, it is not a revision: no history, not exported in
/// bundles, removed when the mapping is saved from the screen or the draft is discarded.
extension CooperationStore {
    static let mappingDraftFormat = "mufakat-draf-pemetaan"

    var mappingDraftFolder: URL { root.appendingPathComponent("mapping-drafts") }

    func mappingDraftURL(_ regionCode: String) -> URL { mappingDraftFolder.appendingPathComponent("\(regionCode).json") }

    /// Autosaves a draft of `mapping` (atomic, owner-only; replaces the previous draft of the region).
    /// `basedOn` is the revision the edit started from (nil: the region had no mapping).
    public func saveMappingDraft(_ mapping: RegionMapping, basedOn: Int?) throws(StoreError) {
        let code = mapping.regionCode
        guard RegionMapping.isValidKey(code) else { throw StoreError.invalidID(itemKind: RegionMapping.itemKind, id: code) }
        try requireWritable()
        let file = DraftFile(format: Self.mappingDraftFormat, version: 1, id: code, basedOnRevision: basedOn,
                             savedAt: StoreClock.now(), savedBy: options.author, content: mapping)
        try POSIX.makeFolder(mappingDraftFolder)
        try CooperationStore.writeJSON(file, to: mappingDraftURL(code))
    }

    /// The region's mapping draft, whatever the stored mapping's revision: a draft is only left
    /// behind by work that was never saved (a save from the screen removes it), so it is returned
    /// even when someone saved the mapping since; `basedOnRevision` tells it is behind. A damaged
    /// draft is quarantined (reported through `takeNotices()`) and nil is returned.
    public func loadMappingDraft(regionCode: String) throws(StoreError) -> Draft<RegionMapping>? {
        guard RegionMapping.isValidKey(regionCode) else { return nil }
        let url = mappingDraftURL(regionCode)
        guard let data = try POSIX.readFile(url) else { return nil }
        let file: DraftFile<RegionMapping>
        do throws(StoreError) {
            file = try DocumentDecoding.decodePlain(DraftFile<RegionMapping>.self, from: data, path: relative(url))
            if file.format != Self.mappingDraftFormat {
                throw StoreError.damaged(path: relative(url), reason: "kolom 'format' bernilai '\(file.format)', seharusnya '\(Self.mappingDraftFormat)'", quarantinedTo: nil)
            }
            if let problem = ValueLimits.problems(in: file.content).first {
                throw StoreError.damaged(path: relative(url), reason: "kolom 'content.\(problem.path)': \(problem.problem)", quarantinedTo: nil)
            }
            if file.id != regionCode || file.content.regionCode != regionCode {
                throw StoreError.damaged(path: relative(url), reason: StoreText.current.files.regionCodeMismatch(file.id, regionCode), quarantinedTo: nil)
            }
        } catch {
            if isReadOnly { throw error }
            let reason: String
            if case let .damaged(_, r, _) = error { reason = r } else { reason = error.description }
            let note = try storeLock.exclusive { () throws(StoreError) -> QuarantineNote in try quarantine.move(url, reason: reason) }
            notice(quarantined: [note])
            return nil
        }
        return Draft(id: file.id, basedOnRevision: file.basedOnRevision, savedAt: file.savedAt, savedBy: file.savedBy, content: file.content)
    }

    /// Removes the region's mapping draft (saved from the screen, or discarded on purpose).
    public func discardMappingDraft(regionCode: String) throws(StoreError) {
        guard RegionMapping.isValidKey(regionCode) else { return }
        try requireWritable()
        try POSIX.removeFile(mappingDraftURL(regionCode))
    }

    /// Region codes that have a mapping draft.
    public func mappingDraftRegionCodes() -> [String] {
        ((try? POSIX.listFolder(mappingDraftFolder)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }
}
