import Testing
@testable import MufakatDomain

/// `Catalogue`: a language's catalogue read by reference (reading an entry copies nothing), and
/// seen through by reflection so the English walks still find every entry.
@Suite struct CatalogueBoxTests {
    struct Sub: Sendable { var word: String; var counted: @Sendable (Int) -> String }
    struct Entries: Sendable { var title: String; var sub: Catalogue<Sub> }

    static let sample = Catalogue(Entries(title: "Judul", sub: Catalogue(Sub(word: "kata", counted: { "\($0) kata" }))))

    @Test func entriesAndSubCataloguesReadThroughTheBox() {
        #expect(Self.sample.title == "Judul")
        #expect(Self.sample.sub.word == "kata")
        #expect(Self.sample.sub.counted(3) == "3 kata")
    }

    @Test func aSubCatalogueIsTheSameObjectOnEveryRead() {
        #expect(Self.sample.sub === Self.sample.sub)
    }

    @Test func reflectionSeesTheEntriesNotTheBox() {
        let labels = Mirror(reflecting: Self.sample).children.compactMap(\.label)
        #expect(labels == ["title", "sub"])
        let nested = Mirror(reflecting: Mirror(reflecting: Self.sample).children.map(\.value)[1])
        #expect(nested.displayStyle == .struct)
        #expect(nested.children.compactMap(\.label) == ["word", "counted"])
    }
}
