/// Lower-case hexadecimal text, written digit by digit into one string. `String(_:radix:)` and a
/// digest's own iterator each went through the runtime's generic look-ups the first time a process
/// used them, a full scan of the program's conformance records each (issue 19: a tenth of a
/// millisecond of every export).
public enum HexText {
    /// Two digits per byte, in order: the usual text of a digest.
    public static func lowercase(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            var i = 0
            for byte in bytes {
                out[i] = digit(byte >> 4)
                out[i + 1] = digit(byte & 0x0F)
                i += 2
            }
            return i
        }
    }

    /// The number in base 16 without leading zeros ("0" for zero), as `String(value, radix: 16)`.
    public static func lowercase(_ value: UInt64) -> String {
        var digits = 1
        while digits < 16, value >> (4 * UInt64(digits)) != 0 { digits += 1 }
        return String(unsafeUninitializedCapacity: digits) { out in
            for i in 0..<digits { out[i] = digit(UInt8(truncatingIfNeeded: value >> (4 * UInt64(digits - 1 - i))) & 0x0F) }
            return digits
        }
    }

    @inline(__always) static func digit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }
}
