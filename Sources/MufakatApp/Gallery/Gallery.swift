import MufakatDomain
import TerminalUI

/// The widget gallery (`mufakat gallery`): every widget and every theme on one screen, to check
/// a terminal (wide characters, colours, keys) and as the subject of snapshot and tmux tests.
public struct Gallery: Program {
    public enum Focus: Int, CaseIterable, Sendable {
        case name, date, amount, notes, region, affairs, table
    }

    public var themes: [Theme]
    public private(set) var themeIndex: Int
    public var name = TextField("José Ñúñez", maxLength: 60)
    public var date = DateField(FieldDate(year: 2025, month: 8, day: 17), monthNames: DisplayDate.monthNames)
    public var amount = NumberField.rupiah(1_500_000)
    public var notes = TextArea(txt.sampleNotes)
    public var region: PickList
    public var affairs = CheckList(txt.sampleAffairs, checked: [1, 4])
    public var table = Table(
        columns: [TableColumn(txt.columnCode, width: .fixed(6)), TableColumn(txt.columnName), TableColumn(txt.columnValue, width: .fixed(13), alignment: .right)],
        rows: [
            ["01", "Peñalolén", "2.500.000"], ["02", "Café Ubud", "750.000"], ["03", txt.sampleTableRow, "12.000.000"],
            ["04", "Résumé e\u{0301}", "1.000"], ["05", "Kopi ☕ 🙂", "300.000"], ["06", "Bandung", "45.000.000"],
            ["07", "Ternate", "8.250.000"], ["08", "Ambon", "0"],
        ], sortColumn: 0)
    public var stepper = StageStepper(title: txt.stagesTitle, stages: [
        Stage(txt.sampleStages[0], state: .done), Stage(txt.sampleStages[1], state: .done),
        Stage(txt.sampleStages[2], state: .current, errorCount: 2), Stage(txt.sampleStages[3], state: .blocked),
        Stage(txt.sampleStages[4], state: .pending), Stage(txt.sampleStages[5], state: .skipped),
        Stage(txt.sampleStages[6], state: .error, errorCount: 1),
    ])
    public private(set) var focus: Focus = .name
    public var message: Message?
    public var dialog: Dialog?
    /// Set while the open dialog asks whether to leave.
    private var dialogIsQuit = false
    public private(set) var size = Size(width: 80, height: 24)

    /// - Parameters:
    ///   - themes: every theme to show (the shipped ones); the active one is `themes[activeTheme]`.
    ///   - warnings: problems met while choosing the theme, shown on the message line.
    public init(themes: [Theme], activeTheme: Int = 0, warnings: [String] = []) {
        InterfaceLanguage.install()
        self.themes = themes.isEmpty ? [.fallback] : themes
        self.themeIndex = min(max(0, activeTheme), self.themes.count - 1)
        self.region = PickList(Gallery.sampleRegions)
        self.message = warnings.first.map { .warning($0) } ?? .notice(txt.hint)
    }

    /// Sample entries with diacritics, CJK and emoji, and enough of them to scroll.
    static var sampleRegions: [PickItem] {
        let named = [
            PickItem("Kota Ambon", detail: "81.71"), PickItem("Kota Bandung", detail: "32.73"),
            PickItem("Kabupaten Bone Bolango", detail: "75.03"), PickItem("Kota Denpasar", detail: "51.71"),
            PickItem("Peñalolén", detail: txt.sampleDetail("ñ")), PickItem("São Tomé", detail: txt.sampleDetail("ã")),
            PickItem("東京都", detail: txt.sampleDetail("CJK")), PickItem("Kota Ternate", detail: "82.71"),
            PickItem("Kabupaten Café 🙂", detail: txt.sampleDetail("emoji")),
        ]
        let numbered = (1...543).map { PickItem(txt.sampleRegion($0), detail: "99.\($0)") }
        return named + numbered
    }

    public var activeTheme: Theme { themes[themeIndex] }

    public var tickInterval: Duration? { nil }

    /// The keys that work now: the screen's own and the focused widget's.
    public var bindings: [KeyBinding] {
        if let dialog { return dialog.bindings }
        var out = [KeyBinding([.tab, .backTab], txt.keyMove), KeyBinding(.function(2), txt.keyDialog), KeyBinding(.function(3), txt.keyTheme), KeyBinding(.escape, txt.keyQuit)]
        switch focus {
        case .name: out += name.bindings
        case .date: out += date.bindings
        case .amount: out += amount.bindings
        case .notes: out += notes.bindings
        case .region: out += region.bindings
        case .affairs: out += affairs.bindings
        case .table: out += table.bindings
        }
        return out
    }

    public mutating func update(_ event: Event) -> [Effect<Never>] {
        switch event {
        case let .resize(w, h):
            size = Size(width: w, height: h)
            return []
        case .signal(.interrupt):
            openQuitDialog()
            return []
        case .signal:
            return [.quit]
        case .tick, .resumed, .custom:
            return []
        case .key, .paste:
            break
        }
        if var d = dialog {
            let outcome = d.handle(event)
            dialog = d
            switch outcome {
            case .submitted:
                dialog = nil
                if dialogIsQuit, d.confirmed { return [.quit] }
                message = .notice(dialogIsQuit ? txt.stayInGallery : txt.dialogAnswer(d.buttons[d.selected]))
                dialogIsQuit = false
            case .cancelled:
                dialog = nil
                dialogIsQuit = false
                message = .notice(txt.dialogClosed)
            default: break
            }
            return []
        }
        switch event {
        case .key(.tab):
            focus = Focus(rawValue: (focus.rawValue + 1) % Focus.allCases.count)!
            return []
        case .key(.backTab):
            focus = Focus(rawValue: (focus.rawValue + Focus.allCases.count - 1) % Focus.allCases.count)!
            return []
        case .key(.function(2)):
            dialog = .choose(txt.sampleDialogTitle, txt.sampleDialogText, options: [txt.save, txt.discard, txt.cancel])
            return []
        case .key(.function(3)):
            themeIndex = (themeIndex + 1) % themes.count
            message = .ok(txt.themeChanged(activeTheme.name))
            return [.setTheme(activeTheme)]
        case .key(.escape):
            openQuitDialog()
            return []
        default:
            break
        }
        let outcome: WidgetOutcome
        switch focus {
        case .name: outcome = name.handle(event)
        case .date: outcome = date.handle(event)
        case .amount: outcome = amount.handle(event)
        case .notes:
            notes.wrapWidth = layout(size).notes.width
            outcome = notes.handle(event)
        case .region: outcome = region.handle(event)
        case .affairs: outcome = affairs.handle(event)
        case .table: outcome = table.handle(event)
        }
        switch outcome {
        case .refused:
            if focus == .amount { message = .error(txt.digitsOnly) }
            return [.bell]
        case .submitted where focus == .region:
            if let s = region.selected { message = .ok(txt.chosen(region.items[s].title)) }
        case .ignored where event == .key(.enter):
            focus = Focus(rawValue: (focus.rawValue + 1) % Focus.allCases.count)!
        default:
            if focus == .date, let p = date.problem, date.isComplete { message = .error(p) }
        }
        return []
    }

    private mutating func openQuitDialog() {
        dialog = .confirm(txt.quitTitle, txt.quitText)
        dialogIsQuit = true
    }

    /// Where each part goes for a screen size; 80×24 is the smallest layout.
    struct Layout {
        var title, stepper, themes, form, labels, name, date, amount, notes, notesStatus: Rect
        var regionHead, region, affairsHead, affairs, table, message, help: Rect
    }

    func layout(_ size: Size) -> Layout {
        let screen = Rect(size: size)
        let (title, rest0) = screen.splitTop(1)
        let (middle, bottom) = rest0.splitBottom(2)
        let (message, help) = bottom.splitTop(1)
        let sideWidth = size.width >= 120 ? 30 : 22
        let (side, main0) = middle.splitLeft(sideWidth)
        let stepperHeight = min(side.height / 2 + 1, StageStepper(stages: stepper.stages).stages.count + 2)
        let (stepperRect, themesRect) = side.splitTop(stepperHeight)
        let main = main0.inset(left: 1)
        let extra = max(0, size.height - 24)
        let labelWidth = 10
        var y = main.y
        func row(_ h: Int) -> Rect { defer { y += h }; return Rect(x: main.x + labelWidth, y: y, width: main.width - labelWidth, height: h) }
        let name = row(1), date = row(1), amount = row(1)
        let notesRows = 2 + extra / 4
        let notes = row(notesRows)
        let notesStatus = row(1)
        let listRows = 6 + extra / 3
        let heads = Rect(x: main.x, y: y, width: main.width, height: 1); y += 1
        let lists = Rect(x: main.x, y: y, width: main.width, height: listRows); y += listRows
        let half = (lists.width - 1) / 2
        let region = Rect(x: lists.x, y: lists.y, width: half, height: lists.height)
        let affairs = Rect(x: lists.x + half + 1, y: lists.y, width: lists.width - half - 1, height: lists.height)
        let table = Rect(x: main.x, y: y, width: main.width, height: max(0, main.maxY - y))
        return Layout(title: title, stepper: stepperRect, themes: themesRect, form: main,
                      labels: Rect(x: main.x, y: main.y, width: labelWidth, height: main.height),
                      name: name, date: date, amount: amount, notes: notes, notesStatus: notesStatus,
                      regionHead: Rect(x: heads.x, y: heads.y, width: half, height: 1), region: region,
                      affairsHead: Rect(x: heads.x + half + 1, y: heads.y, width: heads.width - half - 1, height: 1), affairs: affairs,
                      table: table, message: message, help: help)
    }

    public func view(into buffer: inout Buffer) {
        let l = layout(buffer.size)
        buffer.fill(l.title, role: .title)
        buffer.write(txt.title, at: Point(x: l.title.x + 1, y: l.title.y), role: .title, clip: l.title)
        let themeInfo = txt.themeInfo(activeTheme.name)
        buffer.write(themeInfo, at: Point(x: l.title.maxX - DisplayWidth.of(themeInfo), y: l.title.y), role: .title, clip: l.title)

        stepper.draw(in: l.stepper, buffer: &buffer)
        drawThemes(in: l.themes, buffer: &buffer)

        let labels: [(Rect, String, Focus)] = [(l.name, txt.name, .name), (l.date, txt.date, .date), (l.amount, txt.budget, .amount), (l.notes, txt.notes, .notes)]
        for (rect, label, f) in labels {
            buffer.write(label, at: Point(x: l.labels.x, y: rect.y), role: focus == f && dialog == nil ? .title : .normal, clip: l.labels)
        }
        let active = dialog == nil
        name.draw(in: l.name, buffer: &buffer, focused: active && focus == .name)
        date.draw(in: l.date, buffer: &buffer, focused: active && focus == .date)
        amount.draw(in: l.amount, buffer: &buffer, focused: active && focus == .amount)
        notes.draw(in: l.notes, buffer: &buffer, focused: active && focus == .notes)
        let status = notes.status(width: l.notes.width) + txt.hardLines(notes.lineCount)
        buffer.write(status, at: Point(x: l.notesStatus.x, y: l.notesStatus.y), role: .muted, clip: l.notesStatus)

        buffer.write(txt.regionsHead, at: Point(x: l.regionHead.x, y: l.regionHead.y), role: focus == .region && active ? .title : .normal, clip: l.regionHead)
        buffer.write(txt.affairsHead, at: Point(x: l.affairsHead.x, y: l.affairsHead.y), role: focus == .affairs && active ? .title : .normal, clip: l.affairsHead)
        region.draw(in: l.region, buffer: &buffer, focused: active && focus == .region)
        affairs.draw(in: l.affairs, buffer: &buffer, focused: active && focus == .affairs)
        table.draw(in: l.table, buffer: &buffer, focused: active && focus == .table)

        MessageLine(message).draw(in: l.message, buffer: &buffer)
        HelpBar(bindings).draw(in: l.help, buffer: &buffer)

        if let dialog {
            dialog.draw(in: buffer.area, buffer: &buffer, focused: true)
        }
    }

    /// The themes box: each theme by name (● marks the active one) and a line of role samples,
    /// so switching with F3 shows every role in the new palette.
    private func drawThemes(in rect: Rect, buffer: inout Buffer) {
        guard rect.height >= 3 else { return }
        buffer.box(rect, title: txt.themeBox)
        let inner = rect.inset(by: 1)
        var y = inner.y
        for (i, theme) in themes.enumerated() where y < inner.maxY {
            let mark = i == themeIndex ? "● " : "○ "
            buffer.write(TextLayout.fit(mark + theme.name, width: inner.width, pad: false), at: Point(x: inner.x, y: y), role: i == themeIndex ? .selection : .normal, clip: inner)
            y += 1
        }
        let samples: [(String, StyleRole)] = [(txt.roleNormal, .normal), (txt.roleMuted, .muted), (txt.roleTitle, .title), (txt.roleFocused, .focused),
                                              (txt.roleSelection, .selection), (txt.roleError, .error), (txt.roleWarning, .warning), (txt.roleOK, .ok)]
        var x = inner.x
        for (word, role) in samples where y < inner.maxY {
            let w = DisplayWidth.of(word)
            if x + w > inner.maxX { x = inner.x; y += 1 }
            if y >= inner.maxY { break }
            buffer.write(word, at: Point(x: x, y: y), role: role, clip: inner)
            x += w + 1
        }
    }
}

/// The gallery's words in the language in use.
private var txt: Catalogue<GalleryText> { AppText.current.gallery }
