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

    mutating func handle(_ event: Event) -> Outcome {
        if var field = folderField {
            switch event {
            case .key(.escape): folderField = nil; folderError = nil; return .none
            case .key(.enter):
                let path = field.text.trimmingCharacters(in: .whitespaces)
                if path.isEmpty { folderError = AppText.current.folderMissing; return .none }
                return .openFolder(path)
            default:
                _ = field.handle(event)
                folderField = field
                folderError = nil
                return .none
            }
        }
        switch event {
        case .key(.up): highlighted = Choice(rawValue: max(0, highlighted.rawValue - 1))!
        case .key(.down): highlighted = Choice(rawValue: min(Choice.allCases.count - 1, highlighted.rawValue + 1))!
        case .key(.char("1")): highlighted = .setUpRegion; return .chose(.setUpRegion)
        case .key(.char("2")): highlighted = .loadExamples; return .chose(.loadExamples)
        case .key(.char("3")): highlighted = .openFolder; folderField = TextField(); return .none
        case .key(.enter):
            if highlighted == .openFolder { folderField = TextField(); return .none }
            return .chose(highlighted)
        case .key(.char("q")), .key(.ctrl("q")): return .quit
        case .key(.char("r")): return .meeting
        case .key(.char("?")), .key(.function(1)): return .help
        default: break
        }
        return .none
    }

    var bindings: [KeyBinding] {
        let s = AppText.current
        if folderField != nil { return [KeyBinding(.enter, s.keyOpenFolder), KeyBinding(.escape, s.keyCancel)] }
        return [KeyBinding([.up, .down], s.keyChoose), KeyBinding(.enter, s.keyContinue), KeyBinding(.char("r"), s.keyMeeting),
                KeyBinding(.char("?"), s.keyHelp, keyLabel: "?/F1"),
                KeyBinding(.char("q"), s.keyQuit)]
    }

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
