import Foundation

/// Translates the fixed English phrases of swift-argument-parser's help and error output into
/// Indonesian. In English (`--lang en`) the parser's own phrases are left as they are.
enum ParserPhrases {
    private static let phrases: [(String, String)] = [
        ("OVERVIEW:", "IKHTISAR:"),
        ("USAGE:", "PENGGUNAAN:"),
        ("ARGUMENTS:", "ARGUMEN:"),
        ("OPTIONS:", "OPSI:"),
        ("SUBCOMMANDS:", "SUBPERINTAH:"),
        ("Show help information.", "Tampilkan bantuan ini."),
        ("Show the version.", "Tampilkan versi program."),
        ("(default: ", "(bawaan: "),
        ("; default: ", "; bawaan: "),
        ("Please provide one of the following:", "Pilih salah satu dari:"),
        ("for detailed help", "untuk bantuan rinci"),
        ("(values: ", "(pilihan: "),
        ("(values:\n", "(pilihan:\n"),   // the help wraps right after the word
        ("(default:\n", "(bawaan:\n"),
        ("; default:\n", "; bawaan:\n"),
        ("See 'mufakat help <subcommand>' for detailed help.", "Lihat 'mufakat help <subperintah>' untuk bantuan rinci."),
        ("Error: ", "Kesalahan: "),
        ("Missing expected argument", "Argumen wajib tidak ada"),
        ("Unknown option", "Opsi tidak dikenal"),
        ("Unexpected argument", "Argumen tidak dikenal"),
        ("Missing value for", "Nilai belum diisi untuk"),
        ("The value", "Nilai"),
        ("is invalid for", "tidak sah untuk"),
        ("Please provide one of", "Pilih salah satu dari"),
        ("' and '", "' dan '"),   // "Pilih salah satu dari 'a4' and 'f4'."
        ("Help:", "Bantuan:"),
        ("  See '", "  Lihat '"),
        ("' for more information.", "' untuk keterangan lebih lanjut."),
        (" (default)", " (bawaan) "),   // one space more: the column after it stays aligned
        ("Usage:", "Penggunaan:"),
        ("<subcommand>", "<subperintah>"),
        ("<options>", "<opsi>"),
        ("(alias:", "(alias:"),
    ]

    static func indonesian(_ text: String) -> String {
        var out = text
        for (en, id) in phrases { out = out.replacingOccurrences(of: en, with: id) }
        // "; default:" where the help wraps between the two ("f4;\n      default: a4)"). Scanned by
        // hand: a regular expression here cost every `--version` and `--help` ICU's start-up (1.4 ms).
        return afterSemicolon(out, replacing: "default:", with: "bawaan:")
    }

    /// `text` with `word` replaced by `replacement` wherever it follows ";" and at least one
    /// whitespace character (what the pattern `(;\s+)default:` matched).
    static func afterSemicolon(_ text: String, replacing word: String, with replacement: String) -> String {
        guard text.contains(word) else { return text }
        let chars = Array(text), w = Array(word)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = 0
        while i < chars.count {
            out.append(chars[i])
            if chars[i] == ";" {
                var j = i + 1
                while j < chars.count, chars[j].isWhitespace { j += 1 }
                if j > i + 1, j + w.count <= chars.count, Array(chars[j..<(j + w.count)]) == w {
                    out.append(contentsOf: chars[(i + 1)..<j])
                    out.append(replacement)
                    i = j + w.count
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
