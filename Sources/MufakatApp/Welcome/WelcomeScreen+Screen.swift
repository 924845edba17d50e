import MufakatDomain
import TerminalUI

extension WelcomeScreen: AppScreen {
    var screenName: String { "sambutan" }
    var screenTitle: String { AppText.current.shell.welcome }
    var barBindings: [KeyBinding] { keyMap.bar }
    var screenHelp: ScreenHelp { ScreenHelp(title: AppText.current.shell.helpWelcome, bindings: keyMap.helpBindings) }

    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        switch handle(event) {
        case .none, .chose(.openFolder): return .none
        case .chose(.setUpRegion):
            // The profile form takes the welcome screen's place and gives it back on Esc, with the answers kept.
            var profile = ProfileScreen(existing: context.profile, context: context.shell)
            if let draft = profileDraft { profile.form = draft }
            var below = self
            below.profileDraft = nil
            profile.welcome = below
            return ScreenOutcome(changes: [.replace(profile)])
        case .chose(.loadExamples): return .perform(.loadExamples, message: .notice(AppText.current.shell.loadingExamples))
        case .openFolder(let path): return .perform(.openFolder(path))
        case .quit: return ScreenOutcome(effects: [.quit])
        case .help: return .help
        case .meeting: return MeetingMode.opening(context)
        }
    }

    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) {
        draw(in: rect, buffer: &buffer, storeLabel: context.storeLabel)
    }
}

/// Profil daerah: the region profile form as a screen of the stack.
struct ProfileScreen: AppScreen {
    var form: ProfileForm
    /// Opened by `n` before any profile existed: the new cooperation follows the save.
    var thenNewCooperation = false
    /// Opened from the welcome screen: Esc puts it back, keeping the answers typed so far.
    var welcome: WelcomeScreen? = nil

    init(existing: RegionProfile?, context: ShellContext, thenNewCooperation: Bool = false) {
        form = ProfileForm(existing: existing, catalogues: context.catalogues, rulebook: context.rulebook)
        self.thenNewCooperation = thenNewCooperation
    }

    var screenName: String { "profil" }
    var screenTitle: String { AppText.current.shell.profile }
    var barBindings: [KeyBinding] { form.keyMap.bar }
    var screenHelp: ScreenHelp { ScreenHelp(title: AppText.current.shell.profile, bindings: form.keyMap.helpBindings) }

    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        switch form.handle(event) {
        case .none: return .none
        case .refused: return .refused(form.errorSummary.map { .error($0) })
        case .cancel:
            guard var welcome else { return ScreenOutcome(changes: [.pop(fallback: WelcomeScreen())]) }
            welcome.profileDraft = form
            return ScreenOutcome(changes: [.replace(welcome)])
        case .save(let p): return .perform(.saveProfile(p))
        case .saveWithLogo(let p, let path): return .perform(.saveProfileWithLogo(p, logoPath: path))
        }
    }

    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) { form.draw(in: rect, buffer: &buffer) }
}
