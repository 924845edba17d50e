import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Performs the shell's actions against the store and the file system, and reports back with
/// events. The only place of the shell that does I/O.
public final class AppEffects: @unchecked Sendable {
    public private(set) var repository: any CooperationRepository
    public let context: ShellContext
    /// Opens the store in another folder (welcome screen: "buka folder lain").
    let openRepository: @Sendable (String) throws -> any CooperationRepository
    /// Fills a store with example cooperations; returns how many.
    let loadExamples: @Sendable (any CooperationRepository, ShellContext) throws -> Int
    /// Where exports go; `<store>/ekspor` by default.
    public var exportFolder: URL
    /// Where region mappings are read and saved; nil: the store of `repository` (see `AppEffects+Mapping`).
    public var mappings: (any MappingRepository)? = nil
    /// The meeting mode's work on the same store (nil where the store keeps no mappings).
    public var meetingEffects: MeetingEffects?
    /// Whether the list was read once (the first read of a large store shows `HomePreview` first).
    var firstListRead = false
    /// From how many cooperations the first screen is shown from the index before the whole list.
    public var previewFrom = 2_000

    public init(repository: any CooperationRepository, context: ShellContext,
                openRepository: @escaping @Sendable (String) throws -> any CooperationRepository,
                loadExamples: @escaping @Sendable (any CooperationRepository, ShellContext) throws -> Int,
                exportFolder: URL? = nil) {
        self.repository = repository; self.context = context; self.openRepository = openRepository
        self.loadExamples = loadExamples
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
                if !firstListRead {
                    firstListRead = true
                    if let preview = firstScreen() { return .firstScreenLoaded(preview) }
                }
                return .listLoaded(try listState(trustingIndex: true))
            case .verifyList:
                guard let session = repo as? StoreSession, !session.verifyListedFiles() else { return .listVerified }
                return .listLoaded(try listState())
            case .saveProfile(let profile):
                try repo.saveProfile(profile)
                return .profileSaved(profile)
            case .saveProfileWithLogo(let given, let path):
                let profile: RegionProfile
                do { profile = try ProfileLogoReader.profile(given, settingLogo: path, rulebook: context.rulebook) } catch { return .failed(error.description) }
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
            case .archive(let request):
                return archiveResult(of: request)
            case .loadDashboard:
                let dashboard = try DashboardService(rulebook: context.rulebook).dashboard(session: repo, today: context.today)
                keepListingStampsOnly()  // the dashboard read every entry again
                return .dashboardLoaded(dashboard)
            case .sync:
                return .synced(syncOutcome())
            case .loadSyncConflict(let id):
                guard let service = syncService() else { return .failed(AppText.current.shell.notSynchronised) }
                do { return .syncConflictLoaded(try service.conflictVersions(id: id)) } catch { return .failed(error.description) }
            case let .resolveSyncConflict(id, choices):
                guard let service = syncService() else { return .failed(AppText.current.shell.notSynchronised) }
                do { return .syncConflictResolved(try service.resolveMerging(id: id, choices: choices)) } catch { return .failed(error.description) }
            case let .resolveSyncConflictWhole(id, keepMine):
                guard let service = syncService() else { return .failed(AppText.current.shell.notSynchronised) }
                do { return .syncConflictResolved(try service.resolve(id: id, choice: keepMine ? .mine : .theirs)) } catch { return .failed(error.description) }
            case .loadForRenewal(let id):
                return .loadedForRenewal(try repo.load(id: id))
            case .open(let id):
                let item = try repo.load(id: id)
                var holder: LockHolder? = nil
                do { try repo.lock(id: id) } catch {
                    if case .locked(let h) = error { holder = h } else { throw error }
                }
                return .opened(item, draft: repo.loadDraft(id: id), lockedBy: holder)
            case .create(let cooperation):
                let created = try repo.create(cooperation)
                try? repo.lock(id: created.cooperation.id)
                return .created(created)
            case let .save(cooperation, basedOn):
                switch try repo.saveOrConflict(cooperation, basedOn: basedOn) {
                case .saved(let info): return .saved(id: cooperation.id, revision: info.revision)
                case .conflict(let theirs): return .saveConflict(mine: cooperation, theirs: theirs, base: base(of: cooperation.id, basedOn))
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
            case let .export(cooperation, kind, options):
                let (_, url) = try documents().export(cooperation, kind: kind, options: options, folder: exportFolder)
                return .exported(path: url.path)
            case let .exportTo(cooperation, kind, settings):
                let (_, url) = try documents().export(cooperation, kind: kind, options: settings.options,
                                                      folder: URL(fileURLWithPath: settings.folder))
                // Remembered once the export worked: a mistyped folder is not offered again.
                try? (repo as? StoreSession)?.rememberExport(settings)  // a read-only store exports but remembers nothing
                return .exported(path: url.path)
            case .meeting(let action):
                guard let meetingEffects else { return .meeting(.failed(AppText.current.shell.cannotLoadMappings)) }
                return .meeting(meetingEffects.result(of: action))
            case let .markSigned(cooperation, stageID, basedOn, acknowledged):
                let section = context.rulebook.stage(stageID).flatMap { StageSection(rawValue: $0.section) }
                guard let kind = section.flatMap({ SignedDocument.kind(signedAt: $0, of: cooperation.kind) }) else {
                    return .failed(AppText.current.shell.notSignedStage(context.rulebook.stage(stageID)?.displayName ?? stageID))
                }
                let (signed, rendered, url) = try documents().signAndExport(cooperation, kind: kind, folder: exportFolder,
                                                                             options: ScreenExport.signing, today: context.today,
                                                                             acknowledged: acknowledged)
                switch try repo.saveOrConflict(signed, basedOn: basedOn) {
                case .saved(let info): return .signed(signed, revision: info.revision, path: url.path, sha256: rendered.sha256)
                case .conflict(let theirs): return .saveConflict(mine: signed, theirs: theirs, base: base(of: signed.id, basedOn))
                }
            }
        } catch let error as StoreError {
            return .failed(error.description)
        } catch let error as DocumentServiceError {
            return .failed(error.description)
        } catch {
            return .failed("\(error)")
        }
    }

    /// The revision an edit started from, for the merge question (nil when it cannot be read).
    func base(of id: String, _ revision: Int?) -> Cooperation? {
        guard let revision else { return nil }
        return (try? repository.revision(id: id, number: revision))?.cooperation
    }

    /// The document service of the open store (its profile's letterhead).
    func documents() -> DocumentService {
        DocumentService(rulebook: context.rulebook, catalogues: context.catalogues, profile: repository.loadProfile())
    }

    /// The first screen of a large store from the index's records (issue 19), or nil.
    func firstScreen() -> HomePreview? {
        guard let session = repository as? StoreSession, let records = try? session.indexRows(),
              records.count >= previewFrom else { return nil }
        return HomePreview.make(from: records, context: context, limit: 200)
    }

    /// Once the interface has what it needs of the store's listing (its list, the dashboard), the
    /// store keeps only the stamps it checks on open and save, not a second copy of every entry
    /// (issue 19, memory: 49 MB at 100,000 cooperations).
    func keepListingStampsOnly() { (repository as? StoreSession)?.keepListingStampsOnly() }

    func listState(trustingIndex: Bool = false) throws(StoreError) -> ListState {
        let repo = repository
        let items = try ListedCooperation.all(in: repo, trustingIndex: trustingIndex)
        keepListingStampsOnly()
        let drafts = repo.draftIDs().compactMap { repo.loadDraft(id: $0) }
        let profile = repo.loadProfile()
        // The region the mapping screen would open (profile, store, or the store's only mapping).
        let mappingDraft = mappingRepository.flatMap { m in
            (try? ownRegion(nil, m)).flatMap { $0 }.flatMap { try? m.mappingDraft(regionCode: $0) }
        }
        var state = ListState(profile: profile, items: items, drafts: drafts, notices: repo.takeNotices(),
                              mappingDraftSavedAt: mappingDraft?.savedAt)
        state.syncLine = syncLine()
        state.filesUnverified = trustingIndex && repo is StoreSession
        state.exportSettings = (repo as? StoreSession)?.exportSettings()
        state.readOnly = repo.readOnly
        state.syncConflicts = syncService()?.conflictedCooperationIDs ?? []
        return state
    }
}
