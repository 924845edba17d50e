import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// What the shell asks the outside world to do. Update functions return these as values; the
/// launcher's `AppEffects` performs them against the store, so tests assert them without I/O.
public enum AppAction: Sendable, Equatable {
    /// Read the profile, the list and the drafts (at start and after changes elsewhere).
    case loadList
    /// After the first frame: check the list read from the index against the files (issue 19).
    case verifyList
    case saveProfile(RegionProfile)
    /// Save the profile with the lambang read from this PNG file (kept in the store's files/).
    case saveProfileWithLogo(RegionProfile, logoPath: String)
    /// Fill the store with example cooperations (the demo generator).
    case loadExamples
    /// Switch to the store in another folder.
    case openFolder(String)
    /// Read a cooperation for editing, with its draft and lock holder; takes the edit lock.
    case open(id: String)
    /// Save a new cooperation as its first revision.
    case create(Cooperation)
    /// Save a revision; `basedOn` is the revision the edit started from.
    case save(Cooperation, basedOn: Int?)
    case saveDraft(Cooperation, basedOn: Int?)
    case discardDraft(id: String)
    case unlock(id: String)
    /// Write one stage's document into the export folder (through `DocumentService`).
    case export(Cooperation, DocumentKind, options: ExportOptions)
    /// Export to a chosen folder with chosen options, and remember them for this store.
    case exportTo(Cooperation, DocumentKind, ExportSettings)
    /// Render the signed stage's document (DOCX) into the export folder, record its fingerprint
    /// on the stage and save.
    /// `acknowledged`: the warnings the officer acknowledged in the editor's signing dialog.
    case markSigned(Cooperation, stageID: String, basedOn: Int?, acknowledged: [String] = [])
    /// Read a region's mapping for the mapping screen (nil: the store's own region; see `AppEffects+Mapping`).
    case loadMapping(regionCode: String?)
    /// Save a region's mapping as a new revision; `basedOn` is the revision it was read at.
    case saveMapping(RegionMapping, basedOn: Int?)
    /// SIGTERM/SIGHUP: save the mapping; on a conflict keep it in a file beside the store.
    case rescueMapping(RegionMapping, basedOn: Int?)
    /// Autosave the mapping screen's unsaved work as the region's draft (not a revision).
    case saveMappingDraft(RegionMapping, basedOn: Int?)
    case discardMappingDraft(regionCode: String)
    /// The facilitator's meeting mode (matrix, matches, import, export): see `MeetingAction`.
    case meeting(MeetingAction)
    /// Read an ended cooperation whole, to copy it into a renewal (the list holds only summaries).
    case loadForRenewal(id: String)
    /// Compute the dashboard (rekapitulasi) of the store (`DashboardService`).
    case loadDashboard
    /// The archive of files of one cooperation (`ArchiveService`): list, attach, export.
    case archive(ArchiveRequest)
    /// `mufakat sync` from the home screen (`S`): see `AppEffects+Sync`.
    case sync
    /// Read both sides of a conflict a sync left on cooperation `id`, for the merge question.
    case loadSyncConflict(id: String)
    /// Settle that conflict with the field-by-field merge (`SyncService.resolveMerging`).
    case resolveSyncConflict(id: String, choices: [String: CooperationMerge.Side])
    /// Settle it by taking one side whole (`SyncService.resolve`, like `sync resolve --mine|--theirs`).
    case resolveSyncConflictWhole(id: String, keepMine: Bool)
}

/// What came back from an `AppAction`, delivered to `update` as `Event.custom`.
public enum AppEvent: Sendable, Equatable {
    case listLoaded(ListState)
    /// The first rows of a large store, from the index alone; the whole list follows (`loadList`).
    case firstScreenLoaded(HomePreview)
    /// The list shown still describes the files (`verifyList`).
    case listVerified
    case profileSaved(RegionProfile)
    case examplesLoaded(count: Int)
    case folderOpened(location: String)
    case opened(StoredCooperation, draft: CooperationDraft?, lockedBy: LockHolder?)
    case created(StoredCooperation)
    case saved(id: String, revision: Int)
    /// `base`: the revision the edit started from, for the field-by-field merge (nil: unknown).
    case saveConflict(mine: Cooperation, theirs: StoredCooperation, base: Cooperation? = nil)
    case draftSaved(id: String, at: Date)
    case exported(path: String)
    /// The stage was recorded as signed and saved; `path` is the document that was fingerprinted.
    case signed(Cooperation, revision: Int, path: String, sha256: String)
    case meeting(MeetingEvent)
    /// The ended cooperation a renewal starts from.
    case loadedForRenewal(StoredCooperation)
    case dashboardLoaded(Dashboard)
    case archive(ArchiveEvent)
    /// Anything that went wrong, with the message to show (already says how to fix it).
    case failed(String)
    /// `draft`: autosaved work that differs from the stored mapping, to offer back.
    case mappingLoaded(regionCode: String, mapping: RegionMapping?, revision: Int?, draft: MappingDraftRecord?)
    case mappingDraftSaved(regionCode: String, at: Date)
    case mappingDraftDiscarded(regionCode: String)
    case mappingSaved(RegionMapping, revision: Int?)
    /// Another process saved the mapping after it was read; nothing was written.
    case mappingConflict(mine: RegionMapping, theirs: RegionMapping?, revision: Int?, detail: String)
    case mappingFailed(String)
    /// A sync ended: its report and the new status line.
    case synced(SyncOutcome)
    /// Both sides of a sync conflict, for the merge question.
    case syncConflictLoaded(SyncConflictVersions)
    /// A sync conflict was settled; the sentence to show.
    case syncConflictResolved(String)
}

/// The store's content as the home screen needs it.
public struct ListState: Sendable, Equatable {
    public var profile: RegionProfile?
    /// Every stored cooperation as the list shows it (from the index; no file is decoded).
    public var items: [ListedCooperation]
    /// Cooperations with an autosaved draft newer than their revision.
    public var drafts: [CooperationDraft]
    public var notices: [String]
    /// When the own region's mapping has an autosaved draft (offered back when `p` opens it).
    public var mappingDraftSavedAt: Date?
    /// The home screen's sync line (last sync, changes waiting); nil when the store is not synced.
    public var syncLine: String? = nil
    /// Read from the index without checking each file: `verifyList` after the first frame.
    public var filesUnverified = false
    /// The export panel's remembered choices for this store (nil: a store that keeps none).
    public var exportSettings: ExportSettings? = nil
    /// Cooperations a sync left in conflict.
    public var syncConflicts: Set<String> = []
    /// Why the store cannot be written (nil: it can): the editor opens read-only.
    public var readOnly: ReadOnlyState? = nil
    public init(profile: RegionProfile?, items: [ListedCooperation], drafts: [CooperationDraft] = [], notices: [String] = [],
                mappingDraftSavedAt: Date? = nil) {
        self.profile = profile; self.items = items; self.drafts = drafts; self.notices = notices
        self.mappingDraftSavedAt = mappingDraftSavedAt
    }
}
