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
        // "; default:" where the help wraps between the two ("f4;\n      default: a4)").
        return out.replacingOccurrences(of: #"(;\s+)default:"#, with: "$1bawaan:", options: .regularExpression)
    }
}
