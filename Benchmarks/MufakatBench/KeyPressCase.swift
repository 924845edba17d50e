import TerminalUI

/// One key press on the real program, as a user feels it: the update, the draw, the diff against
/// the frame before, and all three together, with the bytes the diff writes to the terminal.
enum KeyPressCase {
    /// `label` names the rows ("editor: one letter", "home: down 80×24"); `size` is the table's
    /// size column; `dims` the terminal ("80×24").
    static func measure<P: Program>(_ h: inout Harness, label: String, size: String, dims: String, iterations: Int,
                                    budget: Double = 10, base: P, event: Event) {
        let parts = dims.split(separator: "×").compactMap { Int($0) }
        let screen = Size(width: parts[0], height: parts[1])
        var before = Buffer(size: screen)
        base.view(into: &before)
        var after = base
        _ = after.update(event)
        var frame = Buffer(size: screen)
        after.view(into: &frame)
        let stats = FrameDiff.stats(from: before, to: frame)
        let note = "\(stats.bytes) B, \(stats.changedCells) cells"
        h.measure("\(label): update", size: size, iterations: iterations, budget: budget, note: note) {
            var p = base
            blackHole(p.update(event))
        }
        h.measure("\(label): draw", size: size, iterations: iterations, budget: budget) {
            var b = Buffer(size: screen)
            after.view(into: &b)
            blackHole(b)
        }
        h.measure("\(label): diff", size: size, iterations: iterations, budget: budget) {
            blackHole((FrameDiff.stats(from: before, to: frame), FrameDiff.changes(from: before, to: frame)))
        }
        h.measure("\(label): whole key press", size: size, iterations: iterations, budget: budget, note: note) {
            var p = base
            _ = p.update(event)
            var b = Buffer(size: screen)
            p.view(into: &b)
            blackHole((FrameDiff.stats(from: before, to: b), FrameDiff.changes(from: before, to: b)))
        }
    }
}
