import MufakatDomain
import TerminalUI

/// The editor engineer's `CooperationEditor` hosted by the shell.
extension CooperationEditor: HostedEditor {
    public mutating func handleEvent(_ event: Event) -> [EditorCommand] {
        handle(event).map { request in
            switch request {
            case .save: .save
            case .close: .close
            case .saveDraft: .saveDraft
            case let .export(kind, format): .export(kind, format: format)
            case .markSigned(let stage): .markSigned(stageID: stage)
            }
        }
    }
}

extension MufakatProgram {
    /// The real stage editor.
    public static let standardEditor: EditorFactory = { cooperation, context, profile in
        CooperationEditor(cooperation: cooperation,
                          context: EditorContext(rulebook: context.rulebook, catalogues: context.catalogues,
                                                 profile: profile, today: context.today))
    }
}
