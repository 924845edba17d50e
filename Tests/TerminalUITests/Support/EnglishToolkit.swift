import Testing
import TerminalUI

/// Pins the toolkit's English defaults for a suite: in the one test process an application's
/// tests may install their own words process-wide (`TerminalStrings.current`), and the
/// toolkit's tests must not see them.
struct EnglishToolkit: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try await TerminalStrings.$override.withValue(TerminalStrings()) { try await function() }
    }
}

extension Trait where Self == EnglishToolkit {
    static var englishToolkit: Self { EnglishToolkit() }
}
