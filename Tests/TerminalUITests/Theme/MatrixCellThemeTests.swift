import Foundation
import MufakatThemes
import Testing
@testable import TerminalUI

/// The matrix cells of the mapping meeting must stay readable on a projector (`kontras`) and
/// must not look like the cursor, in every shipped theme.
@Suite(.englishToolkit) struct MatrixCellThemeTests {
    static let cellRoles: [StyleRole] = [.cellOffer, .cellNeed, .cellBoth, .cellPlanned]

    @Test func everyThemeTellsTheCellKindsApartAndFromTheCursor() throws {
        for name in BundledThemes.names {
            let theme = try ThemeParser.parse(try #require(BundledThemes.source(named: name)), file: name)
            let styles = Self.cellRoles.map { theme.style(for: $0) }
            #expect(Set(styles).count == styles.count, "\(name): two cell kinds look the same")
            for (role, style) in zip(Self.cellRoles, styles) {
                #expect(style != theme.style(for: .focused), "\(name): \(role) looks like the cursor")
            }
        }
    }

    @Test func kontrasUsesBrightColoursOnBlackOrAStrongBackground() throws {
        let theme = try ThemeParser.parse(try #require(BundledThemes.source(named: "kontras")), file: "kontras")
        for role in Self.cellRoles {
            let style = theme.style(for: role)
            #expect(style.attributes.contains(.bold), "\(role) should be bold on a projector")
            #expect(style.foreground != .terminalDefault && style.background != .terminalDefault, "\(role) needs explicit colours")
            #expect(!style.attributes.contains(.dim))
        }
    }
}
