import MufakatStore

/// Teks pencarian: the folded search text of every row of the home list, kept in one contiguous
/// buffer with a start and an end per row instead of one array per row (issue 19: at 100,000
/// cooperations the arrays' headers and the allocator's rounding were a fifth of the rows'
/// memory, and the first letter of a search walked 100,000 separate allocations).
struct SearchTexts: Sendable {
    private var bytes: [UInt8] = []
    private var starts: [UInt32] = []
    private var ends: [UInt32] = []
    /// Bytes no row points to any more (a replaced row's old text).
    private var unused = 0

    init() {}

    /// Room for `count` rows of about `bytesPerRow` bytes each.
    mutating func reserve(rows count: Int, bytesPerRow: Int = 160) {
        starts.reserveCapacity(count); ends.reserveCapacity(count); bytes.reserveCapacity(count * bytesPerRow)
    }

    var count: Int { starts.count }

    /// Gives back the room `reserve` guessed beyond the bytes written, once the whole list is in:
    /// the buffer grew by doubling, and at 100,000 rows a third of it was never used (issue 19,
    /// memory). Copies the bytes once (a few milliseconds at 100,000 rows).
    mutating func trim() {
        guard bytes.capacity - bytes.count > bytes.count / 16 else { return }
        let used = bytes.count
        bytes = bytes.withUnsafeBufferPointer { from in
            [UInt8](unsafeUninitializedCapacity: used) { to, n in
                _ = to.initialize(fromContentsOf: from)
                n = used
            }
        }
    }

    /// Bytes held for the texts, used or not (for tests).
    var capacity: Int { bytes.capacity }
    /// Bytes of text (for tests).
    var byteCount: Int { bytes.count }

    /// Adds the text of the next row.
    mutating func append<S: Sequence>(_ text: S) where S.Element == UInt8 {
        starts.append(UInt32(bytes.count))
        bytes.append(contentsOf: text)
        ends.append(UInt32(bytes.count))
    }

    /// Gives row `i` a new text (after a save). The old one stays in the buffer until the buffer
    /// is more than half unused, then the buffer is packed once.
    mutating func replace<S: Sequence>(_ i: Int, with text: S) where S.Element == UInt8 {
        let new = Array(text), start = Int(starts[i]), old = Int(ends[i]) - start
        if new.count <= old {
            // Written over the old text: a save rarely makes a title longer.
            bytes.withUnsafeMutableBufferPointer { b in
                for (k, byte) in new.enumerated() { b[start + k] = byte }
            }
            ends[i] = UInt32(start + new.count)
            unused += old - new.count
        } else {
            unused += old
            if bytes.count + new.count > bytes.capacity {
                // A little room, not the doubling `append` would give: the buffer was trimmed to
                // its bytes, and the first save after start-up doubled 10 MB at 100,000 rows
                // (issue 19, memory).
                bytes.reserveCapacity(bytes.count + max(new.count, bytes.count / 64))
            }
            starts[i] = UInt32(bytes.count)
            bytes.append(contentsOf: new)
            ends[i] = UInt32(bytes.count)
        }
        if unused > bytes.count / 2 { pack() }
    }

    /// The text of row `i` (for tests and comparisons).
    func text(_ i: Int) -> [UInt8] { Array(bytes[Int(starts[i])..<Int(ends[i])]) }

    private mutating func pack() {
        var packed = SearchTexts()
        packed.reserve(rows: count, bytesPerRow: max(1, (bytes.count - unused) / max(1, count)))
        for i in 0..<count { packed.append(bytes[Int(starts[i])..<Int(ends[i])]) }
        self = packed
    }

    /// Calls `body` with a matcher telling whether every one of `words` (folded, UTF-8) occurs in
    /// a row's text, or `elsewhere` (the word's position, the row) says the row has it in a word
    /// kept outside the texts; the buffers are read in place for the whole walk.
    func withMatcher<R>(_ words: [[UInt8]], elsewhere: @escaping (Int, Int) -> Bool = { _, _ in false }, _ body: ((Int) -> Bool) -> R) -> R {
        bytes.withUnsafeBufferPointer { h in
            starts.withUnsafeBufferPointer { s in
                ends.withUnsafeBufferPointer { e in
                    body { row in
                        let text = UnsafeBufferPointer(rebasing: h[Int(s[row])..<Int(e[row])])
                        for (w, word) in words.enumerated()
                        where !word.withUnsafeBytes({ FoldedSearch.occurs($0, in: UnsafeRawBufferPointer(text)) }) && !elsewhere(w, row) {
                            return false
                        }
                        return true
                    }
                }
            }
        }
    }
}
