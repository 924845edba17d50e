import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct TooSmallScreenTests {
    @Test func snapshot() {
        let b = drawn(width: 60, height: 12) { TooSmallScreen(current: Size(width: 60, height: 12), required: .minimum).draw(into: &$0) }
        Snapshot.assert(b, named: "too-small-60x12")
    }
}
