/// Kata-kata pemeriksaan sintaks TOML: the syntax check's problems (`TOMLSyntaxProblem`, shared
/// with the toolkit, English only there) in Indonesian, and in the interface language. Public so
/// the app can install the same words for theme files (`TerminalStrings.tomlSyntaxProblem`).
public enum TOMLSyntaxWords {
    /// The problem `code` with its `values` in Indonesian (see `TOMLSyntaxProblem`).
    public static func indonesian(code: String, values v: [String]) -> String {
        func at(_ i: Int) -> String { i < v.count ? v[i] : "" }
        func found(_ i: Int) -> String {
            switch at(i) {
            case "@eof": "akhir berkas"
            case "@eol": "akhir baris"
            case "@control": "karakter kendali"
            case "@nonascii": "karakter non-ASCII"
            default: at(i)
            }
        }
        switch code {
        case "tooLarge": return "berkas terlalu besar (\(at(0)) bita; paling besar \(at(1)))"
        case "unexpectedAfterValue": return "\(found(0)) tidak diharapkan; sesudah satu isian baris harus berakhir (atau diikuti komentar #)"
        case "crWithoutLF": return "karakter CR tanpa LF; simpan berkas dengan akhir baris biasa"
        case "controlInComment": return "karakter kendali di dalam komentar"
        case "tableHeaderNotClosed": return "kepala tabel tidak ditutup dengan '\(at(0))'; ditemukan \(found(1))"
        case "arrayTableHeaderNotClosed": return "kepala daftar tabel harus ditutup dengan ']]'"
        case "keyExpected": return "nama kunci diharapkan, ditemukan \(found(0)); nama kunci memakai huruf, angka, '_' atau '-'"
        case "multilineKey": return "nama kunci tidak boleh berupa teks multibaris"
        case "equalsExpected": return "tanda '=' diharapkan sesudah nama kunci, ditemukan \(found(0))"
        case "tooDeep": return "susunan bersarang terlalu dalam (lebih dari \(at(0)) tingkat)"
        case "valueExpected": return "nilai diharapkan, ditemukan \(found(0))"
        case "unknownValue": return "nilai tidak dikenal; tulis true, false, bilangan, tanggal, atau teks dalam tanda petik"
        case "stringNotClosed": return "teks tidak ditutup dengan tanda petik"
        case "stringNotClosedAtEndOfLine": return "teks tidak ditutup dengan tanda petik sebelum akhir baris"
        case "controlInStringEscape": return "karakter kendali di dalam teks; tulis sebagai \\uXXXX"
        case "controlInString": return "karakter kendali di dalam teks"
        case "literalNotClosed": return "teks tidak ditutup dengan tanda petik tunggal"
        case "literalNotClosedAtEndOfLine": return "teks tidak ditutup dengan tanda petik tunggal sebelum akhir baris"
        case "multilineNotClosed": return "teks multibaris tidak ditutup dengan \(at(0))"
        case "tooManyQuotes": return "terlalu banyak tanda petik berurutan"
        case "backslashAtEnd": return "garis miring terbalik di akhir berkas"
        case "hexDigitsExpected": return "\\\(at(0)) harus diikuti \(at(1)) angka heksadesimal"
        case "invalidUnicode": return "kode Unicode \\u tidak sah"
        case "unknownEscape": return "urutan escape \\\(found(0)) tidak dikenal; gunakan \\\\ untuk garis miring terbalik"
        case "arrayNotClosed": return "daftar tidak ditutup dengan ']'"
        case "arraySeparatorExpected": return "',' atau ']' diharapkan di dalam daftar, ditemukan \(found(0))"
        case "inlineTableNotClosed": return "tabel sebaris tidak ditutup dengan '}'"
        case "inlineTableSeparatorExpected": return "',' atau '}' diharapkan di dalam tabel sebaris (satu baris saja), ditemukan \(found(0))"
        default: return code
        }
    }
}

extension TOMLSyntaxProblem {
    /// The problem in Indonesian (the rulebook checker's messages are Indonesian).
    var indonesian: String { TOMLSyntaxWords.indonesian(code: code, values: values) }
}
