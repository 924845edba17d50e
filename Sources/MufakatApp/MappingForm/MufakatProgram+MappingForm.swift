import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The mapping screen inside the shell: opening it from the home screen (key p), its results,
/// autosaved drafts, quitting and signals while a mapping has unsaved changes.
extension MufakatProgram {
    /// Home key p: read the own region's mapping; the screen opens when it arrives.
    mutating func openMappingForm() -> [Effect<AppAction>] {
        message = .notice(txt.opening)
        return [.perform(.loadMapping(regionCode: profile?.regionCode))]
    }

    mutating func closeMappingForm() {
        mappingForm = nil
        screens.removeAll { if case .mappingForm = $0 { true } else { false } }
        if screens.isEmpty { screens = [.home] }
    }

    mutating func handleMappingKey(_ event: Event) -> [Effect<AppAction>] {
        guard var screen = mappingForm else { screens.removeLast(); return [] }
        message = nil
        let before = screen.draftMapping
        let wasInEntryForm = screen.entryForm != nil
        let outcome = screen.handle(event)
        var effects: [Effect<AppAction>] = []
        if screen.draftMapping != before { screen.autosave.changed() }
        if screen.autosave.draftOnDisk, !screen.hasUnsavedWork {
            // Saved, discarded or undone: a draft left on disk would be offered for nothing.
            screen.autosave.cleared()
            effects.append(.perform(.discardMappingDraft(regionCode: screen.regionCode)))
        } else if wasInEntryForm, screen.entryForm == nil, screen.hasUnsavedWork, screen.autosave.changedSinceDraft {
            // Leaving an affair's form: keep what was typed in it at once.
            effects += mappingDraftEffects(&screen)
        }
        mappingForm = screen
        return effects + mappingOutcome(outcome)
    }

    /// The idle tick: the mapping's unsaved work goes to a draft after `autosaveIdleTicks`.
    mutating func mappingTick() -> [Effect<AppAction>] {
        guard var screen = mappingForm else { return [] }
        defer { mappingForm = screen }
        guard screen.autosave.tick(hasUnsavedWork: screen.hasUnsavedWork, limit: autosaveIdleTicks) else { return [] }
        return mappingDraftEffects(&screen)
    }

    func mappingDraftEffects(_ screen: inout MappingFormScreen) -> [Effect<AppAction>] {
        screen.autosave.writing()
        return [.perform(.saveMappingDraft(screen.draftMapping, basedOn: screen.revision))]
    }

    mutating func mappingOutcome(_ outcome: MappingFormScreen.Outcome) -> [Effect<AppAction>] {
        switch outcome {
        case .none: return []
        case .refused(let text):
            if let text { message = .error(text) }
            return [.bell]
        case .message(let m): message = m; return []
        case let .save(mapping, basedOn):
            message = .notice(txt.saving)
            return [.perform(.saveMapping(mapping, basedOn: basedOn))]
        case .close:
            closeMappingForm()
            return []
        case .quit:
            return [.quit]
        case .help:
            return pushHelp()
        }
    }

    /// Results of the mapping actions.
    mutating func handleMappingEvent(_ result: AppEvent) -> [Effect<AppAction>] {
        switch result {
        case let .mappingLoaded(code, mapping, revision, draft):
            var screen = MappingFormScreen(context: context, regionCode: code, mapping: mapping, revision: revision)
            message = mapping == nil
                ? .notice(txt.notYet(screen.regionName))
                : nil
            if let draft {
                screen.offerDraft(draft)
                message = .warning(txt.draftWaiting(draft.savedAt.shellDisplay))
            }
            mappingForm = screen
            screens.removeAll { if case .mappingForm = $0 { true } else { false } }
            screens.append(.mappingForm)
            return []
        case let .mappingDraftSaved(code, at):
            if mappingForm?.regionCode == code { mappingForm?.autosave.lastDraftAt = at }
            return []
        case .mappingDraftDiscarded:
            return []
        case let .mappingSaved(mapping, revision):
            guard var screen = mappingForm, screen.regionCode == mapping.regionCode else { return [] }
            let after = screen.saved(revision: revision, savedMapping: mapping)
            mappingForm = screen
            message = .ok(txt.saved(revision.map(String.init) ?? "-"))
            switch after {
            case .quit: return [.quit]
            case .close: closeMappingForm(); return []
            case nil: return []
            }
        case let .mappingConflict(_, theirs, revision, detail):
            guard var screen = mappingForm else { return [] }
            screen.conflict(theirs: theirs, revision: revision, detail: detail)
            mappingForm = screen
            message = .warning(txt.conflictMessage)
            return []
        case .mappingFailed(let text):
            mappingForm?.saveFailed()
            message = .error(text)
            return [.bell]
        default:
            return []
        }
    }

    /// Ctrl-Q / Ctrl-C with unsaved mapping changes: show the mapping and ask. Nil: nothing to ask.
    mutating func mappingQuitRequest() -> [Effect<AppAction>]? {
        guard var screen = mappingForm, screen.requestQuit() else { return nil }
        mappingForm = screen
        // The question is asked on the mapping screen, whatever was on top of it.
        while let last = screens.last, !Self.isMappingScreen(last) { screens.removeLast() }
        if screens.isEmpty { screens = [.home, .mappingForm] }
        return []
    }

    static func isMappingScreen(_ screen: Screen) -> Bool {
        if case .mappingForm = screen { true } else { false }
    }

    /// SIGTERM / SIGHUP: the runner stops after this, so unsaved mapping changes are saved now
    /// (on a conflict they go to a file beside the store; see `AppEffects+Mapping`).
    var mappingSignalEffects: [Effect<AppAction>] {
        guard var screen = mappingForm else { return [] }
        screen.applyOpenForm()
        guard screen.isDirty else { return [] }
        var m = screen.mapping
        m.updatedOn = context.today
        return [.perform(.rescueMapping(m, basedOn: screen.revision))]
    }

    var mappingBindings: [KeyBinding] {
        (mappingForm?.bindings ?? []) + [KeyBinding(.function(1), txt.keyHelp), KeyBinding(.ctrl("q"), txt.keyQuit)]
    }

    var mappingTitle: String {
        guard let m = mappingForm else { return txt.screenTitle }
        let draft = m.hasUnsavedWork ? m.autosave.lastDraftAt.map { txt.draftAt($0.shellTime) } ?? "" : ""
        return (m.hasUnsavedWork ? "● " : "") + txt.titleBar(m.regionName) + draft
    }

    func mappingHelpContent() -> (String, [KeyBinding], [(key: String, text: String)]) {
        (txt.screenTitle, [], mappingForm?.helpLines ?? [])
    }
}

/// The mapping form's words in the language in use.
private var txt: MappingText { AppText.current.mapping }
