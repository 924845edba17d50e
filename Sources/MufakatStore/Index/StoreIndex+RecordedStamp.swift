#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension StoreIndex {
    /// The `cooperations/` stamp the index last recorded: the last whole line of `index.log`,
    /// else the header of `index.bin`. Reads the header and the log's last line only, decodes no
    /// entry; nil when neither can be read (then callers look at the folders themselves).
    func recordedStamp() -> Int64? {
        if let log = try? POSIX.readFile(logURL, limit: 1 << 31), !log.isEmpty {
            // A torn last line (no line feed) means a save was killed: nothing is trusted.
            guard log.last == 0x0A else { return nil }
            let body = log.dropLast()
            let start = body.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
            return IndexReader.logLine(body[start...])?.folderStamp
        }
        let fd = open(compactURL.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: CompactIndex.headerSize)
        guard pread(fd, &header, header.count, 0) == header.count, Array(header[0..<8]) == CompactIndex.magic else { return nil }
        return header.withUnsafeBytes { Int64(bitPattern: $0.u64(24)) }
    }
}
