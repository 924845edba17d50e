import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// What the hosted editor asks the shell to do (the contract's `EditorRequest`, in the shell's words).
public enum EditorCommand: Sendable, Equatable {
    case save
    case close
    case saveDraft
    case export(DocumentKind, options: ExportOptions)
    case markSigned(stageID: String, acknowledged: [String] = [])
}

/// The per-cooperation stage editor as the shell hosts it. `CooperationEditor` conforms (see
/// `EditorBridge.swift`); the shell's tests use a placeholder editor of their own.
public protocol HostedEditor: Sendable {
    /// Current answers, including unsaved ones.
    var cooperation: Cooperation { get }
    var isDirty: Bool { get }
    mutating func markSaved()
    /// After "take theirs" or a draft recovery.
    mutating func replace(with cooperation: Cooperation)
    mutating func handleEvent(_ event: Event) -> [EditorCommand]
    /// Draws the whole area between the shell's title bar and its message line.
    func draw(in rect: Rect, buffer: inout Buffer)
    var bindings: [KeyBinding] { get }
    var title: String { get }
}

/// Makes the editor for a cooperation. The launcher passes the real one; tests a placeholder.
public typealias EditorFactory = @Sendable (Cooperation, ShellContext, RegionProfile?) -> any HostedEditor
