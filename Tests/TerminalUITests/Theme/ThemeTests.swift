import Foundation
import MufakatThemes
import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct ThemeTests {
    @Test func everyShippedThemeParsesAndCoversEveryRole() throws {
        #expect(Set(BundledThemes.names).isSuperset(of: ["default", "terang", "kontras", "monokrom"]))
        for name in BundledThemes.names {
            let source = try #require(BundledThemes.source(named: name))
            let theme = try ThemeParser.parse(source, file: name)
            #expect(theme.name == name)
            for role in StyleRole.allCases { #expect(theme.styles[role] != nil, "\(name) lacks \(role)") }
        }
    }

    @Test func monokromMatchesTheBuiltInMonochrome() throws {
        let theme = try ThemeParser.parse(try #require(BundledThemes.source(named: "monokrom")), file: "monokrom")
        #expect(theme.styles == Theme.monochrome.styles)
    }

    @Test func brokenTomlIsReportedWithItsLine() {
        let source = "name = \"rusak\"\n[focused]\nfg = \"cyan\"\nbg = \n"
        #expect(throws: ThemeError.self) { try ThemeParser.parse(source, file: "rusak.toml") }
        do { _ = try ThemeParser.parse(source, file: "rusak.toml") } catch { #expect(error.line == 4) }
    }

    @Test func unknownColourIsReportedWithItsLine() {
        let source = "name = \"x\"\n\n[error]\nfg = \"merah\"\n"
        do {
            _ = try ThemeParser.parse(source, file: "x.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 4)
            #expect(error.description.contains("line 4"))
        }
    }

    @Test func resolverPrefersFlagThenEnvironmentThenConfig() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("config.toml")
        try "theme = \"terang\"\n".write(to: config, atomically: true, encoding: .utf8)
        let lookup = BundledThemes.source(named:)
        #expect(ThemeResolver.resolve(flag: "kontras", environment: ["APP_THEME": "monokrom"], variable: "APP_THEME", configPath: config.path, bundled: lookup).theme.name == "kontras")
        #expect(ThemeResolver.resolve(flag: nil, environment: ["APP_THEME": "monokrom"], variable: "APP_THEME", configPath: config.path, bundled: lookup).theme.name == "monokrom")
        // The toolkit reads no variable of its own: without `variable` the environment is not consulted.
        #expect(ThemeResolver.resolve(flag: nil, environment: ["MUFAKAT_THEME": "monokrom"], configPath: config.path, bundled: lookup).theme.name == "terang")
        #expect(ThemeResolver.resolve(flag: nil, environment: [:], configPath: config.path, bundled: lookup).theme.name == "terang")
        #expect(ThemeResolver.resolve(flag: nil, environment: [:], configPath: nil, bundled: lookup).theme.name == "default")
    }

    @Test func brokenThemeFileFallsBackToDefaultWithAWarning() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rusak-\(UUID().uuidString).toml")
        try "name = \"rusak\"\n[focused]\nfg = \"ungu muda\"\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let choice = ThemeResolver.resolve(flag: file.path, environment: [:], configPath: nil, bundled: BundledThemes.source(named:))
        #expect(choice.theme.name == "default")
        #expect(choice.warnings.count == 1)
        #expect(choice.warnings.first?.contains("line 3") == true)
        let unknown = ThemeResolver.resolve(flag: "tidak-ada", environment: [:], configPath: nil, bundled: BundledThemes.source(named:))
        #expect(unknown.theme.name == "default")
        #expect(unknown.warnings.first?.contains("not found") == true)
    }

    @Test func noColorAndColourlessTerminalsAreMonochrome() {
        #expect(ColorMode.detect(environment: ["NO_COLOR": "1"], hasColors: true, colors: 256) == .monochrome)
        #expect(ColorMode.detect(environment: ["NO_COLOR": ""], hasColors: true, colors: 256) == .indexed256)
        #expect(ColorMode.detect(environment: [:], hasColors: false, colors: 0) == .monochrome)
        #expect(ColorMode.detect(environment: [:], hasColors: true, colors: 8) == .ansi8)
        #expect(ColorMode.detect(environment: [:], hasColors: true, colors: 0x1000000) == .truecolor)
    }

    @Test func monochromeKeepsFocusAndErrorsVisible() {
        let mono = Theme.fallback.effective(for: .monochrome)
        #expect(mono.style(for: .focused).attributes.contains(.reverse))
        #expect(mono.style(for: .error).attributes.contains(.bold))
        #expect(mono.style(for: .error).attributes.contains(.underline))
        #expect(mono.style(for: .stageCurrent).attributes.contains(.reverse))
    }

    @Test func coloursAreDownsampledToWhatTheTerminalHas() {
        let teal = ThemeColor.rgb(0x00, 0x5F, 0x87)
        #expect(teal.cursesColor(for: .truecolor).number == 0x005F87)
        #expect(teal.cursesColor(for: .indexed256).number == 24)
        #expect((0...7).contains(teal.cursesColor(for: .ansi8).number))
        #expect(ThemeColor.ansi(9).cursesColor(for: .ansi8) == (1, true))
        #expect(ThemeColor.terminalDefault.cursesColor(for: .indexed256).number == -1)
    }
}
