import MufakatDocuments
import MufakatServices
import TerminalUI

/// Panel ekspor naskah: the editor's "e" asks where and how a naskah is written: the folder
/// (remembered per store on this machine, Tab completes a path), the format, the paper and the
/// typeface. It opens on the last choices, so a repeated export is "e", Enter.
struct ExportPanel: Sendable {
    enum Row: Int, CaseIterable, Sendable { case folder, format, paper, typeface }

    enum Outcome: Equatable, Sendable {
        case none
        case export(ExportSettings)
        case cancel
        case refused(String)
    }

    static let formats: [DocumentFormat] = [.docx, .md, .txt]

    var document: DocumentKind
    /// The party a per-party letter is for (the DPRD letter); never remembered.
    var party: Int?
    var folder: TextField
    var format: DocumentFormat
    var paper: Paper
    var typeface: Typeface
    var row: Row = .format

    init(document: DocumentKind, settings: ExportSettings, party: Int? = nil) {
        self.document = document
        self.party = party
        folder = TextField(settings.folder, placeholder: AppText.current.editor.folderPlaceholder)
        format = Self.formats.contains(settings.options.format) ? settings.options.format : .docx
        paper = settings.options.paper
        typeface = settings.options.typeface
    }

    var settings: ExportSettings {
        ExportSettings(folder: ExportSettings.expand(folder.text),
                       options: ExportOptions(format: format, paper: paper, typeface: typeface, draft: true, party: party))
    }

    static func label(_ f: DocumentFormat) -> String {
        switch f {
        case .docx: "DOCX"
        case .md: "Markdown"
        case .txt: AppText.current.editor.formatText
        case .pdf: "PDF"
        }
    }

    static func label(_ p: Paper) -> String { p == .a4 ? "A4 (210 × 297 mm)" : "F4 (215 × 330 mm)" }

    /// Paper and typeface apply to DOCX only; Markdown and text have neither.
    var laysOutPages: Bool { format == .docx }

    mutating func handle(_ event: Event) -> Outcome {
        typealias K = EditorKeys.Export
        let left: Bool = { if case .key(.left) = event { return true } else { return false } }()
        switch event {
        case _ where EditorKeys.cancel.matches(event): return .cancel
        case _ where K.export.matches(event):
            let s = settings
            guard !s.folder.isEmpty else { row = .folder; return .refused(AppText.current.editor.folderMissing) }
            guard s.folder.hasPrefix("/") else { row = .folder; return .refused(AppText.current.editor.folderNotAbsolute) }
            return .export(s)
        case _ where K.options.matches(event):
            if case .key(.down) = event { move(1) } else { move(-1) }
        case _ where K.completePath.matches(event):
            if row == .folder { folder = TextField(PathCompletion.complete(folder.text), placeholder: folder.placeholder) } else { move(1) }
        // ← also moves the folder's cursor; → and Space there are the field's own.
        case _ where K.change.matches(event) && (left || row != .folder): cycle(left ? -1 : 1)
        default:
            if row == .folder { _ = folder.handle(event) }
        }
        return .none
    }

    private mutating func move(_ by: Int) {
        var next = row.rawValue
        repeat {
            next = (next + by + Row.allCases.count) % Row.allCases.count
        } while !laysOutPages && (next == Row.paper.rawValue || next == Row.typeface.rawValue)
        row = Row(rawValue: next)!
    }

    private mutating func cycle(_ by: Int) {
        func step<T: Equatable>(_ all: [T], _ value: T) -> T {
            let i = all.firstIndex(of: value) ?? 0
            return all[(i + by + all.count) % all.count]
        }
        switch row {
        case .folder: _ = folder.handle(.key(by < 0 ? .left : .right))
        case .format: format = step(Self.formats, format)
        case .paper: paper = step(Paper.allCases, paper)
        case .typeface: typeface = step(Typeface.allCases, typeface)
        }
    }

    var keyMap: KeyMap { EditorKeys.Export.map(onFolder: row == .folder) }
    var bindings: [KeyBinding] { keyMap.bar }

    func draw(in rect: Rect, buffer: inout Buffer) {
        let width = min(rect.width, 72)
        let box = rect.centered(Size(width: width, height: 10))
        buffer.fill(box)
        let t = AppText.current.editor
        buffer.box(box, title: t.exportTitle(document.label))
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let labelWidth = 8
        let rows: [(Row, String, String)] = [
            (.folder, t.rowFolder, ""),
            (.format, t.rowFormat, Self.label(format)),
            (.paper, t.rowPaper, laysOutPages ? Self.label(paper) : t.docxOnly),
            (.typeface, t.rowTypeface, laysOutPages ? typeface.fontName : t.docxOnly),
        ]
        for (i, (r, label, value)) in rows.enumerated() {
            let y = inner.y + i + (i > 0 ? 1 : 0)
            let focused = r == row
            buffer.write(TextLayout.fit(label, width: labelWidth), at: Point(x: inner.x, y: y), role: focused ? .focused : .normal, clip: inner)
            let valueRect = Rect(x: inner.x + labelWidth, y: y, width: max(1, inner.width - labelWidth), height: 1)
            if r == .folder {
                folder.draw(in: valueRect, buffer: &buffer, focused: focused)
            } else {
                let text = focused ? "‹ \(value) ›" : "  \(value)"
                buffer.write(TextLayout.fit(text, width: valueRect.width, pad: false), at: Point(x: valueRect.x, y: y),
                             role: focused ? .selection : .normal, clip: valueRect)
            }
        }
        if row != .folder { buffer.cursor = nil }
        // The keys on up to two rows at the bottom, wrapped rather than cut at 80 columns.
        let hint = TextLayout.wrap(t.exportHint, width: max(1, inner.width)).prefix(2)
        for (i, line) in hint.enumerated() {
            buffer.write(line, at: Point(x: inner.x, y: inner.maxY - hint.count + i), role: .muted, clip: inner)
        }
    }
}
