import Foundation
import MufakatThemes
import Testing
@testable import TerminalUI

/// Issue 20: a theme file given with `--theme` must never abort the process inside toml++.
@Suite(.englishToolkit) struct ThemeFuzzTests {
    @Test func aBrokenThemeIsAnErrorWithItsLine() {
        let error = #expect(throws: ThemeError.self) { try ThemeParser.parse("name = \"x\"\n[.", file: "t.toml") }
        #expect(error?.line == 2)
    }

    @Test func everyBundledThemePassesTheSyntaxCheck() throws {
        for name in BundledThemes.names {
            #expect(TOMLSyntaxCheck.firstProblem(in: try #require(BundledThemes.source(named: name))) == nil, "\(name)")
        }
    }

    @Test func mutatedThemesNeverAbort() throws {
        let original = Array(try #require(BundledThemes.source(named: "default")).utf8)
        var state: UInt64 = 20
        func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        let interesting = Array("[].=\"'{},#\n\\".utf8)
        for _ in 0..<200 {
            var b = original
            for _ in 0...next(3) {
                let at = next(b.count)
                switch next(3) {
                case 0: b.remove(at: at)
                case 1: b.insert(interesting[next(interesting.count)], at: at)
                default: b = Array(b.prefix(at))
                }
                if b.isEmpty { break }
            }
            _ = try? ThemeParser.parse(String(decoding: b, as: UTF8.self), file: "t.toml")
        }
    }
}
