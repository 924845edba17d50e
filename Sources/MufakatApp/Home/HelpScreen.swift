import TerminalUI

/// Bantuan: every key of the screen it was opened from, plus the keys that work everywhere.
struct HelpScreen: Sendable {
    var title: String
    var lines: [(key: String, text: String)]
    var scroll = 0

    static var global: [(key: String, text: String)] {
        let t = AppText.current.home
        return [
            ("", t.everywhere),
            ("Ctrl-S / F2", t.saveNow),
            ("F1", t.thisHelp),
            ("Ctrl-C / Ctrl-Q", t.quitAsking),
            ("Ctrl-Z", t.suspend),
            ("", t.autosaveNote),
        ]
    }

    init(title: String, bindings: [KeyBinding], extra: [(key: String, text: String)] = []) {
        self.title = title
        var out: [(key: String, text: String)] = [("", AppText.current.home.keysOnThisScreen)]
        for b in bindings { out.append((b.helpKeyText, b.helpText)) }
        out += extra
        out.append(("", ""))
        out += HelpScreen.global
        lines = out
    }

    /// Tombol bantuan: the help screen's own keys, one map for handling and for the help bar.
    enum Keys {
        static var scroll: KeyBinding { KeyBinding([.up, .down], AppText.current.home.keyScroll) }
        static var page: KeyBinding { KeyBinding([.pageUp, .pageDown], AppText.current.home.keyScrollPage, inBar: false) }
        static var close: KeyBinding { KeyBinding([.escape, .char("q"), .char("?"), .function(1), .enter], AppText.current.home.keyCloseHelp, keyLabel: "Esc/?") }
        static var map: KeyMap { KeyMap([scroll, page, close]) }
    }

    /// True when the help should close.
    mutating func handle(_ event: Event) -> Bool {
        let last = max(0, lines.count - 1)
        switch event {
        case _ where Keys.close.matches(event): return true
        case .key(.up): scroll = max(0, scroll - 1)
        case .key(.down): scroll = min(last, scroll + 1)
        case .key(.pageUp): scroll = max(0, scroll - 10)
        case .key(.pageDown): scroll = min(last, scroll + 10)
        default: break
        }
        return false
    }

    var bindings: [KeyBinding] { Keys.map.bar }

    func draw(in rect: Rect, buffer: inout Buffer) {
        let area = rect.inset(top: 1, left: 2, bottom: 0, right: 2)
        buffer.write(AppText.current.home.helpTitle(title), at: Point(x: area.x, y: area.y), role: .title, clip: area)
        let body = area.inset(top: 2)
        let keyWidth = min(20, max(8, lines.map { DisplayWidth.of($0.key) }.max() ?? 8) + 2)
        // Headings are known by the catalogue entry, never by a word of it.
        let headings: Set<String> = [AppText.current.home.keysOnThisScreen, AppText.current.home.everywhere]
        var rows: [(String, String, StyleRole)] = []
        for (key, text) in lines {
            if key.isEmpty {
                for part in TextLayout.wrap(text, width: max(1, body.width)) { rows.append(("", part, headings.contains(text) ? .title : .muted)) }
                if text.isEmpty { rows.append(("", "", .normal)) }
            } else {
                let parts = TextLayout.wrap(text, width: max(1, body.width - keyWidth))
                for (i, part) in parts.enumerated() { rows.append((i == 0 ? key : "", part, .normal)) }
            }
        }
        let top = min(scroll, max(0, rows.count - body.height))
        for i in 0..<body.height where top + i < rows.count {
            let (key, text, role) = rows[top + i]
            let y = body.y + i
            if key.isEmpty && role != .normal {
                buffer.write(text, at: Point(x: body.x, y: y), role: role, clip: body)
            } else {
                buffer.write(key, at: Point(x: body.x, y: y), role: .key, clip: body)
                buffer.write(text, at: Point(x: body.x + keyWidth, y: y), role: .normal, clip: body)
            }
        }
    }
}
