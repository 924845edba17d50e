import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Mode rapat: the facilitator's screens on the projector. Picks the meeting, then shows the
/// matrix, the matches, the cell details, the import prompt and its conflict questions. Keeps
/// its own small stack of pages and overlays; the shell only routes keys and results to it.
struct MeetingMode: Sendable {
    enum Page: Sendable, Equatable { case picking, loading, matrix, matches }

    /// A question on top of the meeting screens.
    struct Question: Sendable {
        enum Purpose: Sendable, Equatable { case conflict, exportFormat, info, confirmDraft(MappingMatch), document }
        /// The answers: values, never button positions.
        enum Answer: Sendable, Equatable { case document(MeetingDocument), format(MatrixExportFormat), yes, replace, keep, cancel, close }
        var purpose: Purpose
        var dialog: TypedDialog<Answer>
    }

    /// What the shell should do after a key or a result.
    struct Outcome: Sendable {
        var actions: [MeetingAction] = []
        var message: Message? = nil
        var bell = false
        /// Back to the home screen.
        var close = false
        var help = false
        /// The store's cooperations changed (a draft was made): reload the home list.
        var reloadList = false

        static let none = Outcome()
        static func refused(_ text: String) -> Outcome {
            Outcome(message: text.isEmpty ? nil : .warning(text), bell: true)
        }
    }

    let catalogues: Catalogues
    private(set) var size: Size
    private(set) var page: Page = .loading
    private(set) var meetings: [Meeting] = []
    private(set) var pickerIndex = 0
    private(set) var meetingID: String? = nil
    private(set) var data: MeetingData? = nil
    private(set) var matrix: MatrixScreen? = nil
    private(set) var matches: MatchesScreen? = nil
    private(set) var detail: CellDetail? = nil
    private(set) var prompt: ImportPrompt? = nil
    private(set) var reason: TextPrompt? = nil
    private(set) var question: Question? = nil
    /// Conflicts of the import under way, the first one being asked about.
    private(set) var pending: [ImportConflict] = []
    private(set) var decisions: [ImportDecision] = []
    /// Whether the first pass of the import under way changed the store (reload when done).
    private var importChanged = false
    private var importLines: [String] = []

    init(catalogues: Catalogues, size: Size) {
        InterfaceLanguage.install()
        self.catalogues = catalogues
        self.size = size
    }

    /// The first action: list the meetings to choose from.
    static let start: MeetingAction = .listMeetings

    mutating func resize(_ size: Size) {
        self.size = size
        matrix?.resize(size)
    }

    var title: String {
        switch page {
        case .picking: txt.titlePicking
        case .loading: txt.titleMeeting
        case .matrix: txt.titleMatrix
        case .matches: txt.titleMatches
        }
    }

    var screenName: String { page == .matches ? "kecocokan" : "matriks" }

    // MARK: Keys

    mutating func handle(_ event: Event) -> Outcome {
        if question != nil { return answer(event) }
        if var r = reason {
            let outcome = r.handle(event)
            reason = r
            switch outcome {
            case .none: return .none
            case .refused(let text): return .refused(text)
            case .cancel: reason = nil; return Outcome(message: .notice(txt.cancelled))
            case .submit(let text):
                reason = nil
                switch r.purpose {
                case .withdraw(let number, _):
                    return Outcome(actions: [.withdraw(number: number, reason: text, meetingID: meetingID)], message: .notice(txt.withdrawing))
                case let .createMeeting(level, province, _):
                    return Outcome(actions: [.createMeeting(title: text, level: level, provinceCode: province)], message: .notice(txt.creatingMeeting))
                }
            }
        }
        if var p = prompt {
            let outcome = p.handle(event)
            prompt = p
            switch outcome {
            case .none: return .none
            case .refused(let text): return .refused(text)
            case .cancel: prompt = nil; return Outcome(message: .notice(txt.importCancelled))
            case .submit(let paths):
                prompt = nil
                return Outcome(actions: [.importFiles(paths, meetingID: meetingID)],
                               message: .notice(txt.importing(paths.count)))
            }
        }
        if var d = detail {
            if d.handle(event) { detail = nil } else { detail = d }
            return .none
        }
        guard case .key(let key) = event else { return .none }
        if key == .char("?") { return Outcome(help: true) }
        switch page {
        case .loading:
            return key == .escape ? Outcome(close: true) : .none
        case .picking:
            return pick(key)
        case .matrix:
            return matrixKey(event, key)
        case .matches:
            guard var m = matches else { page = .matrix; return .none }
            if key == .escape || key == .char("q") { page = .matrix; return .none }
            let outcome = m.handle(event, page: matchesPage)
            matches = m
            switch outcome {
            case .none: return .none
            case .refused(let text): return .refused(text)
            case .draft(let match):
                // Nothing official is made on one key press: the dialog names what will be printed.
                let text = MappingService.preview(of: match, meeting: data?.meeting, mappings: data?.mappings ?? [], catalogues: catalogues)
                question = Question(purpose: .confirmDraft(match), dialog: TypedDialog(txt.confirmDraftTitle, text,
                                                                                   options: [(txt.confirmDraftYes, .yes), (txt.cancel, .cancel)], cancel: .cancel))
                return .none
            case .notice(let text): return Outcome(message: .notice(text))
            case .change(let change):
                guard data?.meeting != nil else { return .refused(txt.groupNeedsMeeting) }
                return Outcome(actions: [.changeGroup(change, meetingID: meetingID)], message: .notice(txt.savingGroups))
            case .withdraw(let match):
                guard let meeting = data?.meeting else { return .refused(txt.withdrawNeedsMeeting) }
                guard let i = meeting.agreements.firstIndex(where: {
                    $0.isActive && $0.affairCode == match.affairCode && Set($0.regionCodes) == Set(match.regionCodes)
                }) else { return .refused(txt.nothingToWithdraw) }
                reason = TextPrompt(.withdraw(number: i + 1, summary: "\(meeting.agreements[i].affairCode) \(meeting.agreements[i].title)"))
                return .none
            }
        }
    }

    /// Rows of the matches list on screen (for PgUp/PgDn).
    private var matchesPage: Int { max(1, (size.height - 3) / 2 - 1) }

    /// Choices of the picker: the meetings, then every mapping without a meeting.
    var pickerChoices: [String] {
        meetings.map { txt.meetingChoice($0.summaryLine, $0.participantRegions.count) } + [txt.allMappingsNoMeeting]
    }

    private mutating func pick(_ key: Key) -> Outcome {
        let count = pickerChoices.count
        switch key {
        case .up: pickerIndex = max(0, pickerIndex - 1)
        case .down: pickerIndex = min(count - 1, pickerIndex + 1)
        case .home: pickerIndex = 0
        case .end: pickerIndex = count - 1
        case _ where PickerKeys.back.matches(.key(key)): return Outcome(close: true)
        case _ where PickerKeys.open.matches(.key(key)):
            meetingID = pickerIndex < meetings.count ? meetings[pickerIndex].id : nil
            page = .loading
            return Outcome(actions: [.load(meetingID: meetingID)])
        default: break
        }
        return .none
    }

    private mutating func matrixKey(_ event: Event, _ key: Key) -> Outcome {
        let keys = MatrixKeys.self
        switch key {
        case _ where keys.back.matches(event): return Outcome(close: true)
        case _ where keys.matches.matches(event):
            guard let data else { return .none }
            if matches == nil { matches = MatchesScreen(matches: filteredMatches(data), drafted: data.drafted, catalogues: catalogues, gaps: data.gaps) }
            page = .matches
            return .none
        case _ where keys.importFiles.matches(event):
            prompt = ImportPrompt()
            return .none
        case _ where keys.createMeeting.matches(event):
            guard data?.meeting == nil, let data else { return .refused(txt.meetingExists) }
            // The level follows the mappings: kabupaten/kota of one province make a provincial meeting.
            let codes = data.mappings.map(\.regionCode)
            let level = MatchGrouping.coordinationLevel(codes, catalogues: catalogues)
            let province = level == .provinsi ? codes.first.flatMap { catalogues.regions[$0]?.provinceCode } : nil
            reason = TextPrompt(.createMeeting(level: codes.isEmpty ? .provinsi : level, provinceCode: province, mappings: codes.count))
            return .none
        case _ where keys.participants.matches(event):
            guard let data else { return .none }
            var lines: [String] = []
            if let meeting = data.meeting {
                lines.append(txt.participantsHeading(meeting.participantRegions.count))
                lines += meeting.participantRegions.map { "• \($0) \(catalogues.regions[$0]?.fullName ?? $0)" }
                if let outside = data.outsideNote { lines.append(outside) }
            } else {
                lines.append(txt.noMeetingPressN(data.mappings.count))
            }
            question = Question(purpose: .info, dialog: TypedDialog(message: txt.participantsTitle, lines.joined(separator: "\n"), close: .close))
            return .none
        case _ where keys.documents.matches(event):
            guard data?.meeting != nil else {
                return .refused(txt.documentsNeedMeeting)
            }
            question = Question(purpose: .document, dialog: TypedDialog(txt.documentsTitle,
                txt.documentsText,
                options: MeetingDocument.allCases.map { ($0.label, .document($0)) } + [(txt.cancel, .cancel)], cancel: .cancel))
            return .none
        case _ where keys.export.matches(event):
            guard let matrix, matrix.matrix.columnCount > 0 else {
                return .refused(txt.nothingToExport)
            }
            question = Question(purpose: .exportFormat, dialog: TypedDialog(txt.exportTitle,
                txt.exportText,
                options: [("XLSX", .format(.xlsx)), ("CSV", .format(.csv)), (txt.cancel, .cancel)], cancel: .cancel))
            return .none
        default: break
        }
        guard var m = matrix else { return .none }
        let before = m.filter
        let outcome = m.handle(event)
        matrix = m
        if m.filter != before, let data {
            // The matches follow the province and group filters of the matrix.
            matches = MatchesScreen(matches: filteredMatches(data), drafted: matches?.drafted ?? data.drafted, catalogues: catalogues, gaps: data.gaps)
        }
        switch outcome {
        case .none: return .none
        case .refused(let text): return .refused(text)
        case .openDetail:
            guard let c = m.cursor else { return .none }
            detail = CellDetail(matrix: m.matrix, affair: c.affair, region: c.region, catalogues: catalogues)
            return .none
        }
    }

    /// The matches of the regions and affairs the matrix filter lets through.
    private func filteredMatches(_ data: MeetingData) -> [MappingMatch] {
        guard let f = matrix?.filter, f.provinceCode != nil || f.group != nil else { return data.matches }
        return data.matches.filter { m in
            if let g = f.group, catalogues.affairs[m.affairCode]?.group != g { return false }
            if let p = f.provinceCode, !m.regionCodes.allSatisfy({ catalogues.regions[$0]?.provinceCode == p }) { return false }
            return true
        }
    }

    private mutating func answer(_ event: Event) -> Outcome {
        guard var q = question else { return .none }
        let reply = q.dialog.answer(event)
        question = q
        guard let answer = reply else { return .none }
        question = nil
        switch q.purpose {
        case .info: return .none
        case .document:
            guard case .document(let document) = answer else { return Outcome(message: .notice(txt.noDocumentWritten)) }
            return Outcome(actions: [.writeDocument(document, meetingID: meetingID)], message: .notice(txt.writingDocument))
        case .confirmDraft(let match):
            guard answer == .yes else { return Outcome(message: .notice(txt.noDraftMade)) }
            return Outcome(actions: [.createDraft(match, meetingID: meetingID)], message: .notice(txt.makingDraft))
        case .exportFormat:
            guard case .format(let format) = answer, let m = matrix else { return Outcome(message: .notice(txt.exportCancelled)) }
            return Outcome(actions: [.exportMatrix(format: format, meetingID: meetingID, filter: m.filter, transposed: m.isTransposed)],
                           message: .notice(txt.writingMatrix(format.rawValue.uppercased())))
        case .conflict:
            guard let conflict = pending.first else { return .none }
            switch answer {
            case .replace, .keep:
                decisions.append(ImportDecision(incoming: conflict.incoming, resolution: answer == .replace ? .replace : .keep))
                pending.removeFirst()
                return nextConflict()
            default:
                let skipped = pending.count
                pending = []
                var outcome = finishImport()
                let text = txt.skippedImports(skipped)
                if outcome.actions.isEmpty { outcome.message = .warning(text) } else { importLines.append(text) }
                return outcome
            }
        }
    }

    /// Asks about the next conflict, or sends the answers when none is left.
    private mutating func nextConflict() -> Outcome {
        guard let c = pending.first else { return finishImport() }
        let region = catalogues.regions[c.incoming.mapping.regionCode]?.fullName ?? c.incoming.mapping.regionCode
        // As many differences as the dialog can show whole (it is at most 60 columns wide and must
        // leave its buttons on screen); the rest are counted.
        let textWidth = max(1, min(size.width - 4, 60) - 4)
        func rows(_ t: String) -> Int { TextLayout.wrap(t, width: textWidth).count }
        var text = txt.conflictText(region, c.incoming.source, c.differences.count)
        let tail = (c.note.map { txt.conflictNote($0) } ?? "") + txt.conflictAsk
        let room = max(4, size.height - 3 - 6) - rows(String(tail.dropFirst())) - 1
        var shown = 0
        for line in c.differences {
            let candidate = text + "\n• " + line
            guard rows(candidate) <= room else { break }
            text = candidate
            shown += 1
        }
        if shown < c.differences.count { text += txt.moreDifferences(c.differences.count - shown) }
        text += tail
        question = Question(purpose: .conflict, dialog: TypedDialog(txt.conflictTitle(region), text,
                                                                options: [(txt.replaceNew, .replace), (txt.keepOld, .keep), (txt.cancel, .cancel)],
                                                                cancel: .cancel))
        return .none
    }

    private mutating func finishImport() -> Outcome {
        let decided = decisions
        decisions = []
        if !decided.isEmpty {
            return Outcome(actions: [.importDecided(decided, meetingID: meetingID)], message: .notice(txt.savingImportDecisions))
        }
        let changed = importChanged
        importChanged = false
        return changed ? Outcome(actions: [.load(meetingID: meetingID)]) : .none
    }

    // MARK: Results

    mutating func apply(_ event: MeetingEvent) -> Outcome {
        switch event {
        case .meetingsListed(let list):
            meetings = list.sorted { ($0.date?.dayNumber ?? Int.min, $0.id) > ($1.date?.dayNumber ?? Int.min, $1.id) }
            if meetings.count >= 2 { page = .picking; pickerIndex = 0; return .none }
            meetingID = meetings.first?.id
            page = .loading
            return Outcome(actions: [.load(meetingID: meetingID)])
        case .loaded(let loaded):
            let old = matrix
            data = loaded
            var screen = MatrixScreen(data: loaded, catalogues: catalogues, screen: size)
            if let old {
                if old.filter != .none { screen.apply(old.filter) }
                if old.isTransposed { screen.transpose() }
                // After an import the facilitator stays on the cell being discussed.
                if let at = old.cursorCodes { screen.focus(affairCode: at.affair, regionCode: at.region) }
            }
            matrix = screen
            matches = matches.map { old in
                var fresh = MatchesScreen(matches: filteredMatches(loaded), drafted: loaded.drafted, catalogues: catalogues, gaps: loaded.gaps)
                // The facilitator stays on the match being discussed.
                fresh.highlighted = min(old.highlighted, max(0, fresh.matches.count - 1))
                // Drafts made without a meeting are known only from this session.
                fresh.drafted.merge(old.drafted) { loaded, _ in loaded }
                return fresh
            }
            if page == .loading || page == .picking { page = .matrix }
            return .none
        case .imported(let report):
            importLines += report.lines
            importChanged = importChanged || report.changed > 0
            var outcome = Outcome()
            if !report.conflicts.isEmpty && pending.isEmpty && decisions.isEmpty {
                pending = report.conflicts
                outcome = nextConflict()
                outcome.message = .warning(txt.importConflicts(report.conflicts.count))
            } else {
                outcome = finishImport()
            }
            if !report.problems.isEmpty {
                outcome.message = .error(report.problems[0] + (report.problems.count > 1 ? txt.moreProblems(report.problems.count - 1) : ""))
                outcome.bell = true
                // The lines of this import end with it; they never lead the next import's message.
                if pending.isEmpty { importLines = [] }
            } else if pending.isEmpty {
                let lines = importLines
                importLines = []
                outcome.message = lines.isEmpty ? .notice(txt.nothingImported)
                    : .ok(txt.importDone(lines.joined(separator: "; ")))
            }
            return outcome
        case let .draftCreated(matchID, id, title):
            matches?.drafted[matchID] = id
            // The meeting now holds the agreement: reload it, so w can withdraw it at once.
            return Outcome(actions: [.load(meetingID: meetingID)],
                           message: .ok(txt.draftCreated(id, title)), reloadList: true)
        case let .draftExists(matchID, id):
            matches?.drafted[matchID] = id
            return Outcome(message: .warning(txt.alreadyDrafted(id)), bell: true)
        case .documentWritten(let text):
            question = Question(purpose: .info, dialog: TypedDialog(message: txt.documentWrittenTitle, text, close: .close))
            return Outcome(message: .ok(text))
        case .groupsChanged(let text):
            return Outcome(actions: [.load(meetingID: meetingID)], message: .ok(text))
        case .meetingCreated(let id, let text):
            meetingID = id
            return Outcome(actions: [.load(meetingID: id)], message: .ok(text))
        case .withdrawn(let text):
            return Outcome(actions: [.load(meetingID: meetingID)], message: .ok(text))
        case let .exported(path, rows, columns):
            question = Question(purpose: .info, dialog: TypedDialog(message: txt.matrixExportedTitle, txt.matrixExported(rows, columns, path), close: .close))
            return Outcome(message: .ok(txt.matrixWritten(path)))
        case .failed(let text):
            if page == .loading || page == .picking, data == nil {
                let empty = MeetingData(meeting: nil, mappings: [], matches: [], drafted: [:], generation: 0)
                data = empty
                matrix = MatrixScreen(data: empty, catalogues: catalogues, screen: size)
                page = .matrix
            }
            pending = []; decisions = []; importLines = []; importChanged = false
            return Outcome(message: .error(text), bell: true)
        }
    }

    // MARK: Drawing

    var bindings: [KeyBinding] {
        if let question { return question.dialog.bindings }
        if let reason { return reason.bindings }
        if let prompt { return prompt.bindings }
        if let detail { return detail.bindings }
        switch page {
        case .picking: return PickerKeys.map.bar
        case .loading: return [KeyBinding(.escape, AppText.current.keys.back)]
        case .matrix: return matrix?.bindings ?? []
        case .matches: return matches?.bindings ?? []
        }
    }

    /// Tombol pilihan rapat: the meeting picker's keys as data.
    enum PickerKeys {
        static var choose: KeyBinding { KeyBinding([.up, .down], AppText.current.keys.choose) }
        static var open: KeyBinding { KeyBinding(.enter, AppText.current.keys.meetingOpen) }
        static var back: KeyBinding { KeyBinding([.escape, .char("q")], AppText.current.keys.back, keyLabel: "Esc") }
        static var map: KeyMap { KeyMap([choose, open, back]) }
    }

    var helpLines: [(key: String, text: String)] {
        page == .matches ? MatchesScreen.helpLines : MatrixScreen.helpLines
    }

    func draw(in body: Rect, buffer: inout Buffer) {
        switch page {
        case .loading:
            buffer.write(txt.readingMappings, at: Point(x: body.x + 2, y: body.y + 1), role: .muted, clip: body)
        case .picking: drawPicker(in: body, buffer: &buffer)
        case .matrix: matrix?.draw(in: body, buffer: &buffer, focused: detail == nil && prompt == nil && reason == nil && question == nil)
        case .matches: matches?.draw(in: body, buffer: &buffer)
        }
        if let detail { detail.draw(in: body, buffer: &buffer) }
        if let prompt { prompt.draw(in: body, buffer: &buffer) }
        if let reason { reason.draw(in: body, buffer: &buffer) }
        if let question {
            buffer.cursor = nil
            question.dialog.draw(in: body, buffer: &buffer)
        }
    }

    private func drawPicker(in body: Rect, buffer: inout Buffer) {
        let area = body.inset(top: 1, left: 2, bottom: 0, right: 2)
        buffer.write(txt.pickMeeting(meetings.count), at: Point(x: area.x, y: area.y),
                     role: .title, clip: area)
        let list = area.inset(top: 2)
        let choices = pickerChoices
        let top = max(0, min(pickerIndex - list.height + 1, choices.count - list.height))
        for i in 0..<list.height where top + i < choices.count {
            let index = top + i
            let line = list.row(i)
            let selected = index == pickerIndex
            if selected { buffer.fill(line, role: .focused) }
            buffer.write(TextLayout.fit((selected ? "▶ " : "  ") + choices[index], width: line.width, pad: false),
                         at: Point(x: line.x, y: line.y), role: selected ? .focused : .normal, clip: line)
        }
    }
}

/// The meeting screens' words in the language in use.
private var txt: Catalogue<MeetingText> { AppText.current.meeting }
