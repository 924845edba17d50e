import MufakatServices
import TerminalUI

/// Spanduk hanya-baca: two rows over a read-only editor saying why nothing can be saved and
/// what to do about it.
struct ReadOnlyBanner: Sendable {
    var state: ReadOnlyState

    func draw(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, role: .warning)
        let lines = [state.banner, state.advice]
        for (i, line) in lines.enumerated() where i < rect.height {
            buffer.write(TextLayout.fit(" " + line, width: rect.width, pad: false), at: Point(x: rect.x, y: rect.y + i), role: .warning, clip: rect)
        }
    }
}
