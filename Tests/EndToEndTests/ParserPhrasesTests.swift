import Testing
@testable import mufakat

/// The parser's English phrases in Indonesian: "; default:" where the help wraps between the
/// two, replaced without a regular expression (issue 19: the regex cost every `--version`).
@Suite struct ParserPhrasesTests {
    @Test func defaultAfterASemicolonAndWhitespaceBecomesBawaan() {
        #expect(ParserPhrases.afterSemicolon("f4;\n      default: a4)", replacing: "default:", with: "bawaan:")
                == "f4;\n      bawaan: a4)")
        #expect(ParserPhrases.afterSemicolon("a; default: b; \tdefault: c", replacing: "default:", with: "bawaan:")
                == "a; bawaan: b; \tbawaan: c")
    }

    @Test func defaultWithoutTheSemicolonOrTheSpaceIsLeftAlone() {
        for text in ["default: a4", "f4;default: a4", "f4, default: a4", "f4; defaults", ";", ""] {
            #expect(ParserPhrases.afterSemicolon(text, replacing: "default:", with: "bawaan:") == text)
        }
    }

    @Test func theWholeTranslationStillReplacesTheWrappedDefault() {
        #expect(ParserPhrases.indonesian("(values: a4, f4;\n        default: a4)").contains("bawaan: a4"))
    }
}
