/// Katalog (by reference): one language's catalogue of interface texts, held in a class so that
/// reading one entry never copies the catalogue.
///
/// The catalogues (`AppText`, `CLIText`, `ServiceText`, `StoreText`) are structs of entries so
/// that the memberwise initializer makes the compiler check both languages; but returning such a
/// struct from `current` copied all of its entries (over a thousand for the screens) at every
/// `AppText.current.home.title`: about 20 µs a read, measured with `swiftc -O`, many times per
/// frame. Through this box a read is a class load and a key path, about 10 ns.
/// `catalogue.title` reads the entry `title` (dynamic member lookup); a sub-catalogue is itself a
/// `Catalogue`, so `AppText.current.home.title` never copies either. Reflection (`Mirror`) sees
/// the entries, as if the box were not there.
@dynamicMemberLookup
public final class Catalogue<Entries: Sendable>: Sendable, CustomReflectable {
    /// The entries, by value.
    public let entries: Entries

    public init(_ entries: Entries) { self.entries = entries }

    @inlinable
    public subscript<Value>(dynamicMember path: KeyPath<Entries, Value>) -> Value { entries[keyPath: path] }

    public var customMirror: Mirror { Mirror(reflecting: entries) }
}
