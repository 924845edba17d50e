import MufakatDomain
import TerminalUI

/// Impor dari layar: asks for the files to import (bundles from `mufakat bundle export` or mapping
/// JSON), several at once separated by spaces; a path with spaces goes in quotes.
struct ImportPrompt: Sendable {
    enum Outcome: Equatable { case none, refused(String), cancel, submit([String]) }

    var field = TextField(placeholder: txt.importPlaceholder)

    mutating func handle(_ event: Event) -> Outcome {
        switch event {
        case .key(.escape): return .cancel
        case .key(.enter):
            let paths = Self.split(field.text)
            guard !paths.isEmpty else {
                return .refused(txt.importRefused)
            }
            return .submit(paths)
        default:
            return field.handle(event) == .refused ? .refused("") : .none
        }
    }

    var bindings: [KeyBinding] { [KeyBinding(.enter, txt.keyImport), KeyBinding(.escape, txt.keyCancel)] }

    /// Splits on spaces, keeping quoted parts ("…" or '…') whole.
    static func split(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quote: Character? = nil
        var started = false
        for ch in text {
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "\"" || ch == "'" {
                quote = ch; started = true
            } else if ch == " " || ch == "\t" {
                if started || !current.isEmpty { out.append(current) }
                current = ""; started = false
            } else {
                current.append(ch); started = true
            }
        }
        if started || !current.isEmpty { out.append(current) }
        return out.filter { !$0.isEmpty }
    }

    func draw(in rect: Rect, buffer: inout Buffer) {
        let width = min(rect.width - 2, 76)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + max(0, rect.height / 2 - 4), width: width, height: 7)
        guard box.width >= 20, box.height <= rect.height else { return }
        buffer.fill(box)
        buffer.box(box, title: txt.importTitle)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let hint = txt.importHint
        for (i, line) in TextLayout.wrap(hint, width: max(1, inner.width)).prefix(2).enumerated() {
            buffer.write(line, at: Point(x: inner.x, y: inner.y + i), role: .muted, clip: inner)
        }
        buffer.write(txt.importLabel, at: Point(x: inner.x, y: inner.y + 3), role: .normal, clip: inner)
        let fieldRect = Rect(x: inner.x + 8, y: inner.y + 3, width: max(1, inner.width - 8), height: 1)
        field.draw(in: fieldRect, buffer: &buffer, focused: true)
    }
}

/// The meeting screens' words in the language in use.
private var txt: Catalogue<MeetingText> { AppText.current.meeting }
