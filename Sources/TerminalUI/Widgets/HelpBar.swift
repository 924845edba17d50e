/// The bottom line listing the keys that work now, built from the active bindings so it can
/// never drift from what the keys really do. Entries that do not fit are dropped, not cut.
public struct HelpBar: Sendable {
    public var bindings: [KeyBinding]
    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    public func draw(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let line = rect.row(0)
        buffer.fill(line)
        var x = line.x
        for binding in bindings {
            let key = binding.keyText
            let need = DisplayWidth.of(key) + 1 + DisplayWidth.of(binding.label)
            if x + need > line.maxX { break }
            x += buffer.write(key, at: Point(x: x, y: line.y), role: .key, clip: line)
            x += buffer.write(" " + binding.label, at: Point(x: x, y: line.y), role: .muted, clip: line)
            x += 2
        }
    }
}
