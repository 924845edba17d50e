import TerminalUI

/// Alasan pencabutan: asks why an agreement of the meeting is withdrawn (the minutes print it).
struct ReasonPrompt: Sendable {
    enum Outcome: Equatable { case none, refused(String), cancel, submit(String) }

    /// Nomor kesepakatan (1-based) and what it is, for the box's text.
    let number: Int
    let summary: String
    var field = TextField(placeholder: "misalnya: menunggu kajian lokasi TPA")

    init(number: Int, summary: String) { self.number = number; self.summary = summary }

    mutating func handle(_ event: Event) -> Outcome {
        switch event {
        case .key(.escape): return .cancel
        case .key(.enter):
            let text = field.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return .refused("Alasan pencabutan wajib diisi; tulis alasannya lalu Enter (Esc untuk batal).") }
            return .submit(text)
        default:
            return field.handle(event) == .refused ? .refused("") : .none
        }
    }

    var bindings: [KeyBinding] { [KeyBinding(.enter, "cabut"), KeyBinding(.escape, "batal")] }

    func draw(in rect: Rect, buffer: inout Buffer) {
        let width = min(rect.width - 2, 76)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + max(0, rect.height / 2 - 4), width: width, height: 7)
        guard box.width >= 20, box.height <= rect.height else { return }
        buffer.fill(box)
        buffer.box(box, title: "Cabut kesepakatan ke-\(number)")
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let hint = "\(summary). Tetap tercatat dalam riwayat; berita acara memuatnya pada Revisi Kesepakatan."
        for (i, line) in TextLayout.wrap(hint, width: max(1, inner.width)).prefix(2).enumerated() {
            buffer.write(line, at: Point(x: inner.x, y: inner.y + i), role: .muted, clip: inner)
        }
        buffer.write("Alasan:", at: Point(x: inner.x, y: inner.y + 3), role: .normal, clip: inner)
        field.draw(in: Rect(x: inner.x + 8, y: inner.y + 3, width: max(1, inner.width - 8), height: 1), buffer: &buffer, focused: true)
    }
}
