import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

extension CooperationEditor {
    var stages: [StageSnapshot] { analysis.workflow.stages }
    var currentStage: StageSnapshot? { stages.indices.contains(stageIndex) ? stages[stageIndex] : nil }

    /// The field groups of the stage at `index` for the draft as it is now.
    func groups(forStage index: Int) -> [FieldGroup] {
        guard stages.indices.contains(index) else { return [] }
        let s = stages[index]
        return StageScreens.groups(for: s.section, stageID: s.id, cooperation: draft, context: context)
    }

    /// Opens a stage: fills what it can know from earlier answers the first time, and shows its
    /// first group. Leaving a stage with changed answers asks for an autosave.
    @discardableResult
    mutating func openStage(_ index: Int, requestDraft: Bool = true, prefill: Bool = true) -> [EditorRequest] {
        var out: [EditorRequest] = []
        if requestDraft { out += autosaveRequest() }
        stageIndex = max(0, min(index, stages.count - 1))
        if prefill, let s = currentStage, s.recorded.status == .notStarted, isStartable(s) {
            // What opening fills in is made again on every opening: it alone does not make
            // unsaved work, so moving to a stage right after Ctrl-S leaves the cooperation saved.
            let wasClean = !isDirty
            defer { if wasClean { saved = draft; draftPending = false } }
            Prefill.stage(s.section, &draft, context: context)
            var p = draft.progress(of: s.section, customID: s.id)
            p.status = .draft
            if !Self.asksStartDate(s) { p.startedOn = p.startedOn ?? context.today }
            draft.setProgress(p, of: s.section, customID: s.id)
            analysis = EditorAnalysis(cooperation: draft, context: context)
            draftPending = true
        }
        form = StageForm(groups: groups(forStage: stageIndex), cooperation: cooperation)
        mode = .form
        refreshIssues()
        return out
    }

    func isStartable(_ s: StageSnapshot) -> Bool {
        switch s.state {
        case .current, .available, .inProgress: true
        default: false
        }
    }

    /// Why the stage's answers cannot be typed now; nil when they can. A finished stage is not
    /// here: typing into it opens the amendment question instead.
    var lockReason: String? {
        guard let s = currentStage else { return AppText.current.editor.noStages }
        switch s.state {
        case .blocked(let r): return AppText.current.editor.stageCannotStart(s.rule.displayName, r)
        case .skipped(let r): return AppText.current.editor.stageIsSkipped(s.rule.displayName, r)
        default: return nil
        }
    }

    var isFrozen: Bool { currentStage?.recorded.status == .done }

    mutating func autosaveRequest() -> [EditorRequest] {
        guard draftPending else { return [] }
        draftPending = false
        return [.saveDraft]
    }

    /// Recomputes the problems of the fields of the form in use.
    mutating func refreshIssues() {
        let stage = currentStage
        switch mode {
        case .signing(let f):
            issues = analysis.issues(fields: f.allFields, stage: nil, cooperation: draft, inputProblems: f.inputProblems,
                                     extraRequired: SigningScreens.requiredIDs(for: stage?.section ?? .memorandum, parties: draft.parties.count))
        case .record(_, _, let f, _):
            issues = analysis.issues(fields: f.allFields, stage: stage, cooperation: draft, inputProblems: f.inputProblems)
        default:
            issues = analysis.issues(fields: form.allFields, stage: stage, cooperation: draft, inputProblems: form.inputProblems)
        }
    }

    /// After an answer changed: the stage counts as started, answers that follow from it are
    /// filled, the workflow and findings are recomputed, and lists that grew are regrouped.
    mutating func answerChanged(_ fieldID: String?) {
        // The one field whose text changed, when nothing else did: only the checks reading it run again.
        var changedField = fieldID == nil ? nil : activeFocusedField.flatMap { $0.id == fieldID ? $0 : nil }
        if let s = currentStage, s.recorded.status == .notStarted {
            var p = s.recorded
            p.status = .draft
            if !Self.asksStartDate(s) { p.startedOn = p.startedOn ?? context.today }
            draft.setProgress(p, of: s.section, customID: s.id)
            changedField = nil
        }
        if let fieldID {
            let before = draft
            Prefill.derive(after: fieldID, &draft, context: context)
            // A derived answer shows in its field at once (the agency of PIHAK PERTAMA).
            if draft != before { form.refreshWidgets(except: fieldID, from: draft); changedField = nil }
        }
        analysis.update(to: draft, changed: changedField, context: context)
        // Who initiated decides whether the offer stage asks for the incoming letter.
        // The secretariat's answer adds or takes away its PKS article (one group per pasal).
        if fieldID == "offer.initiatorIndex" { form.regroup(groups(forStage: stageIndex), cooperation: draft) }
        if fieldID == "jointSecretariat.formed" {
            // Pasal numbers shift: the form is made again, the cursor kept on the answer.
            form = StageForm(groups: groups(forStage: stageIndex), cooperation: cooperation)
            _ = form.focus(fieldID: "jointSecretariat.formed")
        }
        draftPending = true
        refreshIssues()
    }

    // MARK: Form mode

    mutating func handleGlobal(_ event: Event) -> [EditorRequest]? {
        switch event {
        case .key(.ctrl("s")):
            draftPending = false
            return [.save]
        case .key(.ctrl("t")):
            mode = .stepper(highlight: stageIndex)
            return []
        case .key(.ctrlDown), .key(.function(8)):
            guard stageIndex + 1 < stages.count else { message = .notice(AppText.current.editor.lastStage); return [] }
            return openStage(stageIndex + 1)
        case .key(.ctrlUp), .key(.function(7)):
            guard stageIndex > 0 else { message = .notice(AppText.current.editor.firstStage); return [] }
            return openStage(stageIndex - 1)
        case .key(.ctrl("r")):
            let out = autosaveRequest()
            openReview()
            return out
        default:
            return nil
        }
    }

    mutating func handleForm(_ event: Event) -> [EditorRequest] {
        if let out = handleGlobal(event) { return out }
        if case .key(.escape) = event { return autosaveRequest() + [.close] }
        if let list = form.currentGroup.list {
            if let out = handleList(list, event) { return out }
        }
        if case .key(.alt(let c)) = event, c == "t" || c == "h" { return handleArticleKey(c) }
        let editable = lockReason == nil && !isFrozen
        // ← and → change a choice, as Space does: on a finished stage they ask for the amendment too.
        var changesChoice = false
        if case .key(let k) = event, k == .left || k == .right, case .choice = form.focusedField?.kind { changesChoice = true }
        if !editable, StageForm.isEditing(event) || changesChoice, form.focusedField != nil {
            if let reason = lockReason {
                message = .error(reason + AppText.current.editor.openAnotherStage)
                return []
            }
            startAmendment()
            return []
        }
        let result = form.handle(event, cooperation: &draft, issues: issues, editable: editable)
        return apply(result, completing: { $0.openReview() })
    }

    /// Acts on a form's result; `completing` runs when "next" passes the last group.
    mutating func apply(_ result: StageFormResult, completing: (inout CooperationEditor) -> Void) -> [EditorRequest] {
        switch result {
        case .ignored, .handled:
            if case .handled = result { refreshIssues() }
            return []
        case .changed:
            answerChanged(activeFocusedFieldID)
            return []
        case .refused(let why):
            message = .error(why ?? AppText.current.editor.keyNotHere)
            return []
        case .blocked(let why):
            refreshIssues()
            message = .error(why)
            return []
        case .movedToGroup:
            refreshIssues()
            return autosaveRequest()
        case .completed:
            let out = autosaveRequest()
            completing(&self)
            return out
        case .atStart:
            message = .notice(AppText.current.editor.firstGroup)
            return []
        }
    }

    var activeFormGroupTitle: String {
        switch mode {
        case .signing(let f): f.currentGroup.title
        case .record(_, _, let f, _): f.currentGroup.title
        default: form.currentGroup.title
        }
    }

    var activeFocusedField: FieldSpec? {
        switch mode {
        case .signing(let f): f.focusedField
        case .record(_, _, let f, _): f.focusedField
        default: form.focusedField
        }
    }

    var activeFocusedFieldID: String? {
        switch mode {
        case .signing(let f): f.focusedField?.id
        case .record(_, _, let f, _): f.focusedField?.id
        default: form.focusedField?.id
        }
    }

    // MARK: Articles

    /// Alt-t adds a pasal after the one on screen; Alt-h removes it.
    mutating func handleArticleKey(_ c: Character) -> [EditorRequest] {
        guard let s = currentStage, s.section == .memorandum || s.section == .agreement else { return [] }
        if let reason = lockReason { message = .error(reason); return [] }
        if isFrozen { startAmendment(); return [] }
        let firstArticleGroup = form.groups.firstIndex { $0.title.hasPrefix(AppText.current.editor.articleWord) } ?? form.groups.count
        let onArticle = form.groupIndex >= firstArticleGroup
        var articles = s.section == .memorandum ? draft.memorandum.articles : draft.agreement.articles
        let current = onArticle ? form.groupIndex - firstArticleGroup : articles.count - 1
        if c == "t" {
            let at = min(articles.count, current + 1)
            articles.insert(Article(clauseID: "tambahan", heading: "", paragraphs: []), at: at)
            setArticles(articles, section: s.section)
            form.go(toGroup: firstArticleGroup + at)
            message = .ok(AppText.current.editor.articleAdded(at + 1))
        } else {
            guard onArticle, articles.indices.contains(current) else {
                message = .error(AppText.current.editor.openArticleFirst)
                return []
            }
            articles.remove(at: current)
            setArticles(articles, section: s.section)
            form.go(toGroup: min(form.groups.count - 1, firstArticleGroup + max(0, current - (current >= articles.count ? 1 : 0))))
            message = .ok(AppText.current.editor.articleDeleted(current + 1))
        }
        return []
    }

    mutating func setArticles(_ articles: [Article], section: StageSection) {
        if section == .memorandum { draft.memorandum.articles = articles } else { draft.agreement.articles = articles }
        let keep = form.groupIndex
        form = StageForm(groups: groups(forStage: stageIndex), cooperation: cooperation)
        form.go(toGroup: min(keep, form.groups.count - 1))
        answerChanged(nil)
    }

    // MARK: Stepper

    mutating func handleStepper(_ event: Event) -> [EditorRequest] {
        guard case .stepper(let h) = mode else { return [] }
        typealias K = EditorKeys.Stepper
        switch event {
        case .key(let key) where K.choose.matches(event):
            switch key {
            case .up: mode = .stepper(highlight: max(0, h - 1))
            case .down: mode = .stepper(highlight: min(stages.count - 1, h + 1))
            case .home: mode = .stepper(highlight: 0)
            default: mode = .stepper(highlight: max(0, stages.count - 1))   // End
            }
        case _ where K.open.matches(event): return openStage(h)
        case _ where K.back.matches(event): mode = .form; form.enterFocusedField()
        case _ where EditorKeys.save.matches(event): draftPending = false; return [.save]
        default: break
        }
        return []
    }
}

extension CooperationEditor {
    /// Whether the officer enters the stage's start date (the DPRD's receipt of a KSDPL request,
    /// from which its 45 working days count): then opening the stage does not put today there.
    static func asksStartDate(_ stage: StageSnapshot) -> Bool {
        stage.requiredFields.contains { $0.path.hasSuffix(".progress.startedOn") }
    }
}
