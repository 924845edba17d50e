import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct KeyMapTests {
    static let open = KeyBinding(.enter, "open")
    static let filter = KeyBinding(.char("t"), "filter by type", keyLabel: "t", help: "filter by type (again for the next value)", inBar: false)
    static let summary = KeyBinding([.char("t"), .char("u")], "filter", inHelp: false)
    static let map = KeyMap([open, filter, summary])

    @Test func theBarAndTheHelpComeFromTheSameBindings() {
        #expect(Self.map.bar == [Self.open, Self.summary])
        #expect(Self.summary.keyText == "t/u")
        #expect(Self.map.helpLines.map(\.key) == ["Enter", "t"])
        #expect(Self.map.helpLines.map(\.text) == ["open", "filter by type (again for the next value)"])
    }

    @Test func aMapSaysWhichBindingAnEventIs() {
        #expect(Self.open.matches(.key(.enter)))
        #expect(Self.map.binding(for: .key(.char("t"))) == Self.filter)
        #expect(Self.map.binding(for: .key(.char("x"))) == nil)
        #expect(Self.map.binding(for: .paste("t")) == nil)
    }
}
