import Foundation
import MufakatDomain
import TerminalUI

/// The interface language (`DisplayLanguage`, in the Domain so every layer follows one choice).
public typealias AppLanguage = DisplayLanguage

/// Katalog teks antarmuka: the program's words as typed entries, so the compiler checks every
/// entry and its arguments. Groundwork: the welcome screen is the first screen taken from it; the
/// others still carry their Indonesian text inline (issue 17).
struct AppText: Sendable {
    // Welcome screen (`WelcomeScreen`).
    var welcomeTitle: String
    var welcomeIntro: String
    var storeEmpty: @Sendable (_ store: String) -> String
    var setUpRegion: String
    var setUpRegionExplained: String
    var loadExamples: String
    var loadExamplesExplained: String
    var openFolder: String
    var openFolderExplained: String
    var folderPrompt: String
    var folderMissing: String
    var keyChoose: String, keyContinue: String, keyMeeting: String, keyHelp: String, keyQuit: String
    var keyOpenFolder: String, keyCancel: String
    /// The home screen and the help screen (`AppText+Home.swift`).
    var home: Catalogue<HomeText>
    /// The shell: title bar, status, its questions and messages (`AppText+Shell.swift`).
    var shell: Catalogue<ShellText>
    /// The cooperation editor (`AppText+Editor.swift`).
    var editor: Catalogue<EditorText>
    /// The stage forms' engine and the financing helpers (`AppText+EditorForms.swift`).
    var editorForms: Catalogue<EditorFormText>
    /// The questions of the stage forms and the after-signing lists (`AppText+EditorFields.swift`).
    var editorFields: Catalogue<EditorFieldText>
    /// The meeting screens: matrix, matches, cell detail, prompts (`AppText+Meeting.swift`).
    var meeting: Catalogue<MeetingText>
    /// The mapping form: list, entry and contact forms, partner picker (`AppText+Mapping.swift`).
    var mapping: Catalogue<MappingText>
    /// The dashboard (`AppText+Dashboard.swift`).
    var dashboard: Catalogue<DashboardText>
    /// The file archive (`AppText+Archive.swift`).
    var archive: Catalogue<ArchiveText>
    /// The shell's dialogs: differences, the merge question, names of answers (`AppText+Dialogs.swift`).
    var dialogs: Catalogue<DialogsText>
    /// The new-cooperation wizard (`AppText+Wizard.swift`).
    var wizard: Catalogue<WizardText>
    /// The region-profile form (`AppText+Profile.swift`).
    var profile: Catalogue<ProfileText>
    /// The widget gallery (`AppText+Gallery.swift`).
    var gallery: Catalogue<GalleryText>
    /// The launcher's messages (`AppText+Launch.swift`).
    var launch: Catalogue<LaunchText>
    /// The key words of the screens whose keys are maps (`AppText+Keys.swift`).
    var keys: Catalogue<KeysText>
    /// The words of a home list row: status, kind, stage (`AppText+HomeRows.swift`).
    var homeRows: Catalogue<HomeRowText>

    static let indonesian = AppText(
        welcomeTitle: "Selamat datang di Mufakat",
        welcomeIntro: "Pendamping kerja sama daerah: dari usulan, penawaran, Kesepakatan Bersama dan Perjanjian Kerja Sama sampai pembiayaan dan pelaksanaan.",
        storeEmpty: { "Penyimpanan ini masih kosong: \($0)" },
        setUpRegion: "Siapkan daerah saya",
        setUpRegionExplained: "Pilih daerah Anda dari 552 daerah (6 di antaranya bukan daerah otonom dan tidak dapat menjadi pihak), isi nama unit kerja sama, kepala daerah, kepala unit, alamat dan pola nomor surat. Ditanyakan sekali dan dipakai di setiap naskah.",
        loadExamples: "Muat contoh kerja sama",
        loadExamplesExplained: "Isi penyimpanan ini dengan beberapa contoh kerja sama untuk mencoba Mufakat. Contoh dapat diubah atau dihapus kemudian.",
        openFolder: "Buka folder penyimpanan lain",
        openFolderExplained: "Pakai penyimpanan Mufakat di folder lain (misalnya folder bersama di server kantor).",
        folderPrompt: "Folder penyimpanan (Enter untuk membuka, Esc untuk batal):",
        folderMissing: "Tulis jalur folder, misalnya /srv/kerjasama/mufakat.",
        keyChoose: "pilih", keyContinue: "lanjut", keyMeeting: "rapat/matriks", keyHelp: "bantuan", keyQuit: "keluar",
        keyOpenFolder: "buka folder", keyCancel: "batal",
        home: Catalogue(.indonesian), shell: Catalogue(.indonesian), editor: Catalogue(.indonesian), editorForms: Catalogue(.indonesian), editorFields: Catalogue(.indonesian),
        meeting: Catalogue(.indonesian), mapping: Catalogue(.indonesian), dashboard: Catalogue(.indonesian), archive: Catalogue(.indonesian), dialogs: Catalogue(.indonesian),
        wizard: Catalogue(.indonesian), profile: Catalogue(.indonesian), gallery: Catalogue(.indonesian), launch: Catalogue(.indonesian), keys: Catalogue(.indonesian), homeRows: Catalogue(.indonesian))

    static let english = AppText(
        welcomeTitle: "Welcome to Mufakat",
        welcomeIntro: "A companion for regional cooperation: from the proposal, the offer, the joint agreement (Kesepakatan Bersama) and the cooperation agreement (Perjanjian Kerja Sama) to financing and implementation.",
        storeEmpty: { "This store is still empty: \($0)" },
        setUpRegion: "Set up my region",
        setUpRegionExplained: "Choose your region among 552 (6 of them are not autonomous regions and cannot be a party), then fill in the cooperation unit, the head of region, the head of the unit, the address and the letter number pattern. Asked once and used in every document.",
        loadExamples: "Load example cooperations",
        loadExamplesExplained: "Fill this store with a few example cooperations to try Mufakat. Examples can be changed or deleted later.",
        openFolder: "Open another store folder",
        openFolderExplained: "Use a Mufakat store in another folder (for example a shared folder on the office server).",
        folderPrompt: "Store folder (Enter to open, Esc to cancel):",
        folderMissing: "Write the folder's path, for example /srv/kerjasama/mufakat.",
        keyChoose: "choose", keyContinue: "continue", keyMeeting: "meeting/matrix", keyHelp: "help", keyQuit: "quit",
        keyOpenFolder: "open folder", keyCancel: "cancel",
        home: Catalogue(.english), shell: Catalogue(.english), editor: Catalogue(.english), editorForms: Catalogue(.english), editorFields: Catalogue(.english),
        meeting: Catalogue(.english), mapping: Catalogue(.english), dashboard: Catalogue(.english), archive: Catalogue(.english), dialogs: Catalogue(.english),
        wizard: Catalogue(.english), profile: Catalogue(.english), gallery: Catalogue(.english), launch: Catalogue(.english), keys: Catalogue(.english), homeRows: Catalogue(.english))

    static func of(_ language: AppLanguage) -> AppText { language == .english ? .english : .indonesian }

    /// A catalogue for the current task only (tests render a screen in English this way without
    /// changing the process-wide choice other tests see). `DisplayLanguage.$override` does the same
    /// for every layer at once.
    @TaskLocal static var override: AppText?

    /// The catalogue in use: follows `DisplayLanguage.current` (set by `InterfaceLanguage.install(_:)`).
    /// Returns one of two `static let` values and takes no lock, so a row may read it freely.
    /// Held by reference: reading an entry copies nothing (`Catalogue`).
    static var current: Catalogue<AppText> {
        if let override { return Catalogue(override) }
        return DisplayLanguage.current == .english ? englishCatalogue : indonesianCatalogue
    }
    private static let indonesianCatalogue = Catalogue(indonesian)
    private static let englishCatalogue = Catalogue(english)
}
