import MufakatDocuments
import MufakatDomain
import TerminalUI

/// What the editor needs from the app around it: the rules, the catalogues and today's date.
/// Nothing here is read from disk by the editor itself; the shell loads it once.
public struct EditorContext: Sendable {
    public var rulebook: Rulebook
    public var catalogues: Catalogues
    /// Tanggal hari ini: used for stage start dates, amendments and expiry findings.
    public var today: MufakatDomain.CalendarDate

    public init(rulebook: Rulebook, catalogues: Catalogues, today: MufakatDomain.CalendarDate) {
        self.rulebook = rulebook; self.catalogues = catalogues; self.today = today
    }
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
    case export(DocumentKind, format: String)
    /// The stage was marked signed: its signing data is in the cooperation; the shell renders the
    /// document, records its fingerprint (`signing.documentSHA256`) and saves.
    case markSigned(stageID: String)
}

/// Penyunting kerja sama: the stage stepper and the stage screens for one cooperation, drawn in
/// the area between the shell's title bar and help bar.
public struct CooperationEditor: Sendable {
    public private(set) var cooperation: Cooperation
    public let context: EditorContext
    private var saved: Cooperation

    public init(cooperation: Cooperation, context: EditorContext) {
        self.cooperation = cooperation
        self.context = context
        self.saved = cooperation
    }

    /// Whether there are answers not yet saved.
    public var isDirty: Bool { cooperation != saved }

    /// Records the current answers as saved (after a successful save).
    public mutating func markSaved() { saved = cooperation }

    /// Replaces the cooperation (after "take theirs" or a draft recovery).
    public mutating func replace(with cooperation: Cooperation) {
        self.cooperation = cooperation
    }

    public mutating func handle(_ event: Event) -> [EditorRequest] {
        switch event {
        case .key(.ctrl("s")): return [.save]
        case .key(.escape): return [.close]
        default: return []
        }
    }

    public func draw(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.write(title, at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
    }

    public var bindings: [KeyBinding] {
        [KeyBinding(.ctrl("s"), "simpan"), KeyBinding(.escape, "tutup")]
    }

    /// "KSDD Sukarela: Angkutan Perkotaan" for the shell's title bar.
    public var title: String {
        let name = cooperation.title.isEmpty ? "(tanpa judul)" : cooperation.title
        return "\(cooperation.kind.label): \(name)"
    }
}
