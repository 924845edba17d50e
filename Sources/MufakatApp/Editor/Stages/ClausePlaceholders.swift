import Foundation

/// Isian pasal: the rulebook's clause variables (`{perangkat_daerah}`, `{hari_kahar}`) as an officer
/// reads them in the article editor: «perangkat daerah pelaksana», «jumlah hari pemberitahuan keadaan
/// kahar». A variable stays in the stored article until its value is known (the naskah fills it then);
/// the editor shows it by its name in words and stores it back as the token, so no one ever sees or
/// has to type a raw `{placeholder}`.
enum ClausePlaceholders {
    /// Names in words, from the rulebook's list of clause variables.
    static let labels: [String: String] = [
        "objek": "objek kerja sama", "urusan": "urusan pemerintahan", "bentuk": "bentuk kerja sama",
        "manfaat": "manfaat yang diharapkan", "lingkup": "ruang lingkup", "pihak": "para pihak satu per satu",
        "para_pihak": "nama para pihak", "perangkat_daerah": "perangkat daerah pelaksana",
        "sumber_biaya": "sumber pembiayaan", "sumber_biaya_pihak": "sumber pendanaan tiap pihak",
        "tahun_anggaran_mulai": "tahun anggaran mulai pelaksanaan", "jangka_waktu": "jangka waktu (tahun)",
        "tanggal_mulai": "tanggal mulai berlaku", "tanggal_berakhir": "tanggal berakhir",
        "jumlah_pihak": "jumlah pihak", "jumlah_pihak_terbilang": "jumlah pihak dengan huruf",
        "hak_kewajiban": "hak dan kewajiban tiap pihak", "pembiayaan": "pembiayaan tiap pihak",
        "hasil_kerja_sama": "pengelolaan hasil kerja sama", "hari_kahar": "jumlah hari pemberitahuan keadaan kahar",
        "evaluasi_per_tahun": "jumlah evaluasi per tahun anggaran", "nomor_kb": "nomor Kesepakatan Bersama",
        "tanggal_kb": "tanggal Kesepakatan Bersama", "naskah_asal": "naskah yang diubah",
        "perubahan": "rincian perubahan", "tambahan_jangka_waktu": "tambahan jangka waktu (tahun)",
        "berlaku_mulai": "berlaku mulai", "berlaku_sampai": "berlaku sampai",
        "sekretariat_bersama": "kedudukan dan susunan sekretariat bersama",
    ]
    static let listSuffix = " (rincian)"

    private static let token = try! NSRegularExpression(pattern: #"\{([a-z0-9_]+)(:list)?\}"#)
    private static let shownForm = try! NSRegularExpression(pattern: #"«([^«»]+)»"#)
    private static let names: [String: String] = Dictionary(labels.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })

    /// "oleh {perangkat_daerah}." -> "oleh «perangkat daerah pelaksana»."
    static func shown(_ text: String) -> String {
        replace(token, in: text) { groups in
            let name = groups[0] ?? ""
            let label = labels[name] ?? name.replacingOccurrences(of: "_", with: " ")
            return "«" + label + (groups[1] == nil ? "" : listSuffix) + "»"
        }
    }

    /// The reverse of `shown`: "«perangkat daerah pelaksana»" -> "{perangkat_daerah}".
    static func stored(_ text: String) -> String {
        replace(shownForm, in: text) { groups in
            var label = groups[0] ?? ""
            let isList = label.hasSuffix(listSuffix)
            if isList { label.removeLast(listSuffix.count) }
            let name = names[label] ?? label.replacingOccurrences(of: " ", with: "_")
            guard name.allSatisfy({ ($0.isASCII && $0.isLowercase) || $0 == "_" || $0.isNumber }) else { return "«" + (groups[0] ?? "") + "»" }
            return "{" + name + (isList ? ":list" : "") + "}"
        }
    }

    private static func replace(_ re: NSRegularExpression, in text: String, with make: ([String?]) -> String) -> String {
        var out = text
        for m in re.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let whole = Range(m.range, in: out) else { continue }
            let groups = (1..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).map { String(text[$0]) } }
            out.replaceSubrange(whole, with: make(groups))
        }
        return out
    }
}
