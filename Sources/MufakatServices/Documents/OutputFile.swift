#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

#if canImport(Glibc)
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
private let posixWrite = Darwin.write
#endif

/// Berkas keluaran: every file a front end writes outside the store (documents, spreadsheets,
/// the matrix) goes through here, so both roads write the same way: owner-only (0600) whatever
/// the umask, atomically (a temporary file in the same folder, then a rename), and only over a
/// regular file: a symbolic link, a FIFO or a device at the path is refused, never replaced.
public enum OutputFile {
    public static func write(_ data: Data, to url: URL, createFolder: Bool = false) throws(DocumentServiceError) {
        let path = url.path
        let folder = url.deletingLastPathComponent()
        if createFolder {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .write(path: folder.path, problem: "folder tidak dapat dibuat (\(error.localizedDescription)). Periksa izin folder atau pilih folder lain.")
            }
        }
        var st = stat()
        if lstat(path, &st) == 0 {
            let type = st.st_mode & S_IFMT
            if type != S_IFREG {
                let what = type == S_IFLNK ? "tautan simbolik" : type == S_IFIFO ? "FIFO" : type == S_IFDIR ? "folder" : "berkas khusus (perangkat)"
                throw .write(path: path, problem: "yang ada di sana adalah \(what), bukan berkas biasa; Mufakat tidak menimpanya. Pilih nama berkas lain.")
            }
        }
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .write(path: path, problem: reason(errno)) }
        fchmod(fd, 0o600)
        var ok = true
        var failure = errno
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 { if errno == EINTR { continue }; ok = false; failure = errno; return }
                offset += n
            }
        }
        if ok && fsync(fd) != 0 { ok = false; failure = errno }
        close(fd)
        guard ok, rename(temp, path) == 0 else {
            if ok { failure = errno }
            unlink(temp)
            throw .write(path: path, problem: reason(failure))
        }
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "tidak ada izin menulis di folder itu. Pilih folder lain."
        case ENOSPC, EDQUOT: return "disk penuh. Kosongkan ruang disk lalu ulangi."
        case ENOENT, ENOTDIR: return "folder tujuan tidak ada. Periksa jalurnya."
        case EROFS: return "folder itu hanya dapat dibaca. Pilih folder lain."
        default: return "\(String(cString: strerror(code))) (errno \(code))."
        }
    }
}
