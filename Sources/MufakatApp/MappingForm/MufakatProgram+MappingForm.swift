import MufakatDomain
import TerminalUI

/// The mapping screen inside the shell: opening it from the home screen (key p), its results,
/// quitting and signals while a mapping has unsaved changes.
extension MufakatProgram {
    /// Home key p: read the own region's mapping; the screen opens when it arrives.
    mutating func openMappingForm() -> [Effect<AppAction>] {
        message = .notice("Membuka pemetaan urusan…")
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
        let outcome = screen.handle(event)
        mappingForm = screen
        return mappingOutcome(outcome)
    }

    mutating func mappingOutcome(_ outcome: MappingFormScreen.Outcome) -> [Effect<AppAction>] {
        switch outcome {
        case .none: return []
        case .refused(let text):
            if let text { message = .error(text) }
            return [.bell]
        case .message(let m): message = m; return []
        case let .save(mapping, basedOn):
            message = .notice("Menyimpan pemetaan…")
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
        case let .mappingLoaded(code, mapping, revision):
            mappingForm = MappingFormScreen(context: context, regionCode: code, mapping: mapping, revision: revision)
            screens.removeAll { if case .mappingForm = $0 { true } else { false } }
            screens.append(.mappingForm)
            message = mapping == nil
                ? .notice("Pemetaan \(mappingForm!.regionName) belum ada; mulai mengisi dengan Enter pada urusan.")
                : nil
            return []
        case let .mappingSaved(mapping, revision):
            guard var screen = mappingForm, screen.regionCode == mapping.regionCode else { return [] }
            let after = screen.saved(revision: revision, savedMapping: mapping)
            mappingForm = screen
            message = .ok("Pemetaan tersimpan (revisi \(revision.map(String.init) ?? "-")).")
            switch after {
            case .quit: return [.quit]
            case .close: closeMappingForm(); return []
            case nil: return []
            }
        case let .mappingConflict(_, theirs, revision, detail):
            guard var screen = mappingForm else { return [] }
            screen.conflict(theirs: theirs, revision: revision, detail: detail)
            mappingForm = screen
            message = .warning("Konflik penyimpanan pemetaan: pilih perubahan yang dipakai.")
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
        (mappingForm?.bindings ?? []) + [KeyBinding(.function(1), "bantuan"), KeyBinding(.ctrl("q"), "keluar")]
    }

    var mappingTitle: String {
        guard let m = mappingForm else { return "Pemetaan urusan" }
        return (m.isDirty ? "● " : "") + "Pemetaan urusan · \(m.regionName)"
    }

    func mappingHelpContent() -> (String, [KeyBinding], [(key: String, text: String)]) {
        ("Pemetaan urusan", [], mappingForm?.helpLines ?? [])
    }
}
