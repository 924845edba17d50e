import Foundation
import MufakatDomain

/// Draf otomatis: autosaved work in progress (`drafts/<id>.json`), so an interrupted edit can be
/// offered back. A draft is not a revision: it has no history and is removed by a successful save.
public struct Draft<Content: Codable & Sendable>: Sendable {
    public var id: String
    /// The revision the edit started from (nil: a new cooperation).
    public var basedOnRevision: Int?
    public var savedAt: Date
    public var savedBy: Author
    public var content: Content

    public init(id: String, basedOnRevision: Int?, savedAt: Date, savedBy: Author, content: Content) {
        self.id = id; self.basedOnRevision = basedOnRevision; self.savedAt = savedAt; self.savedBy = savedBy; self.content = content
    }
}

struct DraftFile<Content: Codable>: Codable {
    var format: String
    var version: Int
    var id: String
    var basedOnRevision: Int?
    var savedAt: Date
    var savedBy: Author
    var content: Content
}

extension CooperationStore {
    func draftURL(_ id: String) -> URL { root.appendingPathComponent("drafts").appendingPathComponent("\(id).json") }

    /// Autosaves a draft for `id` (atomic; replaces the previous draft).
    public func saveDraft<Content: Codable & Sendable>(_ content: Content, id: String, basedOn: Int?) throws(StoreError) {
        guard Cooperation.isValidID(id) else { throw StoreError.invalidID(itemKind: Cooperation.itemKind, id: id) }
        try requireWritable()
        let file = DraftFile(format: "mufakat-draf", version: 1, id: id, basedOnRevision: basedOn,
                             savedAt: StoreClock.now(), savedBy: options.author, content: content)
        try POSIX.makeFolder(root.appendingPathComponent("drafts"))
        try CooperationStore.writeJSON(file, to: draftURL(id))
    }

    /// The draft for `id` when there is one that is newer than the stored revision (it started
    /// from the current revision, or the cooperation was never saved). A draft left behind by a
    /// save of someone else is still returned, with `basedOnRevision` telling it is behind.
    public func loadDraft<Content: Codable & Sendable>(id: String, as type: Content.Type) throws(StoreError) -> Draft<Content>? {
        guard Cooperation.isValidID(id), let data = try POSIX.readFile(draftURL(id)) else { return nil }
        let file: DraftFile<Content>
        do throws(StoreError) {
            file = try DocumentDecoding.decodePlain(DraftFile<Content>.self, from: data, path: relative(draftURL(id)))
            // The validation gate (issue 20): a draft the editor would trap on is damaged.
            if let c = file.content as? Cooperation, let problem = ValueLimits.problems(in: c).first {
                throw StoreError.damaged(path: relative(draftURL(id)), reason: "kolom 'content.\(problem.path)': \(problem.problem)", quarantinedTo: nil)
            }
        } catch {
            if isReadOnly { throw error }
            let reason: String
            if case let .damaged(_, r, _) = error { reason = r } else { reason = error.description }
            let note = try storeLock.exclusive { () throws(StoreError) -> QuarantineNote in try quarantine.move(draftURL(id), reason: reason) }
            notice(quarantined: [note])
            return nil
        }
        if let stored = try? cooperationFiles.load(id), stored.savedAt > file.savedAt { return nil }
        return Draft(id: file.id, basedOnRevision: file.basedOnRevision, savedAt: file.savedAt, savedBy: file.savedBy, content: file.content)
    }

    /// Removes the draft for `id` (after the person chose to discard it).
    public func discardDraft(id: String) throws(StoreError) {
        guard Cooperation.isValidID(id) else { return }
        try requireWritable()
        try POSIX.removeFile(draftURL(id))
    }

    /// Ids that have a draft.
    public func draftIDs() -> [String] {
        ((try? POSIX.listFolder(root.appendingPathComponent("drafts"))) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }
}

extension Draft: Equatable where Content: Equatable {}
extension Draft: Hashable where Content: Hashable {}
