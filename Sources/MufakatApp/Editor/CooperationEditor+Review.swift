import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

extension CooperationEditor {
    /// The naskah each stage produces.
    static func document(for section: StageSection, of kind: CooperationKind) -> DocumentKind? {
        switch section {
        case .proposal: .kak
        case .offer: .penawaran
        // A Nota Kesepakatan's signing stage yields the Nota (file "-nota"), not a KB.
        case .memorandum: DocumentKind.memorandum(for: kind)
        case .councilApproval: .dprd
        case .agreement: .pks
        case .financing: .pembiayaan
        case .implementation: .ringkasan
        case .custom: nil
        }
    }

    var mainWidth: Int { max(20, areaSize.width - sidebarWidth(for: areaSize.width) - 1) }

    func reviewLines(width: Int? = nil) -> [ReviewLine] {
        guard let s = currentStage else { return [] }
        return ReviewContent.lines(stage: s, groups: groups(forStage: stageIndex), cooperation: draft,
                                   analysis: analysis, context: context, width: width ?? mainWidth)
    }

    mutating func openReview() {
        mode = .review(scroll: 0, lines: reviewLines())
    }

    mutating func handleReview(_ event: Event) -> [EditorRequest] {
        guard case .review(let scroll, let lines) = mode else { return [] }
        // One page is the rows the review shows: the area less the header, the message row and
        // the review's own footer, so PgDn never skips a line.
        let page = max(1, areaSize.height - headerRows(width: mainWidth) - 1 - 1)
        let maxScroll = max(0, lines.count - page)
        func scrolled(_ s: Int) { mode = .review(scroll: max(0, min(maxScroll, s)), lines: lines) }
        typealias K = EditorKeys.Review
        switch event {
        case .key(let key) where K.scroll.matches(event):
            switch key {
            case .up: scrolled(scroll - 1)
            case .down: scrolled(scroll + 1)
            case .pageUp: scrolled(scroll - page)
            case .home: scrolled(0)
            case .end: scrolled(maxScroll)
            default: scrolled(scroll + page)   // PgDn, Space
            }
        case _ where K.back.matches(event) || K.editFields.matches(event):
            mode = .form
            // Back on the field it left: a full date is selected, so a new one can be typed over it.
            form.enterFocusedField()
            refreshIssues()
        case _ where K.lastGroup.matches(event):
            mode = .form
            form.go(toGroup: form.groups.count - 1)
            refreshIssues()
        case _ where K.nextStage.matches(event):
            guard stageIndex + 1 < stages.count else { message = .notice(AppText.current.editor.lastStage); return [] }
            return openStage(stageIndex + 1)
        case _ where K.mark("").matches(event):
            beginMarking()
        case _ where K.export.matches(event):
            guard let s = currentStage, var doc = Self.document(for: s.section, of: draft.kind) else {
                message = .notice(AppText.current.editor.noDocumentToExport)
                return []
            }
            // In a partner's store the offer stage writes the answer letter (surat jawaban).
            if doc == .penawaran, let code = context.profile?.regionCode,
               let own = draft.parties.firstIndex(where: { $0.type == .region && $0.regionCode == code }), own != draft.offer.initiator {
                doc = .jawaban
            }
            // A DPRD letter is written per party, on its letterhead, for its own APBD lines.
            if doc == .dprd {
                let needing = draft.partiesNeedingCouncilApproval
                let parties = needing.isEmpty ? draft.parties.indices.filter { draft.parties[$0].type == .region } : needing
                let t = AppText.current.editor
                let named = parties.map { t.partyNamed($0 + 1, Party.displayLabel(at: $0), draft.parties[$0].name) }
                mode = .confirm(.choose(t.dprdLetterTitle, t.dprdLetterQuestion
                                            + named.joined(separator: "\n"),
                                        options: parties.map { t.partyOption($0 + 1) }),
                                .chooseParty(doc, parties: parties), back: mode)
                return []
            }
            if s.section == .implementation {
                // After signing a stage has several naskah: the report, the renewal, the adendum, the ending letter.
                let docs = AfterSigningScreens.documents(draft)
                // Numbered buttons: the names are too long to stand side by side at 80 columns.
                let listed = docs.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: "; ")
                mode = .confirm(.choose(AppText.current.editor.exportDocumentTitle, AppText.current.editor.chooseDocument(listed), options: docs.indices.map { String($0 + 1) }),
                                .pickDocument(docs), back: mode)
                return []
            }
            if let exportSettings {
                mode = .export(ExportPanel(document: doc, settings: exportSettings), back: mode)
            } else {
                mode = .confirm(.choose(AppText.current.editor.exportTitle(doc.label), AppText.current.editor.chooseFormat, options: ScreenExport.choices.map(\.label)),
                                .export(doc), back: mode)
            }
        default:
            if let out = handleGlobal(event) { return out }
        }
        return []
    }

    // MARK: Marking done and signed

    /// "t" on the review: a stage with a signed naskah asks the signing questions; another stage
    /// is confirmed done. Both refuse while the stage has errors, and say which.
    mutating func beginMarking() {
        guard let s = currentStage else { return }
        if let reason = lockReason { message = .error(reason); return }
        if s.recorded.status == .done {
            message = .notice(AppText.current.editor.stageAlreadyDone(s.rule.displayName))
            return
        }
        let stageIssues = analysis.issues(fields: form.allFields, stage: s, cooperation: draft, inputProblems: form.inputProblems)
        let blocking = form.allFields.filter { stageIssues[$0.id]?.contains(where: \.blocks) ?? false }
        let ruleErrors = analysis.findings(forStage: s).filter { f in
            f.severity == .error && !blocking.contains { EditorAnalysis.field(for: f.path, in: [$0.id]) != nil }
                && !(SigningScreens.base(for: s.section).map { f.path.hasPrefix($0) } ?? false)
        }
        let missingLists = form.groups.compactMap(\.list).filter { $0.count(cooperation) == 0 && analysis.requiredPaths(s).contains($0.path) }
        if !blocking.isEmpty || !ruleErrors.isEmpty || !missingLists.isEmpty {
            let names = blocking.map(\.label) + ruleErrors.map { _ in AppText.current.editor.ruleFinding } + missingLists.map(\.noun)
            var unique: [String] = []
            for n in names where !unique.contains(n) { unique.append(n) }
            message = .error(AppText.current.editor.cannotMarkDone(unique.joined(separator: ", ")))
            if let first = blocking.first { _ = form.focus(fieldID: first.id) }
            return
        }
        if SigningScreens.base(for: s.section) != nil {
            let snapshot = draft
            if s.section == .agreement {
                Prefill.signing(&draft.agreement.signing, snapshot, context: context, from: snapshot.memorandum.signing)
            } else {
                Prefill.signing(&draft.memorandum.signing, snapshot, context: context, from: nil)
            }
            analysis = EditorAnalysis(cooperation: draft, context: context)
            mode = .signing(form: StageForm(groups: SigningScreens.groups(for: s.section, cooperation: cooperation), cooperation: cooperation))
            refreshIssues()
        } else {
            mode = .confirm(.confirm(AppText.current.editor.markDoneTitle, AppText.current.editor.markDoneQuestion(s.rule.displayName)),
                            .markDone, back: mode)
        }
    }

    mutating func handleSigning(_ event: Event) -> [EditorRequest] {
        guard case .signing(var f) = mode else { return [] }
        if case .key(.escape) = event {
            openReview()
            message = .notice(AppText.current.editor.signingNotRecorded)
            return autosaveRequest()
        }
        if case .key(.ctrl("s")) = event { draftPending = false; return [.save] }
        let result = f.handle(event, cooperation: &draft, issues: issues, editable: true)
        mode = .signing(form: f)
        return apply(result, completing: { editor in
            guard let s = editor.currentStage else { return }
            // Nothing incomplete is signed: the same check the shell and `mufakat sign` make.
            var warnings: [String] = []
            if let kind = SignedDocument.kind(signedAt: s.section, of: editor.draft.kind) {
                let report = editor.context.documents.signingReport(editor.draft, kind: kind, today: editor.context.today)
                warnings = report.warnings.map(\.text)
                let problems = report.blocking.map { $0.message.hasPrefix($0.label) ? $0.message : "\($0.label) \($0.message)" }
                if !problems.isEmpty {
                    let shown = problems.prefix(3).joined(separator: "; ") + (problems.count > 3 ? AppText.current.editor.andMore(problems.count - 3) : "")
                    // Take the officer to the first thing to fill in, wherever it is asked.
                    let jumped = report.blocking.contains { !$0.path.isEmpty && editor.jump(toPath: $0.path) }
                    editor.message = .error(AppText.current.editor.cannotSign(s.rule.displayName, problems.count, shown, jumped))
                    return
                }
            }
            let date = SigningScreens.read(editor.draft, s.section).date.map(DisplayDate.long) ?? "-"
            let question = AppText.current.editor.signQuestion(s.rule.displayName, date)
            // Warnings are shown again: confirming the dialog acknowledges each of them.
            let dialog: Dialog = warnings.isEmpty
                ? .confirm(AppText.current.editor.markSignedTitle, question)
                : .confirm(AppText.current.editor.acknowledgeTitle(warnings.count),
                           question + AppText.current.editor.acknowledgeList + warnings.map { "• \($0)" }.joined(separator: "\n"))
            editor.mode = .confirm(dialog, .markSigned(acknowledged: warnings), back: .signing(form: f))
        })
    }

    /// "perubahan (addendum)" for a signed KB or PKS, where a change amends what was signed;
    /// "perubahan" for any other finished stage (nothing was signed to amend).
    func changeName(_ s: StageSnapshot) -> String {
        draft.changeIsAmendment(s.section) ? AppText.current.editor.changeAddendum : AppText.current.editor.change
    }

    /// Opens the stage that asks for `path` and puts the cursor on its field; false when no
    /// stage's form asks for it.
    mutating func jump(toPath path: String) -> Bool {
        for index in stages.indices {
            let ids = groups(forStage: index).flatMap { g in g.fields.map(\.id) }
            guard let id = EditorAnalysis.field(for: path, in: ids, claimBelow: false) else { continue }
            openStage(index, requestDraft: false, prefill: false)
            return form.focus(fieldID: id)
        }
        return false
    }

    mutating func handleConfirm(_ event: Event) -> [EditorRequest] {
        guard case .confirm(var dialog, let action, let back) = mode else { return [] }
        let outcome = dialog.handle(event)
        switch outcome {
        case .submitted:
            mode = back
            if case .choose = dialog.kind {
                if case .pickDocument(let docs) = action, !docs.isEmpty {
                    let doc = docs[min(docs.count - 1, dialog.selected)]
                    if let exportSettings {
                        mode = .export(ExportPanel(document: doc, settings: exportSettings), back: back)
                        return []
                    }
                    mode = .confirm(.choose(AppText.current.editor.exportTitle(doc.label), AppText.current.editor.chooseFormat, options: ScreenExport.choices.map(\.label)),
                                    .export(doc), back: back)
                    return []
                }
                if case let .chooseParty(doc, parties) = action, !parties.isEmpty {
                    let party = parties[min(parties.count - 1, dialog.selected)]
                    if let exportSettings {
                        mode = .export(ExportPanel(document: doc, settings: exportSettings, party: party), back: back)
                        return []
                    }
                    mode = .confirm(.choose(AppText.current.editor.exportTitleForParty(doc.label, Party.displayLabel(at: party)), AppText.current.editor.chooseFormat,
                                            options: ScreenExport.choices.map(\.label)),
                                    .export(doc, party: party), back: back)
                    return []
                }
                guard case let .export(doc, party) = action else { return [] }
                var options = ScreenExport.choices[min(ScreenExport.choices.count - 1, dialog.selected)].options
                options.party = party
                return [.export(doc, options: options)]
            }
            guard dialog.confirmed else { refreshIssues(); return [] }
            return perform(action)
        case .cancelled:
            mode = back
            refreshIssues()
            return []
        default:
            mode = .confirm(dialog, action, back: back)
            return []
        }
    }

    mutating func perform(_ action: ConfirmAction) -> [EditorRequest] {
        guard let s = currentStage else { return [] }
        switch action {
        case .markDone:
            var p = s.recorded
            p.status = .done
            // "Selesai" is the date of the stage's document (letter, decision) where there is one.
            p.completedOn = draft.documentDate(of: s.section, customID: s.id) ?? context.today
            p.startedOn = p.startedOn ?? context.today
            draft.setProgress(p, of: s.section, customID: s.id)
            answerChanged(nil)
            openReview()
            message = .ok(AppText.current.editor.markedDone(s.rule.displayName, stageIndex + 1 < stages.count))
            return autosaveRequest()
        case .markSigned(let acknowledged):
            var p = s.recorded
            let signing = SigningScreens.read(draft, s.section)
            p.status = .done
            p.completedOn = signing.date ?? context.today
            p.startedOn = p.startedOn ?? context.today
            draft.setProgress(p, of: s.section, customID: s.id)
            // Freeze: the fingerprint of the naskah as signed (DOCX, whose bytes are deterministic).
            let fingerprint = Self.fingerprint(of: s.section, draft, context: context)
            SigningScreens.edit(&draft, s.section) { $0.documentSHA256 = fingerprint; $0.documentFormat = fingerprint == nil ? nil : "docx" }
            answerChanged(nil)
            draftPending = false
            openReview()
            message = fingerprint == nil
                ? .warning(AppText.current.editor.signedWithoutFingerprint(s.rule.displayName))
                : .ok(AppText.current.editor.signedFrozen(s.rule.displayName, String(fingerprint!.prefix(12))))
            return [.markSigned(stageID: s.id, acknowledged: acknowledged)]
        case .deleteRecord(let list, let index):
            removeRecord(list, at: index)
            listRow[list] = max(0, index - 1)
            answerChanged(nil)
            message = .ok(AppText.current.editor.recordDeleted(list.noun.prefix(1).uppercased() + list.noun.dropFirst(), index + 1))
            return []
        case let .export(doc, party):
            var options = ScreenExport.choices[0].options
            options.party = party
            return [.export(doc, options: options)]
        case .chooseParty:
            return []
        case .pickDocument(let docs):
            return docs.first.map { [.export($0, options: ScreenExport.choices[0].options)] } ?? []
        }
    }

    /// SHA-256 of the stage's naskah rendered as DOCX; nil when it cannot be built.
    static func fingerprint(of section: StageSection, _ c: Cooperation, context: EditorContext) -> String? {
        guard let kind = document(for: section, of: c.kind),
              let rendered = try? context.documents.render(c, kind: kind, options: ScreenExport.signing) else { return nil }
        return rendered.sha256
    }

    // MARK: Amendments

    /// Typing into a finished stage: ask for the reason of the amendment first.
    mutating func startAmendment() {
        mode = .amendment(reason: TextField("", maxLength: 500))
        message = nil
    }

    mutating func handleAmendment(_ event: Event) -> [EditorRequest] {
        guard case .amendment(var field) = mode, let s = currentStage else { return [] }
        switch event {
        case _ where EditorKeys.cancel.matches(event):
            mode = .form
            message = .notice(AppText.current.editor.nothingChanged(s.rule.displayName))
            return []
        case _ where EditorKeys.Prompt.recordChange.matches(event):
            // One road: the service checks the reason, records the change and reopens the stage.
            let signed = SigningScreens.base(for: s.section) != nil
            do {
                draft = try afterSigning
                    .reopenStage(draft, section: s.section, stageID: s.id, reason: field.text)
            } catch {
                message = .error(error.description)
                return []
            }
            mode = .form
            answerChanged(nil)
            let name = signed ? AppText.current.editor.changeAddendumTitle : AppText.current.editor.changeTitle
            message = .ok(AppText.current.editor.changeRecorded(name, field.text.trimmedWhitespaceAndNewlines()))
            return []
        default:
            _ = field.handle(event)
            mode = .amendment(reason: field)
            return []
        }
    }
}
