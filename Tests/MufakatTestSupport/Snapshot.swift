import Foundation
import TerminalUI
import Testing

/// Golden-file snapshots of whole frames, read from the source tree (`__Snapshots__/` in the
/// calling test target's folder) and compared exactly. A missing or different golden fails the test; set
/// `MUFAKAT_UPDATE_SNAPSHOTS=1` to write the goldens on purpose, then review the diff in git.
public enum Snapshot {
    /// The text stored for a frame: the rows (trailing blanks trimmed), the role map (one letter
    /// per column, `StyleRole.code`; trailing "." trimmed) and the cursor.
    public static func render(_ buffer: Buffer) -> String {
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

    /// Directory of the goldens: `Tests/<test target>/__Snapshots__/`, found from the test file
    /// (the folder just below `Tests/`).
    public static func directory(filePath: String) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.deletingLastPathComponent().lastPathComponent != "Tests", url.path != "/" { url.deleteLastPathComponent() }
        return url.appendingPathComponent("__Snapshots__")
    }

    public static var updating: Bool { ProcessInfo.processInfo.environment["MUFAKAT_UPDATE_SNAPSHOTS"] == "1" }

    /// Compares `buffer` with the golden `name.txt`, under a folder named after the test file
    /// (or `folder` when given).
    public static func assert(_ buffer: Buffer, named name: String, folder subfolder: String? = nil,
                              filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = directory(filePath: filePath)
            .appendingPathComponent(subfolder ?? URL(fileURLWithPath: filePath).deletingPathExtension().lastPathComponent)
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = render(buffer)
        if updating {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
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

/// Draws one widget into a fresh buffer of the given size.
public func drawn(width: Int, height: Int, _ draw: (inout Buffer) -> Void) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    draw(&buffer)
    return buffer
}
