import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// What the editor needs from the app around it: the rules, the catalogues, the own region's
/// profile and today's date. Nothing here is read from disk by the editor; the shell loads it.
public struct EditorContext: Sendable {
    public var rulebook: Rulebook
    public var catalogues: Catalogues
    /// Profil daerah: fills the own region's head, signing place and letterhead; nil before setup.
    public var profile: RegionProfile?
    /// Tanggal hari ini: stage start dates, amendments, expiry findings.
    public var today: MufakatDomain.CalendarDate

    public init(rulebook: Rulebook, catalogues: Catalogues, profile: RegionProfile? = nil, today: MufakatDomain.CalendarDate) {
        self.rulebook = rulebook; self.catalogues = catalogues; self.profile = profile; self.today = today
        InterfaceLanguage.install()
    }

    /// The documents of this store (its one letterhead), for the preview and the fingerprint.
    public var documents: DocumentService { DocumentService(rulebook: rulebook, catalogues: catalogues, profile: profile) }
}

/// What the editor asks its host to do. Effects are values: the shell performs them (saving,
/// exporting, fingerprinting) so the editor stays free of I/O and tests can assert them.
public enum EditorRequest: Sendable, Equatable {
    /// Simpan: save the cooperation as a new revision.
    case save
    /// Tutup: leave the editor (the shell asks before discarding unsaved work).
    case close
    /// Simpan draf: autosave, asked when the officer leaves a group of fields.
    case saveDraft
    /// Ekspor naskah in a format ("docx", "md", "txt").
    case export(DocumentKind, options: ExportOptions)
    /// Ekspor naskah to a chosen folder with chosen options (the export panel); the shell remembers them.
    case exportTo(DocumentKind, ExportSettings)
    /// The stage was marked signed: its signing data is in the cooperation; the shell renders the
    /// document, records its fingerprint (`signing.documentSHA256`, `documentFormat`) and saves.
    /// `acknowledged`: the warnings the officer was shown again and acknowledged in the dialog.
    case markSigned(stageID: String, acknowledged: [String] = [])
}

/// Penyunting kerja sama: the stage stepper and the stage screens for one cooperation, drawn in
/// the area between the shell's title bar and help bar.
///
/// Every answer is written into `cooperation` as it is typed, so going back, switching stage or
/// leaving never loses one. The workflow and the rulebook's findings are recomputed once per
/// change and kept; drawing only reads them.
public struct CooperationEditor: Sendable {
    /// The cooperation with every answer typed so far, saved or not.
    public var cooperation: Cooperation { draft }
    var draft: Cooperation
    let context: EditorContext
    var saved: Cooperation
    var analysis: EditorAnalysis
    /// Index into the workflow's stages of the stage on screen.
    var stageIndex: Int = 0
    var form: StageForm
    /// Problems of the fields of the form in use, by field id.
    var issues: [String: [FieldIssue]] = [:]
    var mode: Mode = .form
    /// The export choices the panel opens on: the store's remembered ones, given by the shell.
    var exportSettings: ExportSettings?
    var message: Message?
    /// Whether answers changed since the last autosave request.
    var draftPending = false
    /// Highlighted row of each list page.
    var listRow: [ListKind: Int] = [:]
    /// The after-signing record whose form is open, before the service records it.
    var pendingRecord: PendingRecord?
    /// The size of the editor's area, learnt from resize events (for the preview's wrapping).
    var areaSize = Size(width: 80, height: 22)

    public init(cooperation: Cooperation, context: EditorContext) {
        self.draft = cooperation
        self.context = context
        self.saved = cooperation
        self.analysis = EditorAnalysis(cooperation: cooperation, context: context)
        self.form = StageForm(groups: [], cooperation: cooperation)
        let stages = analysis.workflow.stages
        let start = stages.firstIndex { $0.state == .current }
            ?? stages.lastIndex { $0.recorded.status != .notStarted }
            ?? 0
        openStage(start, requestDraft: false)
        // What opening filled in (the stage's start, answers taken from earlier ones) is made
        // again on every opening: it alone does not make unsaved work.
        saved = draft
        draftPending = false
    }

    /// Whether there are answers not yet saved.
    public var isDirty: Bool { draft != saved }

    /// Records the current answers as saved (after a successful save).
    public mutating func markSaved() {
        saved = draft
        draftPending = false
    }

    /// Replaces the cooperation (after "take theirs" or a draft recovery). What counts as saved
    /// does not move: call `markSaved` too when the new answers are the stored ones.
    public mutating func replace(with cooperation: Cooperation) {
        // The shell replaces the answers right after a signing, which left the editor on the
        // review saying "Ctrl-N membuka tahap berikutnya": stay on the review, so it is true.
        let onReview: Bool = if case .review = mode { true } else { false }
        self.draft = cooperation
        analysis = EditorAnalysis(cooperation: cooperation, context: context)
        mode = .form
        openStage(min(stageIndex, max(0, stages.count - 1)), requestDraft: false, prefill: false)
        if onReview { openReview() }
    }

    public mutating func handle(_ event: Event) -> [EditorRequest] {
        if case let .resize(w, h) = event {
            areaSize = Size(width: w, height: max(1, h - 2))
            if case .review(let scroll, _) = mode { mode = .review(scroll: scroll, lines: reviewLines()) }
            return []
        }
        if case .key = event { message = nil }
        if case .paste = event { message = nil }
        switch mode {
        case .confirm: return handleConfirm(event)
        case .amendment: return handleAmendment(event)
        case .financingHelper: return handleFinancingHelper(event)
        case .export: return handleExportPanel(event)
        case .stepper: return handleStepper(event)
        case .review: return handleReview(event)
        case .signing: return handleSigning(event)
        case .record: return handleRecord(event)
        case .form: return handleForm(event)
        }
    }

    /// "KSDD Sukarela: Angkutan Perkotaan Bogor Raya · Kesepakatan Bersama" for the title bar.
    public var title: String {
        let name = cooperation.title.isEmpty ? AppText.current.editor.untitled : cooperation.title
        let stage = currentStage.map { " · \($0.rule.displayName)" } ?? ""
        return "\(cooperation.kind.displayLabel): \(name)\(stage)"
    }
}

/// What the editor is showing over the stage form.
indirect enum Mode: Sendable {
    /// The stage's form (or its list page).
    case form
    /// The focus is in the stage list; `highlight` is the stage under the cursor.
    case stepper(highlight: Int)
    /// The stage's review: answers, findings and the naskah preview, scrolled.
    case review(scroll: Int, lines: [ReviewLine])
    /// One record of a list page being edited; `fresh` holds the row as it was added (nil for an
    /// existing record), so a new record left untouched is taken away again.
    case record(ListKind, index: Int, form: StageForm, fresh: [String]?)
    /// The signing questions of a KB or PKS.
    case signing(form: StageForm)
    /// The reason for an amendment of a finished stage.
    case amendment(reason: TextField)
    /// A financing helper's one-line question (repeat over years, split by shares).
    case financingHelper(FinancingHelper, field: TextField)
    /// A question; `back` is where the editor returns when it is answered.
    case confirm(Dialog, ConfirmAction, back: Mode)
    /// The export panel (folder, format, paper, typeface) over `back`.
    case export(ExportPanel, back: Mode)
}

/// What a confirm dialog does when answered "Ya" (or an option chosen).
enum ConfirmAction: Sendable, Equatable {
    case markDone
    /// The warnings listed in the dialog, acknowledged by confirming it.
    case markSigned(acknowledged: [String])
    case deleteRecord(ListKind, Int)
    /// `party`: the party whose letter it is (a DPRD letter per party).
    case export(DocumentKind, party: Int? = nil)
    /// Which party's letter to export: `parties` are the choices, in the dialog's order.
    case chooseParty(DocumentKind, parties: [Int])
    /// Choose which naskah to export first (the stages after signing have several).
    case pickDocument([DocumentKind])
}
