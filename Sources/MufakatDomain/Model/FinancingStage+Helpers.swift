import Foundation

/// Bantuan pengisian pembiayaan: repeating a line over years, splitting a yearly total by the
/// parties' shares, and the order of the lines (year, then party). Integer arithmetic only.
extension FinancingStage {
    /// Copies line `index` to each of the next `years` budget years (same party, amount, source,
    /// code and description). A year in which the party already has a line is left alone.
    /// Returns how many lines were added.
    @discardableResult
    public mutating func repeatLine(at index: Int, years: Int) -> Int {
        guard lines.indices.contains(index), years > 0 else { return 0 }
        let base = lines[index]
        var added = 0
        for step in 1...min(years, 100) {
            let year = base.budgetYear + step
            if lines.contains(where: { $0.budgetYear == year && $0.partyIndex == base.partyIndex }) { continue }
            var copy = base
            copy.budgetYear = year
            lines.append(copy)
            added += 1
        }
        sortLines()
        return added
    }

    /// Splits `total` over the parties by `percents` (party 1 first; they must add up to 100):
    /// one line per party with a non-zero share for `template`'s year, carrying its source, code
    /// and description. The rupiah lost to rounding go to the first party with a share, so the
    /// lines add up to `total` exactly. An existing line of that party and year gets the amount.
    /// Nil when the shares do not add up to 100.
    @discardableResult
    public mutating func split(total: Rupiah, percents: [Int], template: FinancingLine) -> [Rupiah]? {
        guard !percents.isEmpty, percents.allSatisfy({ $0 >= 0 }), percents.reduce(0, +) == 100 else { return nil }
        // total * p / 100 without overflow: split the total into hundreds and the rest.
        let hundreds = total.value / 100, rest = total.value % 100
        var amounts = percents.map { Int64($0) * hundreds + Int64($0) * rest / 100 }
        let lost = total.value - amounts.reduce(0, +)
        if let first = percents.firstIndex(where: { $0 > 0 }) { amounts[first] += lost }
        let rupiah = amounts.map { Rupiah($0) ?? .zero }
        for (party, amount) in rupiah.enumerated() where percents[party] > 0 {
            if let i = lines.firstIndex(where: { $0.budgetYear == template.budgetYear && $0.partyIndex == party }) {
                lines[i].amount = amount
            } else {
                var line = template
                line.partyIndex = party
                line.amount = amount
                lines.append(line)
            }
        }
        sortLines()
        return rupiah
    }

    /// Puts the lines in order of budget year, then party; lines of the same year and party keep
    /// the order they had.
    public mutating func sortLines() {
        lines = lines.enumerated().sorted { a, b in
            (a.element.budgetYear, a.element.partyIndex, a.offset) < (b.element.budgetYear, b.element.partyIndex, b.offset)
        }.map(\.element)
    }

    /// Reads shares written as "40/35/25" (or with spaces, commas or "%"); nil when unreadable.
    public static func parsePercents(_ text: String) -> [Int]? {
        let parts = text.split(whereSeparator: { "/ ,;".contains($0) }).map { $0.replacingOccurrences(of: "%", with: "") }.filter { !$0.isEmpty }
        let values = parts.compactMap { Int($0) }
        guard !values.isEmpty, values.count == parts.count else { return nil }
        return values
    }
}
