import Foundation
import MufakatDomain
import MufakatStore

/// The shell's store over `MufakatStore.CooperationStore`: the files in the store folder.
public final class StoreRepository: CooperationRepository, @unchecked Sendable {
    public let store: CooperationStore
    /// Cooperations decoded by `all()`, by id, with the index entry they were read for: the list
    /// is reloaded after every save, and only what changed since is decoded again.
    private var decoded: [String: (revision: Int, fileStamp: Int64, item: StoredItem)] = [:]
    private let decodedLock = NSLock()

    public init(store: CooperationStore) { self.store = store }

    /// Opens (creating when missing) the store in `folder`.
    public static func open(folder: String) throws(RepositoryError) -> StoreRepository {
        do throws(StoreError) {
            return StoreRepository(store: try CooperationStore.open(at: URL(fileURLWithPath: folder)))
        } catch {
            throw .failed(error.description)
        }
    }

    public var location: String { store.root.path }

    static func item(_ stored: StoredCooperation) -> StoredItem {
        StoredItem(cooperation: stored.cooperation, revision: stored.revision, savedAt: stored.savedAt,
                   savedBy: "\(stored.savedBy.user)@\(stored.savedBy.host)")
    }

    static func wrap(_ error: StoreError) -> RepositoryError {
        if case .locked(let h) = error { return .locked(LockInfo(user: h.user, host: h.host, pid: h.pid, since: h.since)) }
        return .failed(error.description)
    }

    public func all() throws(RepositoryError) -> [StoredItem] {
        do throws(StoreError) {
            let entries = try store.list()
            decodedLock.lock(); let known = decoded; decodedLock.unlock()
            var out: [StoredItem] = []
            var now: [String: (revision: Int, fileStamp: Int64, item: StoredItem)] = [:]
            now.reserveCapacity(entries.count)
            for entry in entries {
                if let k = known[entry.id], k.revision == entry.revision, k.fileStamp == entry.fileStamp {
                    out.append(k.item)
                    now[entry.id] = k
                    continue
                }
                // A file that cannot be read is reported by the store's notices; the rest still lists.
                if let stored = try? store.load(id: entry.id) {
                    let item = Self.item(stored)
                    out.append(item)
                    now[entry.id] = (entry.revision, entry.fileStamp, item)
                }
            }
            decodedLock.lock(); decoded = now; decodedLock.unlock()
            return out
        } catch { throw Self.wrap(error) }
    }

    /// The list from the index: no file is decoded, except one whose index line predates
    /// `IndexEntry.progress`, which is read as `all()` reads it.
    public func listing() throws(RepositoryError) -> [ListedCooperation] {
        do throws(StoreError) {
            let entries = try store.list()
            var out: [ListedCooperation] = []
            out.reserveCapacity(entries.count)
            for entry in entries {
                if let listed = ListedCooperation(entry: entry) { out.append(listed); continue }
                // A file that cannot be read is reported by the store's notices; the rest still lists.
                if let stored = try? store.load(id: entry.id) { out.append(ListedCooperation(item: Self.item(stored))) }
            }
            return out
        } catch { throw Self.wrap(error) }
    }

    public func load(id: String) throws(RepositoryError) -> StoredItem {
        do throws(StoreError) { return Self.item(try store.load(id: id)) } catch { throw Self.wrap(error) }
    }

    public func contains(id: String) -> Bool { store.contains(id: id) }

    public func save(_ cooperation: Cooperation, basedOn: Int?) throws(RepositoryError) -> Int {
        do throws(StoreError) {
            return try store.save(cooperation, basedOn: basedOn).revision
        } catch {
            if case .conflict = error, let theirs = try? store.load(id: cooperation.id) {
                throw RepositoryError.conflict(theirs: Self.item(theirs))
            }
            throw Self.wrap(error)
        }
    }

    public func saveDraft(_ cooperation: Cooperation, basedOn: Int?) throws(RepositoryError) {
        do throws(StoreError) { try store.saveDraft(cooperation, id: cooperation.id, basedOn: basedOn) } catch { throw Self.wrap(error) }
    }

    public func loadDraft(id: String) -> DraftRecord? {
        guard let draft = try? store.loadDraft(id: id, as: Cooperation.self) else { return nil }
        return DraftRecord(cooperation: draft.content, basedOnRevision: draft.basedOnRevision, savedAt: draft.savedAt)
    }

    public func discardDraft(id: String) { try? store.discardDraft(id: id) }

    public func draftIDs() -> [String] { store.draftIDs() }

    public func lock(id: String) throws(RepositoryError) {
        do throws(StoreError) { _ = try store.lock(id: id) } catch {
            // A read-only store cannot take locks; editing still works and saves will say why they fail.
            if case .readOnly = error { return }
            throw Self.wrap(error)
        }
    }

    public func unlock(id: String) { try? store.unlock(id: id) }

    public func loadProfile() -> RegionProfile? { (try? store.profile()) ?? nil }

    public func saveProfile(_ profile: RegionProfile) throws(RepositoryError) {
        do throws(StoreError) { try store.saveProfile(profile) } catch { throw Self.wrap(error) }
    }

    public func takeNotices() -> [String] {
        // Rebuilding the index is routine upkeep, not news for the officer.
        var notes = store.takeNotices().filter { $0.kind != .indexRebuilt }.map(\.message)
        if let reason = store.readOnlyReason, !notes.contains(where: { $0.contains(reason) }) { notes.insert("Penyimpanan hanya-baca: \(reason)", at: 0) }
        return notes
    }
}
