/// Batas nilai: the ranges every number read from disk must lie in, the same the editor's fields
/// allow. A document with a value outside them is damaged: the store quarantines it instead of
/// letting date arithmetic, array indexing or a screen trap on it (issue 20).
///
/// A party index that points past the last party is not damage: the editor produces it when a
/// party is removed, and the validator reports it. A negative one, or one past any possible
/// party list, cannot come from Mufakat and is damage.
public enum ValueLimits {
    /// Jangka waktu (tahun): the editor's 1–99.
    public static let durationYears: ClosedRange<Int> = 1...99
    /// Tahun anggaran: the editor's 2000–2100.
    public static let budgetYear: ClosedRange<Int> = 2000...2100
    /// Pemberitahuan keadaan kahar (hari).
    public static let forceMajeureNoticeDays: ClosedRange<Int> = 1...365
    /// Evaluasi per tahun anggaran.
    public static let evaluationsPerYear: ClosedRange<Int> = 1...12
    /// Tahun target and tahun RKPD: what a four-digit year field can hold.
    public static let year: ClosedRange<Int> = 0...9999
    /// Indeks pihak: 0-based; more parties than this cannot be entered.
    public static let partyIndex: ClosedRange<Int> = 0...999
    /// Revision numbers named inside a document (a reopened stage's previous revision).
    public static let revision: ClosedRange<Int> = 0...1_000_000_000

    /// Every value of `c` outside its range, as field path and problem in the interface language.
    public static func problems(in c: Cooperation) -> [CooperationDecodingError] {
        var out: [CooperationDecodingError] = []
        func check(_ value: Int?, _ range: ClosedRange<Int>, _ path: String, _ what: String) {
            guard let value, !range.contains(value) else { return }
            out.append(CooperationDecodingError(path: path, problem: outOfRange(value, range, what)))
        }
        check(c.proposal.durationYears, durationYears, "proposal.durationYears", t.proposalDuration)
        check(c.memorandum.durationYears, durationYears, "memorandum.durationYears", t.memorandumDuration)
        check(c.agreement.durationYears, durationYears, "agreement.durationYears", t.agreementDuration)
        check(c.memorandum.startBudgetYear, budgetYear, "memorandum.startBudgetYear", t.startBudgetYear)
        check(c.agreement.forceMajeureNoticeDays, forceMajeureNoticeDays, "agreement.forceMajeureNoticeDays", t.forceMajeureNoticeDays)
        check(c.agreement.evaluationsPerYear, evaluationsPerYear, "agreement.evaluationsPerYear", t.evaluationsPerYear)
        check(c.targetYear, year, "targetYear", t.targetYear)
        for (i, line) in c.financing.lines.enumerated() {
            check(line.budgetYear, budgetYear, "financing.lines[\(i)].budgetYear", t.budgetYear)
            check(line.partyIndex, partyIndex, "financing.lines[\(i)].partyIndex", t.partyIndex)
        }
        for (i, a) in c.councilApproval.approvals.enumerated() {
            check(a.partyIndex, partyIndex, "councilApproval.approvals[\(i)].partyIndex", t.partyIndex)
        }
        for (i, d) in c.agreement.duties.enumerated() {
            check(d.partyIndex, partyIndex, "agreement.duties[\(i)].partyIndex", t.partyIndex)
        }
        if c.parties.count > partyIndex.upperBound + 1 {
            out.append(CooperationDecodingError(path: "parties", problem: t.tooManyParties(c.parties.count, partyIndex.upperBound + 1)))
        }
        for (i, a) in c.amendments.enumerated() {
            check(a.previousRevision, revision, "amendments[\(i)].previousRevision", t.revisionNumber)
        }
        return out
    }

    /// Every value of `m` outside its range.
    public static func problems(in m: RegionMapping) -> [CooperationDecodingError] {
        var out: [CooperationDecodingError] = []
        for (i, e) in m.entries.enumerated() {
            if let y = e.targetYear, !year.contains(y) {
                out.append(CooperationDecodingError(path: "entries[\(i)].targetYear", problem: outOfRange(y, year, t.targetYear)))
            }
            if let y = e.rkpdYear, !year.contains(y) {
                out.append(CooperationDecodingError(path: "entries[\(i)].rkpdYear", problem: outOfRange(y, year, t.rkpdYear)))
            }
        }
        return out
    }

    /// Every value of `m` outside its range.
    public static func problems(in m: Meeting) -> [CooperationDecodingError] {
        var out: [CooperationDecodingError] = []
        for (i, a) in m.agreements.enumerated() {
            if let y = a.targetYear, !year.contains(y) {
                out.append(CooperationDecodingError(path: "agreements[\(i)].targetYear", problem: outOfRange(y, year, t.targetYear)))
            }
        }
        return out
    }

    /// "jangka waktu PKS (tahun) bernilai 100000000000000000, di luar batas; seharusnya 1 sampai 99",
    /// in the interface language.
    public static func outOfRange(_ value: Int, _ range: ClosedRange<Int>, _ what: String) -> String {
        t.outOfRange(what, value, range.lowerBound, range.upperBound)
    }
}


private var t: Catalogue<ValueLimitsText> { DomainText.current.limits }
