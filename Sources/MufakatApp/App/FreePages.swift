#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory a large list load has freed back to the system. Making the home list of
/// 100,000 cooperations frees arrays as large as 30 MB; once one such array is freed, glibc's
/// allocator takes the later large ones from its heap instead of mapping them, and pages freed
/// inside the heap stayed counted in the program's memory: 20 MB of the 150 MB measured at
/// 100,000 (issue 19, memory). A few milliseconds, once per whole-list load.
enum FreePages {
    /// From this many cooperations a load is worth the call.
    static let from = 2_000

    static func giveBack(afterLoading count: Int) {
        guard count >= from else { return }
#if canImport(Glibc)
        // `malloc_trim` is in <malloc.h>, which the Glibc module does not bring in.
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        }
#endif
    }
}
