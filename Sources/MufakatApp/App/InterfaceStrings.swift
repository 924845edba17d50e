import Foundation
import MufakatDomain
import MufakatThemes
import TerminalUI

/// Bahasa antarmuka: the words the toolkit shows (buttons, key help, message prefixes, the
/// too-small screen, theme errors), in formal Indonesian. The toolkit's own defaults are English;
/// the program installs these once at start-up (`InterfaceLanguage.install()`).
extension TerminalStrings {
    static let indonesian: TerminalStrings = {
        var s = TerminalStrings()
        s.yes = "Ya"; s.no = "Tidak"; s.close = "Tutup"
        s.yesLetters = ["y", "Y"]; s.noLetters = ["t", "T", "n", "N"]
        s.errorPrefix = "\(Severity.error.label(in: .indonesian)): "; s.warningPrefix = "\(Severity.warning.label(in: .indonesian)): "
        s.spaceKey = "Spasi"; s.lettersKey = "huruf"; s.digitsKey = "0-9"
        s.choose = "pilih"; s.answer = "jawab"; s.cancel = "batal"; s.toggle = "centang"; s.assign = "tetapkan"
        s.typeToFilter = "ketik untuk menyaring"; s.startEnd = "awal/akhir"; s.deleteRestStart = "hapus sisa/awal"
        s.deleteWord = "hapus kata"; s.newLine = "baris baru"; s.moveCell = "pindah sel"; s.page = "halaman"
        s.firstLastColumn = "kolom awal/akhir"; s.row = "baris"; s.sort = "urutkan"; s.reverseSort = "balik urutan"
        s.typeDigits = "ketik angka"; s.nextField = "pindah isian"; s.nextGroup = "lanjut"; s.previousGroup = "kembali"
        s.noData = "Belum ada data."; s.searchLabel = "Cari: "; s.noMatch = "Tidak ada yang cocok."; s.stagesTitle = "Tahapan"
        s.lineOf = { "baris \($0) dari \($1)" }
        s.groupOf = { "Bagian \($0) dari \($1): \($2)" }
        s.fieldsToFix = { "\($0.count) isian perlu diperbaiki: \($0.joined(separator: ", "))." }
        s.fieldsAbove = { "↑ \($0) isian di atas" }
        s.continuesBelow = "↓ lanjutan di bawah"
        s.notChosen = "(belum dipilih)"
        s.required = "Wajib diisi."
        s.fieldRequired = { "\($0) wajib diisi." }
        s.enterNextField = "isian berikut"
        s.atMostCharacters = { "Paling banyak \($0) karakter." }
        s.atLeastAmount = { "Paling sedikit \($0)." }
        s.stageState = { state in
            switch state {
            case .done: "selesai"
            case .current: "sedang dikerjakan"
            case .pending: "belum"
            case .blocked: "terkunci"
            case .skipped: "dilewati"
            case .error: "ada kesalahan"
            }
        }
        s.dateMask = "hh-bb-tttt"
        s.monthNames = IndonesianDate.monthNames
        // One wording for date errors, the editor's, in every form.
        s.dateIncomplete = { "Tanggal belum lengkap: ketik 8 angka \($0), misalnya 17082026." }
        s.noSuchMonth = { "Bulan \($0) tidak ada: isi bulan 01 sampai 12." }
        s.noSuchYear = "Tahun 0000 tidak ada: isi tahun empat angka, misalnya 2026."
        s.noSuchDay = { typed, month, year, days in "Tanggal \(typed) tidak ada: \(month) \(year) hanya \(days) hari. Perbaiki tanggalnya." }
        s.tooSmallTitle = "Layar terlalu kecil"
        s.tooSmallSizes = { "Ukuran sekarang \($0.width)×\($0.height), diperlukan sekurang-kurangnya \($1.width)×\($1.height)." }
        s.tooSmallHint = "Perbesar jendela terminal, atau tekan q untuk keluar."
        s.terminalCannotStart = "Terminal tidak dapat dipakai (periksa variabel TERM)."
        s.builtInThemeSource = "bawaan"
        s.themeFileLine = { file, line, message in
            line.map { "Berkas tema \(file), baris \($0): \(message)" } ?? "Berkas tema \(file): \(message)"
        }
        s.themeProblem = { problem in
            switch problem {
            case .unreadable: "berkas tidak dapat dibaca."
            case .notFound(let name): "tema \"\(name)\" tidak ditemukan."
            case .invalidTOML(let detail): "TOML tidak sah\(detail.map { " (\($0))" } ?? "")."
            case .syntax(let column, let detail): "TOML tidak sah (kolom \(column): \(detail))."
            case .unknownRole(let key, let valid): "peran \"\(key)\" tidak dikenal. Peran yang sah: \(valid.joined(separator: ", "))."
            case .notATable(let key): "\"\(key)\" harus berupa tabel [\(key)]."
            case .unknownColour(let c): "warna \"\(c)\" tidak dikenal."
            case .attributesNotAList: "attrs harus berupa daftar, misalnya [\"bold\"]."
            case .unknownAttribute(let a): "atribut \"\(a)\" tidak dikenal (bold, dim, reverse, underline, italic)."
            case .unknownKey(let k): "kunci \"\(k)\" tidak dikenal (fg, bg, attrs)."
            }
        }
        s.tomlSyntaxProblem = { code, values, _ in TOMLSyntaxWords.indonesian(code: code, values: values) }
        s.configInvalid = { path, line, detail in
            "Berkas konfigurasi \(path), baris \(line): TOML tidak sah\(detail.map { " (\($0))" } ?? ""); pengaturan tema diabaikan."
        }
        s.builtInThemeUsed = "Tema bawaan dipakai."
        return s
    }()
}

/// The interface language of the program. Indonesian for now; the toolkit's words follow it.
enum InterfaceLanguage {
    /// Installs the Indonesian words in the toolkit. Idempotent. Called by the launchers and by the
    /// inits every screen starts from (`ShellContext`, `EditorContext`, the meeting screens, the
    /// gallery), so a screen draws in the same language in the program and in a test run alone.
    static func install() {
        _ = installed
    }

    /// Installs `language` for the toolkit and the app catalogue (`AppText`): the launcher's
    /// choice (`--lang`, `MUFAKAT_LANG`, `LANG`), which later default installs keep.
    static func install(_ language: AppLanguage) {
        _ = installed
        TerminalStrings.current = language == .english ? TerminalStrings() : .indonesian
        DisplayLanguage.current = language
    }

    private static let installed: Bool = {
        TerminalStrings.current = .indonesian
        return true
    }()
}

extension NumberField {
    /// Rupiah: "Rp 1.500.000", grouped with dots, whole rupiah (a pasted ",-" or ",00" is dropped).
    static func rupiah(_ amount: Int64? = nil) -> NumberField {
        NumberField(amount, prefix: "Rp ", groupingSeparator: ".", decimalSeparator: ",")
    }

    /// "1.500.000": a number grouped the Indonesian way, without a prefix.
    static func groupedIndonesian(_ value: Int64) -> String { NumberField.grouped(value, separator: ".") }
}

/// Tema: the program's theme choice, `--theme`, then `MUFAKAT_THEME`, then the config file.
enum AppTheme {
    /// The environment variable that names a theme.
    static let variable = "MUFAKAT_THEME"

    static func resolve(flag: String?, environment: [String: String]) -> ThemeChoice {
        InterfaceLanguage.install()
        let configHome = environment["XDG_CONFIG_HOME"] ?? (NSHomeDirectory() + "/.config")
        return ThemeResolver.resolve(flag: flag, environment: environment, variable: variable,
                                     configPath: configHome + "/mufakat/config.toml", bundled: BundledThemes.source(named:))
    }
}
