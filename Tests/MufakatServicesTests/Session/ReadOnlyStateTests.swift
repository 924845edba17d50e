import Foundation
import MufakatServices
import MufakatStore
import Testing

/// Issue 20, item 13: a store session says why it cannot be written, for the editor's banner.
@Suite struct ReadOnlyStateTests {
    @Test func aStoreOpenedReadOnlySaysSoAndAWritableOneSaysNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-ro-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writable = try StoreSession.open(folder: folder, mode: .readWrite)
        #expect(writable.readOnly == nil)
        let reading = try StoreSession.open(folder: folder, mode: .readOnly)
        #expect(reading.readOnly?.reason == "penyimpanan dibuka dalam mode hanya-baca")
        #expect(reading.readOnly?.advice.contains("tanpa mode hanya-baca") == true)
    }

    @Test func eachCauseHasItsAdvice() {
        #expect(ReadOnlyState.store(cause: .notWritable(code: EACCES), root: "/srv/x").advice.contains("chmod u+w /srv/x"))
        #expect(ReadOnlyState.store(cause: .notWritable(code: EROFS), root: "/srv/x").reason.contains("media hanya-baca"))
        #expect(ReadOnlyState.store(cause: .newerVersion(found: 9), root: "/srv/x").advice.contains("Perbarui Mufakat"))
        #expect(ReadOnlyState.lockHeld(by: "sari@kantor").reason.contains("sari@kantor"))
    }
}
