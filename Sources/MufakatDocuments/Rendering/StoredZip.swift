import Foundation

/// A ZIP archive of stored (uncompressed) entries built in one buffer, for the DOCX package
/// (issue 19: ZIPFoundation's `Archive` in memory copied each part through `Data` chunks and an
/// in-memory file). It writes the bytes `Archive` wrote for the same entries: version 2.0 to
/// extract, made by Unix 2.1, the UTF-8 name flag, the DOS time of `DocxRenderer.fixedDate` in
/// UTC, mode 0644, no extra fields, no data descriptors. No ZIP64: a part or an archive of
/// 4 GiB or more is refused (a naskah is a few hundred kilobytes).
struct StoredZip {
    /// 2020-01-01 00:00:00 as DOS date and time.
    static let dosDate: UInt16 = (2020 - 1980) << 9 | 1 << 5 | 1
    static let dosTime: UInt16 = 0

    struct TooLarge: Error {}

    private var bytes: [UInt8] = []
    private var central: [UInt8] = []
    private var entries = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func add(_ path: String, _ text: String) throws {
        var text = text
        try text.withUTF8 { try add(path, UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ path: String, _ data: Data) throws {
        try data.withUnsafeBytes { try add(path, $0) }
    }

    mutating func add(_ path: String, _ contents: UnsafeRawBufferPointer) throws {
        let offset = bytes.count
        guard contents.count < 0xFFFF_FFFF, offset < 0xFFFF_FFFF else { throw TooLarge() }
        let name = Array(path.utf8)
        let crc = CRC32.checksum(contents)
        let size = UInt32(contents.count)

        Self.append(&bytes, UInt32(0x0403_4B50))
        Self.appendCommonFields(&bytes, crc: crc, size: size, nameLength: name.count)
        bytes.append(contentsOf: name)
        bytes.append(contentsOf: contents)

        Self.append(&central, UInt32(0x0201_4B50))
        Self.append(&central, UInt16(0x0315))  // made by Unix, 2.1
        Self.appendCommonFields(&central, crc: crc, size: size, nameLength: name.count)
        Self.append(&central, UInt16(0))       // comment
        Self.append(&central, UInt16(0))       // disk
        Self.append(&central, UInt16(0))       // internal attributes
        Self.append(&central, UInt32(0o100644) << 16) // regular file, rw-r--r--
        Self.append(&central, UInt32(offset))
        central.append(contentsOf: name)
        entries += 1
    }

    /// The archive: the entries, the central directory, its end record.
    /// The archive: the entries, their central directory and its end. Written onto the entries
    /// themselves (a copy of them all was a tenth of the renderer's memory traffic, issue 19);
    /// the zip takes no more entries after it.
    mutating func finish() throws -> Data {
        let start = bytes.count
        guard start + central.count < 0xFFFF_FFFF, entries < 0xFFFF else { throw TooLarge() }
        bytes.reserveCapacity(start + central.count + 22)
        bytes.append(contentsOf: central)
        Self.append(&bytes, UInt32(0x0605_4B50))
        Self.append(&bytes, UInt16(0))
        Self.append(&bytes, UInt16(0))
        Self.append(&bytes, UInt16(entries))
        Self.append(&bytes, UInt16(entries))
        Self.append(&bytes, UInt32(central.count))
        Self.append(&bytes, UInt32(start))
        Self.append(&bytes, UInt16(0))           // no comment
        return Data(bytes)
    }

    /// The fields the local header and the central directory both give, in the same order:
    /// version needed (2.0), flags (UTF-8 name), method (stored), time, date, CRC, both sizes,
    /// the name's length and an empty extra field.
    private static func appendCommonFields(_ out: inout [UInt8], crc: UInt32, size: UInt32, nameLength: Int) {
        append(&out, UInt16(20))
        append(&out, UInt16(0x0800))
        append(&out, UInt16(0))
        append(&out, dosTime)
        append(&out, dosDate)
        append(&out, crc)
        append(&out, size)
        append(&out, size)
        append(&out, UInt16(nameLength))
        append(&out, UInt16(0))
    }

    private static func append<T: FixedWidthInteger>(_ out: inout [UInt8], _ value: T) {
        var v = value.littleEndian
        withUnsafeBytes(of: &v) { out.append(contentsOf: $0) }
    }
}

/// CRC-32 (ISO 3309, the ZIP checksum), eight bytes a step ("slicing by 8": eight tables of 256,
/// each the one before advanced by a zero byte), then a byte a step for the rest.
enum CRC32 {
    /// Table k at 256 * k.
    static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 256 * 8)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[n] = c
        }
        for k in 1..<8 {
            for n in 0..<256 {
                let previous = t[256 * (k - 1) + n]
                t[256 * k + n] = (previous >> 8) ^ t[Int(previous & 0xFF)]
            }
        }
        return t
    }()

    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        tables.withUnsafeBufferPointer { t in
            var crc: UInt32 = 0xFFFF_FFFF
            var i = 0
            let n = bytes.count
            while i + 8 <= n {
                let one = bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian ^ crc
                let two = bytes.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self).littleEndian
                crc = t[7 * 256 + Int(one & 0xFF)] ^ t[6 * 256 + Int((one >> 8) & 0xFF)]
                    ^ t[5 * 256 + Int((one >> 16) & 0xFF)] ^ t[4 * 256 + Int(one >> 24)]
                    ^ t[3 * 256 + Int(two & 0xFF)] ^ t[2 * 256 + Int((two >> 8) & 0xFF)]
                    ^ t[1 * 256 + Int((two >> 16) & 0xFF)] ^ t[Int(two >> 24)]
                i += 8
            }
            while i < n {
                crc = t[Int((crc ^ UInt32(bytes[i])) & 0xFF)] ^ (crc >> 8)
                i += 1
            }
            return crc ^ 0xFFFF_FFFF
        }
    }

    /// A byte a step: the reference the tests compare `checksum` with.
    static func checksumBytewise(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes { crc = tables[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
