import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

extension CooperationEditor {
    func highlightedRow(_ list: ListKind) -> Int {
        let n = list.count(cooperation)
        return n == 0 ? 0 : min(listRow[list] ?? 0, n - 1)
    }

    /// Keys of a list page; nil lets the form handle the key (Ctrl-N, Ctrl-P).
    mutating func handleList(_ list: ListKind, _ event: Event) -> [EditorRequest]? {
        let n = list.count(cooperation)
        let row = highlightedRow(list)
        switch event {
        case .key(let key) where ListCursor.moves(key): listRow[list] = ListCursor.move(row, count: n, key: key)
        case _ where EditorKeys.List.add.matches(event):
            guard canEditList() else { return [] }
            if let why = AfterSigningLists.cannotAdd(list, draft, context: context) { message = .error(why); return [] }
            if let why = afterSigningRefusalToAdd(list) { message = .error(why); return [] }
            let i = list.add(&draft, context: context, after: n == 0 ? nil : row)
            listRow[list] = i
            answerChanged(nil)
            openRecord(list, i, fresh: list.rows(draft)[i])
        case .key(let key) where list == .financing
                && (EditorKeys.List.repeatYearly.matches(event) || EditorKeys.List.splitShares.matches(event)):
            _ = startFinancingHelper(key, row: row)
        case _ where EditorKeys.List.edit.matches(event):
            guard n > 0 else { message = .notice(AppText.current.editor.listEmpty(list.noun)); return [] }
            openRecord(list, row, fresh: nil)
        case _ where EditorKeys.List.delete.matches(event):
            guard n > 0 else { return [] }
            guard canEditList() else { return [] }
            mode = .confirm(.confirm(AppText.current.editor.deleteTitle(list.noun), AppText.current.editor.deleteQuestion(list.noun, row + 1)), .deleteRecord(list, row), back: .form)
        case _ where EditorKeys.List.next.matches(event):
            if n == 0, let stage = currentStage, analysis.requiredPaths(stage).contains(list.path) {
                message = .error(AppText.current.editor.listNeedsOne(list.noun))
                return []
            }
            if let blocking = listFindings(list).first(where: { $0.severity == .error }) {
                message = .error(AppText.current.editor.cannotContinue(blocking.message))
                return []
            }
            return nil
        default:
            return nil
        }
        return []
    }

    mutating func canEditList() -> Bool {
        if let reason = lockReason { message = .error(reason); return false }
        if isFrozen { startAmendment(); return false }
        return true
    }

    /// Findings about a list's records.
    func listFindings(_ list: ListKind) -> [Finding] {
        analysis.findings.filter { $0.isUnder(list.path) }
    }

    mutating func openRecord(_ list: ListKind, _ index: Int, fresh: [String]?) {
        let f = StageForm(groups: list.recordGroups(index, cooperation: cooperation, context: context), cooperation: cooperation)
        mode = .record(list, index: index, form: f, fresh: fresh)
        beginRecord(list, index, isNew: fresh != nil)
        refreshIssues()
    }

    mutating func handleRecord(_ event: Event) -> [EditorRequest] {
        guard case .record(let list, let index, var f, let fresh) = mode else { return [] }
        if case .key(.ctrl("s")) = event {
            guard commitRecord(list, index) else { return [] }
            draftPending = false
            return [.save]
        }
        if case .key(.escape) = event {
            if let fresh, pendingRecord?.isNew ?? true, list.rows(draft).indices.contains(index), list.rows(draft)[index] == fresh {
                pendingRecord = nil
                removeRecord(list, at: index)
                listRow[list] = max(0, index - 1)
                answerChanged(nil)
                mode = .form
                message = .notice(AppText.current.editor.newRecordEmpty(list.noun.prefix(1).uppercased() + list.noun.dropFirst()))
                draftPending = false
                return []
            }
            guard commitRecord(list, index, escape: true) else { return [] }
            closeRecord(list, index)
            return autosaveRequest()
        }
        let editable = lockReason == nil && !isFrozen
        let result = f.handle(event, cooperation: &draft, issues: issues, editable: editable)
        // A financing line asks "sudah dianggarkan" only while it is charged to an APBD.
        if list == .financing { f.regroup(list.recordGroups(index, cooperation: draft, context: context), cooperation: draft) }
        mode = .record(list, index: index, form: f, fresh: fresh)
        if case .changed = result { pendingRecord?.refused = false }
        if case .completed = result, !commitRecord(list, index) { return [] }
        return apply(result, completing: { $0.closeRecord(list, index) })
    }

    mutating func closeRecord(_ list: ListKind, _ index: Int) {
        mode = .form
        listRow[list] = index
        if list == .financing, draft.financing.lines.indices.contains(index) {
            // Lines stay in order of year, then party; the highlight follows the line just edited.
            let before = draft.financing.lines
            var sorted = draft.financing
            sorted.sortLines()
            if sorted.lines != before {
                let moved = before.enumerated().map { ($0.offset, $0.element) }
                draft.financing = sorted
                // Find the edited line by position among equal lines.
                let target = moved[index].1
                let sameBefore = before[..<index].filter { $0 == target }.count
                let positions = sorted.lines.indices.filter { sorted.lines[$0] == target }
                listRow[list] = positions.indices.contains(sameBefore) ? positions[sameBefore] : index
                answerChanged(nil)
            }
        }
        refreshIssues()
        let problems = listFindings(list).filter { $0.path.hasPrefix("\(list.path)[\(index)]") }
        if let p = problems.first { message = p.severity == .error ? .error(p.message) : .warning(p.message) }
    }
}
