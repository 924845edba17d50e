/// Evaluasi per tahun anggaran: how many evaluations a signed cooperation owes each budget year.
extension Rulebook {
    /// What the PKS promises ("paling sedikit N (…) kali"): the count agreed in the PKS, never
    /// less than the rulebook's minimum ([reminders] evaluations_per_year). An agreed count
    /// below the minimum is its own finding; the records are still held to the minimum.
    public func evaluationsPerYear(for c: Cooperation) -> Int {
        let minimum = reminders.evaluationsPerYear
        return max(minimum, c.agreement.evaluationsPerYear ?? minimum)
    }
}
