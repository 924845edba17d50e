import Foundation
import Testing
@testable import MufakatDomain

/// `Validator.fill` reads its template once; on every template whose values hold no brace it
/// gives what replacing each "{name}" by Foundation, value by value, gave before (issue 19).
@Suite struct FillTests {
    static func foundationFill(_ template: String, _ values: [String: String]) -> String {
        var out = template
        for (k, v) in values { out = out.replacingOccurrences(of: "{\(k)}", with: v) }
        return out
    }

    @Test(arguments: [
        ("Pihak {pihak} belum menandatangani", ["pihak": "Kota Bogor"], "Pihak Kota Bogor belum menandatangani"),
        ("{a}{b} dan {a}", ["a": "satu", "b": "dua"], "satudua dan satu"),
        ("{{a}}", ["a": "x"], "{x}"),
        ("{tidak-ada} tetap", ["a": "x"], "{tidak-ada} tetap"),
        ("tanpa kurung", ["a": "x"], "tanpa kurung"),
        ("{a", ["a": "x"], "{a"),
        ("Tanggal {tanggal} – ‘{nama}’ é", ["tanggal": "5 Desember 2026", "nama": "Bekasi"], "Tanggal 5 Desember 2026 – ‘Bekasi’ é"),
        ("{a}", [:], "{a}"),
    ])
    func fillsEachName(_ example: (String, [String: String], String)) {
        #expect(Validator.fill(example.0, example.1) == example.2)
    }

    /// No value makes a new "{name}" when set beside a brace, so the order Foundation took the
    /// values in does not matter here.
    @Test func sameAsReplacingValueByValue() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["{a}", "{b}", "{c}", "{", "}", "a", " ", "é", "{ab}", "}{", "x"]
        let values = ["a": "satu", "b": "dua é", "ab": "tiga", "zz": "tidak dipakai"]
        for _ in 0..<3_000 {
            let template = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Validator.fill(template, values) == Self.foundationFill(template, values), "\(template)")
        }
    }
}
