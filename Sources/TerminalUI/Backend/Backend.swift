/// Where frames go and events come from. Only the ncurses backend touches the terminal; the
/// in-memory backend makes whole programs testable.
public protocol Backend: AnyObject {
    /// The current screen size in cells.
    var size: Size { get }
    /// Takes over the terminal (or does nothing, in memory).
    func start() throws
    /// Gives the terminal back exactly as it was found. Safe to call twice.
    func stop()
    /// Shows a frame, writing only the cells that differ from the previous one.
    @discardableResult func present(_ buffer: Buffer) -> FrameStats
    /// Waits up to `timeout` (nil: forever) for input. Returns [] on timeout, nil when input has
    /// ended for good (in-memory script exhausted) and the loop should stop.
    func readEvents(timeout: Duration?) -> [Event]?
    /// Ctrl-Z: give the terminal back and stop the process; returns after `fg`.
    func suspend()
    /// Uses another palette from the next frame on.
    func apply(theme: Theme)
    /// Rings the bell.
    func bell()
}

/// What one present cost: for measuring bytes per keypress.
public struct FrameStats: Hashable, Sendable {
    /// Cells that differed from the previous frame.
    public var changedCells: Int
    /// Bytes written to the terminal: counted exactly by the ncurses backend, estimated by the
    /// in-memory one (cursor moves, attribute changes, UTF-8 text) with `FrameDiff`.
    public var bytes: Int
    public init(changedCells: Int, bytes: Int) { self.changedCells = changedCells; self.bytes = bytes }
}

/// Compares two frames. A pure function, so the cost of a keypress can be measured in tests.
public enum FrameDiff {
    /// Positions of the cells that changed (all cells when the size changed or there is no old frame).
    ///
    /// One pass over both grids' storage, row by row; a cell is compared by its role and width
    /// before its text, so an unchanged frame of 200×60 costs microseconds, not a subscript per cell.
    public static func changes(from old: Buffer?, to new: Buffer) -> [Point] {
        var out: [Point] = []
        forEachChange(from: old, to: new) { x, y, _ in out.append(Point(x: x, y: y)) }
        return out
    }

    /// The cost of going from `old` to `new` as an ANSI terminal would pay it: a cursor move for
    /// each run of changed cells, an attribute change whenever the role changes, and the text.
    public static func stats(from old: Buffer?, to new: Buffer) -> FrameStats {
        var bytes = old?.size == new.size ? 0 : 4  // clear screen
        var count = 0
        var lastX = -2, lastY = -1
        var lastRole: StyleRole? = nil
        forEachChange(from: old, to: new) { x, y, cell in
            if count == 0 || lastY != y || lastX + 1 != x { bytes += 8 }
            if cell.role != lastRole { bytes += 10; lastRole = cell.role }
            bytes += cell.grapheme.utf8.count
            lastX = x; lastY = y
            count += 1
        }
        return FrameStats(changedCells: count, bytes: bytes)
    }

    /// Calls `body` with the column, row and new cell of every changed cell, in reading order.
    @inline(__always)
    static func forEachChange(from old: Buffer?, to new: Buffer, _ body: (Int, Int, Cell) -> Void) {
        let width = new.width
        guard width > 0 else { return }
        new.cells.withUnsafeBufferPointer { n in
            guard let old, old.size == new.size else {
                for i in 0..<n.count { body(i % width, i / width, n[i]) }
                return
            }
            old.cells.withUnsafeBufferPointer { o in
                guard let oBase = o.baseAddress, let nBase = n.baseAddress else { return }
                let oRaw = UnsafeRawPointer(oBase), nRaw = UnsafeRawPointer(nBase)
                let layout = Cell.layout
                var y = 0, rowStart = 0
                while rowStart < n.count {
                    for x in 0..<width {
                        let i = rowStart + x
                        // Same bits of the same text, width and role: the same cell, read without
                        // copying its text (a copy retains and releases it, most of a diff's cost).
                        if layout.sameBits(oRaw + i * layout.stride, nRaw + i * layout.stride) { continue }
                        let b = n[i]
                        if o[i] != b { body(x, y, b) }
                    }
                    y += 1
                    rowStart += width
                }
            }
        }
    }
}

extension Cell {
    /// Where a cell's parts lie in memory, for comparing stored cells without copying them.
    struct Layout {
        let stride = MemoryLayout<Cell>.stride
        let grapheme = MemoryLayout<Cell>.offset(of: \Cell.grapheme)!
        let width = MemoryLayout<Cell>.offset(of: \Cell.width)!
        let role = MemoryLayout<Cell>.offset(of: \Cell.role)!
        /// A text is two words and a role one byte (else every cell is compared in full).
        let usable = MemoryLayout<String>.size == 16 && MemoryLayout<StyleRole>.size == 1

        /// Whether two stored cells hold the same bits of text (equal text, though equal text
        /// may also have other bits), the same width and role. Never true for cells that differ.
        @inline(__always)
        func sameBits(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Bool {
            usable
                && a.load(fromByteOffset: grapheme, as: UInt64.self) == b.load(fromByteOffset: grapheme, as: UInt64.self)
                && a.load(fromByteOffset: grapheme + 8, as: UInt64.self) == b.load(fromByteOffset: grapheme + 8, as: UInt64.self)
                && a.load(fromByteOffset: width, as: UInt8.self) == b.load(fromByteOffset: width, as: UInt8.self)
                && a.load(fromByteOffset: role, as: UInt8.self) == b.load(fromByteOffset: role, as: UInt8.self)
        }
    }

    static let layout = Layout()
}
