import MufakatDocuments
import MufakatServices

/// The export choices the editor's "e" dialog offers, each a full set of `ExportOptions`, so the
/// screen reaches every option the command line has (A4 and F4 paper among them).
enum ScreenExport {
    struct Choice {
        var label: String
        var options: ExportOptions
    }

    /// An incomplete document is exported as a draft from the screen: its gaps show as
    /// "[BELUM DIISI: ...]", the same bytes as `mufakat export --draft`.
    static var choices: [Choice] { [
        Choice(label: "DOCX (A4)", options: ExportOptions(format: .docx, paper: .a4, draft: true)),
        Choice(label: "DOCX (F4)", options: ExportOptions(format: .docx, paper: .f4, draft: true)),
        Choice(label: "Markdown", options: ExportOptions(format: .md, draft: true)),
        Choice(label: AppText.current.editor.formatText, options: ExportOptions(format: .txt, draft: true)),
    ] }

    /// What a signed naskah is rendered as when the stage is marked signed.
    static let signing = ExportOptions(format: .docx, paper: .a4)
}
