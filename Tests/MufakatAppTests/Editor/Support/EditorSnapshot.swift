import Foundation
import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
@testable import MufakatApp

/// Golden-file snapshots of editor screens, in `Tests/MufakatAppTests/__Snapshots__/Editor/`
/// (the shared `Snapshot`, with one folder for all editor screens).
enum EditorSnapshot {
    static func assert(_ buffer: Buffer, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        Snapshot.assert(buffer, named: name, folder: "Editor", filePath: filePath, sourceLocation: sourceLocation)
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
