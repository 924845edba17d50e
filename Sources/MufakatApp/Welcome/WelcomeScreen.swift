import MufakatDomain
import TerminalUI

/// Layar sambutan: the first run on an empty store. Three ways to begin, each explained.
struct WelcomeScreen: Sendable {
    enum Choice: Int, CaseIterable, Sendable {
        case setUpRegion, loadExamples, openFolder
        var title: String {
            switch self {
            case .setUpRegion: AppText.current.setUpRegion
            case .loadExamples: AppText.current.loadExamples
            case .openFolder: AppText.current.openFolder
            }
        }
        var explanation: String {
            switch self {
            case .setUpRegion: AppText.current.setUpRegionExplained
            case .loadExamples: AppText.current.loadExamplesExplained
            case .openFolder: AppText.current.openFolderExplained
            }
        }
    }

    enum Outcome: Equatable { case none, chose(Choice), openFolder(String), meeting, quit, help }

    var highlighted: Choice = .setUpRegion
    /// The folder being typed after "buka folder lain".
    var folderField: TextField? = nil
    var folderError: String? = nil
    /// The profile form left with Esc, offered again with its answers (see `ProfileScreen`).
    var profileDraft: ProfileForm? = nil

    mutating func handle(_ event: Event) -> Outcome {
        if var field = folderField {
            switch event {
            case _ where WelcomeKeys.cancelFolder.matches(event): folderField = nil; folderError = nil; return .none
            case _ where WelcomeKeys.openTypedFolder.matches(event):
                let path = field.text.trimmedWhitespace()
                if path.isEmpty { folderError = AppText.current.folderMissing; return .none }
                return .openFolder(path)
            default:
                _ = field.handle(event)
                folderField = field
                folderError = nil
                return .none
            }
        }
        let keys = WelcomeKeys.self
        switch event {
        case .key(.up): highlighted = Choice(rawValue: max(0, highlighted.rawValue - 1))!
        case .key(.down): highlighted = Choice(rawValue: min(Choice.allCases.count - 1, highlighted.rawValue + 1))!
        case _ where keys.setUpRegion.matches(event): highlighted = .setUpRegion; return .chose(.setUpRegion)
        case _ where keys.loadExamples.matches(event): highlighted = .loadExamples; return .chose(.loadExamples)
        case _ where keys.openFolder.matches(event): highlighted = .openFolder; folderField = TextField(); return .none
        case _ where keys.proceed.matches(event):
            if highlighted == .openFolder { folderField = TextField(); return .none }
            return .chose(highlighted)
        case _ where keys.quit.matches(event): return .quit
        case _ where keys.meeting.matches(event): return .meeting
        case _ where keys.help.matches(event): return .help
        default: break
        }
        return .none
    }

    /// The keys in use now: the bar and the help page are both made from this map.
    var keyMap: KeyMap { folderField != nil ? WelcomeKeys.typingFolder : WelcomeKeys.map }

    var bindings: [KeyBinding] { keyMap.bar }

    func draw(in rect: Rect, buffer: inout Buffer, storeLabel: String) {
        let area = rect.inset(top: 1, left: 2, bottom: 0, right: 2)
        var y = area.y
        func line(_ text: String, _ role: StyleRole = .normal, indent: Int = 0) {
            for part in TextLayout.wrap(text, width: max(1, area.width - indent)) where y < area.maxY {
                buffer.write(part, at: Point(x: area.x + indent, y: y), role: role, clip: area)
                y += 1
            }
        }
        let text = AppText.current
        line(text.welcomeTitle, .title)
        line(text.welcomeIntro)
        y += 1
        line(text.storeEmpty(storeLabel), .muted)
        y += 1
        for choice in WelcomeScreen.Choice.allCases {
            let selected = choice == highlighted
            let row = Rect(x: area.x, y: y, width: area.width, height: 1)
            if selected { buffer.fill(row, role: .focused) }
            buffer.write("\(choice.rawValue + 1). \(choice.title)", at: Point(x: area.x + 1, y: y), role: selected ? .focused : .normal, clip: row)
            if selected { buffer.cursor = Point(x: area.x + 1, y: y) }
            y += 1
            if selected {
                line(choice.explanation, .muted, indent: 4)
            }
        }
        if let field = folderField {
            y += 1
            line(text.folderPrompt)
            if y < area.maxY {
                field.draw(in: Rect(x: area.x + 2, y: y, width: area.width - 2, height: 1), buffer: &buffer, focused: true)
                y += 1
            }
            if let folderError { line("✗ " + folderError, .error, indent: 2) }
        }
    }
}

/// Tombol layar sambutan: the welcome screen's keys as data (`WelcomeKeys.meeting.matches(event)`);
/// the help bar and the help page are made from `map`.
enum WelcomeKeys {
    private static var s: Catalogue<AppText> { AppText.current }

    static var choose: KeyBinding { KeyBinding([.up, .down], s.keyChoose) }
    static var proceed: KeyBinding { KeyBinding(.enter, s.keyContinue) }
    /// The numbers beside the three choices (shown on the screen itself, not in the bar).
    static var setUpRegion: KeyBinding { KeyBinding(.char("1"), s.setUpRegion, inBar: false, inHelp: false) }
    static var loadExamples: KeyBinding { KeyBinding(.char("2"), s.loadExamples, inBar: false, inHelp: false) }
    static var openFolder: KeyBinding { KeyBinding(.char("3"), s.openFolder, inBar: false, inHelp: false) }
    static var meeting: KeyBinding { KeyBinding(.char("r"), s.keyMeeting) }
    static var help: KeyBinding { KeyBinding([.char("?"), .function(1)], s.keyHelp, keyLabel: "?/F1") }
    static var quit: KeyBinding { KeyBinding([.char("q"), .ctrl("q")], s.keyQuit, keyLabel: "q") }
    static var map: KeyMap { KeyMap([choose, proceed, setUpRegion, loadExamples, openFolder, meeting, help, quit]) }

    /// While the folder is typed.
    static var openTypedFolder: KeyBinding { KeyBinding(.enter, s.keyOpenFolder) }
    static var cancelFolder: KeyBinding { KeyBinding(.escape, s.keyCancel) }
    static var typingFolder: KeyMap { KeyMap([openTypedFolder, cancelFolder]) }
}
