import Crypto
import Foundation
import MufakatDomain
import MufakatStore

/// The two versions of a cooperation a sync left in conflict, with their common base, so the
/// screens and `sync resolve --merge` can merge them field by field (`CooperationMerge`).
public struct SyncConflictVersions: Sendable, Equatable {
    public var id: String
    /// The last revision both sides had; nil when it cannot be found.
    public var base: Cooperation?
    public var mine: Cooperation
    public var theirs: Cooperation
    /// The revision number their side carries.
    public var theirRevision: Int
    /// "commit 1a2b3c4 Budi <...>, 2026-05-01".
    public var broughtBy: String

    public init(id: String, base: Cooperation?, mine: Cooperation, theirs: Cooperation, theirRevision: Int, broughtBy: String) {
        self.id = id; self.base = base; self.mine = mine; self.theirs = theirs; self.theirRevision = theirRevision; self.broughtBy = broughtBy
    }
}

extension SyncService {
    /// Ids of the cooperations waiting for a decision after a sync.
    public var conflictedCooperationIDs: Set<String> {
        Set((state?.conflicts ?? []).filter { $0.kind == .cooperation }.map(\.id))
    }

    /// Both sides of the conflict on cooperation `id`, and their base: the revision the side
    /// chain starts from (its `previousSHA256` names the exact bytes of that revision).
    public func conflictVersions(id: String) throws(SyncError) -> SyncConflictVersions {
        guard let conflict = state?.conflicts.first(where: { $0.id == id && $0.kind == .cooperation }) else { throw SyncError.noConflict(id: id) }
        let current: StoredCooperation
        do { current = try session.load(id: id) } catch { throw SyncError.store(error.description) }
        let sideURL = root.appendingPathComponent(conflict.sideFile)
        guard let sideData = try? Data(contentsOf: sideURL) else {
            throw SyncError.store(ServiceText.current.sync.sideMissing(conflict.sideFile))
        }
        let side: Cooperation
        do { side = try CooperationFileDecoder.decode(sideData, path: conflict.sideFile).cooperation } catch {
            throw SyncError.store(ServiceText.current.sync.sideUnreadable(conflict.sideFile, "\(error)"))
        }
        let base = baseRevision(id: id, sideData: sideData)
        let (mine, theirs) = conflict.sideIsOurs ? (side, current.cooperation) : (current.cooperation, side)
        return SyncConflictVersions(id: id, base: base, mine: mine, theirs: theirs,
                                    theirRevision: conflict.sideIsOurs ? current.revision : conflict.theirRevision, broughtBy: conflict.broughtBy)
    }

    /// Follows the side chain back to the first revision whose bytes are in the main history.
    func baseRevision(id: String, sideData: Data) -> Cooperation? {
        let folder = root.appendingPathComponent("history/\(id)")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var bySHA: [String: (name: String, data: Data)] = [:]
        for name in files where name.hasSuffix(".json") {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
            bySHA[SHA256.hash(data: data).withUnsafeBytes(HexText.lowercase)] = (name, data)
        }
        var data = sideData
        for _ in 0..<files.count + 1 {
            guard let previous = (try? JSONDecoder().decode(JSONValue.self, from: data))?["previousSHA256"]?.stringValue,
                  let found = bySHA[previous] else { return nil }
            if !found.name.contains("-") {
                return try? CooperationFileDecoder.decode(found.data, path: "history/\(id)/\(found.name)").cooperation
            }
            data = found.data
        }
        return nil
    }

    /// Settles the conflict on `id` with the field-by-field merge: answers only one side changed
    /// keep that side's value; answers both changed are decided by `choices`. Refused, naming
    /// the answers by their labels (`FieldLabel`, from `rulebook` or the bundled one), when one of
    /// those has no choice. The merge is saved as a new revision.
    public func resolveMerging(id: String, choices: [String: CooperationMerge.Side] = [:],
                               rulebook: Rulebook? = nil) throws(SyncError) -> String {
        let versions = try conflictVersions(id: id)
        let result: CooperationMerge.Result
        do { result = try CooperationMerge.merge(base: versions.base, mine: versions.mine, theirs: versions.theirs, choices: choices) } catch {
            throw SyncError.store(error.description)
        }
        let open = result.conflicts.filter { choices[$0.path] == nil }
        if !open.isEmpty {
            throw SyncError.store(Self.bothChangedRefusal(open, in: versions.mine, rulebook: rulebook ?? Rulebook.bundled))
        }
        guard var state else { throw SyncError.notInitialized(store: root.path) }
        let info: RevisionInfo
        do {
            let current = try session.load(id: id)
            info = try session.save(result.cooperation, basedOn: current.revision)
        } catch {
            throw SyncError.store(ServiceText.current.sync.mergeNotSaved(error.description))
        }
        state.conflicts.removeAll { $0.id == id && $0.kind == .cooperation }
        try state.save(root)
        return ServiceText.current.sync.mergeSaved(info.revision, id, result.takenFromTheirs.count, result.keptFromMine.count, result.conflicts.count)
    }

    /// The refusal of a merge with answers both sides changed and no choice given: at most five
    /// answers, each named by its label (never by its path), with both values.
    static func bothChangedRefusal(_ open: [CooperationMerge.Conflict], in mine: Cooperation, rulebook: Rulebook?) -> String {
        let t = ServiceText.current.sync
        let names = open.prefix(5).map {
            t.openAnswer(FieldLabel.label(for: $0.path, in: mine, rulebook: rulebook), $0.mine, $0.theirs)
        }.joined(separator: "; ")
        return t.bothChanged(open.count, names, open.count > 5 ? "; …" : "")
    }
}
