import Testing
import MufakatDomain
@testable import MufakatDocuments

/// Golden Markdown and plain text of every document of the fixture cooperations (two and three
/// parties, KSDD and KSDPK, and a Nota Kesepakatan). A change in wording or layout shows up
/// here as a diff to review; update on purpose with MUFAKAT_UPDATE_SNAPSHOTS=1.
@Suite struct GoldenTests {
    static let cases: [(fixture: String, kind: DocumentKind)] = Fixtures.all.flatMap { f in
        DocumentKind.allCases.map { (f.name, $0) }
    }

    @Test(arguments: cases.map { "\($0.fixture)/\($0.kind.rawValue)" })
    func markdownAndText(_ id: String) throws {
        let parts = id.split(separator: "/").map(String.init)
        let fixture = try #require(Fixtures.all.first { $0.name == parts[0] })
        let kind = try #require(DocumentKind(rawValue: parts[1]))
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: fixture.letterhead)
        let naskah: Naskah
        do {
            naskah = try builder.build(kind, for: fixture.cooperation)
        } catch {
            Golden.check("\(error)\n", named: "\(id).refused.txt")
            return
        }
        Golden.check(MarkdownRenderer().render(naskah), named: "\(id).md")
        Golden.check(PlainTextRenderer().render(naskah), named: "\(id).txt")
        let missing = naskah.missingFields.map { "\($0.path)\t\($0.label)" }.joined(separator: "\n")
        Golden.check(missing.isEmpty ? "(lengkap)\n" : missing + "\n", named: "\(id).missing.txt")
    }
}
