import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Penyunting: the cooperation being edited, as a screen of the stack. Holds the hosted editor,
/// the revision the edit started from, the lock and the autosave state.
struct EditorScreen: AppScreen {
    var editor: any HostedEditor
    /// The revision the edit started from (sent with every save).
    var basedOn: Int?
    var lockedBy: LockHolder?
    /// Set when nothing typed here could be saved (issue 20, item 13): the editor shows a
    /// banner and refuses every key that would change an answer.
    var readOnly: ReadOnlyState? = nil
    /// Draf otomatis, under the same policy as the mapping screen.
    var autosave = Autosave()
    var id: String { editor.cooperation.id }

    init(editor: any HostedEditor, basedOn: Int?, lockedBy: LockHolder?) {
        self.editor = editor; self.basedOn = basedOn; self.lockedBy = lockedBy
    }

    var screenName: String { "penyunting" }
    var screenTitle: String { (editor.isDirty ? "● " : "") + editor.title }
    var opensHelpOnF1: Bool { false }
    var clearsMessageOnKey: Bool { false }

    var titleStatus: (text: String, warning: Bool)? {
        let t = AppText.current.shell
        if readOnly != nil { return (t.readOnly, true) }
        if let holder = lockedBy { return (t.alsoOpenedBy("\(holder.user)@\(holder.host)"), true) }
        if editor.isDirty { return (t.unsaved + (autosave.lastDraftAt.map { t.draftAt($0.shellTime) } ?? ""), false) }
        return nil
    }

    /// Tombol penyunting: the keys the editor screen answers itself, around the hosted editor's own.
    enum Keys {
        private static var t: Catalogue<ShellText> { AppText.current.shell }
        static var save: KeyBinding { KeyBinding([.ctrl("s"), .function(2)], t.keySave, keyLabel: "Ctrl-S/F2") }
        static var archive: KeyBinding { KeyBinding(.function(6), t.helpEditorArchive, inBar: false) }
        static var help: KeyBinding { KeyBinding(.function(1), t.keyHelp) }
        static var quit: KeyBinding { KeyBinding(.ctrl("q"), t.keyQuit) }
    }

    /// The bar and the help page: the screen's keys around the hosted editor's (one map).
    var keyMap: KeyMap {
        let shellKeys = Set([Keys.save, Keys.help, Keys.quit].flatMap(\.keys))
        let own = editor.bindings.filter { !$0.keys.contains(where: shellKeys.contains) }
        return KeyMap((readOnly == nil ? [Keys.save] : []) + own + [Keys.help, Keys.quit, Keys.archive])
    }

    var barBindings: [KeyBinding] { keyMap.bar }

    var screenHelp: ScreenHelp { ScreenHelp(title: AppText.current.shell.helpEditor, bindings: keyMap.helpBindings) }

    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        switch event {
        case _ where Keys.archive.matches(event):
            return ArchiveScreen.opening(editor, context: context)
        case _ where Keys.save.matches(event):
            if let readOnly { return .refused(.error(readOnly.refusal)) }
            return .perform(.save(editor.cooperation, basedOn: basedOn), message: .notice(AppText.current.shell.saving))
        case _ where Keys.help.matches(event):
            return .help
        default:
            break
        }
        let wasDirty = editor.isDirty
        let before = editor.cooperation
        let unchanged = self
        var commands = editor.handleEvent(event)
        if let readOnly {
            // Nothing typed here could ever be saved: a key that changed an answer is undone at once.
            if editor.cooperation != before {
                self = unchanged
                return .refused(.error(readOnly.refusal))
            }
            commands.removeAll { command in
                switch command {
                case .save, .saveDraft, .markSigned: return true
                case .close, .export, .exportTo: return false
                }
            }
        }
        if editor.cooperation != before || editor.isDirty != wasDirty { autosave.changed() }
        var outcome = ScreenOutcome(message: .clear)
        for command in commands {
            let o = perform(command)
            outcome.effects += o.effects
            outcome.changes += o.changes
            if case .show = o.message { outcome.message = o.message }
        }
        return outcome
    }

    mutating func perform(_ command: EditorCommand) -> ScreenOutcome {
        switch command {
        case .save:
            return .perform(.save(editor.cooperation, basedOn: basedOn))
        case let .markSigned(stageID, acknowledged):
            return .perform(.markSigned(editor.cooperation, stageID: stageID, basedOn: basedOn, acknowledged: acknowledged),
                            message: .notice(AppText.current.shell.composing))
        case .saveDraft:
            guard autosave.draftNow(hasUnsavedWork: editor.isDirty) else { return .none }
            return .perform(.saveDraft(editor.cooperation, basedOn: basedOn))
        case .close:
            if editor.isDirty { return .dialog(.closeEditor(title: editor.title)) }
            return ScreenOutcome(effects: [.perform(.unlock(id: id))], changes: [.pop()])
        case let .export(kind, options):
            return .perform(.export(editor.cooperation, kind, options: options))
        case let .exportTo(kind, settings):
            editor.useExportSettings(settings)
            return ScreenOutcome(effects: [.perform(.exportTo(editor.cooperation, kind, settings))], changes: [.rememberExport(settings)])
        }
    }

    /// The idle tick: unsaved answers go to a draft under the autosave policy.
    mutating func tick(context: ScreenContext) -> ScreenOutcome {
        guard autosave.tick(hasUnsavedWork: editor.isDirty, policy: context.autosave) else { return .none }
        return .perform(.saveDraft(editor.cooperation, basedOn: basedOn))
    }

    mutating func receive(_ event: AppEvent, context: ScreenContext) -> ScreenOutcome {
        switch event {
        case let .draftSaved(id, at) where id == self.id:
            autosave.lastDraftAt = at
        case let .archive(.attached(stored, _, _)) where stored.cooperation.id == id:
            // The editor continues from the new revision (it had no unsaved changes).
            editor.replace(with: stored.cooperation)
            editor.markSaved()
            basedOn = stored.revision
        default:
            break
        }
        return .none
    }

    /// The editor pages its review by the screen size, so it hears of every resize.
    mutating func resized(_ event: Event) {
        guard case let .resize(w, h) = event else { return }
        // A read-only editor gives two rows to its banner.
        _ = editor.handleEvent(readOnly == nil ? event : .resize(width: w, height: max(1, h - 2)))
    }

    /// SIGTERM / SIGHUP: keep the work as a draft and give the lock back.
    func signalEffects(context: ScreenContext) -> [Effect<AppAction>] {
        (editor.isDirty ? [.perform(.saveDraft(editor.cooperation, basedOn: basedOn))] : []) + [.perform(.unlock(id: id))]
    }

    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) {
        if let readOnly {
            let (banner, rest) = rect.splitTop(min(2, rect.height))
            ReadOnlyBanner(state: readOnly).draw(in: banner, buffer: &buffer)
            editor.draw(in: rest, buffer: &buffer)
        } else {
            editor.draw(in: rect, buffer: &buffer)
        }
    }
}
