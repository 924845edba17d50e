import Foundation
import MufakatStore

/// Berkas keluaran: every file a front end writes outside the store (documents, spreadsheets,
/// the matrix) goes through here, so both roads write the same way: `SafeOutput` (owner-only
/// whatever the umask, atomic, and only over a regular file: a symbolic link, a FIFO or a device
/// at the path is refused, never replaced), creating the export folder owner-only when asked.
public enum OutputFile {
    public static func write(_ data: Data, to url: URL, createFolder: Bool = false) throws(DocumentServiceError) {
        if createFolder {
            let folder = url.deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .write(path: folder.path, problem: ServiceText.current.documents.folderNotMade)
            }
        }
        do { try SafeOutput.write(data, to: url) } catch {
            throw .refused(error)
        }
    }
}
