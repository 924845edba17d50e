/// Immutable heap storage for a record kept inside the large `Cooperation` value. A setter
/// stores a new box, so the record keeps value semantics while taking one pointer of room.
///
/// Why: the editor copies `Cooperation` (about 2 KB) many times per call in debug builds, and
/// opening it already used nearly the whole 8 MB thread stack of the tests; records added
/// inline (a registered document is about 80 bytes) pushed it over. Boxed, they cost 8 bytes.
final class Box<Value: Sendable & Hashable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
