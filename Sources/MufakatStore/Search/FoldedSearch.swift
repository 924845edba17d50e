#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pencarian teks terlipat: whether a folded search word occurs in a folded text, both UTF-8
/// bytes (a match of valid UTF-8 always starts on a character). The one search loop of the
/// program: `list --search` reads `index.bin`'s texts with it, the home list its own buffer.
public enum FoldedSearch {
    /// Whether `needle` occurs in `haystack`.
    @inlinable
    public static func occurs(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count, let hay = haystack.baseAddress, let n = needle.baseAddress else { return false }
        // The first byte is found by `memchr` (many bytes a step), the second compared in place
        // (most places of the first letter are not followed by the second: in "kabupaten" every
        // "b" of a search for "bogor" stops there, without a call), then `memcmp` for the rest
        // (memmem is a GNU extension Swift cannot see). Issue 19, search at 100,000.
        let first = Int32(needle[0])
        let second = needle.count > 1 ? needle[1] : 0
        let last = haystack.count - needle.count
        var at = 0
        while at <= last {
            guard let p = memchr(hay + at, first, last - at + 1) else { return false }
            at = hay.distance(to: UnsafeRawPointer(p))
            if needle.count == 1 { return true }
            if haystack[at + 1] == second, needle.count == 2 || memcmp(hay + at + 2, n + 2, needle.count - 2) == 0 { return true }
            at += 1
        }
        return false
    }
}
