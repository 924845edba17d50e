import Testing
import TerminalUI
@testable import MufakatApp

/// The toolkit speaks English by itself; the program installs Indonesian, and Rupiah is a
/// configuration of the toolkit's number field.
@Suite struct InterfaceStringsTests {
    @Test func theProgramInstallsIndonesianInTheToolkit() {
        InterfaceLanguage.install()
        #expect(TerminalStrings.current.yes == "Ya")
        #expect(Dialog.confirm("Keluar", "Keluar?").buttons == ["Ya", "Tidak"])
        #expect(TerminalStrings().yes == "Yes", "the toolkit's own default stays English")
    }

    @Test func rupiahIsANumberFieldConfiguration() {
        var r = NumberField.rupiah()
        _ = r.handle(.paste("Rp 1.500.000,-"))
        #expect(r.amount == 1_500_000)
        #expect(r.text == "Rp 1.500.000")
        #expect(r.handle(.key(.char("."))) == .handled)
        #expect(NumberField.groupedIndonesian(9_223_372_036_854_775_807) == "9.223.372.036.854.775.807")
    }

    @Test func theThemeVariableIsTheProgramsChoice() {
        #expect(AppTheme.variable == "MUFAKAT_THEME")
        #expect(AppTheme.resolve(flag: nil, environment: ["MUFAKAT_THEME": "kontras", "XDG_CONFIG_HOME": "/nonexistent"]).theme.name == "kontras")
    }
}
