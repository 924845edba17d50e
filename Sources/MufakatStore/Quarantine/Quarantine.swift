import Foundation

/// Karantina: a file that cannot be read is moved aside to `quarantine/` with a note, so the
/// rest of the store keeps working and nothing is deleted. Reported once, when it is moved.
public struct QuarantineNote: Codable, Sendable, Hashable {
    /// Path inside the store where the file was: "cooperations/ks-001.json".
    public var originalPath: String
    /// Path inside the store where it is now: "quarantine/20260501T102030Z-cooperations-ks-001.json".
    public var quarantinedPath: String
    public var reason: String
    public var movedAt: Date
    public var movedBy: Author

    /// "Berkas cooperations/ks-001.json tidak dapat dibaca (alasan) dan dipindahkan ke quarantine/...".
    public var message: String {
        StoreText.current.files.quarantined(originalPath, reason, quarantinedPath)
    }
}

struct Quarantine {
    let root: URL
    var folder: URL { root.appendingPathComponent("quarantine") }

    /// Moves `file` (inside the store) to quarantine with a note next to it.
    func move(_ file: URL, reason: String) throws(StoreError) -> QuarantineNote {
        if POSIX.isSymlink(folder) {
            // Moving files into a linked folder would carry them out of the store (issue 20).
            throw StoreError.io(operation: .rename, path: folder.path, code: ELOOP)
        }
        try POSIX.makeFolder(folder)
        let relative = Quarantine.relativePath(of: file, in: root)
        let stamp = StoreClock.iso(StoreClock.now()).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        var name = "\(stamp)-" + relative.replacingOccurrences(of: "/", with: "-")
        var target = folder.appendingPathComponent(name)
        var n = 2
        while POSIX.exists(target) {
            name = "\(stamp)-\(n)-" + relative.replacingOccurrences(of: "/", with: "-")
            target = folder.appendingPathComponent(name)
            n += 1
        }
        let note = QuarantineNote(originalPath: relative, quarantinedPath: "quarantine/\(name)", reason: reason,
                                  movedAt: StoreClock.now(), movedBy: .current)
        if let data = try? StoreJSON.encode(note) {
            try AtomicFile.write(data, to: folder.appendingPathComponent(name + ".catatan.json", isDirectory: false))
        }
        try POSIX.rename(file, target)
        POSIX.syncFolder(folder)
        POSIX.syncFolder(file.deletingLastPathComponent())
        return note
    }

    /// Notes of everything in quarantine, oldest first.
    func notes() -> [QuarantineNote] {
        let names = (try? POSIX.listFolder(folder)) ?? []
        return names.filter { $0.hasSuffix(".catatan.json") }.sorted().compactMap { name in
            guard let data = try? POSIX.readFile(folder.appendingPathComponent(name), limit: 1 << 20) else { return nil }
            return try? StoreClock.decoder().decode(QuarantineNote.self, from: data)
        }
    }

    static func relativePath(of file: URL, in root: URL) -> String {
        let r = POSIX.standardized(root).path
        let f = POSIX.standardized(file).path
        if f.hasPrefix(r + "/") { return String(f.dropFirst(r.count + 1)) }
        return file.lastPathComponent
    }
}
