import Foundation
import Testing
@testable import MufakatDomain

/// The bundled data is read from the folder SwiftPM puts beside the program (issue 19), and it is
/// the same data `Bundle.module` finds.
@Suite struct BundledDataTests {
    @Test func theDataFolderIsFoundBesideTheProgram() throws {
        let folder = try #require(BundledData.besideProgram)
        #expect(folder.hasSuffix("/\(BundledData.resourceFolderName)/data"))
    }

    @Test(arguments: ["rulebook.toml", "wilayah.csv", "urusan.csv", "kewenangan.csv", "berbatasan.csv", "ibukota.csv"])
    func sameBytesAsTheBundle(_ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: "data/\(name)", withExtension: nil))
        #expect(BundledData.text(name) == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func aMissingFileIsNil() {
        #expect(BundledData.text("tidak-ada.csv") == nil)
    }
}
