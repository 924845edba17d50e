import ArgumentParser
import Foundation
import MufakatDomain

/// `mufakat spell` (eja): amounts and dates in words, as naskah and letters write them.
struct SpellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spell",
        abstract: "Tulis jumlah uang atau tanggal dengan huruf (terbilang).",
        discussion: """
        Contoh:
          mufakat eja 245400              Rp245.400,00 (dua ratus empat puluh lima ribu empat ratus rupiah)
          mufakat eja Rp1.500.000,00      jumlah boleh ditulis dengan titik, Rp, dan ,00
          mufakat eja --number 2016       dua ribu enam belas
          mufakat eja --date 2016-06-15   hari Rabu tanggal lima belas bulan Juni tahun dua ribu enam belas
        """,
        aliases: ["eja"]
    )

    @Argument(help: ArgumentHelp("Jumlah rupiah, bilangan bulat 0 atau lebih.", valueName: "JUMLAH"))
    var amount: String?

    @Option(name: .long, help: ArgumentHelp("Tanggal yang dieja (TTTT-BB-HH atau HH-BB-TTTT).", valueName: "TANGGAL"))
    var date: String?

    @Flag(name: .long, help: "Hanya huruf, tanpa angka.")
    var words = false

    @Flag(name: .long, help: "Eja sebagai bilangan biasa, tanpa \"rupiah\".")
    var number = false

    @OptionGroup var output: JSONOption

    struct AmountResult: Encodable { let value: Int64; let figures: String; let words: String }
    struct DateResult: Encodable { let date: String; let words: String; let long: String }

    func run() throws {
        switch (amount, date) {
        case (nil, nil):
            printError("Tuliskan jumlah yang dieja, misalnya `mufakat eja 245400`, atau tanggal dengan `--date 2016-06-15`.")
            throw Exit.unusable
        case (.some, .some):
            printError("Pilih salah satu: jumlah atau --date, tidak keduanya.")
            throw Exit.unusable
        case (nil, let text?):
            guard let d = CalendarDate(iso: text) ?? CalendarDate(dayMonthYear: text) else {
                printError("Tanggal '\(text)' tidak valid. Tulis sebagai TTTT-BB-HH (misalnya 2016-06-15) dengan tanggal yang ada di kalender.")
                throw Exit.unusable
            }
            if output.json { try printJSON(DateResult(date: d.iso, words: IndonesianDate.words(d), long: IndonesianDate.long(d))); return }
            print(IndonesianDate.words(d))
        case (let text?, nil):
            guard let r = Rupiah(parsing: text) else {
                let negative = text.trimmingCharacters(in: .whitespaces).hasPrefix("-")
                printError(negative
                    ? "Jumlah '\(text)' negatif. Jumlah uang harus 0 atau lebih."
                    : "Jumlah '\(text)' tidak dapat dibaca. Tulis bilangan bulat, boleh dengan titik pemisah ribuan, misalnya 245400 atau Rp1.500.000,00 (paling besar \(Rupiah.max.grouped)).")
                throw Exit.unusable
            }
            let spelled = number ? NumberWords.spell(r.value) : r.words
            if output.json { try printJSON(AmountResult(value: r.value, figures: number ? String(r.value) : r.figures, words: spelled)); return }
            if words { print(spelled) }
            else if number { print("\(r.value) (\(spelled))") }
            else { print(r.figuresAndWords) }
        }
    }
}
