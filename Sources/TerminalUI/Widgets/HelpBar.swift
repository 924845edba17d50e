/// The bottom line listing the keys that work now, built from the active bindings so it can
/// never drift from what the keys really do. Entries come in the order the screen gives them
/// (its main actions first); those that do not fit are dropped, not cut. When some must go, the
/// way to help (`?` or F1, which lists every key) always stays, so at 80 columns a user can
/// always find the keys that were left out.
public struct HelpBar: Sendable {
    public var bindings: [KeyBinding]
    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    static let essentialKeys: Set<Key> = [.char("?"), .function(1)]

    static func width(_ b: KeyBinding) -> Int { DisplayWidth.of(b.keyText) + 1 + DisplayWidth.of(b.label) }

    /// The bindings shown in `width` columns, in their given order.
    public func visible(in width: Int) -> [KeyBinding] {
        let total = bindings.reduce(0) { $0 + Self.width($1) + 2 } - 2
        if total <= width { return bindings }
        let isEssential = bindings.map { !Self.essentialKeys.isDisjoint(with: $0.keys) }
        var reserved = zip(bindings, isEssential).filter(\.1).reduce(0) { $0 + Self.width($1.0) + 2 }
        var used = 0
        var keep = [Bool](repeating: false, count: bindings.count)
        for (i, b) in bindings.enumerated() {
            let need = Self.width(b) + 2
            if isEssential[i] {
                reserved -= need
                if used + need - 2 <= width { keep[i] = true; used += need }
            } else if used + need + reserved - 2 <= width {
                keep[i] = true; used += need
            }
        }
        return bindings.indices.filter { keep[$0] }.map { bindings[$0] }
    }

    public func draw(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let line = rect.row(0)
        buffer.fill(line)
        var x = line.x
        for binding in visible(in: line.width) {
            x += buffer.write(binding.keyText, at: Point(x: x, y: line.y), role: .key, clip: line)
            x += buffer.write(" " + binding.label, at: Point(x: x, y: line.y), role: .muted, clip: line)
            x += 2
        }
    }
}
