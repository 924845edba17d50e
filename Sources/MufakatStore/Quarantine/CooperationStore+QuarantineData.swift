import Foundation

extension CooperationStore {
    /// Keeps bytes that never reached their place in the store (a file a sync refused) in
    /// `quarantine/`, named and noted as if `originalPath` had been moved there.
    public func quarantine(_ data: Data, originalPath: String, reason: String) throws(StoreError) -> QuarantineNote {
        try quarantine.keep(data, originalPath: originalPath, reason: reason)
    }
}

extension Quarantine {
    func keep(_ data: Data, originalPath: String, reason: String) throws(StoreError) -> QuarantineNote {
        try POSIX.makeFolder(folder)
        let stamp = StoreClock.iso(StoreClock.now()).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        let flat = originalPath.replacingOccurrences(of: "/", with: "-")
        var name = "\(stamp)-\(flat)"
        var n = 2
        while POSIX.exists(folder.appendingPathComponent(name)) {
            name = "\(stamp)-\(n)-\(flat)"
            n += 1
        }
        let note = QuarantineNote(originalPath: originalPath, quarantinedPath: "quarantine/\(name)", reason: reason,
                                  movedAt: StoreClock.now(), movedBy: .current)
        if let noteData = try? StoreJSON.encode(note) {
            try AtomicFile.write(noteData, to: folder.appendingPathComponent(name + ".catatan.json"))
        }
        try AtomicFile.create(data, at: folder.appendingPathComponent(name))
        return note
    }
}
