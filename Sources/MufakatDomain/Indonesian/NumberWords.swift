/// Terbilang: numbers written out in Indonesian words, as naskah require for amounts and dates.
public enum NumberWords {
    private static let units = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
    private static let scales: [(Int64, String)] = [
        (1_000_000_000_000_000_000, "kuintiliun"),
        (1_000_000_000_000_000, "kuadriliun"),
        (1_000_000_000_000, "triliun"),
        (1_000_000_000, "miliar"),
        (1_000_000, "juta"),
    ]

    /// "245400" -> "dua ratus empat puluh lima ribu empat ratus"; 0 -> "nol".
    /// Negative numbers get the prefix "minus".
    public static func spell(_ number: Int64) -> String {
        if number == 0 { return "nol" }
        if number < 0 {
            let magnitude = number == Int64.min ? UInt64(Int64.max) + 1 : UInt64(-number)
            return "minus " + spellUnsigned(magnitude)
        }
        return spellUnsigned(UInt64(number))
    }

    public static func spell(_ number: Int) -> String { spell(Int64(number)) }

    private static func spellUnsigned(_ n: UInt64) -> String {
        var rest = n
        var words: [String] = []
        for (scale, name) in scales {
            let s = UInt64(scale)
            if rest >= s {
                let count = rest / s
                words.append(spellUnsigned(count) + " " + name)
                rest %= s
            }
        }
        if rest >= 1000 {
            let thousands = Int(rest / 1000)
            words.append(thousands == 1 ? "seribu" : belowThousand(thousands) + " ribu")
            rest %= 1000
        }
        if rest > 0 { words.append(belowThousand(Int(rest))) }
        return words.joined(separator: " ")
    }

    /// 1...999.
    private static func belowThousand(_ n: Int) -> String {
        var parts: [String] = []
        let hundreds = n / 100
        let rest = n % 100
        if hundreds == 1 { parts.append("seratus") } else if hundreds > 1 { parts.append(units[hundreds] + " ratus") }
        if rest > 0 {
            if rest < 10 { parts.append(units[rest]) }
            else if rest == 10 { parts.append("sepuluh") }
            else if rest == 11 { parts.append("sebelas") }
            else if rest < 20 { parts.append(units[rest - 10] + " belas") }
            else {
                parts.append(units[rest / 10] + " puluh")
                if rest % 10 > 0 { parts.append(units[rest % 10]) }
            }
        }
        return parts.joined(separator: " ")
    }
}
