import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// `CooperationEditor` hosted by the shell.
extension CooperationEditor: HostedEditor {
    public mutating func handleEvent(_ event: Event) -> [EditorCommand] {
        handle(event).map { request in
            switch request {
            case .save: .save
            case .close: .close
            case .saveDraft: .saveDraft
            case let .export(kind, options): .export(kind, options: options)
            case let .markSigned(stage, acknowledged): .markSigned(stageID: stage, acknowledged: acknowledged)
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
