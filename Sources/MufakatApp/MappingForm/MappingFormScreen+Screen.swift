import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The mapping screen in the stack: its keys, its results, its autosaved drafts (the one
/// `Autosave` policy the editor uses too) and signals while a mapping has unsaved changes.
extension MappingFormScreen: AppScreen {
    /// The own region's mapping arrived (home key p): the screen opens.
    static func opened(code: String, mapping: RegionMapping?, revision: Int?, draft: MappingDraftRecord?,
                       context: ScreenContext) -> (screen: MappingFormScreen, message: Message?) {
        var screen = MappingFormScreen(context: context.shell, regionCode: code, mapping: mapping, revision: revision)
        var message: Message? = mapping == nil
            ? .notice(mappingText.notYet(screen.regionName))
            : nil
        if let draft {
            screen.offerDraft(draft)
            message = .warning(mappingText.draftWaiting(draft.savedAt.shellDisplay))
        }
        return (screen, message)
    }

    var screenName: String { "pemetaan" }
    var screenTitle: String {
        let draft = hasUnsavedWork ? autosave.lastDraftAt.map { mappingText.draftAt($0.shellTime) } ?? "" : ""
        return (hasUnsavedWork ? "● " : "") + mappingText.titleBar(regionName) + draft
    }
    var barBindings: [KeyBinding] { bindings + [MappingKeys.help, MappingKeys.quit] }
    var screenHelp: ScreenHelp { ScreenHelp(title: mappingText.screenTitle, bindings: MappingKeys.list.helpBindings, extra: helpNotes) }

    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        let before = draftMapping
        let wasInEntryForm = entryForm != nil
        let outcome = handle(event)
        var effects: [Effect<AppAction>] = []
        if draftMapping != before { autosave.changed() }
        if autosave.draftOnDisk, !hasUnsavedWork {
            // Saved, discarded or undone: a draft left on disk would be offered for nothing.
            autosave.cleared()
            effects.append(.perform(.discardMappingDraft(regionCode: regionCode)))
        } else if wasInEntryForm, entryForm == nil, autosave.draftNow(hasUnsavedWork: hasUnsavedWork) {
            // Leaving an affair's form: keep what was typed in it at once.
            effects.append(draftEffect)
        }
        var o = mappingOutcome(outcome)
        o.effects = effects + o.effects
        return o
    }

    /// The idle tick: the mapping's unsaved work goes to a draft under the autosave policy.
    mutating func tick(context: ScreenContext) -> ScreenOutcome {
        guard autosave.tick(hasUnsavedWork: hasUnsavedWork, policy: context.autosave) else { return .none }
        return ScreenOutcome(effects: [draftEffect])
    }

    private var draftEffect: Effect<AppAction> { .perform(.saveMappingDraft(draftMapping, basedOn: revision)) }

    private func mappingOutcome(_ outcome: Outcome) -> ScreenOutcome {
        switch outcome {
        case .none: return .none
        case .refused(let text): return .refused(text.map { .error($0) })
        case .message(let m): return .show(m)
        case let .save(mapping, basedOn): return .perform(.saveMapping(mapping, basedOn: basedOn), message: .notice(mappingText.saving))
        case .close: return .pop
        case .quit: return ScreenOutcome(effects: [.quit])
        case .help: return .help
        }
    }

    /// Results of the mapping actions.
    mutating func receive(_ result: AppEvent, context: ScreenContext) -> ScreenOutcome {
        switch result {
        case let .mappingDraftSaved(code, at):
            if regionCode == code { autosave.lastDraftAt = at }
            return .none
        case let .mappingSaved(mapping, revision):
            guard regionCode == mapping.regionCode else { return .none }
            let after = saved(revision: revision, savedMapping: mapping)
            var o = ScreenOutcome.show(.ok(mappingText.saved(revision.map(String.init) ?? "-")))
            switch after {
            case .quit: o.effects = [.quit]
            case .close: o.changes = [.pop()]
            case nil: break
            }
            return o
        case let .mappingConflict(_, theirs, revision, detail):
            conflict(theirs: theirs, revision: revision, detail: detail)
            return .show(.warning(mappingText.conflictMessage))
        case .mappingFailed:
            // The shell shows the reason (also when the screen never opened).
            saveFailed()
            return .none
        default:
            return .none
        }
    }

    /// Ctrl-Q / Ctrl-C with unsaved mapping changes: the question is asked here.
    mutating func holdsQuit() -> Bool { requestQuit() }

    /// SIGTERM / SIGHUP: the runner stops after this, so unsaved mapping changes are saved now
    /// (on a conflict they go to a file beside the store; see `AppEffects+Mapping`).
    func signalEffects(context: ScreenContext) -> [Effect<AppAction>] {
        var screen = self
        screen.applyOpenForm()
        guard screen.isDirty else { return [] }
        var m = screen.mapping
        m.updatedOn = context.shell.today
        return [.perform(.rescueMapping(m, basedOn: screen.revision))]
    }

    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) { draw(in: rect, buffer: &buffer) }
}

/// The mapping form's words in the language in use.
private var mappingText: Catalogue<MappingText> { AppText.current.mapping }
