import Foundation
import Testing
@testable import MufakatDomain

/// Issue 20: no rulebook text, however broken, may abort the process. toml++ (inside TOMLKit)
/// asserts on some malformed input, so every text passes `TOMLSyntaxCheck` first.
@Suite struct TOMLFuzzTests {
    var bundled: String { RulebookLoader.bundledText() ?? "" }

    @Test func twoBytesThatAbortedTomlPlusPlusAreALineNumberedError() {
        for text in ["[.", "[", "[[", "[a.]", "a.=1", "=", "a = [", "a = {", "a = \"\\", "[a]]", "a = 1979-13-01"] {
            #expect(throws: RulebookError.self, "\(text)") { try RulebookLoader.parse(text, file: "r.toml") }
            let problems = RulebookChecker.check(text, file: "r.toml")
            #expect(problems.first?.line == 1, "\(text): \(problems)")
            #expect(problems.first?.message.contains("sintaks TOML salah") == true)
        }
    }

    @Test func theSyntaxCheckAcceptsValidToml() {
        let valid = [
            "", "# komentar\n", "a = 1\n", "a.b.\"c d\" = 'x'\n", "[t]\nx = 0x1F\ny = -17\n", "[[s]]\n[[s]]\nv = [1, 2,\n 3, ]\n",
            "x = { a = 1, b = \"2\" }\n", "f = 1.5e-3\ng = inf\nh = -nan\n", "d = 2026-02-28\nt = 07:32:00\nu = 1979-05-27T07:32:00Z\nv = 1979-05-27 07:32:00.5+07:00\n",
            "m = \"\"\"\nsatu \\\n  dua\"\"\"\n", "l = '''\nC:\\path\n'''\n", "s = \"\\u00e9\\U0001F600\"\r\n", "n = 1_000_000\n", "b = true\n",
        ]
        for text in valid {
            #expect(TOMLSyntaxCheck.firstProblem(in: text) == nil, "\(text.debugDescription)")
        }
        #expect(TOMLSyntaxCheck.firstProblem(in: bundled) == nil)
    }

    @Test func theSyntaxCheckNamesTheLine() {
        let problem = TOMLSyntaxCheck.firstProblem(in: "a = 1\nb = 2\n[.\n")
        #expect(problem?.line == 3)
    }

    /// The shared check words its problems in English (the toolkit holds no Indonesian); the
    /// Domain words the same problem in Indonesian from its code.
    @Test func theProblemIsDataWordedByEachUser() throws {
        let problem = try #require(TOMLSyntaxCheck.firstProblem(in: "a = \"tidak ditutup\n")).problem
        #expect(problem.code == "stringNotClosedAtEndOfLine")
        #expect(problem.english == "text not closed with a quotation mark before the end of the line")
        #expect(problem.indonesian == "teks tidak ditutup dengan tanda petik sebelum akhir baris")
        let found = try #require(TOMLSyntaxCheck.firstProblem(in: "a = 1 x\n")).problem
        #expect(found.english.hasPrefix("'x' not expected"), "\(found.english)")
        let eof = try #require(TOMLSyntaxCheck.firstProblem(in: "a =")).problem
        #expect(eof.english == "value expected, found end of file" && eof.indonesian == "nilai diharapkan, ditemukan akhir berkas")
        let problems = RulebookChecker.check("a = [1, 2\n", file: "r.toml")
        #expect(problems.first?.message.contains("sintaks TOML salah") == true)
        #expect(problems.first.map { !$0.message.contains("expected") } == true, "\(problems)")
    }

    /// A few hundred seeded mutations of the bundled rulebook through the loader and the
    /// checker: each either loads or returns errors; none may abort.
    @Test func mutatedRulebooksNeverAbort() {
        let original = Array(bundled.utf8)
        var mutator = ByteMutator(seed: 20)
        var refused = 0
        for _ in 0..<300 {
            let bytes = mutator.mutate(original)
            guard let text = String(bytes: bytes, encoding: .utf8) else { continue }
            if (try? RulebookLoader.parse(text, file: "r.toml")) == nil { refused += 1 }
            _ = RulebookChecker.check(text, file: "r.toml")
        }
        #expect(refused > 0)
    }

    /// Small random texts over TOML's structural characters: where the aborts were found.
    @Test func randomShortTextsNeverAbort() {
        var rng = SplitMix64(seed: 2020)
        let alphabet = Array("[].=\"'{},#\n a1-_\\tfe:+".utf8)
        for _ in 0..<400 {
            let bytes = (0..<rng.int(in: 1...12)).map { _ in rng.pick(alphabet) }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? RulebookLoader.parse(text, file: "r.toml")
        }
    }
}
