import Foundation
import MufakatDocuments
import MufakatDomain
import TerminalUI

/// Writes one document of a cooperation to a file and returns where it went.
public typealias DocumentExporter = @Sendable (Cooperation, DocumentKind, _ format: String, _ folder: URL, ShellContext, RegionProfile?) throws -> URL

/// Marks a stage signed: writes its document, records the fingerprint; returns the cooperation,
/// the file and its SHA-256.
public typealias StageSigner = @Sendable (Cooperation, _ stageID: String, _ folder: URL, ShellContext, RegionProfile?) throws -> (Cooperation, URL, String)

/// Performs the shell's actions against the store and the file system, and reports back with
/// events. The only place of the shell that does I/O.
public final class AppEffects: @unchecked Sendable {
    public private(set) var repository: any CooperationRepository
    public let context: ShellContext
    /// Opens the store in another folder (welcome screen: "buka folder lain").
    let openRepository: @Sendable (String) throws -> any CooperationRepository
    /// Fills a store with example cooperations; returns how many.
    let loadExamples: @Sendable (any CooperationRepository, ShellContext) throws -> Int
    let exporter: DocumentExporter
    let signer: StageSigner?
    /// Where exports go; `<store>/ekspor` by default.
    public var exportFolder: URL
    /// Where region mappings are read and saved; nil: the store of `repository` (see `AppEffects+Mapping`).
    public var mappings: (any MappingRepository)? = nil
    /// The meeting mode's work on the same store (nil where the store keeps no mappings).
    public var meetingEffects: MeetingEffects?

    public init(repository: any CooperationRepository, context: ShellContext,
                openRepository: @escaping @Sendable (String) throws -> any CooperationRepository,
                loadExamples: @escaping @Sendable (any CooperationRepository, ShellContext) throws -> Int,
                exporter: @escaping DocumentExporter, signer: StageSigner? = nil, exportFolder: URL? = nil) {
        self.repository = repository; self.context = context; self.openRepository = openRepository
        self.loadExamples = loadExamples; self.exporter = exporter; self.signer = signer
        self.exportFolder = exportFolder ?? URL(fileURLWithPath: repository.location).appendingPathComponent("ekspor")
        self.meetingEffects = MeetingEffects.standard(for: repository, context: context, exportFolder: self.exportFolder)
    }

    public func perform(_ action: AppAction) -> [Event] {
        [.custom(result(of: action))]
    }

    func result(of action: AppAction) -> AppEvent {
        let repo = repository
        do {
            switch action {
            case .loadMapping, .saveMapping, .rescueMapping, .saveMappingDraft, .discardMappingDraft:
                return mappingResult(of: action)
            case .loadList:
                return .listLoaded(try listState())
            case .saveProfile(let profile):
                try repo.saveProfile(profile)
                return .profileSaved(profile)
            case .loadExamples:
                return .examplesLoaded(count: try loadExamples(repo, context))
            case .openFolder(let path):
                let opened = try openRepository(path)
                repository = opened
                exportFolder = URL(fileURLWithPath: opened.location).appendingPathComponent("ekspor")
                meetingEffects = MeetingEffects.standard(for: opened, context: context, exportFolder: exportFolder)
                return .folderOpened(location: opened.location)
            case .loadForRenewal(let id):
                return .loadedForRenewal(try repo.load(id: id))
            case .open(let id):
                let item = try repo.load(id: id)
                var holder: LockInfo? = nil
                do { try repo.lock(id: id) } catch {
                    if case .locked(let h) = error { holder = h } else { throw error }
                }
                return .opened(item, draft: repo.loadDraft(id: id), lockedBy: holder)
            case .create(var cooperation):
                // Two cooperations may share a title; their ids may not.
                let base = cooperation.id
                var n = 2
                while repo.contains(id: cooperation.id) { cooperation.id = String(base.prefix(60)) + "-\(n)"; n += 1 }
                let revision = try repo.save(cooperation, basedOn: nil)
                try? repo.lock(id: cooperation.id)
                return .created(try repo.load(id: cooperation.id).withRevision(revision))
            case let .save(cooperation, basedOn):
                do {
                    let revision = try repo.save(cooperation, basedOn: basedOn)
                    return .saved(id: cooperation.id, revision: revision)
                } catch {
                    if case .conflict(let theirs) = error { return .saveConflict(mine: cooperation, theirs: theirs) }
                    throw error
                }
            case let .saveDraft(cooperation, basedOn):
                try repo.saveDraft(cooperation, basedOn: basedOn)
                return .draftSaved(id: cooperation.id, at: Date())
            case .discardDraft(let id):
                repo.discardDraft(id: id)
                return .listLoaded(try listState())
            case .unlock(let id):
                repo.unlock(id: id)
                return .listLoaded(try listState())
            case let .export(cooperation, kind, format):
                let url = try exporter(cooperation, kind, format, exportFolder, context, repo.loadProfile())
                return .exported(path: url.path)
            case .meeting(let action):
                guard let meetingEffects else { return .meeting(.failed("Penyimpanan ini tidak dapat memuat pemetaan daerah.")) }
                return .meeting(meetingEffects.result(of: action))
            case let .markSigned(cooperation, stageID, basedOn):
                guard let signer else {
                    // Without a signer the editor's signing data is saved as it is.
                    let revision = try repo.save(cooperation, basedOn: basedOn)
                    return .signed(cooperation, revision: revision, path: "", sha256: "")
                }
                let (signed, url, sha) = try signer(cooperation, stageID, exportFolder, context, repo.loadProfile())
                do {
                    let revision = try repo.save(signed, basedOn: basedOn)
                    return .signed(signed, revision: revision, path: url.path, sha256: sha)
                } catch {
                    if case .conflict(let theirs) = error { return .saveConflict(mine: signed, theirs: theirs) }
                    throw error
                }
            }
        } catch let error as RepositoryError {
            return .failed(error.message)
        } catch {
            return .failed("\(error)")
        }
    }

    func listState() throws(RepositoryError) -> ListState {
        let repo = repository
        let items = try repo.listing()
        let drafts = repo.draftIDs().compactMap { repo.loadDraft(id: $0) }
        let profile = repo.loadProfile()
        // The region the mapping screen would open (profile, store, or the store's only mapping).
        let mappingDraft = mappingRepository.flatMap { m in
            (try? ownRegion(nil, m)).flatMap { $0 }.flatMap { try? m.mappingDraft(regionCode: $0) }
        }
        return ListState(profile: profile, items: items, drafts: drafts, notices: repo.takeNotices(),
                         mappingDraftSavedAt: mappingDraft?.savedAt)
    }
}

extension StoredItem {
    func withRevision(_ revision: Int) -> StoredItem {
        var copy = self
        copy.revision = revision
        return copy
    }
}
