import Foundation
import Testing
import TerminalUI
import MufakatDomain
@testable import MufakatApp

/// Golden-file snapshots of editor screens, read from `Tests/MufakatAppTests/__Snapshots__/Editor/`
/// (found from this file's path) and compared exactly: the rows, then the role map. A missing or
/// different golden fails; set `MUFAKAT_UPDATE_SNAPSHOTS=1` to write them on purpose.
enum EditorSnapshot {
    static func render(_ buffer: Buffer) -> String {
        var out = "size \(buffer.width)x\(buffer.height)\n"
        out += buffer.lines.map { trimRight($0, " ") + "|" }.joined(separator: "\n")
        out += "\n--- roles ---\n"
        out += buffer.roleLines.map { trimRight($0, ".") }.joined(separator: "\n")
        out += "\n--- cursor ---\n"
        out += buffer.cursor.map { "\($0.x),\($0.y)" } ?? "hidden"
        return out + "\n"
    }

    static func trimRight(_ s: String, _ c: Character) -> String {
        var t = Substring(s)
        while t.last == c { t = t.dropLast() }
        return String(t)
    }

    static func directory(filePath: String) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.lastPathComponent != "MufakatAppTests", url.path != "/" { url.deleteLastPathComponent() }
        return url.appendingPathComponent("__Snapshots__").appendingPathComponent("Editor")
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["MUFAKAT_UPDATE_SNAPSHOTS"] == "1" }

    static func assert(_ buffer: Buffer, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory(filePath: filePath).appendingPathComponent(name + ".txt")
        let actual = render(buffer)
        if updating {
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("Golden snapshot missing: \(file.path). Run with MUFAKAT_UPDATE_SNAPSHOTS=1 to create it.\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("Snapshot \(name) differs from \(file.path).\n--- expected ---\n\(expected)\n--- actual ---\n\(actual)", sourceLocation: sourceLocation)
        }
    }
}

/// Drives an editor as the shell does: events in, requests out, frames drawn like the shell's
/// screen (a title row, the editor's area, the help bar).
struct EditorDriver {
    var editor: CooperationEditor
    var requests: [EditorRequest] = []
    var width: Int
    var height: Int

    init(_ cooperation: Cooperation, context: EditorContext = EditorFixture.context, width: Int = 80, height: Int = 24) {
        editor = CooperationEditor(cooperation: cooperation, context: context)
        self.width = width; self.height = height
        _ = editor.handle(.resize(width: width, height: height))
    }

    @discardableResult
    mutating func send(_ events: Event...) -> [EditorRequest] {
        var out: [EditorRequest] = []
        for e in events { out += editor.handle(e) }
        requests += out
        return out
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> [EditorRequest] {
        var out: [EditorRequest] = []
        for k in keys { out += editor.handle(.key(k)) }
        requests += out
        return out
    }

    mutating func type(_ text: String) {
        for ch in text { requests += editor.handle(.key(.char(ch))) }
    }

    var frame: Buffer {
        var buffer = Buffer(width: width, height: height)
        buffer.write(TextLayout.fit(editor.title, width: width), at: Point(x: 0, y: 0), role: .title)
        editor.draw(in: Rect(x: 0, y: 1, width: width, height: height - 2), buffer: &buffer)
        HelpBar(editor.bindings).draw(in: Rect(x: 0, y: height - 1, width: width, height: 1), buffer: &buffer)
        return buffer
    }

    var text: String { frame.text }
}
