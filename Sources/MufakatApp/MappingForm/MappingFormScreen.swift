import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Isian pemetaan daerah: the officer's screen for the own region's mapping. The 32 affairs in
/// the groups of `urusan.csv` with the state of each, a form per affair, the contact officer,
/// findings of `MappingValidator` beside the fields, and saving with the revision it was read at.
struct MappingFormScreen: Sendable {
    enum Mode: Sendable {
        case list
        case entry(MappingEntryForm)
        case contact(MappingContactForm)
    }

    /// What to do once the save under way succeeds.
    enum AfterSave: Sendable, Equatable { case close, quit }

    enum Outcome: Equatable {
        case none
        /// Refused key (bell); the text, when any, goes to the message line.
        case refused(String?)
        case message(Message)
        /// Save this mapping as a new revision based on `basedOn`.
        case save(RegionMapping, basedOn: Int?)
        /// Leave the screen (nothing unsaved, or discarded on purpose).
        case close
        /// Quit the program (changes saved or discarded on purpose).
        case quit
        case help
    }

    enum DialogPurpose: Sendable {
        case leave, quit
        case conflict(theirs: RegionMapping?, revision: Int?)
        case delete(affairCode: String)
        /// An autosaved draft was found when the screen opened: restore, discard or leave.
        case restoreDraft(MappingDraftRecord)
        case message
    }

    let context: ShellContext
    let regionCode: String
    let regionName: String
    private(set) var mapping: RegionMapping
    /// The mapping as last read or saved (dirtiness is the difference).
    private(set) var saved: RegionMapping
    /// The revision it was read at; sent with every save.
    private(set) var revision: Int?
    private(set) var findings: [MappingFinding] = []
    private(set) var statuses: [MappingAffairStatus] = []
    /// Row under the highlight, as an index into `statuses`.
    var highlighted = 0
    var mode: Mode = .list
    /// The answers of the screen's questions: values, never button positions.
    enum Answer: Sendable, Equatable { case save, discard, stay, keepMine, takeTheirs, delete, restore }

    private(set) var dialog: (purpose: DialogPurpose, box: TypedDialog<Answer>)? = nil
    private(set) var afterSave: AfterSave? = nil
    /// When the unsaved work goes to a draft (driven by the shell's ticks).
    var autosave = Autosave()

    init(context: ShellContext, regionCode: String, mapping: RegionMapping?, revision: Int?) {
        self.context = context
        self.regionCode = regionCode
        regionName = context.catalogues.regions[regionCode]?.fullName ?? txt.regionFallback(regionCode)
        let m = mapping ?? RegionMapping(regionCode: regionCode)
        self.mapping = m; saved = m; self.revision = revision
        refresh()
    }

    var isDirty: Bool { mapping != saved }

    /// What a draft keeps: the mapping with the contact officer's form applied as typed so far.
    var draftMapping: RegionMapping {
        guard case .contact(let form) = mode else { return mapping }
        var m = mapping
        form.apply(to: &m)
        return m
    }

    /// Unsaved work, including a contact officer's form not yet confirmed.
    var hasUnsavedWork: Bool { draftMapping != saved }
    var dialogTitle: String? { dialog?.box.title }

    var entryForm: MappingEntryForm? { if case .entry(let f) = mode { f } else { nil } }

    private mutating func refresh() {
        findings = MappingValidator(catalogues: context.catalogues, currentYear: context.today.year).validate(mapping)
        statuses = MappingAffairStatus.all(for: mapping, findings: findings, catalogues: context.catalogues)
        highlighted = max(0, min(highlighted, statuses.count - 1))
    }

    /// Findings about the mapping as a whole (region, contact officer, empty mapping).
    var generalFindings: [MappingFinding] { findings.filter { $0.affairCode == nil } }

    /// "Terisi 12 dari 32 urusan · lengkap 8 · 3 urusan dengan temuan (1 kesalahan)".
    var summary: String {
        let known = statuses.filter { $0.group != nil }
        let filled = known.filter(\.hasEntry).count
        let complete = statuses.filter(\.complete).count
        let withFindings = statuses.filter(\.hasFindings).count
        let errors = findings.filter { $0.severity == .error }.count
        var text = txt.summary(filled, known.count, complete, withFindings)
        if errors > 0 { text += txt.summaryErrors(errors) }
        let unknown = statuses.count - known.count
        if unknown > 0 { text += txt.summaryUnknown(unknown) }
        return text
    }

    // MARK: Changing the mapping

    /// Puts the form's answers into the mapping: replaces the entry it edits, adds it when new,
    /// leaves it out when the form is blank.
    mutating func apply(_ form: inout MappingEntryForm) {
        var m = mapping
        if let i = form.entryIndex, m.entries.indices.contains(i), m.entries[i].affairCode == form.affairCode {
            if form.isBlank { m.entries.remove(at: i); form.entryIndex = nil } else { m.entries[i] = form.entry }
        } else if !form.isBlank {
            m.entries.append(form.entry)
            form.entryIndex = m.entries.count - 1
        }
        if m != mapping { mapping = m; refresh() }
    }

    /// Applies the open entry form, if any, and keeps it open.
    mutating func applyOpenForm() {
        guard case .entry(var form) = mode else { return }
        apply(&form)
        mode = .entry(form)
    }

    /// Positions in `mapping.entries` of the affair's rows.
    func rows(of code: String) -> [Int] { mapping.entries.indices.filter { mapping.entries[$0].affairCode == code } }

    /// Opens the form on the affair's `row`-th entry; one past the last is a new, blank row
    /// (another sub-affair of the same affair).
    mutating func openEntry(code: String, name: String, row: Int = 0) {
        let indices = rows(of: code)
        let index = indices.indices.contains(row) ? indices[row] : nil
        var form = MappingEntryForm(affairCode: code, affairName: name, regionCode: regionCode, entry: index.map { mapping.entries[$0] },
                                    entryIndex: index, catalogues: context.catalogues)
        if index == nil, !indices.isEmpty { form.rowLabel = txt.newRow(indices.count + 1) }
        else if indices.count > 1 { form.rowLabel = txt.rowOf(row + 1, indices.count) }
        mode = .entry(form)
    }

    mutating func openEntry(_ status: MappingAffairStatus) { openEntry(code: status.code, name: status.name) }

    /// Ctrl-N in the form: the affair's next row, then a new blank one, then the first again.
    mutating func nextRow() -> Outcome {
        guard case .entry(var form) = mode else { return .none }
        if let blocked = form.blockingError() { mode = .entry(form); return .refused(blocked) }
        apply(&form)
        let indices = rows(of: form.affairCode)
        let current = form.entryIndex.flatMap { indices.firstIndex(of: $0) } ?? indices.count
        let next = current + 1 > indices.count ? 0 : current + 1
        openEntry(code: form.affairCode, name: form.affairName, row: next)
        return .none
    }

    /// The save to send, or why not: a year still half typed blocks it.
    mutating func requestSave() -> Outcome {
        if case .entry(var form) = mode {
            if let blocked = form.blockingError() { mode = .entry(form); return .refused(blocked) }
            apply(&form)
            mode = .entry(form)
        }
        if case .contact(var form) = mode {
            guard form.fields.validate() else {
                mode = .contact(form)
                return .refused(txt.contactToFixBeforeSave)
            }
            form.apply(to: &mapping)
            refresh()
        }
        guard isDirty else {
            afterSave = nil
            return .message(.notice(txt.nothingToSave(revision.map(String.init) ?? "-")))
        }
        mapping.updatedOn = context.today
        return .save(mapping, basedOn: revision)
    }

    /// The save went through as `revision`. Returns what was waiting for it.
    mutating func saved(revision: Int?, savedMapping: RegionMapping) -> AfterSave? {
        self.revision = revision
        saved = savedMapping
        autosave.cleared()
        let after = afterSave
        afterSave = nil
        return after
    }

    mutating func saveFailed() { afterSave = nil }

    /// Another process saved meanwhile: ask which one to keep.
    mutating func conflict(theirs: RegionMapping?, revision: Int?, detail: String) {
        var text = txt.conflictText(regionName, revision.map(String.init) ?? txt.newRevision, detail)
        if let theirs {
            let lines = MappingDiff.between(theirs, mapping).lines(affairs: context.catalogues.affairs)
            text += txt.conflictMine(lines.count)
            for line in lines.prefix(5) { text += "\n• " + line }
            if lines.count > 5 { text += txt.moreFields(lines.count - 5) }
        }
        dialog = (.conflict(theirs: theirs, revision: revision),
                  TypedDialog(txt.conflictTitle, text,
                              options: [(txt.keepMine, .keepMine), (txt.takeTheirs, .takeTheirs), (txt.cancel, .stay)], cancel: .stay))
    }

    /// An autosaved draft of this region, different from the stored mapping: ask what to do.
    mutating func offerDraft(_ draft: MappingDraftRecord) {
        var text = txt.draftText(regionName, draft.savedAt.shellDisplay, "\(draft.savedBy)")
        let lines = MappingDiff.between(saved, draft.mapping).lines(affairs: context.catalogues.affairs)
        if !lines.isEmpty {
            text += txt.draftDiffers(lines.count)
            for line in lines.prefix(4) { text += "\n• " + line }
            if lines.count > 4 { text += txt.moreFields(lines.count - 4) }
        }
        if draft.basedOnRevision != revision {
            let base = draft.basedOnRevision.map { txt.draftBaseRevision($0) } ?? txt.draftBaseNever
            text += txt.draftStale(base, revision.map(String.init) ?? "-")
        }
        dialog = (.restoreDraft(draft), TypedDialog(txt.draftTitle, text,
                                                    options: [(txt.recoverDraft, .restore), (txt.discardDraft, .discard), (txt.cancel, .stay)], cancel: .stay))
    }

    /// The answer to `offerDraft`. A restored draft saves against the revision it started from,
    /// so a save made elsewhere since then ends in the conflict question.
    private mutating func restoreDraftChosen(_ answer: Answer, _ draft: MappingDraftRecord) -> Outcome {
        switch answer {
        case .restore:
            mapping = draft.mapping
            revision = draft.basedOnRevision
            mode = .list
            refresh()
            autosave.draftOnDisk = true
            autosave.changedSinceDraft = false
            autosave.lastDraftAt = draft.savedAt
            return .message(.ok(txt.draftRecovered))
        case .discard:
            // Nothing is unsaved now, so the shell removes the draft.
            autosave.draftOnDisk = true
            return .message(.notice(txt.draftDiscarded(revision.map(String.init) ?? "-")))
        default:
            return .close
        }
    }

    /// Ctrl-Q or Ctrl-C: nil when nothing is unsaved (the shell quits), else the question.
    mutating func requestQuit() -> Bool {
        applyOpenForm()
        guard isDirty else { return false }
        dialog = (.quit, TypedDialog(txt.quitTitle, txt.quitText(regionName),
                                 options: [(txt.saveAndQuit, .save), (txt.discardAndQuit, .discard), (txt.cancel, .stay)], cancel: .stay))
        return true
    }

    // MARK: Keys

    mutating func handle(_ event: Event) -> Outcome {
        if dialog != nil { return handleDialog(event) }
        switch event {
        case _ where MappingKeys.save.matches(event): return requestSave()
        case .key(.function(1)): return .help
        default: break
        }
        switch mode {
        case .list: return handleList(event)
        case .entry(var form):
            if MappingKeys.Entry.nextRow.matches(event), form.picker == nil { return nextRow() }
            let outcome = form.handle(event)
            apply(&form)
            mode = .entry(form)
            switch outcome {
            case .handled: return .none
            case .refused(let text): return .refused(text)
            case .close:
                if let blocked = form.blockingError() { mode = .entry(form); return .refused(blocked) }
                mode = .list
                return .none
            }
        case .contact(var form):
            let outcome = form.handle(event)
            mode = .contact(form)
            switch outcome {
            case .handled: return .none
            case .refused(let text): return .refused(text)
            case .apply:
                form.apply(to: &mapping)
                refresh()
                mode = .list
                return .none
            }
        }
    }

    private mutating func handleList(_ event: Event) -> Outcome {
        let count = statuses.count
        switch event {
        case .key(let key) where ListCursor.moves(key): highlighted = ListCursor.move(highlighted, count: count, key: key)
        case _ where MappingKeys.open.matches(event):
            guard statuses.indices.contains(highlighted) else { return .refused(nil) }
            openEntry(statuses[highlighted])
        case _ where MappingKeys.contact.matches(event):
            mode = .contact(MappingContactForm(mapping: mapping))
        case _ where MappingKeys.delete.matches(event):
            guard statuses.indices.contains(highlighted), statuses[highlighted].hasEntry else {
                return .refused(txt.nothingToDelete)
            }
            let s = statuses[highlighted]
            dialog = (.delete(affairCode: s.code), TypedDialog(txt.deleteTitle, txt.deleteText(s.code, s.name),
                                                          options: [(txt.delete, .delete), (txt.cancel, .stay)], cancel: .stay))
        case _ where MappingKeys.back.matches(event):
            guard isDirty else { return .close }
            dialog = (.leave, TypedDialog(txt.closeTitle, txt.closeText(regionName),
                                      options: [(txt.saveAndClose, .save), (txt.discardAndClose, .discard), (txt.cancel, .stay)], cancel: .stay))
        case _ where MappingKeys.help.matches(event): return .help
        default: return .none
        }
        return .none
    }

    private mutating func handleDialog(_ event: Event) -> Outcome {
        guard var d = dialog else { return .none }
        let reply = d.box.answer(event)
        dialog = d
        guard let answer = reply else { return .none }
        dialog = nil
        switch d.purpose {
        case .leave, .quit:
            let after: AfterSave = { if case .quit = d.purpose { .quit } else { .close } }()
            switch answer {
            case .save:
                afterSave = after
                let outcome = requestSave()
                if case .refused = outcome { afterSave = nil }
                return outcome
            case .discard:
                mapping = saved
                refresh()
                mode = .list
                return after == .quit ? .quit : .close
            default: return .none
            }
        case let .conflict(theirs, theirRevision):
            switch answer {
            case .keepMine:
                // Keep mine: save again, now knowingly based on their revision.
                revision = theirRevision
                return .save(mapping, basedOn: theirRevision)
            case .takeTheirs:
                let after = afterSave
                afterSave = nil
                let replacement = theirs ?? RegionMapping(regionCode: regionCode)
                mapping = replacement; saved = replacement; revision = theirRevision
                mode = .list
                refresh()
                if after == .quit { return .quit }
                if after == .close { return .close }
                return .message(.notice(txt.tookTheirs(theirRevision.map(String.init) ?? "-")))
            default:
                afterSave = nil
                return .message(.warning(txt.stillUnsaved))
            }
        case .restoreDraft(let draft):
            return restoreDraftChosen(answer, draft)
        case .delete(let code):
            guard answer == .delete else { return .none }
            mapping.entries.removeAll { $0.affairCode == code }
            refresh()
            return .message(.notice(txt.deleted(code)))
        case .message:
            return .none
        }
    }

    var bindings: [KeyBinding] {
        if let dialog { return dialog.box.bindings }
        switch mode {
        case .entry(let f): return f.bindings
        case .contact(let f): return f.bindings + [MappingKeys.save]
        case .list: return MappingKeys.list.bar
        }
    }

    /// What the help page says besides the keys of `MappingKeys.list`.
    var helpNotes: [(key: String, text: String)] {
        txt.help.filter { $0.key.isEmpty }
    }
}

/// Tombol pemetaan: the mapping screen's keys as data; the bar and the help page come from one map.
enum MappingKeys {
    private static var t: Catalogue<KeysText> { AppText.current.keys }

    static var move: KeyBinding { KeyBinding([.up, .down, .pageUp, .pageDown], t.mappingMove, keyLabel: "↑/↓ PgUp/PgDn", inBar: false) }
    static var open: KeyBinding { KeyBinding(.enter, t.mappingOpen, help: t.mappingOpenHelp) }
    static var contact: KeyBinding { KeyBinding(.char("c"), t.mappingContact, help: t.mappingContactHelp) }
    static var save: KeyBinding {
        KeyBinding([.ctrl("s"), .function(2)], t.save, keyLabel: "Ctrl-S/F2", help: t.mappingSaveHelp).helpKey("Ctrl-S / F2")
    }
    static var delete: KeyBinding { KeyBinding([.char("h"), .delete], t.mappingDelete, keyLabel: "h", help: t.mappingDeleteHelp).helpKey("h / Delete") }
    static var back: KeyBinding { KeyBinding([.escape, .char("q")], t.back, keyLabel: "Esc", help: t.mappingBackHelp) }
    /// Keys of an affair's form, explained on the help page of the list.
    static var fields: KeyBinding { KeyBinding([.tab, .backTab], t.mappingFieldsHelp, keyLabel: "Tab / Shift-Tab", inBar: false) }
    static var nextRow: KeyBinding { KeyBinding(.ctrl("n"), t.mappingNextRowHelp, keyLabel: "Ctrl-N", inBar: false) }
    static var list: KeyMap { KeyMap([move, open, contact, save, delete, back, fields, nextRow]) }

    /// Keys of an affair's form; the focused field's own keys come after saving (the bar keeps
    /// Ctrl-S at 80 columns; Esc is named on the form's second row).
    enum Entry {
        private static var m: Catalogue<MappingText> { AppText.current.mapping }
        static var nextField: KeyBinding { KeyBinding([.tab, .backTab], m.keyNextField) }
        static var back: KeyBinding { KeyBinding(.escape, m.keyBackToList) }
        static var nextRow: KeyBinding { KeyBinding(.ctrl("n"), m.keyNextRow) }
        static func map(widget: [KeyBinding] = []) -> KeyMap { KeyMap([nextField, save] + widget + [back, nextRow]) }
    }

    /// Shown after the screen's own keys in every mode (the help page lists them among the global keys).
    static var help: KeyBinding { KeyBinding([.char("?"), .function(1)], t.help, keyLabel: "F1") }
    static var quit: KeyBinding { KeyBinding(.ctrl("q"), t.quit) }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
