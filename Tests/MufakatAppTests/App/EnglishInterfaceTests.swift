import Testing
import MufakatDomain
import TerminalUI
@testable import MufakatApp

/// Groundwork of the English interface: the language switch and the first screen from the catalogue.
@Suite struct EnglishInterfaceTests {
    @Test func theLanguageComesFromTheFlagThenMUFAKAT_LANGThenLANG() {
        #expect(AppLanguage.resolve(flag: nil, environment: [:]) == .indonesian)
        #expect(AppLanguage.resolve(flag: "en", environment: [:]) == .english)
        #expect(AppLanguage.resolve(flag: nil, environment: ["MUFAKAT_LANG": "en"]) == .english)
        #expect(AppLanguage.resolve(flag: "id", environment: ["MUFAKAT_LANG": "en"]) == .indonesian)
        #expect(AppLanguage.resolve(flag: nil, environment: ["LANG": "en_GB.UTF-8"]) == .english)
        #expect(AppLanguage.resolve(flag: nil, environment: ["LANG": "id_ID.UTF-8"]) == .indonesian)
    }

    static func welcome(width: Int = 80, height: Int = 24) -> String {
        var b = Buffer(width: width, height: height)
        let screen = WelcomeScreen()
        screen.draw(in: Rect(x: 0, y: 0, width: width, height: height - 1), buffer: &b, storeLabel: "/srv/mufakat")
        HelpBar(screen.bindings).draw(in: Rect(x: 0, y: height - 1, width: width, height: 1), buffer: &b)
        return b.text
    }

    @Test func theWelcomeScreenInEnglishHasNoWordOfTheIndonesianCatalogue() {
        let english = AppText.$override.withValue(.english) {
            TerminalStrings.$override.withValue(TerminalStrings()) { Self.welcome() }
        }
        #expect(english.contains("Welcome to Mufakat"))
        #expect(english.contains("Set up my region"))
        // Compare against the catalogue, not a word list: no Indonesian entry of the screen is left.
        let i = AppText.indonesian
        for entry in [i.welcomeTitle, i.setUpRegion, i.loadExamples, i.openFolder, i.keyChoose, i.keyContinue, i.keyQuit, i.storeEmpty("")] {
            #expect(!english.contains(entry.trimmingCharacters(in: .whitespaces)), "\(entry)")
        }
        let indonesian = AppText.$override.withValue(.indonesian) { Self.welcome() }
        #expect(indonesian.contains("Selamat datang di Mufakat"))
    }
}

/// The screens' catalogue is read by reference: the same object on every read of a language
/// (a struct returned by value copied over a thousand entries at every read).
@Suite struct AppTextByReferenceTests {
    @Test func everyReadOfALanguageIsTheSameCatalogue() {
        DisplayLanguage.$override.withValue(.english) {
            #expect(AppText.current === AppText.current)
            #expect(AppText.current.editorFields === AppText.current.editorFields)
            #expect(AppText.current.home.sortTitle == AppText.english.home.sortTitle)
        }
        DisplayLanguage.$override.withValue(.indonesian) {
            #expect(AppText.current.home.sortTitle == AppText.indonesian.home.sortTitle)
        }
    }
}
