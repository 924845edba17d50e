#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Berkas keluaran: writes an exported document (`export -o`, every `--output`) so that it can
/// only ever become a regular, owner-only file (issue 20).
///
/// - A symbolic link, FIFO, device node, socket or folder at the path is refused with a
///   message naming the path: never written through, never renamed over (as root, `-o
///   /dev/full` once replaced the device with a text file).
/// - A regular file there is replaced atomically (temp file in the same folder, fsync, rename,
///   fsync of the folder), so a crash leaves the old document or the new one.
/// - The file is 0600 whatever the umask: exported naskah hold names, amounts and signatures.
public enum SafeOutput {
    /// What is at a path, as far as writing is concerned.
    enum Existing: Equatable {
        case nothing, regular, symlink, fifo, device, socket, folder, other
    }

    static func existing(at path: String) -> Existing {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .nothing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFLNK: return .symlink
        case S_IFIFO: return .fifo
        case S_IFCHR, S_IFBLK: return .device
        case S_IFSOCK: return .socket
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// The refusal for a path holding something other than a regular file, nil when writable.
    static func refusal(_ what: Existing, path: String) -> StoreError? {
        let kind: String
        switch what {
        case .nothing, .regular: return nil
        case .symlink: kind = StoreText.current.files.outputSymlink
        case .fifo: kind = StoreText.current.files.outputFIFO
        case .device: kind = StoreText.current.files.outputDevice
        case .socket: kind = StoreText.current.files.outputSocket
        case .folder: kind = StoreText.current.files.outputFolder
        case .other: kind = StoreText.current.files.outputOther
        }
        return StoreError.invalidInput(path: path, problem: StoreText.current.files.outputRefused(path, kind))
    }

    /// Writes `data` to `url` as described on the type.
    public static func write(_ data: Data, to url: URL) throws(StoreError) {
        let path = url.path
        if let refused = refusal(existing(at: path), path: path) { throw refused }
        let folder = url.deletingLastPathComponent()
        guard POSIX.isFolder(folder) else {
            throw StoreError.invalidInput(path: path, problem: StoreText.current.files.outputFolderMissing(folder.path))
        }
        let temp = try AtomicFile.writeTemp(data, near: url, durability: .durable)
        // writeTemp creates with 0600, but the umask could only narrow it; set it exactly.
        _ = chmod(temp.path, POSIX.fileMode)
        // Look again right before the rename: something may have appeared in the meantime.
        if let refused = refusal(existing(at: path), path: path) {
            unlink(temp.path)
            throw refused
        }
        if rename(temp.path, path) != 0 {
            let e = errno
            unlink(temp.path)
            throw StoreError.io(operation: .write, path: path, code: e)
        }
        POSIX.syncFolder(folder)
    }
}
