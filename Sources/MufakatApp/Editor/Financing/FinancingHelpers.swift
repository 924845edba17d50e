import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Bantuan baris pembiayaan: the two quick ways to fill the financing table, asked in one line.
enum FinancingHelper: Sendable, Equatable {
    /// Ulangi ke tahun berikutnya: copy line `line` to the next N years.
    case repeatYears(line: Int)
    /// Bagi menurut porsi: a yearly total split by the parties' shares, for `line`'s year.
    case split(line: Int)

    var title: String {
        switch self {
        case .repeatYears: AppText.current.editorForms.helperRepeat
        case .split: AppText.current.editorForms.helperSplit
        }
    }
}

extension CooperationEditor {
    /// "r" and "b" on the financing list; nil when the key is not one of them.
    mutating func startFinancingHelper(_ key: Key, row: Int) -> Bool {
        let lines = draft.financing.lines
        switch Event.key(key) {
        case let e where EditorKeys.List.repeatYearly.matches(e):
            guard lines.indices.contains(row) else { message = .notice(AppText.current.editorForms.nothingToRepeat); return true }
            guard canEditList() else { return true }
            mode = .financingHelper(.repeatYears(line: row), field: TextField("", maxLength: 2))
            return true
        case let e where EditorKeys.List.splitShares.matches(e):
            guard canEditList() else { return true }
            mode = .financingHelper(.split(line: row), field: TextField("", maxLength: 60))
            return true
        default:
            return false
        }
    }

    /// The question of a helper, in words.
    func financingHelperQuestion(_ helper: FinancingHelper) -> String {
        switch helper {
        case .repeatYears(let i):
            let l = draft.financing.lines.indices.contains(i) ? draft.financing.lines[i] : nil
            let what = l.map { AppText.current.editorForms.lineDescribed($0.budgetYear, partyShortName($0.partyIndex), $0.amount.grouped) } ?? AppText.current.editorForms.thisLine
            return AppText.current.editorForms.repeatQuestion(what)
        case .split(let i):
            let year = draft.financing.lines.indices.contains(i) ? draft.financing.lines[i].budgetYear : defaultSplitYear
            let names = draft.parties.indices.map { partyShortName($0) }.joined(separator: "/")
            return AppText.current.editorForms.splitQuestion(year, names)
        }
    }

    var defaultSplitYear: Int { draft.memorandum.startBudgetYear ?? draft.targetYear ?? (context.today.year + 1) }

    /// "Kab. Bogor", "Kota Yogyakarta", "Prov. Jawa Barat": a party's name short enough for a table.
    func partyShortName(_ index: Int) -> String {
        guard draft.parties.indices.contains(index) else { return AppText.current.editorForms.partyNumber(index + 1) }
        return Self.shortName(draft.parties[index].name)
    }

    static func shortName(_ name: String) -> String {
        for (long, short) in [("Kabupaten ", "Kab. "), ("Provinsi ", "Prov. "), ("Pemerintah Daerah ", "Pemda "), ("Perseroan Terbatas ", "PT ")]
        where name.hasPrefix(long) {
            return short + name.dropFirst(long.count)
        }
        return name
    }

    mutating func handleFinancingHelper(_ event: Event) -> [EditorRequest] {
        guard case .financingHelper(let helper, var field) = mode else { return [] }
        switch event {
        case _ where EditorKeys.cancel.matches(event):
            mode = .form
            return []
        case _ where EditorKeys.Prompt.apply.matches(event):
            let text = field.text.trimmedWhitespace()
            switch helper {
            case .repeatYears(let i):
                guard let n = Int(text), (1...20).contains(n) else {
                    message = .error(AppText.current.editorForms.yearsOneToTwenty)
                    return []
                }
                let line = draft.financing.lines[i]
                let added = draft.financing.repeatLine(at: i, years: n)
                listRow[.financing] = draft.financing.lines.firstIndex(of: line) ?? 0
                mode = .form
                answerChanged(nil)
                message = added == n
                    ? .ok(AppText.current.editorForms.linesAddedYears(added, line.budgetYear + 1, line.budgetYear + n))
                    : .ok(AppText.current.editorForms.linesAdded(added))
            case .split(let i):
                let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.count == 2, let total = Rupiah(parsing: parts[0]), let shares = FinancingStage.parsePercents(parts[1]) else {
                    message = .error(AppText.current.editorForms.amountThenShares)
                    return []
                }
                guard shares.count == draft.parties.count else {
                    message = .error(AppText.current.editorForms.oneSharePerParty(draft.parties.count, Array(repeating: "…", count: draft.parties.count).joined(separator: "/")))
                    return []
                }
                let template: FinancingLine
                if draft.financing.lines.indices.contains(i) {
                    template = draft.financing.lines[i]
                } else {
                    let first = draft.parties.first
                    template = FinancingLine(budgetYear: defaultSplitYear, partyIndex: 0, amount: .zero,
                                             source: first.map { $0.type == .region } ?? true ? .apbd : .pihakKetiga)
                }
                guard let amounts = draft.financing.split(total: total, percents: shares, template: template) else {
                    message = .error(AppText.current.editorForms.sharesNot100(shares.reduce(0, +)))
                    return []
                }
                listRow[.financing] = draft.financing.lines.firstIndex { $0.budgetYear == template.budgetYear } ?? 0
                mode = .form
                answerChanged(nil)
                let said = amounts.enumerated().filter { shares[$0.offset] > 0 }.map { "\(partyShortName($0.offset)) Rp\($0.element.grouped)" }
                message = .ok(AppText.current.editorForms.yearSplit(template.budgetYear, said.joined(separator: ", ")))
            }
            return []
        default:
            _ = field.handle(event)
            mode = .financingHelper(helper, field: field)
            return []
        }
    }

    func drawFinancingHelper(_ helper: FinancingHelper, field: TextField, in rect: Rect, buffer: inout Buffer) {
        let width = min(rect.width, 70)
        let lines = TextLayout.wrap(financingHelperQuestion(helper), width: width - 4)
        let box = rect.centered(Size(width: width, height: lines.count + 6))
        buffer.fill(box)
        buffer.box(box, title: helper.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (i, l) in lines.enumerated() { buffer.write(l, at: Point(x: inner.x, y: inner.y + i), clip: inner) }
        field.draw(in: Rect(x: inner.x, y: inner.y + lines.count + 1, width: inner.width, height: 1), buffer: &buffer, focused: true)
        buffer.write(AppText.current.editorForms.helperKeys, at: Point(x: inner.x, y: inner.maxY - 1), role: .muted, clip: inner)
    }
}
