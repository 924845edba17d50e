import MufakatDomain
import TerminalUI

/// Isian satu baris di atas layar rapat: the reason an agreement is withdrawn (the minutes print
/// it), or the title of a new meeting. Enter submits, Esc cancels, an empty answer is refused.
struct TextPrompt: Sendable {
    enum Purpose: Sendable, Equatable {
        /// Cabut kesepakatan nomor n (1-based), with what it is.
        case withdraw(number: Int, summary: String)
        /// Buat rapat: the level and province guessed from the stored mappings.
        case createMeeting(level: MeetingLevel, provinceCode: String?, mappings: Int)
    }
    enum Outcome: Equatable { case none, refused(String), cancel, submit(String) }

    let purpose: Purpose
    var field: TextField

    init(_ purpose: Purpose) {
        self.purpose = purpose
        switch purpose {
        case .withdraw: field = TextField(placeholder: txt.withdrawPlaceholder)
        case .createMeeting: field = TextField(placeholder: txt.meetingPlaceholder)
        }
    }

    var title: String {
        switch purpose {
        case .withdraw(let n, _): txt.withdrawTitle(n)
        case .createMeeting: txt.createMeetingTitle
        }
    }

    var hint: String {
        switch purpose {
        case .withdraw(_, let summary):
            txt.withdrawHint(summary)
        case let .createMeeting(level, province, mappings):
            txt.createMeetingHint(txt.level(level), province, mappings)
        }
    }

    var label: String {
        switch purpose {
        case .withdraw: txt.reasonLabel
        case .createMeeting: txt.titleLabel
        }
    }

    mutating func handle(_ event: Event) -> Outcome {
        switch event {
        case .key(.escape): return .cancel
        case .key(.enter):
            let text = field.text.trimmedWhitespace()
            guard !text.isEmpty else {
                switch purpose {
                case .withdraw: return .refused(txt.reasonRequired)
                case .createMeeting: return .refused(txt.titleRequired)
                }
            }
            return .submit(text)
        default:
            return field.handle(event) == .refused ? .refused("") : .none
        }
    }

    var bindings: [KeyBinding] { [KeyBinding(.enter, txt.keySave), KeyBinding(.escape, txt.keyCancel)] }

    func draw(in rect: Rect, buffer: inout Buffer) {
        let width = min(rect.width - 2, 76)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + max(0, rect.height / 2 - 4), width: width, height: 7)
        guard box.width >= 20, box.height <= rect.height else { return }
        buffer.fill(box)
        buffer.box(box, title: title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (i, line) in TextLayout.wrap(hint, width: max(1, inner.width)).prefix(2).enumerated() {
            buffer.write(line, at: Point(x: inner.x, y: inner.y + i), role: .muted, clip: inner)
        }
        buffer.write(label, at: Point(x: inner.x, y: inner.y + 3), role: .normal, clip: inner)
        field.draw(in: Rect(x: inner.x + 8, y: inner.y + 3, width: max(1, inner.width - 8), height: 1), buffer: &buffer, focused: true)
    }
}

/// The meeting screens' words in the language in use.
private var txt: Catalogue<MeetingText> { AppText.current.meeting }
