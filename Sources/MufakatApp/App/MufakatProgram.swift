import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The officer's program: first run, home, new cooperation, the hosted stage editor, dialogs,
/// saving and autosave. One update function for everything; I/O only through `AppAction`.
public struct MufakatProgram: Program {
    public typealias Action = AppAction

    enum Screen: Sendable {
        case loading
        case welcome(WelcomeScreen)
        case profile
        case home
        case newCooperation(NewCooperationScreen)
        case editor
        case help(HelpScreen)
        /// Pemetaan urusan of the own region; its state is `mappingForm`.
        case mappingForm
        /// The facilitator's meeting mode (matrix, matches); its state is in `meeting`.
        case meeting
        /// Rekapitulasi (dashboard); its state is `dashboard`.
        case dashboard
        /// Arsip berkas of the cooperation in the editor; its state is `archive`.
        case archive
    }

    /// What to do once the save that is under way succeeds.
    enum AfterSave: Sendable, Equatable { case quit, closeEditor }

    /// The cooperation being edited.
    struct EditorSession: Sendable {
        var editor: any HostedEditor
        /// The revision the edit started from (sent with every save).
        var basedOn: Int?
        var lockedBy: LockHolder?
        /// Set when nothing typed here could be saved (issue 20, item 13): the editor shows a
        /// banner and refuses every key that would change an answer.
        var readOnly: ReadOnlyState? = nil
        var idleTicks = 0
        /// Changes not yet in a draft.
        var changedSinceDraft = false
        var lastDraftAt: Date? = nil
        var id: String { editor.cooperation.id }
    }

    public let context: ShellContext
    let makeEditor: EditorFactory
    /// Ticks of idle time (one a second) before a draft is autosaved.
    public var autosaveIdleTicks = 3

    var screens: [Screen] = [.loading]
    var home = HomeScreen()
    var profileForm: ProfileForm? = nil
    var openNewAfterProfile = false
    var session: EditorSession? = nil
    var dialog: ShellDialog? = nil
    public var message: Message? = nil
    /// `S` was pressed: the sync starts on the next tick, after the frame with its progress line is drawn.
    var syncRequested = false
    public internal(set) var profile: RegionProfile? = nil
    var items: [ListedCooperation] = []
    /// The export panel's remembered choices for this store (`local.json`), given to each editor.
    var exportSettings: ExportSettings? = nil
    var storeLabel: String
    /// Why the open store cannot be written (from the list); nil when it can.
    var storeReadOnly: ReadOnlyState? = nil
    var afterSave: AfterSave? = nil
    var startupDraftsOffered = false
    var loadRequested = false
    /// The list came from the index unchecked: check the files on the next tick (after a frame).
    var listNeedsVerifying = false
    var mappingForm: MappingFormScreen? = nil
    var meeting: MeetingMode? = nil
    var dashboard: DashboardScreen? = nil
    var archive: ArchiveScreen? = nil
    var terminalSize = Size(width: 80, height: 24)

    public init(context: ShellContext, makeEditor: @escaping EditorFactory) {
        self.context = context
        self.makeEditor = makeEditor
        self.storeLabel = context.storeLabel
    }

    public var tickInterval: Duration? { .seconds(1) }

    // MARK: Inspection (tests)

    var top: Screen { screens.last ?? .home }

    /// A name for the screen on top, for tests and the title bar.
    public var screenName: String {
        switch top {
        case .loading: "memuat"
        case .welcome: "sambutan"
        case .profile: "profil"
        case .home: "beranda"
        case .newCooperation: "kerja-sama-baru"
        case .editor: "penyunting"
        case .help: "bantuan"
        case .mappingForm: "pemetaan"
        case .meeting: meeting?.screenName ?? "matriks"
        case .dashboard: "rekapitulasi"
        case .archive: "arsip"
        }
    }

    public var isDirty: Bool { session?.editor.isDirty ?? false }
    public var dialogTitle: String? { dialog?.dialog.title }
    public var editedCooperation: Cooperation? { session?.editor.cooperation }
    public var basedOnRevision: Int? { session?.basedOn }
    /// Why the editor refuses changes, if it does.
    public var editorReadOnly: ReadOnlyState? { session?.readOnly }

    // MARK: Update

    public mutating func update(_ event: Event) -> [Effect<AppAction>] {
        switch event {
        case .resize, .resumed:
            noteResize(event)
            // The editor pages its review by the screen size, so it hears of every resize.
            if case let .resize(w, h) = event, var s = session {
                // A read-only editor gives two rows to its banner.
                _ = s.editor.handleEvent(s.readOnly == nil ? event : .resize(width: w, height: max(1, h - 2)))
                session = s
            }
            // The runner's first event is a resize: read the store then.
            if case .loading = top, !loadRequested { loadRequested = true; return [.perform(.loadList)] }
            return []
        case .signal(.interrupt):
            if dialog != nil, case .quit = dialog!.purpose { return [] }
            return requestQuit()
        case .signal:
            // SIGTERM / SIGHUP: the runner stops after this; keep the work as a draft.
            var effects: [Effect<AppAction>] = []
            if let s = session {
                if s.editor.isDirty { effects.append(.perform(.saveDraft(s.editor.cooperation, basedOn: s.basedOn))) }
                effects.append(.perform(.unlock(id: s.id)))
            }
            return effects + mappingSignalEffects + [.quit]
        case .tick:
            if syncRequested { syncRequested = false; return [.perform(.sync)] }
            return tick()
        case .custom(let value):
            guard let result = value as? AppEvent else { return [] }
            return handle(result)
        case .key, .paste:
            break
        }
        if dialog != nil { return handleDialog(event) }
        if case .key(.ctrl("q")) = event { return requestQuit() }
        if case .key(.function(1)) = event {
            switch top {
            case .help, .editor, .loading: break
            default: return pushHelp()
            }
        }
        switch top {
        case .loading: return []
        case .welcome(var screen):
            message = nil
            let outcome = screen.handle(event)
            replaceTop(.welcome(screen))
            return handleWelcome(outcome)
        case .profile:
            message = nil
            guard var form = profileForm else { return [] }
            let outcome = form.handle(event)
            profileForm = form
            switch outcome {
            case .none: return []
            case .refused:
                message = form.errorSummary.map { .error($0) }
                return [.bell]
            case .cancel:
                openNewAfterProfile = false
                screens.removeLast()
                if screens.isEmpty { screens = [.welcome(WelcomeScreen())] }
                return []
            case .save(let p): return [.perform(.saveProfile(p))]
            case .saveWithLogo(let p, let path): return [.perform(.saveProfileWithLogo(p, logoPath: path))]
            }
        case .home:
            message = nil
            let outcome = home.handle(event)
            return handleHome(outcome)
        case .newCooperation(var screen):
            message = nil
            let outcome = screen.handle(event)
            replaceTop(.newCooperation(screen))
            switch outcome {
            case .none: return []
            case .refused(let text):
                if !text.isEmpty { message = .error(text) }
                return [.bell]
            case .warning(let text): message = .warning(text); return []
            case .help: return pushHelp()
            case .cancel:
                if screen.hasAnswers { dialog = .discardNew(); return [] }
                screens.removeLast()
                return []
            case .create(let c): return [.perform(.create(c))]
            }
        case .editor:
            return handleEditorKey(event)
        case .mappingForm:
            return handleMappingKey(event)
        case .meeting:
            return handleMeetingKey(event)
        case .dashboard:
            return handleDashboardKey(event)
        case .archive:
            return handleArchiveKey(event)
        case .help(var help):
            if help.handle(event) { screens.removeLast() } else { replaceTop(.help(help)) }
            return []
        }
    }

    mutating func replaceTop(_ screen: Screen) {
        if screens.isEmpty { screens = [screen] } else { screens[screens.count - 1] = screen }
    }

    mutating func pushHelp() -> [Effect<AppAction>] {
        let (title, bindings, extra) = helpContent()
        screens.append(.help(HelpScreen(title: title, bindings: bindings, extra: extra)))
        return []
    }

    func helpContent() -> (String, [KeyBinding], [(key: String, text: String)]) {
        switch top {
        case .welcome(let w): return (AppText.current.shell.helpWelcome, w.bindings, [])
        case .profile: return (AppText.current.shell.profile, profileForm?.bindings ?? [], [])
        case .newCooperation(let n): return (AppText.current.shell.helpNewCooperation(n.step.rawValue + 1, 4), n.bindings, [
            ("Esc", AppText.current.shell.helpNewCooperationEsc),
        ])
        case .editor: return (AppText.current.shell.helpEditor, editorBindings, [("F6", AppText.current.shell.helpEditorArchive)])
        case .mappingForm: return mappingHelpContent()
        case .meeting: return meetingHelpContent()
        case .dashboard: return dashboardHelpContent()
        case .archive: return archiveHelpContent()
        default: return (AppText.current.home.homeTitle, home.keyMap.helpBindings, [])  // bar and help from one map (HomeKeys)
        }
    }

    // MARK: Quit, ticks, autosave

    mutating func requestQuit() -> [Effect<AppAction>] {
        if let effects = mappingQuitRequest() { return effects }
        if let s = session, s.editor.isDirty {
            dialog = .quit()
            return []
        }
        var effects: [Effect<AppAction>] = []
        if let s = session { effects.append(.perform(.unlock(id: s.id))) }
        return effects + [.quit]
    }

    mutating func tick() -> [Effect<AppAction>] {
        if listNeedsVerifying { listNeedsVerifying = false; return [.perform(.verifyList)] + tick() }
        guard var s = session else { return mappingTick() }
        defer { session = s }
        guard s.changedSinceDraft, s.editor.isDirty else { s.idleTicks = 0; return [] }
        s.idleTicks += 1
        guard s.idleTicks >= autosaveIdleTicks else { return [] }
        s.idleTicks = 0
        s.changedSinceDraft = false
        return [.perform(.saveDraft(s.editor.cooperation, basedOn: s.basedOn))]
    }

    // MARK: Screens' outcomes

    mutating func handleWelcome(_ outcome: WelcomeScreen.Outcome) -> [Effect<AppAction>] {
        switch outcome {
        case .none: return []
        case .chose(.setUpRegion):
            if profileForm == nil { profileForm = ProfileForm(existing: profile, catalogues: context.catalogues, rulebook: context.rulebook) }
            screens.append(.profile)
            return []
        case .chose(.loadExamples):
            message = .notice(AppText.current.shell.loadingExamples)
            return [.perform(.loadExamples)]
        case .chose(.openFolder): return []
        case .openFolder(let path): return [.perform(.openFolder(path))]
        case .quit: return [.quit]
        case .help: return pushHelp()
        case .meeting: return openMeeting()
        }
    }

    mutating func handleHome(_ outcome: HomeScreen.Outcome) -> [Effect<AppAction>] {
        switch outcome {
        case .none: return []
        case .refused(let text):
            if let text { message = .warning(text) }
            return [.bell]
        case .open(let id):
            // A cooperation a sync left in conflict asks the merge question first.
            if home.syncConflicts.contains(id) { return [.perform(.loadSyncConflict(id: id))] }
            return [.perform(.open(id: id))]
        case .new:
            if let readOnly = storeReadOnly {
                message = .error(AppText.current.shell.cannotSaveNew(readOnly.reason, readOnly.advice))
                return [.bell]
            }
            guard let profile else {
                message = .notice(AppText.current.shell.fillProfileFirstForNew)
                openNewAfterProfile = true
                if profileForm == nil { profileForm = ProfileForm(existing: nil, catalogues: context.catalogues, rulebook: context.rulebook) }
                screens.append(.profile)
                return []
            }
            screens.append(.newCooperation(NewCooperationScreen(context: context, profile: profile)))
            return []
        case .renew(let id):
            guard profile != nil else { message = .error(AppText.current.shell.fillProfileFirst); return [.bell] }
            guard items.contains(where: { $0.id == id }) else { return [.bell] }
            // The list holds summaries: the cooperation is read whole to be copied.
            return [.perform(.loadForRenewal(id: id))]
        case .editProfile:
            profileForm = ProfileForm(existing: profile, catalogues: context.catalogues, rulebook: context.rulebook)
            screens.append(.profile)
            return []
        case .help: return pushHelp()
        case .meeting: return openMeeting()
        case .dashboard: return openDashboard()
        case .quit: return requestQuit()
        case .mapping: return openMappingForm()
        case .sync:
            message = .notice(AppText.current.shell.syncing)
            syncRequested = true
            return []
        }
    }

    var editorBindings: [KeyBinding] {
        let shellKeys: Set<Key> = [.ctrl("s"), .function(2), .function(1), .ctrl("q")]
        let own = (session?.editor.bindings ?? []).filter { !$0.keys.contains(where: shellKeys.contains) }
        let save = session?.readOnly == nil ? [KeyBinding([.ctrl("s"), .function(2)], AppText.current.shell.keySave, keyLabel: "Ctrl-S/F2")] : []
        return save + own
            + [KeyBinding(.function(1), AppText.current.shell.keyHelp), KeyBinding(.ctrl("q"), AppText.current.shell.keyQuit)]
    }

    mutating func handleEditorKey(_ event: Event) -> [Effect<AppAction>] {
        guard var s = session else { screens.removeLast(); return [] }
        switch event {
        case .key(.function(6)):
            return openArchive()
        case .key(.ctrl("s")), .key(.function(2)):
            if let readOnly = s.readOnly { message = .error(readOnly.refusal); return [.bell] }
            message = .notice(AppText.current.shell.saving)
            return [.perform(.save(s.editor.cooperation, basedOn: s.basedOn))]
        case .key(.function(1)):
            return pushHelp()
        default:
            break
        }
        message = nil
        let wasDirty = s.editor.isDirty
        let before = s.editor.cooperation
        let unchanged = s
        var commands = s.editor.handleEvent(event)
        if let readOnly = s.readOnly {
            // Nothing typed here could ever be saved: a key that changed an answer is undone at once.
            if s.editor.cooperation != before {
                session = unchanged
                message = .error(readOnly.refusal)
                return [.bell]
            }
            commands.removeAll { command in
                switch command {
                case .save, .saveDraft, .markSigned: return true
                case .close, .export, .exportTo: return false
                }
            }
        }
        if s.editor.cooperation != before || s.editor.isDirty != wasDirty {
            s.changedSinceDraft = true
            s.idleTicks = 0
        }
        session = s
        var effects: [Effect<AppAction>] = []
        for command in commands { effects += perform(command) }
        return effects
    }

    mutating func perform(_ command: EditorCommand) -> [Effect<AppAction>] {
        guard var s = session else { return [] }
        switch command {
        case .save:
            return [.perform(.save(s.editor.cooperation, basedOn: s.basedOn))]
        case let .markSigned(stageID, acknowledged):
            message = .notice(AppText.current.shell.composing)
            return [.perform(.markSigned(s.editor.cooperation, stageID: stageID, basedOn: s.basedOn, acknowledged: acknowledged))]
        case .saveDraft:
            guard s.editor.isDirty, s.changedSinceDraft else { return [] }
            s.changedSinceDraft = false
            s.idleTicks = 0
            session = s
            return [.perform(.saveDraft(s.editor.cooperation, basedOn: s.basedOn))]
        case .close:
            if s.editor.isDirty { dialog = .closeEditor(title: s.editor.title); return [] }
            return closeEditor()
        case let .export(kind, options):
            return [.perform(.export(s.editor.cooperation, kind, options: options))]
        case let .exportTo(kind, settings):
            exportSettings = settings
            session?.editor.useExportSettings(settings)
            return [.perform(.exportTo(s.editor.cooperation, kind, settings))]
        }
    }

    mutating func closeEditor() -> [Effect<AppAction>] {
        guard let s = session else { return [] }
        session = nil
        screens.removeAll { if case .editor = $0 { true } else { false } }
        if screens.isEmpty { screens = [.home] }
        return [.perform(.unlock(id: s.id))]
    }

    mutating func openEditor(_ item: StoredCooperation, lockedBy: LockHolder?, draft: CooperationDraft? = nil, readOnly: ReadOnlyState? = nil) {
        var editor = makeEditor(item.cooperation, context, profile)
        if let exportSettings { editor.useExportSettings(exportSettings) }
        var s = EditorSession(editor: editor, basedOn: item.revision, lockedBy: lockedBy)
        s.readOnly = readOnly ?? storeReadOnly
        if s.readOnly != nil {
            // A read-only store keeps its drafts as they are; the stored revision is shown.
            session = s
            screens.removeAll { if case .editor = $0 { true } else { false } }
            screens.append(.editor)
            message = .warning(AppText.current.shell.openedReadOnly)
            return
        }
        if let draft {
            editor.replace(with: draft.cooperation)
            s.editor = editor
            // A draft made from an older revision saves against that one, so a later save
            // elsewhere is shown as a conflict instead of being overwritten.
            s.basedOn = draft.basedOnRevision ?? item.revision
            s.changedSinceDraft = false
        }
        session = s
        screens.removeAll { if case .editor = $0 { true } else { false } }
        screens.append(.editor)
    }

    // MARK: Dialogs

    mutating func handleDialog(_ event: Event) -> [Effect<AppAction>] {
        guard var d = dialog else { return [] }
        let answer = d.dialog.answer(event)
        dialog = d
        guard answer != .pending else { return [] }
        let choice = answer.choice
        dialog = nil
        switch d.purpose {
        case .quit:
            switch choice {
            case 0:
                guard let s = session else { return [.quit] }
                afterSave = .quit
                return [.perform(.save(s.editor.cooperation, basedOn: s.basedOn))]
            case 1:
                guard let s = session else { return [.quit] }
                return [.perform(.discardDraft(id: s.id)), .perform(.unlock(id: s.id)), .quit]
            default: return []
            }
        case .closeEditor:
            switch choice {
            case 0:
                guard let s = session else { return [] }
                afterSave = .closeEditor
                return [.perform(.save(s.editor.cooperation, basedOn: s.basedOn))]
            case 1:
                guard let s = session else { return [] }
                message = .notice(AppText.current.shell.changesDiscarded(s.editor.title))
                return [.perform(.discardDraft(id: s.id))] + closeEditor()
            default: return []
            }
        case .discardNew:
            if choice == 1 { screens.removeLast() }
            return []
        case let .recoverDraft(item, draft, lockedBy):
            switch choice {
            case 0:
                openEditor(item, lockedBy: lockedBy, draft: draft)
                message = .ok(AppText.current.shell.draftRecovered)
                return []
            case 1:
                openEditor(item, lockedBy: lockedBy)
                message = .notice(AppText.current.shell.draftDiscarded(item.revision))
                return [.perform(.discardDraft(id: item.cooperation.id))]
            default:
                // Not opened after all: the draft stays for later, the lock is given back.
                return [.perform(.unlock(id: item.cooperation.id))]
            }
        case .startupDrafts(let drafts):
            if choice == 0, let first = drafts.first { return [.perform(.open(id: first.cooperation.id))] }
            message = .notice(AppText.current.shell.draftKept)
            return []
        case let .lockHeld(item, draft, holder):
            if choice == 1 {
                openEditor(item, lockedBy: holder, readOnly: .lockHeld(by: holder.description))
                return [.perform(.unlock(id: item.cooperation.id))]
            }
            guard choice == 0 else { return [] }
            if let draft { dialog = .recoverDraft(item, draft, lockedBy: holder); return [] }
            openEditor(item, lockedBy: holder)
            return []
        case .mergeField(let question):
            return answerMergeField(question, choice: choice)
        case .syncConflict:
            if let choice, choice == 1 || choice == 2, case .sync(let id)? = d.merge?.origin {
                message = .notice(AppText.current.shell.savingChoice)
                return [.perform(.resolveSyncConflictWhole(id: id, keepMine: choice == 1))]
            }
            guard choice == 0, let question = d.merge else {
                message = .notice(AppText.current.shell.conflictUndecided)
                return []
            }
            return startMerge(question)
        case let .conflict(mine, theirs):
            switch choice {
            case 0:
                if let question = d.merge { return startMerge(question) }
                // Keep mine: save again, now knowingly based on their revision.
                return [.perform(.save(mine, basedOn: theirs.revision))]
            case 1:
                guard var s = session else { return [] }
                s.editor.replace(with: theirs.cooperation)
                s.editor.markSaved()
                s.basedOn = theirs.revision
                s.changedSinceDraft = false
                session = s
                message = .notice(AppText.current.shell.tookTheirs(theirs.revision, "\(theirs.savedBy)"))
                let after = afterSave
                afterSave = nil
                var effects: [Effect<AppAction>] = [.perform(.discardDraft(id: s.id))]
                if after == .quit { effects += [.perform(.unlock(id: s.id)), .quit] }
                if after == .closeEditor { effects += closeEditor() }
                return effects
            default:
                afterSave = nil
                message = .warning(AppText.current.shell.notSaved)
                return []
            }
        case .message:
            return []
        }
    }

    // MARK: Results of actions

    mutating func handle(_ result: AppEvent) -> [Effect<AppAction>] {
        switch result {
        case .listVerified:
            return []
        case .listLoaded(let state):
            listNeedsVerifying = state.filesUnverified
            items = state.items
            profile = state.profile
            exportSettings = state.exportSettings
            storeReadOnly = state.readOnly
            home.load(state.items, context: context)
            home.syncLine = state.syncLine
            home.syncConflicts = state.syncConflicts
            if case .loading = top {
                screens = state.items.isEmpty && state.profile == nil ? [.welcome(WelcomeScreen())] : [.home]
            }
            if let notice = state.notices.first {
                message = .warning(notice + (state.notices.count > 1 ? AppText.current.shell.moreNotices(state.notices.count - 1) : ""))
            }
            if !startupDraftsOffered, !state.drafts.isEmpty, dialog == nil, session == nil {
                startupDraftsOffered = true
                dialog = .startupDrafts(state.drafts)
            }
            if !startupDraftsOffered, let at = state.mappingDraftSavedAt, state.notices.isEmpty {
                message = .notice(AppText.current.shell.mappingDraftWaiting(at.shellDisplay))
            }
            startupDraftsOffered = true
            return []
        case .profileSaved(let p):
            profile = p
            profileForm = nil
            screens.removeAll { if case .profile = $0 { true } else if case .welcome = $0 { true } else { false } }
            if screens.isEmpty || { if case .loading = top { true } else { false } }() { screens = [.home] }
            if !screens.contains(where: { if case .home = $0 { true } else { false } }) { screens.insert(.home, at: 0) }
            message = .ok(AppText.current.shell.profileSaved)
            if openNewAfterProfile {
                openNewAfterProfile = false
                screens.append(.newCooperation(NewCooperationScreen(context: context, profile: p)))
            }
            return []
        case .examplesLoaded(let count):
            message = .ok(AppText.current.shell.examplesLoaded(count))
            screens = [.home]
            return [.perform(.loadList)]
        case .folderOpened(let location):
            storeLabel = location
            screens = [.loading]
            profileForm = nil
            message = .ok(AppText.current.shell.storeOpened(location))
            return [.perform(.loadList)]
        case let .opened(item, draft, lockedBy):
            if storeReadOnly != nil { openEditor(item, lockedBy: lockedBy); return [] }
            if let lockedBy { dialog = .lockHeld(item, draft, lockedBy); return [] }
            if let draft { dialog = .recoverDraft(item, draft, lockedBy: nil); return [] }
            openEditor(item, lockedBy: nil)
            return []
        case .archive(let event):
            return handleArchiveEvent(event)
        case .dashboardLoaded(let d):
            return dashboardLoaded(d)
        case .loadedForRenewal(let old):
            guard let profile else { message = .error(AppText.current.shell.fillProfileFirst); return [.bell] }
            screens.append(.newCooperation(NewCooperationScreen(context: context, profile: profile, renewing: old.cooperation)))
            message = .notice(AppText.current.shell.renewing)
            return []
        case .created(let item):
            screens.removeAll { if case .newCooperation = $0 { true } else { false } }
            openEditor(item, lockedBy: nil)
            message = .ok(AppText.current.shell.created(item.revision))
            return [.perform(.loadList)]
        case let .saved(id, revision):
            guard var s = session, s.id == id else { return [] }
            s.editor.markSaved()
            s.basedOn = revision
            s.changedSinceDraft = false
            s.idleTicks = 0
            session = s
            message = .ok(AppText.current.shell.saved(revision))
            let after = afterSave
            afterSave = nil
            switch after {
            case .quit: return [.perform(.unlock(id: id)), .quit]
            case .closeEditor: return closeEditor() + [.perform(.loadList)]
            case nil:
                // Only the saved row changes: put it in place instead of reading the whole list again.
                return updateListedRow(ListedCooperation(cooperation: s.editor.cooperation, revision: revision))
                    ? [] : [.perform(.loadList)]
            }
        case let .saveConflict(mine, theirs, base):
            askConflict(mine: mine, theirs: theirs, base: base)
            return []
        case .syncConflictLoaded(let versions):
            return askSyncConflict(versions)
        case .syncConflictResolved(let text):
            message = .ok(text)
            return [.perform(.loadList)]
        case let .draftSaved(id, at):
            if session?.id == id { session?.lastDraftAt = at }
            return []
        case let .signed(cooperation, revision, path, sha256):
            guard var s = session, s.id == cooperation.id else { return [] }
            s.editor.replace(with: cooperation)
            s.editor.markSaved()
            s.basedOn = revision
            s.changedSinceDraft = false
            session = s
            let t = AppText.current.shell
            message = path.isEmpty ? .ok(t.markedSigned(revision)) : .ok(t.signedAt(revision, path))
            if !path.isEmpty {
                dialog = .message(t.signedTitle, t.signedText(revision, path, sha256))
            }
            return [.perform(.loadList)]
        case .exported(let path):
            message = .ok(AppText.current.shell.documentWritten(path))
            dialog = .message(AppText.current.shell.exportedTitle, AppText.current.shell.exportedText(path))
            return []
        case .mappingLoaded, .mappingSaved, .mappingConflict, .mappingFailed, .mappingDraftSaved, .mappingDraftDiscarded:
            return handleMappingEvent(result)
        case .meeting(let event):
            return handleMeetingEvent(event)
        case .synced(let outcome):
            return handleSynced(outcome)
        case .failed(let text):
            afterSave = nil
            message = .error(text)
            if case .loading = top { screens = [.home] }
            return [.bell]
        }
    }

    // MARK: View

    public func view(into buffer: inout Buffer) {
        let area = buffer.area
        guard area.height >= 4 else { return }
        let (titleRow, rest) = area.splitTop(1)
        let (body, bottom) = rest.splitBottom(2)
        drawTitleBar(in: titleRow, buffer: &buffer)
        switch top {
        case .loading:
            buffer.write(AppText.current.shell.loadingList, at: Point(x: body.x + 2, y: body.y + 1), role: .muted, clip: body)
        case .welcome(let w): w.draw(in: body, buffer: &buffer, storeLabel: storeLabel)
        case .profile: profileForm?.draw(in: body, buffer: &buffer)
        case .home: home.draw(in: body, buffer: &buffer)
        case .newCooperation(let n): n.draw(in: body, buffer: &buffer)
        case .editor:
            if let readOnly = session?.readOnly {
                let (banner, rest) = body.splitTop(min(2, body.height))
                ReadOnlyBanner(state: readOnly).draw(in: banner, buffer: &buffer)
                session?.editor.draw(in: rest, buffer: &buffer)
            } else {
                session?.editor.draw(in: body, buffer: &buffer)
            }
        case .help(let h): h.draw(in: body, buffer: &buffer)
        case .mappingForm: mappingForm?.draw(in: body, buffer: &buffer)
        case .meeting: meeting?.draw(in: body, buffer: &buffer)
        case .dashboard: dashboard?.draw(in: body, buffer: &buffer)
        case .archive: archive?.draw(in: body, buffer: &buffer)
        }
        if let dialog {
            buffer.cursor = nil
            dialog.draw(in: body, buffer: &buffer)
        }
        MessageLine(message).draw(in: bottom.row(0), buffer: &buffer)
        HelpBar(currentBindings).draw(in: bottom.row(1), buffer: &buffer)
    }

    var currentBindings: [KeyBinding] {
        if let dialog { return dialog.bindings }
        switch top {
        case .loading: return []
        case .welcome(let w): return w.bindings
        case .profile: return profileForm?.bindings ?? []
        case .home: return home.bindings
        case .newCooperation(let n): return n.bindings
        case .editor: return editorBindings
        case .help(let h): return h.bindings
        case .mappingForm: return mappingBindings
        case .meeting: return meeting?.bindings ?? []
        case .dashboard: return dashboard?.bindings ?? []
        case .archive: return archive?.bindings ?? []
        }
    }

    var screenTitle: String {
        switch top {
        case .loading: AppText.current.shell.loading
        case .welcome: AppText.current.shell.welcome
        case .profile: AppText.current.shell.profile
        case .home: AppText.current.shell.home
        case .newCooperation: AppText.current.shell.newCooperation
        case .editor: session?.editor.title ?? ""
        case .help: AppText.current.shell.help
        case .mappingForm: mappingTitle
        case .meeting: meeting?.title ?? AppText.current.shell.meeting
        case .dashboard: dashboard?.title ?? AppText.current.shell.dashboard
        case .archive: AppText.current.shell.archive
        }
    }

    func drawTitleBar(in row: Rect, buffer: inout Buffer) {
        buffer.fill(row, role: .title)
        var left = "Mufakat · "
        if case .editor = top, let s = session {
            left += (s.editor.isDirty ? "● " : "") + s.editor.title
        } else {
            left += screenTitle
        }
        var right = storeLabel
        let prefix = context.isDemo ? AppText.current.shell.demo : ""
        if case .editor = top, let s = session {
            if s.readOnly != nil { right = AppText.current.shell.readOnly }
            else if let holder = s.lockedBy { right = AppText.current.shell.alsoOpenedBy("\(holder.user)@\(holder.host)") }
            else if s.editor.isDirty { right = AppText.current.shell.unsaved + (s.lastDraftAt.map { AppText.current.shell.draftAt($0.shellTime) } ?? "") }
        }
        if right == storeLabel { right = prefix + right }
        let rightWidth = min(DisplayWidth.of(right), max(0, row.width / 2 - 1))
        let leftWidth = max(0, row.width - rightWidth - 1)
        buffer.write(TextLayout.fit(left, width: leftWidth), at: Point(x: row.x, y: row.y), role: .title, clip: row)
        // A long store path loses its start, never the DEMO notice.
        let body = right.hasPrefix(prefix) ? String(right.dropFirst(prefix.count)) : right
        let head = right.hasPrefix(prefix) ? prefix : ""
        let fittedRight = DisplayWidth.of(right) > rightWidth
            ? head + "…" + TextLayout.suffix(body, width: max(0, rightWidth - DisplayWidth.of(head) - 1)) : right
        let role: StyleRole = ((session?.lockedBy != nil || session?.readOnly != nil) && { if case .editor = top { true } else { false } }()) ? .warning : .title
        buffer.write(fittedRight, at: Point(x: row.maxX - DisplayWidth.of(fittedRight), y: row.y), role: role, clip: row)
    }
}

extension Date {
    /// "10:20" local time.
    var shellTime: String {
        var t = time_t(timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&t, &parts)
        return String(format: "%02d:%02d", Int(parts.tm_hour), Int(parts.tm_min))
    }
}
