import Testing
@testable import MufakatStore

/// The one search loop (`FoldedSearch`) finds a word exactly where a plain scan does, at the
/// text's start and end, with the second byte repeated, and for words of one and two bytes.
@Suite struct FoldedSearchTests {
    private static func plain(_ n: [UInt8], _ h: [UInt8]) -> Bool {
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        return (0...(h.count - n.count)).contains { Array(h[$0..<$0 + n.count]) == n }
    }

    @Test func findsWhatAPlainScanFinds() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("abk ".utf8)
        for _ in 0..<3_000 {
            let h = (0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let n = (0..<Int.random(in: 0...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let found = n.withUnsafeBytes { nb in h.withUnsafeBytes { hb in FoldedSearch.occurs(nb, in: hb) } }
            #expect(found == Self.plain(n, h), "\(String(decoding: n, as: UTF8.self)) in \(String(decoding: h, as: UTF8.self))")
        }
    }

    @Test func wordsAtTheEdges() {
        func occurs(_ n: String, _ h: String) -> Bool {
            Array(n.utf8).withUnsafeBytes { nb in Array(h.utf8).withUnsafeBytes { hb in FoldedSearch.occurs(nb, in: hb) } }
        }
        #expect(occurs("kab", "kabupaten bogor") && occurs("bogor", "kabupaten bogor") && occurs("r", "bogor"))
        #expect(occurs("bo", "kabupaten bogor") && !occurs("bx", "kabupaten bogor") && !occurs("bogorr", "bogor"))
        #expect(occurs("", "") && !occurs("a", ""))
    }
}
