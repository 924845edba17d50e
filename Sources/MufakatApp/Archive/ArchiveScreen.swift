import Foundation
import MufakatDomain
import MufakatServices
import TerminalUI

/// Layar arsip berkas: the files kept with the cooperation in the editor. Lists them (stage,
/// kind, name, size, hash, intact or not), attaches a file by its path (Tab completes the path),
/// and exports copies to a folder. Opened with F6 from the editor; the work is `ArchiveService`.
struct ArchiveScreen: Sendable {
    enum Outcome: Equatable {
        case none, close, help
        case refused(String)
        case attach(ArchiveService.Attachment)
        case export(folder: String)
    }

    /// What the bottom of the screen asks for.
    enum Entry: Sendable {
        case path(TextField)
        case exportFolder(TextField)
    }

    let id: String
    let title: String
    /// Stage ids the cooperation has, and the rulebook's archive kinds (id, name).
    let stages: [String]
    let kinds: [(id: String, name: String)]
    var files: [ArchiveListing]
    var highlighted = 0
    var stageIndex: Int
    var kindIndex = 0
    var entry: Entry? = nil
    var loaded = false

    init(id: String, title: String, stages: [String], kinds: [(id: String, name: String)], files: [ArchiveListing] = []) {
        self.id = id; self.title = title; self.stages = stages; self.kinds = kinds; self.files = files
        stageIndex = stages.firstIndex(of: "pks") ?? 0
    }

    var stage: String { stages.indices.contains(stageIndex) ? stages[stageIndex] : "" }
    var kind: String { kinds.indices.contains(kindIndex) ? kinds[kindIndex].id : "" }

    mutating func handle(_ event: Event) -> Outcome {
        if let current = entry {
            switch current {
            case .path(var field), .exportFolder(var field):
                let isPath: Bool = { if case .path = current { true } else { false } }()
                switch event {
                case _ where ArchiveKeys.cancel.matches(event): entry = nil; return .none
                case _ where ArchiveKeys.completePath.matches(event):
                    field.text = PathCompletion.complete(field.text)
                    _ = field.handle(.key(.end))
                case _ where ArchiveKeys.confirm.matches(event):
                    let text = field.text.trimmedWhitespace()
                    guard !text.isEmpty else { return .refused(isPath ? txt.writePath : txt.writeFolder) }
                    entry = nil
                    let path = PathCompletion.expand(text)
                    return isPath ? .attach(ArchiveService.Attachment(stage: stage, kind: kind, path: path)) : .export(folder: path)
                default:
                    if field.handle(event) == .refused { return .refused("") }
                }
                entry = isPath ? .path(field) : .exportFolder(field)
                return .none
            }
        }
        guard case .key(let key) = event else { return .none }
        let keys = ArchiveKeys.self
        switch key {
        case _ where keys.back.matches(event): return .close
        case .up: highlighted = max(0, highlighted - 1)
        case .down: highlighted = min(max(0, files.count - 1), highlighted + 1)
        case _ where keys.stage.matches(event): if !stages.isEmpty { stageIndex = (stageIndex + 1) % stages.count }
        case _ where keys.kind.matches(event): if !kinds.isEmpty { kindIndex = (kindIndex + 1) % kinds.count }
        case _ where keys.attach.matches(event): entry = .path(TextField(placeholder: txt.pathPlaceholder))
        case _ where keys.copy.matches(event):
            guard !files.isEmpty else { return .refused(txt.nothingToCopy) }
            entry = .exportFolder(TextField(placeholder: txt.folderPlaceholder))
        case _ where keys.help.matches(event): return .help
        default: break
        }
        return .none
    }

    /// The keys in use now: the bar and the help page are both made from this map.
    var keyMap: KeyMap {
        switch entry {
        case .path: ArchiveKeys.typingPath
        case .exportFolder: ArchiveKeys.typingFolder
        case nil: ArchiveKeys.map
        }
    }

    var bindings: [KeyBinding] { keyMap.bar }

    func draw(in body: Rect, buffer: inout Buffer) {
        guard body.height >= 6, body.width >= 30 else { return }
        buffer.write(TextLayout.fit(txt.title(title), width: body.width, pad: false), at: Point(x: body.x, y: body.y), role: .title, clip: body.row(0))
        let kindName = kinds.indices.contains(kindIndex) ? kinds[kindIndex].name : "-"
        let choice = txt.nextAttachment(stage, kind, kindName)
        buffer.write(TextLayout.fit(choice, width: body.width, pad: false), at: Point(x: body.x, y: body.y + 1), role: .muted, clip: body.row(1))
        let list = Rect(x: body.x, y: body.y + 3, width: body.width, height: body.height - 5)
        if !loaded {
            buffer.write(txt.reading, at: Point(x: list.x + 1, y: list.y), role: .muted, clip: list)
        } else if files.isEmpty {
            // Wrapped, not cut: at 80 columns the sentence ended "...bertanda tangan ata".
            let text = txt.empty
            for (i, line) in TextLayout.wrap(text, width: max(1, list.width - 1)).enumerated() where i < list.height {
                buffer.write(line, at: Point(x: list.x + 1, y: list.y + i), role: .muted, clip: list)
            }
        } else {
            let wide = body.width >= 110
            let columns: [TableColumn] = [
                TableColumn(txt.columnStage, width: .fixed(8)), TableColumn(txt.columnKind, width: .fixed(wide ? 18 : 14)),
                TableColumn(txt.columnFile, width: .flexible(2)), TableColumn(txt.columnSize, width: .fixed(9), alignment: .right),
                TableColumn("SHA-256", width: .fixed(wide ? 66 : 14)), TableColumn(txt.columnIntact, width: .fixed(5)),
            ]
            let rows = files.map { item -> [String] in
                let f = item.file
                return [f.stage, f.kind, f.fileName + (f.number.isEmpty ? "" : " (\(f.number))"), ArchiveService.megabytes(f.size),
                        wide ? f.sha256 : String(f.sha256.prefix(12)) + "…", item.intact ? txt.intact : txt.damaged]
            }
            var table = Table(columns: columns, rows: rows)
            table.pageSize = max(1, list.height - 1)
            for _ in 0..<highlighted { _ = table.handle(.key(.down)) }
            table.draw(in: list, buffer: &buffer, focused: entry == nil)
        }
        let prompt = Rect(x: body.x, y: body.maxY - 2, width: body.width, height: 2)
        switch entry {
        case .path(let field), .exportFolder(let field):
            let isPath: Bool = { if case .path = entry { true } else { false } }()
            let label = isPath ? txt.fileLabel : txt.copyLabel
            buffer.write(label, at: Point(x: prompt.x, y: prompt.y), role: .focused, clip: prompt)
            field.draw(in: Rect(x: prompt.x + label.count, y: prompt.y, width: max(1, prompt.width - label.count), height: 1), buffer: &buffer, focused: true)
        case nil:
            break
        }
    }
}

/// Tab completion of a file path: the longest common extension of the names that start with
/// what was typed, with "/" after a folder.
enum PathCompletion {
    static func expand(_ path: String) -> String {
        path.hasPrefix("~/") ? FileManager.default.homeDirectoryForCurrentUser.path + String(path.dropFirst(1)) : path
    }

    static func complete(_ typed: String) -> String {
        let expanded = expand(typed.isEmpty ? "./" : typed)
        let url = URL(fileURLWithPath: expanded)
        let folder = expanded.hasSuffix("/") ? expanded : url.deletingLastPathComponent().path
        let stem = expanded.hasSuffix("/") ? "" : url.lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return typed }
        let matches = names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
        guard let first = matches.first else { return typed }
        var common = first
        for m in matches.dropFirst() { while !m.hasPrefix(common) { common.removeLast() } }
        guard common.count >= stem.count else { return typed }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        var out = base + common
        var isDir: ObjCBool = false
        if matches.count == 1, FileManager.default.fileExists(atPath: out, isDirectory: &isDir), isDir.boolValue { out += "/" }
        return out
    }
}

/// The archive screen's words in the language in use.
private var txt: Catalogue<ArchiveText> { AppText.current.archive }

/// Tombol arsip berkas: the archive screen's keys as data; the bar and the help page come from one map.
enum ArchiveKeys {
    private static var t: Catalogue<KeysText> { AppText.current.keys }

    static var attach: KeyBinding { KeyBinding(.char("a"), t.archiveAttach, help: t.archiveAttachHelp) }
    static var stage: KeyBinding { KeyBinding(.char("t"), t.archiveStage, inHelp: false) }
    static var kind: KeyBinding { KeyBinding(.char("j"), t.archiveKind, inHelp: false) }
    /// One line of the help page for `t` and `j`.
    static var stageAndKind: KeyBinding { KeyBinding([.char("t"), .char("j")], t.archiveStageKindHelp, keyLabel: "t / j", inBar: false) }
    static var copy: KeyBinding { KeyBinding(.char("e"), t.archiveCopy, help: t.archiveCopyHelp) }
    static var back: KeyBinding { KeyBinding([.escape, .char("q")], t.back, keyLabel: "Esc", help: t.archiveBackHelp) }
    static var help: KeyBinding { KeyBinding(.char("?"), t.help) }
    static var map: KeyMap { KeyMap([attach, stage, kind, stageAndKind, copy, back, help]) }

    /// While a path or a folder is typed.
    static var confirm: KeyBinding { KeyBinding(.enter, t.archiveAttach) }
    static var completePath: KeyBinding { KeyBinding(.tab, t.archiveCompletePath) }
    static var cancel: KeyBinding { KeyBinding(.escape, t.cancel) }
    static var typingPath: KeyMap { KeyMap([confirm, completePath, cancel]) }
    static var typingFolder: KeyMap { KeyMap([KeyBinding(.enter, t.archiveCopy), completePath, cancel]) }
}
