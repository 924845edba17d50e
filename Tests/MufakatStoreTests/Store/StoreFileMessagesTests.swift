import Foundation
import MufakatDomain
@testable import MufakatStore
import Testing

/// Issue 17: the store's file messages outside bundles and decoding (`StoreText.files`) follow the
/// interface language and never show an internal field path.
@Suite struct StoreFileMessagesTests {
    func message(_ body: () throws -> Void) -> String {
        do { try body(); return "" } catch { return "\(error)" }
    }

    @Test func aMissingImportFileIsToldInEnglish() {
        let url = temporaryFolder().appendingPathComponent("absent.json")
        let en = DisplayLanguage.$override.withValue(.english) { message { _ = try CooperationFile.parse(contentsOf: url) } }
        let id = DisplayLanguage.$override.withValue(.indonesian) { message { _ = try CooperationFile.parse(contentsOf: url) } }
        #expect(en.contains("file not found. Check its name and folder."), "\(en)")
        #expect(!en.contains("tidak"), "\(en)")
        #expect(id.contains("berkas tidak ditemukan"), "\(id)")
    }

    @Test func aSaveOutOfRangeNamesTheFieldInEnglishWithoutAPath() throws {
        let store = try makeStore()
        var c = sampleCooperation(id: "ks-a")
        c.agreement.durationYears = 100
        let en = DisplayLanguage.$override.withValue(.english) { message { try store.save(c, basedOn: nil) } }
        #expect(en.contains("PKS duration (years) is 100, out of range; it should be 1 to 99. Nothing was saved"), "\(en)")
        #expect(!en.contains("agreement.durationYears") && !en.contains("cooperation."), "\(en)")
        #expect(!en.contains("bernilai") && !en.contains("disimpan"), "\(en)")
    }

    @Test func everyEntryDiffersBetweenTheLanguages() {
        let id = Mirror(reflecting: StoreFileText.indonesian).children.compactMap { $0.value as? String }
        let en = Mirror(reflecting: StoreFileText.english).children.compactMap { $0.value as? String }
        #expect(!id.isEmpty && id.count == en.count)
        for (a, b) in zip(id, en) { #expect(a != b) }
        DisplayLanguage.$override.withValue(.english) {
            let t = StoreText.current.files
            let samples = [t.historyOnlyCooperations(2), t.worldWritable("/s"), t.otherOwner("/s", 7), t.chainBroken(3, 2),
                           t.currentAdvanced("cooperations/a.json", 1, 2), t.syncUnconfirmed(2, "ks-a", "x"), t.notEncodable("e")]
            for s in samples { #expect(!s.contains("tidak") && !s.contains("berkas") && !s.contains("revisi "), "\(s)") }
        }
    }

    @Test func outputRefusalsAreToldInEnglish() {
        let folder = temporaryFolder()
        let target = folder.appendingPathComponent("absent/naskah.docx")
        let en = DisplayLanguage.$override.withValue(.english) { message { try SafeOutput.write(Data("x".utf8), to: target) } }
        #expect(en.contains("does not exist. Create it first or choose another path with -o/--output."), "\(en)")
        let refused = DisplayLanguage.$override.withValue(.english) { SafeOutput.refusal(.fifo, path: "/tmp/p").map { "\($0)" } ?? "" }
        #expect(refused.contains("the output target '/tmp/p' is a FIFO (named pipe), not a plain file. The document was not written."), "\(refused)")
        for s in [en, refused] { #expect(!s.contains("tidak") && !s.contains("berkas"), "\(s)") }
    }

    @Test func archiveMessagesAreToldInEnglish() throws {
        let store = try makeStore()
        let en = DisplayLanguage.$override.withValue(.english) { message { _ = try store.readArchiveFile(sha256: "not-a-hash") } }
        #expect(en.contains("invalid archive file name (it must be a hexadecimal SHA-256)"), "\(en)")
        let id = Mirror(reflecting: StoreArchiveText.indonesian).children.compactMap { $0.value as? String }
        let english = Mirror(reflecting: StoreArchiveText.english).children.compactMap { $0.value as? String }
        for (a, b) in zip(id, english) { #expect(a != b) }
        DisplayLanguage.$override.withValue(.english) {
            let t = StoreText.current.archive
            for s in [t.fileProblem("a.pdf", "ks-a", "pks", "scan", t.missing), t.sizeMismatch(3, 4), t.changedByName("ab", "cd"), t.tempRemoved("x")] {
                #expect(!s.contains("berkas") && !s.contains("tidak") && !s.contains("bita"), "\(s)")
            }
        }
    }

    /// The last Indonesian-only store messages: a file that is not a cooperation object, an
    /// edit lock held elsewhere, a damaged `index.bin` (its reason goes into a quarantine note).
    @Test func openingLockAndIndexMessagesFollowTheLanguage() {
        let notObject = { message { _ = try CooperationFile.parse(Data("[1, 2]".utf8), path: "x.json") } }
        let en = DisplayLanguage.$override.withValue(.english) { notObject() }
        #expect(en.contains("must be a JSON object"), "\(en)")
        #expect(DisplayLanguage.$override.withValue(.indonesian) { notObject() }.contains("harus objek JSON"))

        let lock = LockHolder(id: "ks-a", user: "budi", host: "kantor", pid: 41, since: Date(timeIntervalSince1970: 0))
        #expect(DisplayLanguage.$override.withValue(.english) { lock.description }.hasPrefix("being edited by budi@kantor (pid 41) since "))
        #expect(DisplayLanguage.$override.withValue(.indonesian) { lock.description }.hasPrefix("sedang diedit oleh budi@kantor"))

        let short = DisplayLanguage.$override.withValue(.english) { CompactIndex.read([1, 2, 3]) }
        guard case .failure(.damaged(let why)) = short else { Issue.record("a 3-byte index.bin must be damaged"); return }
        #expect(why == "wrong file signature")
    }
}
