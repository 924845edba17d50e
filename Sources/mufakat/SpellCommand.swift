import ArgumentParser
import Foundation
import MufakatDomain

/// `mufakat spell` (eja): amounts and dates in words, as naskah and letters write them.
struct SpellCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "spell",
        abstract: cli.domain.spellAbstract,
        discussion: cli.domain.spellDiscussion,
        aliases: ["eja"]
    ) }

    @Argument(help: ArgumentHelp(cli.domain.amountHelp, valueName: cli.domain.amountValue))
    var amount: String?

    @Option(name: .long, help: ArgumentHelp(cli.domain.spellDateHelp, valueName: cli.domain.dateValue))
    var date: String?

    @Flag(name: .long, help: ArgumentHelp(cli.domain.wordsHelp))
    var words = false

    @Flag(name: .long, help: ArgumentHelp(cli.domain.numberHelp))
    var number = false

    @OptionGroup var output: JSONOption

    struct AmountResult: Encodable { let value: Int64; let figures: String; let words: String }
    struct DateResult: Encodable { let date: String; let words: String; let long: String }

    func run() throws {
        switch (amount, date) {
        case (nil, nil):
            printError(cli.domain.nameAmountOrDate)
            throw Exit.unusable
        case (.some, .some):
            printError(cli.domain.amountOrDateNotBoth)
            throw Exit.unusable
        case (nil, let text?):
            guard let d = CalendarDate(iso: text) ?? CalendarDate(dayMonthYear: text) else {
                printError(cli.domain.badSpellDate(text))
                throw Exit.unusable
            }
            if output.json { try printJSON(DateResult(date: d.iso, words: IndonesianDate.words(d), long: IndonesianDate.long(d))); return }
            print(IndonesianDate.words(d))
        case (let text?, nil):
            guard let r = Rupiah(parsing: text) else {
                let negative = text.trimmedWhitespace().hasPrefix("-")
                printError(negative
                    ? cli.domain.negativeAmount(text)
                    : cli.domain.unreadableAmount(text, Rupiah.max.grouped))
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
