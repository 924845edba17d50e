import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The shell's modal questions and the results of actions that concern the whole program
/// (the list, the profile, opening and saving a cooperation). Results that concern one screen
/// go to that screen (`AppScreen.receive`).
extension MufakatProgram {
    // MARK: Dialogs

    mutating func handleDialog(_ event: Event) -> [Effect<AppAction>] {
        guard var d = dialog else { return [] }
        let reply = d.question.answer(event)
        dialog = d
        guard let answer = reply else { return [] }
        dialog = nil
        switch d.purpose {
        case .quit:
            guard answer != .stay else { return [] }
            guard let s = session else { return [.quit] }
            if answer == .save {
                afterSave = .quit
                return [.perform(.save(s.editor.cooperation, basedOn: s.basedOn))]
            }
            return [.perform(.discardDraft(id: s.id)), .perform(.unlock(id: s.id)), .quit]
        case .closeEditor:
            guard answer != .stay, let s = session else { return [] }
            if answer == .save {
                afterSave = .closeEditor
                return [.perform(.save(s.editor.cooperation, basedOn: s.basedOn))]
            }
            message = .notice(AppText.current.shell.changesDiscarded(s.editor.title))
            return [.perform(.discardDraft(id: s.id))] + closeEditor()
        case .discardNew:
            if answer == .discard, let i = stack.lastIndex(NewCooperationScreen.self) { let home = makeHome(); stack.remove(at: i, fallback: home) }
            return []
        case let .recoverDraft(item, draft, lockedBy):
            switch answer {
            case .recover:
                openEditor(item, lockedBy: lockedBy, draft: draft)
                message = .ok(AppText.current.shell.draftRecovered)
                return []
            case .discard:
                openEditor(item, lockedBy: lockedBy)
                message = .notice(AppText.current.shell.draftDiscarded(item.revision))
                return [.perform(.discardDraft(id: item.cooperation.id))]
            default:
                // Not opened after all: the draft stays for later, the lock is given back.
                return [.perform(.unlock(id: item.cooperation.id))]
            }
        case .startupDrafts(let drafts):
            if answer == .open, let first = drafts.first { return [.perform(.open(id: first.cooperation.id))] }
            message = .notice(AppText.current.shell.draftKept)
            return []
        case let .lockHeld(item, draft, holder):
            switch answer {
            case .viewOnly:
                openEditor(item, lockedBy: holder, readOnly: .lockHeld(by: holder.description))
                return [.perform(.unlock(id: item.cooperation.id))]
            case .openAnyway:
                if let draft { dialog = .recoverDraft(item, draft, lockedBy: holder); return [] }
                openEditor(item, lockedBy: holder)
                return []
            default:
                return []
            }
        case .mergeField(let question):
            return answerMergeField(question, answer: answer)
        case .syncConflict:
            if answer == .keepMine || answer == .takeTheirs, case .sync(let id)? = d.merge?.origin {
                message = .notice(AppText.current.shell.savingChoice)
                return [.perform(.resolveSyncConflictWhole(id: id, keepMine: answer == .keepMine))]
            }
            guard answer == .merge, let question = d.merge else {
                message = .notice(AppText.current.shell.conflictUndecided)
                return []
            }
            return startMerge(question)
        case let .conflict(mine, theirs):
            switch answer {
            case .merge:
                guard let question = d.merge else { return [] }
                return startMerge(question)
            case .keepMine:
                // Keep mine: save again, now knowingly based on their revision.
                return [.perform(.save(mine, basedOn: theirs.revision))]
            case .takeTheirs:
                guard var s = session else { return [] }
                s.editor.replace(with: theirs.cooperation)
                s.editor.markSaved()
                s.basedOn = theirs.revision
                s.autosave.saved()
                session = s
                message = .notice(AppText.current.shell.tookTheirs(theirs.revision, "\(theirs.savedBy)"))
                let after = afterSave
                afterSave = nil
                var effects: [Effect<AppAction>] = [.perform(.discardDraft(id: s.id))]
                if after == .quit { effects += [.perform(.unlock(id: s.id)), .quit] }
                if after == .closeEditor { effects += closeEditor() }
                return effects
            default:
                afterSave = nil
                message = .warning(AppText.current.shell.notSaved)
                return []
            }
        case .message:
            return []
        }
    }

    // MARK: Results of actions

    mutating func handle(_ result: AppEvent) -> [Effect<AppAction>] {
        switch result {
        case .listVerified:
            return []
        case .firstScreenLoaded(let preview):
            if top is LoadingScreen {
                var home = HomeScreen()
                home.loadPreview(preview, context: context)
                stack.reset([home])
            }
            listPending = true  // read the whole list right after this frame
            return []
        case .listLoaded(let state):
            listNeedsVerifying = state.filesUnverified
            items = state.items
            profile = state.profile
            exportSettings = state.exportSettings
            storeReadOnly = state.readOnly
            // The items are kept once, in `items` (shared with the home list): a second reference
            // here made the first save after start-up copy all of them (issue 19: 16 MB and tens
            // of milliseconds at 100,000).
            listState = state
            listState?.items = []
            stack.modify(HomeScreen.self) { home in
                home.load(state.items, context: context)
                home.syncLine = state.syncLine
                home.syncConflicts = state.syncConflicts
            }
            FreePages.giveBack(afterLoading: state.items.count)
            if top is LoadingScreen {
                stack.reset([state.items.isEmpty && state.profile == nil ? WelcomeScreen() : makeHome()])
            }
            if let notice = state.notices.first {
                message = .warning(notice + (state.notices.count > 1 ? AppText.current.shell.moreNotices(state.notices.count - 1) : ""))
            }
            if !startupDraftsOffered, !state.drafts.isEmpty, dialog == nil, session == nil {
                startupDraftsOffered = true
                dialog = .startupDrafts(state.drafts)
            }
            if !startupDraftsOffered, let at = state.mappingDraftSavedAt, state.notices.isEmpty {
                message = .notice(AppText.current.shell.mappingDraftWaiting(at.shellDisplay))
            }
            startupDraftsOffered = true
            return []
        case .profileSaved(let p):
            profile = p
            let thenNewCooperation = stack.last(ProfileScreen.self)?.thenNewCooperation ?? false
            stack.removeAll(ProfileScreen.self)
            stack.removeAll(WelcomeScreen.self)
            if stack.isEmpty || top is LoadingScreen { stack.reset([makeHome()]) }
            if !stack.contains(HomeScreen.self) { stack.insert(makeHome(), at: 0) }
            message = .ok(AppText.current.shell.profileSaved)
            if thenNewCooperation {
                stack.push(NewCooperationScreen(context: context, profile: p))
            }
            return []
        case .examplesLoaded(let count):
            message = .ok(AppText.current.shell.examplesLoaded(count))
            stack.reset([makeHome()])
            return [.perform(.loadList)]
        case .folderOpened(let location):
            storeLabel = location
            stack.reset([LoadingScreen()])
            message = .ok(AppText.current.shell.storeOpened(location))
            return [.perform(.loadList)]
        case let .opened(item, draft, lockedBy):
            if storeReadOnly != nil { openEditor(item, lockedBy: lockedBy); return [] }
            if let lockedBy { dialog = .lockHeld(item, draft, lockedBy); return [] }
            if let draft { dialog = .recoverDraft(item, draft, lockedBy: nil); return [] }
            openEditor(item, lockedBy: nil)
            return []
        case .mappingFailed(let text):
            message = .error(text)
            return deliver(result) + [.bell]
        case .archive, .dashboardLoaded, .draftSaved, .meeting,
             .mappingSaved, .mappingConflict, .mappingDraftSaved, .mappingDraftDiscarded:
            // One screen's own results: each screen of the stack takes what is its own.
            return deliver(result)
        case .loadedForRenewal(let old):
            guard let profile else { message = .error(AppText.current.shell.fillProfileFirst); return [.bell] }
            stack.push(NewCooperationScreen(context: context, profile: profile, renewing: old.cooperation))
            message = .notice(AppText.current.shell.renewing)
            return []
        case .created(let item):
            stack.removeAll(NewCooperationScreen.self)
            openEditor(item, lockedBy: nil)
            message = .ok(AppText.current.shell.created(item.revision))
            return [.perform(.loadList)]
        case let .saved(id, revision):
            guard var s = session, s.id == id else { return [] }
            s.editor.markSaved()
            s.basedOn = revision
            s.autosave.saved()
            session = s
            message = .ok(AppText.current.shell.saved(revision))
            let after = afterSave
            afterSave = nil
            switch after {
            case .quit: return [.perform(.unlock(id: id)), .quit]
            case .closeEditor: return closeEditor() + [.perform(.loadList)]
            case nil:
                // Only the saved row changes: put it in place instead of reading the whole list again.
                return updateListedRow(ListedCooperation(cooperation: s.editor.cooperation, revision: revision))
                    ? [] : [.perform(.loadList)]
            }
        case let .saveConflict(mine, theirs, base):
            askConflict(mine: mine, theirs: theirs, base: base)
            return []
        case .syncConflictLoaded(let versions):
            return askSyncConflict(versions)
        case .syncConflictResolved(let text):
            message = .ok(text)
            return [.perform(.loadList)]
        case let .signed(cooperation, revision, path, sha256):
            guard var s = session, s.id == cooperation.id else { return [] }
            s.editor.replace(with: cooperation)
            s.editor.markSaved()
            s.basedOn = revision
            s.autosave.saved()
            session = s
            let t = AppText.current.shell
            message = path.isEmpty ? .ok(t.markedSigned(revision)) : .ok(t.signedAt(revision, path))
            if !path.isEmpty {
                dialog = .message(t.signedTitle, t.signedText(revision, path, sha256))
            }
            return [.perform(.loadList)]
        case .exported(let path):
            message = .ok(AppText.current.shell.documentWritten(path))
            dialog = .message(AppText.current.shell.exportedTitle, AppText.current.shell.exportedText(path))
            return []
        case let .mappingLoaded(code, mapping, revision, draft):
            let (screen, text) = MappingFormScreen.opened(code: code, mapping: mapping, revision: revision, draft: draft, context: screenContext)
            message = text
            stack.removeAll(MappingFormScreen.self)
            stack.push(screen)
            return []
        case .synced(let outcome):
            return handleSynced(outcome)
        case .failed(let text):
            afterSave = nil
            message = .error(text)
            if top is LoadingScreen { stack.reset([makeHome()]) }
            return [.bell]
        }
    }

}
