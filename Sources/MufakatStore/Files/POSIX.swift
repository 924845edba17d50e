#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

/// Thin wrappers over the POSIX calls the store needs, with errors that carry the path.
enum POSIX {
    /// Owner-only permissions for folders.
    static let folderMode: mode_t = 0o700
    /// Owner-only permissions for files.
    static let fileMode: mode_t = 0o600

    static var errnoValue: Int32 { errno }

    /// `url.standardizedFileURL`, taken as it is when it is an absolute file path with nothing to
    /// standardize: no "." or ".." component and no doubled slash (issue 19: Foundation's
    /// standardizing was a fortieth of a PKS export, most of it in making its own tables).
    static func standardized(_ url: URL) -> URL {
        guard url.isFileURL, url.baseURL == nil else { return url.standardizedFileURL }
        return isClean(url.path) ? url : url.standardizedFileURL
    }

    /// An absolute path without a doubled slash or a "." or ".." component, read as bytes
    /// (`contains("//")` went through `NSString`).
    static func isClean(_ path: String) -> Bool {
        var previous: UInt8 = 0, componentLength = 0, dots = 0
        var first = true
        for byte in path.utf8 {
            if first {
                guard byte == UInt8(ascii: "/") else { return false }
                first = false
                previous = byte
                continue
            }
            if byte == UInt8(ascii: "/") {
                if previous == UInt8(ascii: "/") { return false }
                if componentLength > 0 && componentLength == dots && dots <= 2 { return false }
                componentLength = 0; dots = 0
            } else {
                componentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
            previous = byte
        }
        return !first && !(componentLength > 0 && componentLength == dots && dots <= 2)
    }

    /// Writes all of `data` to `fd`, again after an interrupted call; the errno of the first
    /// failure, nil when every byte was written. One loop for the atomic save and the bulk writer.
    static func writeAll(_ fd: Int32, _ data: Data) -> Int32? {
        data.withUnsafeBytes { raw -> Int32? in
            guard let base = raw.baseAddress else { return nil }
            var offset = 0
            while offset < raw.count {
                #if canImport(Glibc)
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                #else
                let n = Darwin.write(fd, base + offset, raw.count - offset)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }

    /// Creates `url` and its missing parents with 0700. Existing folders are left as they are.
    static func makeFolder(_ url: URL, sync: Bool = true) throws(StoreError) {
        let path = url.path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { return }
            throw StoreError.notAFolder(path: path)
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != path && parent.path != "/" && !parent.path.isEmpty {
            try makeFolder(parent, sync: sync)
        }
        if mkdir(path, folderMode) != 0 {
            let e = errno
            if e == EEXIST { return }
            throw StoreError.io(operation: .createFolder, path: path, code: e)
        }
        // mkdir is subject to umask; make sure it is exactly owner-only.
        _ = chmod(path, folderMode)
        if sync { syncFolder(parent) }
    }

    /// fsync of a folder, so a rename or a new name inside it survives a power cut.
    @discardableResult
    static func syncFolder(_ url: URL) -> Int32? {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY_FLAG)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        if fsync(fd) != 0 {
            let e = errno
            // Some file systems cannot fsync a folder at all; that is not a failed write.
            return e == EINVAL || e == ENOTSUP || e == EOPNOTSUPP || e == EBADF ? nil : e
        }
        return nil
    }

    static var O_DIRECTORY_FLAG: Int32 {
        #if canImport(Glibc)
        return Int32(O_DIRECTORY)
        #else
        return O_DIRECTORY
        #endif
    }

    /// Reads a whole file. Nil when it does not exist.
    static func readFile(_ url: URL, limit: Int = 256 << 20) throws(StoreError) -> Data? {
        try readFile(atPath: url.path, limit: limit)
    }

    /// The same from a path string: `check-store` reads 20,000 files at 10,000 cooperations, and
    /// building a URL per file cost more than reading it (issue 19).
    static func readFile(atPath path: String, limit: Int = 256 << 20) throws(StoreError) -> Data? {
        try readFile(atPath: path, limit: limit, as: Data.self)
    }

    /// The same into any buffer of bytes (`Data`, or `[UInt8]` for a reader that parses the
    /// bytes in place: the rulebook's compiled cache, issue 19).
    static func readFile<Buffer: FileBuffer>(atPath path: String, limit: Int = 256 << 20, as: Buffer.Type) throws(StoreError) -> Buffer? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            if e == ENOENT { return nil }
            throw StoreError.io(operation: .read, path: path, code: e)
        }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) != 0 { throw StoreError.io(operation: .read, path: path, code: errno) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw StoreError.io(operation: .read, path: path, code: EISDIR) }
        let size = Int(st.st_size)
        if size > limit { throw StoreError.fileTooLarge(path: path, size: size, limit: limit) }
        var data = Buffer(zeroes: max(size, 0))
        var total = 0
        if size > 0 {
            let failure: Int32? = data.withUnsafeMutableBytes { raw -> Int32? in
                guard let base = raw.baseAddress else { return nil }
                while total < size {
                    let n = read(fd, base + total, size - total)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    if n == 0 { break }
                    total += n
                }
                return nil
            }
            if let failure { throw StoreError.io(operation: .read, path: path, code: failure) }
        }
        if total < size { data.removeSubrange(total..<size) }
        // A file that grew while we read it: read the rest too.
        // (An uninitialised buffer: zeroing 64 KiB for every file read is work the read never needs.)
        let grown: StoreError? = withUnsafeTemporaryAllocation(byteCount: 65536, alignment: 16) { chunk -> StoreError? in
            while true {
                let n = read(fd, chunk.baseAddress, 65536)
                if n < 0 { if errno == EINTR { continue }; return StoreError.io(operation: .read, path: path, code: errno) }
                if n == 0 { return nil }
                data.append(bytes: UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
                if data.count > limit { return StoreError.fileTooLarge(path: path, size: data.count, limit: limit) }
            }
        }
        if let grown { throw grown }
        return data
    }

    /// Modification time in nanoseconds since the epoch; nil when the path does not exist.
    static func modificationTime(_ url: URL) -> Int64? { modificationTime(atPath: url.path) }

    /// The same from a path string (building a URL per file costs more than the `stat` itself).
    static func modificationTime(atPath path: String) -> Int64? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        #if canImport(Glibc)
        return Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #else
        return Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #endif
    }

    static func exists(_ url: URL) -> Bool { exists(atPath: url.path) }

    static func exists(atPath path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Whether `url` itself is a symbolic link (not followed).
    static func isSymlink(_ url: URL) -> Bool {
        var st = stat()
        return lstat(url.path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    static func isRegularFile(_ url: URL) -> Bool {
        var st = stat()
        return lstat(url.path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    static func isFolder(_ url: URL) -> Bool { isFolder(atPath: url.path) }

    /// The same from a path string (`URL.appendingPathComponent` itself asks the disk whether
    /// the name is a folder: a second `stat` per name).
    static func isFolder(atPath path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Names in a folder (without "." and ".."); empty when the folder does not exist.
    static func listFolder(_ url: URL) throws(StoreError) -> [String] { try listFolder(atPath: url.path) }

    static func listFolder(atPath path: String) throws(StoreError) -> [String] {
        guard let dir = opendir(path) else {
            let e = errno
            if e == ENOENT { return [] }
            throw StoreError.io(operation: .read, path: path, code: e)
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names
    }

    /// Removes a file; a missing file is not an error.
    static func removeFile(_ url: URL) throws(StoreError) {
        if unlink(url.path) != 0 {
            let e = errno
            if e == ENOENT { return }
            throw StoreError.io(operation: .remove, path: url.path, code: e)
        }
    }

    static func rename(_ from: URL, _ to: URL) throws(StoreError) {
        if Foundation.rename(from.path, to.path) != 0 {
            throw StoreError.io(operation: .rename, path: to.path, code: errno)
        }
    }

    /// Creates and removes a probe file in `folder`; the errno when the folder cannot be written.
    static func folderWriteFails(_ folder: URL) -> Int32? {
        let probe = folder.appendingPathComponent(".probe-\(getpid())-\(randomToken())")
        let fd = open(probe.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        if fd < 0 { return errno }
        close(fd)
        unlink(probe.path)
        return nil
    }

    /// Whether a process with this id is alive on this machine. A zombie (killed or crashed, not
    /// yet reaped by its parent, as a terminal multiplexer may leave it) holds nothing any more.
    static func processIsAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        #if os(Linux)
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")"),
           let state = stat[stat.index(after: close)...].first(where: { $0 != " " }),
           state == "Z" || state == "X" {
            return false
        }
        #endif
        return true
    }

    static var processID: Int32 { getpid() }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, 255) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static var userName: String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return ProcessEnvironment.value("USER") ?? "pengguna"
    }

    /// A short random hex string for temp names.
    static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        return HexText.lowercase(g.next() & 0xFFFF_FFFF_FFFF)
    }
}

/// A buffer `POSIX.readFile` reads a whole file into.
protocol FileBuffer {
    init(zeroes count: Int)
    var count: Int { get }
    mutating func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R
    mutating func removeSubrange(_ range: Range<Int>)
    mutating func append(bytes: UnsafeRawBufferPointer)
}

extension Data: FileBuffer {
    init(zeroes count: Int) { self.init(count: count) }
    mutating func append(bytes: UnsafeRawBufferPointer) { append(contentsOf: bytes) }
}

extension Array: FileBuffer where Element == UInt8 {
    init(zeroes count: Int) { self.init(repeating: 0, count: count) }
    mutating func append(bytes: UnsafeRawBufferPointer) { append(contentsOf: bytes) }
}

/// Berkas utuh: a whole file read as bytes, for a reader outside the store (the rulebook's
/// compiled cache) that parses them in place, through the store's one reader.
public enum WholeFile {
    /// The bytes of the file at `path`; nil when it is missing or cannot be read whole.
    public static func bytes(atPath path: String, limit: Int = 64 << 20) -> [UInt8]? {
        (try? POSIX.readFile(atPath: path, limit: limit, as: [UInt8].self)) ?? nil
    }
}
