import Testing
@testable import TerminalUI

/// Issue 19: the frame diff compares stored cells by their bits first. It must name exactly the
/// cells a plain cell-by-cell comparison names, with the same byte count.
@Suite struct FrameDiffTests {
    /// The comparison as it was written first: every cell through `Buffer`'s subscript and `==`.
    static func referenceChanges(from old: Buffer?, to new: Buffer) -> [Point] {
        var out: [Point] = []
        let same = old?.size == new.size
        for y in 0..<new.height {
            for x in 0..<new.width where !same || old![x, y] != new[x, y] { out.append(Point(x: x, y: y)) }
        }
        return out
    }

    static func referenceStats(from old: Buffer?, to new: Buffer) -> FrameStats {
        let changed = referenceChanges(from: old, to: new)
        var bytes = old?.size == new.size ? 0 : 4
        var last: Point? = nil
        var lastRole: StyleRole? = nil
        for p in changed {
            let cell = new[p.x, p.y]
            if last == nil || last!.y != p.y || last!.x + 1 != p.x { bytes += 8 }
            if cell.role != lastRole { bytes += 10; lastRole = cell.role }
            bytes += cell.grapheme.utf8.count
            last = p
        }
        return FrameStats(changedCells: changed.count, bytes: bytes)
    }

    @Test func theDiffNamesExactlyTheCellsAPlainComparisonNames() {
        var state: UInt64 = 19
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        // Texts that are equal with other bits (a long text made twice), wide, combining, blank.
        let long = String(repeating: "x", count: 40)
        let texts = ["a", "b", " ", "é", "e\u{301}", "界", "─", "🙂", long, String(long.reversed())]
        let roles: [StyleRole] = [.normal, .muted, .error, .focused]
        for size in [Size(width: 7, height: 3), Size(width: 31, height: 9), Size(width: 0, height: 0)] {
            var a = Buffer(size: size)
            for _ in 0..<300 {
                var b = a
                for _ in 0..<next(6) {
                    let text = texts[next(texts.count)]
                    b.write(text == long ? String(repeating: "x", count: 40) : text,
                            at: Point(x: next(max(1, size.width)), y: next(max(1, size.height))), role: roles[next(roles.count)])
                }
                if next(10) == 0, size.width > 0 {
                    // A cell holding a long text, stored twice with different storage.
                    let x = next(size.width), y = next(size.height)
                    a[x, y] = Cell(grapheme: String(repeating: "x", count: 40), width: 1, role: .normal)
                    b[x, y] = Cell(grapheme: "xxxxxxxxxx" + String(repeating: "x", count: 30), width: 1, role: .normal)
                }
                #expect(FrameDiff.changes(from: a, to: b) == Self.referenceChanges(from: a, to: b))
                #expect(FrameDiff.stats(from: a, to: b) == Self.referenceStats(from: a, to: b))
                #expect(FrameDiff.changes(from: nil, to: b) == Self.referenceChanges(from: nil, to: b))
                #expect(FrameDiff.stats(from: nil, to: b) == Self.referenceStats(from: nil, to: b))
                a = b
            }
        }
        let small = Buffer(width: 3, height: 2), big = Buffer(width: 4, height: 2)
        #expect(FrameDiff.stats(from: small, to: big) == Self.referenceStats(from: small, to: big))
    }

    /// `Buffer.fill` as it was written first: one `put` per cell, each mending a wide grapheme it cuts.
    static func referenceFill(_ b: inout Buffer, _ rect: Rect, role: StyleRole) {
        let r = rect.intersection(b.area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                if b[x, y].isContinuation, x > 0 { b[x - 1, y] = Cell(grapheme: " ", width: 1, role: b[x - 1, y].role) }
                if b[x, y].width == 2, x + 1 < b.width { b[x + 1, y] = Cell(grapheme: " ", width: 1, role: b[x + 1, y].role) }
                b[x, y] = Cell(grapheme: " ", width: 1, role: role)
            }
        }
    }

    @Test func fillByRowsGivesWhatFillingCellByCellGave() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let texts = ["界界界", "ab界c", "🙂x🙂", "─┐", "plain text"]
        for _ in 0..<400 {
            var b = Buffer(width: 12, height: 4)
            for _ in 0..<4 { b.write(texts[next(texts.count)], at: Point(x: next(12), y: next(4)), role: .muted) }
            let rect = Rect(x: next(14) - 1, y: next(5) - 1, width: next(14), height: next(5))
            var expected = b
            Self.referenceFill(&expected, rect, role: .error)
            b.fill(rect, role: .error)
            #expect(b == expected, "\(rect)")
        }
    }
}
