import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The officer's program: a stack of screens (`ScreenStack`, each screen an `AppScreen` that owns
/// its state, keys and help), the modal dialog, the message line and the title bar. The shell
/// never looks inside a screen: a screen answers with a `ScreenOutcome` (actions, a message, push,
/// pop, replace), and I/O happens only through `AppAction`, performed by `AppEffects`.
public struct MufakatProgram: Program {
    public typealias Action = AppAction

    /// What to do once the save that is under way succeeds.
    enum AfterSave: Sendable, Equatable { case quit, closeEditor }

    public let context: ShellContext
    let makeEditor: EditorFactory
    /// Ticks of idle time (one a second) before a draft is autosaved (`AutosavePolicy`).
    public var autosaveIdleTicks = 3

    var stack = ScreenStack([LoadingScreen()])
    var dialog: ShellDialog? = nil
    public var message: Message? = nil
    /// Actions a screen asked for after the next frame (the sync's progress line is drawn first).
    var afterFrame: [AppAction] = []
    public internal(set) var profile: RegionProfile? = nil
    var items: [ListedCooperation] = []
    /// The last list read, for a home screen made afresh.
    var listState: ListState? = nil
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
    /// Only the first rows are shown (`HomePreview`): read the whole list on the next tick.
    var listPending = false
    /// Keys typed while only the first rows were shown: the whole list is read first, then they
    /// are handled in order (a filter, `n` or Enter needs the profile and the whole list).
    var keysWhileLoading: [Event] = []
    var terminalSize = Size(width: 80, height: 24)

    public init(context: ShellContext, makeEditor: @escaping EditorFactory) {
        self.context = context
        self.makeEditor = makeEditor
        self.storeLabel = context.storeLabel
    }

    public var tickInterval: Duration? { listPending ? .zero : .seconds(1) }

    // MARK: Inspection (tests)

    var top: any AppScreen { stack.top ?? makeHome() }

    /// A name for the screen on top, for tests and the title bar.
    public var screenName: String { top.screenName }

    public var isDirty: Bool { session?.editor.isDirty ?? false }
    public var dialogTitle: String? { dialog?.dialog.title }
    public var editedCooperation: Cooperation? { session?.editor.cooperation }
    public var basedOnRevision: Int? { session?.basedOn }
    /// Why the editor refuses changes, if it does.
    public var editorReadOnly: ReadOnlyState? { session?.readOnly }

    /// What every screen may read.
    var screenContext: ScreenContext {
        ScreenContext(shell: context, profile: profile, items: items, storeLabel: storeLabel, storeReadOnly: storeReadOnly,
                      exportSettings: exportSettings, terminalSize: terminalSize, autosave: AutosavePolicy(idleTicks: autosaveIdleTicks))
    }

    // MARK: Update

    public mutating func update(_ event: Event) -> [Effect<AppAction>] {
        switch event {
        case .resize, .resumed:
            if case let .resize(width, height) = event {
                terminalSize = Size(width: width, height: height)
                for i in 0..<stack.count { stack.withScreen(at: i) { $0.resized(event) } }
            }
            // The runner's first event is a resize: read the store then.
            if top is LoadingScreen, !loadRequested { loadRequested = true; return [.perform(.loadList)] }
            return []
        case .signal(.interrupt):
            if let dialog, case .quit = dialog.purpose { return [] }
            return requestQuit()
        case .signal:
            // SIGTERM / SIGHUP: the runner stops after this; every screen keeps its work.
            let ctx = screenContext
            return stack.screens.flatMap { $0.signalEffects(context: ctx) } + [.quit]
        case .tick:
            if !afterFrame.isEmpty {
                defer { afterFrame = [] }
                return afterFrame.map { .perform($0) }
            }
            return tick()
        case .custom(let value):
            guard let result = value as? AppEvent else { return [] }
            var effects = handle(result)
            if case .listLoaded = result, !keysWhileLoading.isEmpty {
                let keys = keysWhileLoading
                keysWhileLoading = []
                for key in keys { effects += update(key) }
            }
            return effects
        case .key, .paste:
            if listPending {
                listPending = false
                keysWhileLoading.append(event)
                return [.perform(.loadList)]
            }
        }
        if dialog != nil { return handleDialog(event) }
        if case .key(.ctrl("q")) = event { return requestQuit() }
        if case .key(.function(1)) = event, top.opensHelpOnF1 { return pushHelp() }
        if top.clearsMessageOnKey { message = nil }
        let ctx = screenContext
        let index = stack.count - 1
        guard index >= 0 else { return [] }
        let outcome = stack.withScreen(at: index) { $0.update(event, context: ctx) }
        return apply(outcome, from: index)
    }

    /// Carries out a screen's outcome; `index` is where that screen is in the stack.
    mutating func apply(_ outcome: ScreenOutcome, from index: Int) -> [Effect<AppAction>] {
        switch outcome.message {
        case .keep: break
        case .clear: message = nil
        case .show(let m): message = m
        }
        var effects = outcome.effects
        for change in outcome.changes {
            switch change {
            case .push(let screen): stack.push(screen)
            case .pop(let fallback):
                let home = makeHome()
                stack.remove(at: index, fallback: fallback ?? home)
                // Opened from the welcome screen of an empty store: what was made meanwhile belongs on the list.
                if top is WelcomeScreen, !items.isEmpty || profile != nil { stack.reset([makeHome()]) }
            case .replace(let screen): stack.replace(at: index, with: screen)
            case .help: effects += pushHelp()
            case .dialog(let d): dialog = d
            case .quit: effects += requestQuit()
            case .rememberExport(let settings): exportSettings = settings
            case .afterFrame(let action): afterFrame.append(action)
            }
        }
        return effects
    }

    /// A result offered to every screen of the stack, top first.
    mutating func deliver(_ result: AppEvent) -> [Effect<AppAction>] {
        let ctx = screenContext
        var effects: [Effect<AppAction>] = []
        for i in (0..<stack.count).reversed() where i < stack.count {
            let outcome = stack.withScreen(at: i) { $0.receive(result, context: ctx) }
            effects += apply(outcome, from: i)
        }
        return effects
    }

    mutating func pushHelp() -> [Effect<AppAction>] {
        stack.push(HelpScreen(top.screenHelp))
        return []
    }

    // MARK: The screens the shell itself opens and closes

    /// The home screen, made from the last list read.
    func makeHome() -> HomeScreen {
        var home = HomeScreen()
        if let listState {
            home.load(items, context: context)
            home.syncLine = listState.syncLine
            home.syncConflicts = listState.syncConflicts
        }
        return home
    }

    /// The home screen of the stack (tests, the sync line); a fresh one when it is not in the stack.
    var home: HomeScreen {
        get { stack.last(HomeScreen.self) ?? makeHome() }
        set { stack.modify(HomeScreen.self) { $0 = newValue } }
    }

    /// The editor of the stack, if one is open. Set to nil to take it off.
    var session: EditorScreen? {
        get { stack.last(EditorScreen.self) }
        set {
            if let newValue { stack.modify(EditorScreen.self) { $0 = newValue } } else { stack.removeAll(EditorScreen.self) }
        }
    }

    var mappingForm: MappingFormScreen? { stack.last(MappingFormScreen.self) }
    var meeting: MeetingMode? { stack.last(MeetingMode.self) }
    var dashboard: DashboardScreen? { stack.last(DashboardScreen.self) }
    var archive: ArchiveScreen? { stack.last(ArchiveScreen.self) }
    var profileForm: ProfileForm? { stack.last(ProfileScreen.self)?.form }
    /// The profile form was opened by `n`: the new cooperation follows its save.
    var openNewAfterProfile: Bool { stack.last(ProfileScreen.self)?.thenNewCooperation ?? false }

    mutating func closeEditor() -> [Effect<AppAction>] {
        guard let s = session else { return [] }
        stack.removeAll(EditorScreen.self)
        if stack.isEmpty { stack.reset([makeHome()]) }
        return [.perform(.unlock(id: s.id))]
    }

    mutating func openEditor(_ item: StoredCooperation, lockedBy: LockHolder?, draft: CooperationDraft? = nil, readOnly: ReadOnlyState? = nil) {
        var editor = makeEditor(item.cooperation, context, profile)
        if let exportSettings { editor.useExportSettings(exportSettings) }
        var s = EditorScreen(editor: editor, basedOn: item.revision, lockedBy: lockedBy)
        s.readOnly = readOnly ?? storeReadOnly
        stack.removeAll(EditorScreen.self)
        if s.readOnly != nil {
            // A read-only store keeps its drafts as they are; the stored revision is shown.
            stack.push(s)
            message = .warning(AppText.current.shell.openedReadOnly)
            return
        }
        if let draft {
            s.editor.replace(with: draft.cooperation)
            // A draft made from an older revision saves against that one, so a later save
            // elsewhere is shown as a conflict instead of being overwritten.
            s.basedOn = draft.basedOnRevision ?? item.revision
        }
        stack.push(s)
    }

    // MARK: Quit, ticks

    mutating func requestQuit() -> [Effect<AppAction>] {
        // A screen with unsaved work of its own (the mapping) asks on itself, whatever is on top of it.
        for i in (0..<stack.count).reversed() where stack.withScreen(at: i, { $0.holdsQuit() }) {
            while stack.count > i + 1 { stack.remove(at: stack.count - 1, fallback: HomeScreen()) }
            return []
        }
        if let s = session, s.editor.isDirty {
            dialog = .quit()
            return []
        }
        var effects: [Effect<AppAction>] = []
        if let s = session { effects.append(.perform(.unlock(id: s.id))) }
        return effects + [.quit]
    }

    /// The idle tick: each screen's autosave.
    mutating func tick() -> [Effect<AppAction>] {
        if listPending { listPending = false; return [.perform(.loadList)] }
        if listNeedsVerifying { listNeedsVerifying = false; return [.perform(.verifyList)] + tick() }
        let ctx = screenContext
        var effects: [Effect<AppAction>] = []
        for i in (0..<stack.count).reversed() where i < stack.count {
            effects += apply(stack.withScreen(at: i) { $0.tick(context: ctx) }, from: i)
        }
        return effects
    }

    // MARK: View

    public func view(into buffer: inout Buffer) {
        let area = buffer.area
        guard area.height >= 4 else { return }
        let (titleRow, rest) = area.splitTop(1)
        let (body, bottom) = rest.splitBottom(2)
        drawTitleBar(in: titleRow, buffer: &buffer)
        top.render(in: body, buffer: &buffer, context: screenContext)
        if let dialog {
            buffer.cursor = nil
            dialog.draw(in: body, buffer: &buffer)
        }
        MessageLine(message).draw(in: bottom.row(0), buffer: &buffer)
        HelpBar(currentBindings).draw(in: bottom.row(1), buffer: &buffer)
    }

    var currentBindings: [KeyBinding] { dialog?.bindings ?? top.barBindings }

    func drawTitleBar(in row: Rect, buffer: inout Buffer) {
        buffer.fill(row, role: .title)
        let screen = top
        let left = "Mufakat · " + screen.screenTitle
        let prefix = context.isDemo ? AppText.current.shell.demo : ""
        let status = screen.titleStatus
        let right = status?.text ?? prefix + storeLabel
        let rightWidth = min(DisplayWidth.of(right), max(0, row.width / 2 - 1))
        let leftWidth = max(0, row.width - rightWidth - 1)
        buffer.write(TextLayout.fit(left, width: leftWidth), at: Point(x: row.x, y: row.y), role: .title, clip: row)
        // A long store path loses its start, never the DEMO notice.
        let body = right.hasPrefix(prefix) ? String(right.dropFirst(prefix.count)) : right
        let head = right.hasPrefix(prefix) ? prefix : ""
        let fittedRight = DisplayWidth.of(right) > rightWidth
            ? head + "…" + TextLayout.suffix(body, width: max(0, rightWidth - DisplayWidth.of(head) - 1)) : right
        let role: StyleRole = status?.warning == true ? .warning : .title
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
