import MufakatServices
import TerminalUI

extension CooperationEditor {
    /// The export panel: Enter exports with the choices shown (the shell remembers them), Esc
    /// returns to where "e" was pressed.
    mutating func handleExportPanel(_ event: Event) -> [EditorRequest] {
        guard case .export(var panel, let back) = mode else { return [] }
        switch panel.handle(event) {
        case .none:
            mode = .export(panel, back: back)
        case .cancel:
            mode = back
        case .refused(let text):
            mode = .export(panel, back: back)
            message = .error(text)
        case .export(let settings):
            mode = back
            exportSettings = settings
            exportSettings?.options.party = nil
            return [.exportTo(panel.document, settings)]
        }
        return []
    }
}
